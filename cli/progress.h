// A progress line on stderr for long runs: articles and megabytes read, speed,
// elapsed time and an estimate of the time left. Shown only on a terminal.
#pragma once

#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

namespace chipgraph::cli {

class Progress {
 public:
  // `enabled` is false for -q or when stderr is not a terminal; `total_bytes` is
  // 0 when the input size is unknown (stdin), and then no estimate is shown.
  Progress(bool enabled, std::uint64_t total_bytes);
  ~Progress();

  // Redraws at most a few times a second.
  void update(std::uint64_t articles, std::uint64_t bytes);
  // Clears the line so the summary starts on a clean one.
  void finish();

 private:
  bool enabled_;
  bool drawn_ = false;
  std::uint64_t total_;
  std::chrono::steady_clock::time_point start_, last_;
};

// The bytes in the inputs, files and folders walked recursively; 0 if any input
// is stdin or unreadable (the progress line then shows no estimate).
std::uint64_t input_bytes(const std::vector<std::string>& inputs);

// Whether progress should be drawn: stderr is a terminal and not -q.
bool progress_wanted(bool quiet);

}  // namespace chipgraph::cli
