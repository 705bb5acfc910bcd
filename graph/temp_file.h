// Unlinked temporary files for data that outgrows memory (article ids,
// evidence records), and whole-buffer reads and writes at an offset.
#pragma once

#include <sys/types.h>

#include <cstddef>
#include <string_view>

namespace chipgraph {

// A new file in the temporary folder ($TMPDIR, else /tmp), unlinked at once so
// nothing is left behind whatever happens to the process; -1 if none can be made.
int unlinked_temporary_file(std::string_view stem);

// Writes all `size` bytes at `at` or throws Error naming `what`.
void write_at(int fd, const void* data, std::size_t size, off_t at, std::string_view what);

// Reads up to `size` bytes at `at` (fewer only at the end of the file); throws Error naming `what`.
std::size_t read_at(int fd, void* data, std::size_t size, off_t at, std::string_view what);

}  // namespace chipgraph
