// Output files that appear whole or not at all: written to a temporary file in
// the target's folder, flushed, then renamed over the target.
#pragma once

#include <string>
#include <string_view>

namespace chipgraph {

class AtomicFile {
 public:
  // Creates the temporary file; throws Error if the folder is missing or read-only.
  explicit AtomicFile(std::string path);
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;
  ~AtomicFile();  // removes the temporary file unless commit() succeeded

  void write(std::string_view bytes);  // buffered; throws Error on a failed write
  void commit();                       // flush, fsync, rename; throws Error on failure
  const std::string& path() const { return path_; }
  const std::string& temp_path() const { return temp_; }

  // Removes every temporary file still open; safe to call from a signal handler.
  static void remove_all_temporaries() noexcept;

 private:
  void flush();
  void write_all(std::string_view bytes);

  std::string path_;
  std::string temp_;
  int fd_ = -1;
  std::string buffer_;
  int slot_ = -1;
  bool committed_ = false;
};

// Writes `bytes` to `path` atomically.
void write_file_atomically(const std::string& path, std::string_view bytes);

}  // namespace chipgraph
