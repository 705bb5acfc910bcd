// Temporary-then-rename writes, and the registry a signal handler cleans up.
#include "graph/atomic_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <array>
#include <atomic>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <mutex>

#include "graph/error.h"

namespace chipgraph {
namespace {

// Fixed-size table of temporary paths so a signal handler can unlink them
// without allocating.
constexpr int max_open = 64;
constexpr std::size_t max_path = 4096;
std::array<std::array<char, max_path>, max_open> temporaries{};
std::array<std::atomic<bool>, max_open> in_use{};
std::mutex registry_mutex;

int register_temp(const std::string& path) {
  if (path.size() >= max_path) return -1;
  std::lock_guard lock(registry_mutex);
  for (int i = 0; i < max_open; ++i) {
    if (!in_use[i].load()) {
      std::memcpy(temporaries[i].data(), path.c_str(), path.size() + 1);
      in_use[i].store(true);
      return i;
    }
  }
  return -1;
}

void unregister_temp(int slot) {
  if (slot >= 0) in_use[slot].store(false);
}

}  // namespace

AtomicFile::AtomicFile(std::string path) : path_(std::move(path)) {
  namespace fs = std::filesystem;
  fs::path target(path_);
  fs::path folder = target.parent_path();
  if (folder.empty()) folder = ".";
  std::error_code ec;
  if (!fs::is_directory(folder, ec)) fail("{}: output folder {} does not exist", path_, folder.string());
  if (fs::is_directory(target, ec)) fail("{}: is a folder, not a file", path_);
  std::string name = ".";
  name.append(target.filename().string()).append(".tmp-XXXXXX");
  std::string pattern = (folder / name).string();
  fd_ = ::mkstemp(pattern.data());
  if (fd_ < 0) fail("{}: cannot create a file in {}: {}", path_, folder.string(), std::strerror(errno));
  temp_ = pattern;
  slot_ = register_temp(temp_);
  ::fchmod(fd_, 0644);
}

AtomicFile::~AtomicFile() {
  if (fd_ >= 0) ::close(fd_);
  if (!committed_ && !temp_.empty()) ::unlink(temp_.c_str());
  unregister_temp(slot_);
}

void AtomicFile::write(std::string_view bytes) {
  constexpr std::size_t block = std::size_t{1} << 20;
  if (buffer_.size() + bytes.size() >= block) {  // a large write goes out as it is, not copied first
    flush();
    if (bytes.size() >= block) return write_all(bytes);
  }
  buffer_.append(bytes);
}

void AtomicFile::write_all(std::string_view bytes) {
  std::size_t done = 0;
  while (done < bytes.size()) {
    const ssize_t n = ::write(fd_, bytes.data() + done, bytes.size() - done);
    if (n < 0) {
      if (errno == EINTR) continue;
      fail("{}: write failed: {}", path_, std::strerror(errno));
    }
    done += static_cast<std::size_t>(n);
  }
}

void AtomicFile::flush() {
  write_all(buffer_);
  buffer_.clear();
}

void AtomicFile::commit() {
  flush();
  if (::fsync(fd_) != 0 && errno != EINVAL) fail("{}: write failed: {}", path_, std::strerror(errno));
  if (::close(fd_) != 0) {
    fd_ = -1;
    fail("{}: write failed: {}", path_, std::strerror(errno));
  }
  fd_ = -1;
  if (::rename(temp_.c_str(), path_.c_str()) != 0) fail("{}: cannot replace the file: {}", path_, std::strerror(errno));
  committed_ = true;
  unregister_temp(slot_);
  slot_ = -1;
}

void AtomicFile::remove_all_temporaries() noexcept {
  for (int i = 0; i < max_open; ++i)
    if (in_use[i].load()) ::unlink(temporaries[i].data());
}

void write_file_atomically(const std::string& path, std::string_view bytes) {
  AtomicFile file(path);
  file.write(bytes);
  file.commit();
}

}  // namespace chipgraph
