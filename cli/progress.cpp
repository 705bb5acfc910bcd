// The progress line: carriage return and erase-line, nothing else.
#include "cli/progress.h"

#include <fmt/format.h>
#include <unistd.h>

#include <filesystem>
#include <iostream>
#include <system_error>

namespace chipgraph::cli {

Progress::Progress(bool enabled, std::uint64_t total_bytes)
    : enabled_(enabled), total_(total_bytes), start_(std::chrono::steady_clock::now()), last_(start_) {}

Progress::~Progress() { finish(); }

void Progress::update(std::uint64_t articles, std::uint64_t bytes) {
  if (!enabled_) return;
  const auto now = std::chrono::steady_clock::now();
  if (drawn_ && now - last_ < std::chrono::milliseconds(250)) return;
  last_ = now;
  const double elapsed = std::chrono::duration<double>(now - start_).count();
  const double mb = static_cast<double>(bytes) / 1e6;
  const double rate = elapsed > 0 ? mb / elapsed : 0.0;
  std::string line = fmt::format("\r{} articles, {:.1f} MB, {:.1f} MB/s, {:.0f} s", articles, mb, rate, elapsed);
  if (total_ > 0 && bytes > 0 && bytes <= total_) {
    const double left = elapsed * static_cast<double>(total_ - bytes) / static_cast<double>(bytes);
    line += fmt::format(", {:.0f}% done, about {:.0f} s left", 100.0 * static_cast<double>(bytes) / static_cast<double>(total_), left);
  }
  line += "\x1b[K";
  std::cerr << line << std::flush;
  drawn_ = true;
}

void Progress::finish() {
  if (!drawn_) return;
  std::cerr << "\r\x1b[K" << std::flush;
  drawn_ = false;
}

std::uint64_t input_bytes(const std::vector<std::string>& inputs) {
  namespace fs = std::filesystem;
  std::uint64_t total = 0;
  std::error_code ec;
  for (const auto& path : inputs) {
    if (path == "-") return 0;
    if (fs::is_regular_file(path, ec)) {
      total += fs::file_size(path, ec);
    } else if (fs::is_directory(path, ec)) {
      for (auto it = fs::recursive_directory_iterator(path, fs::directory_options::skip_permission_denied, ec);
           !ec && it != fs::recursive_directory_iterator(); it.increment(ec))
        if (it->is_regular_file(ec)) total += it->file_size(ec);
    }
    if (ec) return 0;
  }
  return total;
}

bool progress_wanted(bool quiet) { return !quiet && isatty(STDERR_FILENO) == 1; }

}  // namespace chipgraph::cli
