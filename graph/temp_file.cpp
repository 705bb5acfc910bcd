// Temporary files and positioned I/O that retries interrupted calls.
#include "graph/temp_file.h"

#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <string>

#include "graph/error.h"

namespace chipgraph {

int unlinked_temporary_file(std::string_view stem) {
  std::error_code ec;
  const auto dir = std::filesystem::temp_directory_path(ec);
  if (ec) return -1;
  std::string name = (dir / (std::string(stem) + "-XXXXXX")).string();
  const int fd = ::mkstemp(name.data());
  if (fd >= 0) ::unlink(name.c_str());
  return fd;
}

void write_at(int fd, const void* data, std::size_t size, off_t at, std::string_view what) {
  const char* p = static_cast<const char*>(data);
  while (size > 0) {
    const ssize_t n = ::pwrite(fd, p, size, at);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) fail("cannot write the temporary file of {}: {}", what, std::strerror(errno));
    p += n;
    at += n;
    size -= static_cast<std::size_t>(n);
  }
}

std::size_t read_at(int fd, void* data, std::size_t size, off_t at, std::string_view what) {
  char* p = static_cast<char*>(data);
  std::size_t got = 0;
  while (got < size) {
    const ssize_t n = ::pread(fd, p + got, size - got, at + static_cast<off_t>(got));
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) fail("cannot read the temporary file of {}: {}", what, std::strerror(errno));
    if (n == 0) break;
    got += static_cast<std::size_t>(n);
  }
  return got;
}

}  // namespace chipgraph
