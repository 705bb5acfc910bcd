// IdSet: hash set, sorted array, then a sorted temporary file behind a Bloom
// filter and a sparse index.
#include "extract/id_set.h"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <functional>
#include <string>

#include "graph/error.h"
#include "graph/temp_file.h"

namespace chipgraph::extract {
namespace {

constexpr std::size_t kBlock = 512;  // hashes per index entry: one 4 KB read

int temporary_file() { return unlinked_temporary_file("chipgraph-ids"); }

void write_all(int fd, const std::uint64_t* data, std::size_t count, off_t at) {
  write_at(fd, data, count * sizeof(std::uint64_t), at, "article ids");
}

std::size_t read_some(int fd, std::uint64_t* data, std::size_t count, off_t at) {
  return read_at(fd, data, count * sizeof(std::uint64_t), at, "article ids") / sizeof(std::uint64_t);
}

}  // namespace

IdSet::~IdSet() {
  if (fd_ >= 0) ::close(fd_);
}

bool IdSet::insert(std::string_view id) {
  const std::uint64_t h = std::hash<std::string_view>{}(id);
  if (recent_.count(h) || stored(h)) return false;
  recent_.insert(h);
  if (recent_.size() >= limits_.recent) flush();
  return true;
}

bool IdSet::stored(std::uint64_t h) const {
  if (fd_ < 0) return std::binary_search(sorted_.begin(), sorted_.end(), h);
  if (!bloom_may_hold(h)) return false;
  // the block whose first hash is the last one <= h
  auto it = std::upper_bound(index_.begin(), index_.end(), h);
  if (it == index_.begin()) return false;
  const std::size_t block = static_cast<std::size_t>(it - index_.begin()) - 1;
  std::uint64_t buffer[kBlock];
  const std::size_t n = read_some(fd_, buffer, kBlock, static_cast<off_t>(block * kBlock * sizeof(std::uint64_t)));
  return std::binary_search(buffer, buffer + n, h);
}

void IdSet::flush() {
  std::vector<std::uint64_t> batch(recent_.begin(), recent_.end());
  recent_.clear();
  std::sort(batch.begin(), batch.end());
  stored_ += batch.size();
  if (fd_ < 0 && sorted_.size() + batch.size() > limits_.in_memory) spill();  // stays in memory if it cannot
  if (fd_ >= 0) {
    merge_into_file(batch);
    return;
  }
  const std::size_t middle = sorted_.size();
  sorted_.insert(sorted_.end(), batch.begin(), batch.end());
  std::inplace_merge(sorted_.begin(), sorted_.begin() + static_cast<std::ptrdiff_t>(middle), sorted_.end());
}

bool IdSet::spill() {
  const int fd = temporary_file();
  if (fd < 0) return false;
  fd_ = fd;
  bloom_.assign(limits_.bloom_bits / 64, 0);
  index_.clear();
  for (std::size_t i = 0; i < sorted_.size(); ++i) {
    bloom_add(sorted_[i]);
    if (i % kBlock == 0) index_.push_back(sorted_[i]);
  }
  write_all(fd_, sorted_.data(), sorted_.size(), 0);
  std::vector<std::uint64_t>().swap(sorted_);
  return true;
}

// Streams the file and the batch into a new file, in chunks; the index is rebuilt.
void IdSet::merge_into_file(const std::vector<std::uint64_t>& batch) {
  const int out = temporary_file();
  if (out < 0) throw Error("cannot create a temporary file for article ids");
  const std::size_t old_count = stored_ - batch.size();
  constexpr std::size_t chunk = 1 << 15;
  std::vector<std::uint64_t> in(chunk), written;
  written.reserve(chunk);
  std::vector<std::uint64_t> index;
  std::size_t in_pos = 0, in_len = 0, read_total = 0, out_count = 0, b = 0;
  auto put = [&](std::uint64_t h) {
    if (out_count % kBlock == 0) index.push_back(h);
    written.push_back(h);
    ++out_count;
    if (written.size() == chunk) {
      write_all(out, written.data(), written.size(), static_cast<off_t>((out_count - written.size()) * sizeof(std::uint64_t)));
      written.clear();
    }
  };
  for (;;) {
    if (in_pos == in_len && read_total < old_count) {
      in_len = read_some(fd_, in.data(), std::min(chunk, old_count - read_total), static_cast<off_t>(read_total * sizeof(std::uint64_t)));
      in_pos = 0;
      read_total += in_len;
      if (in_len == 0) throw Error("the temporary file of article ids is shorter than written");
    }
    const bool have_old = in_pos < in_len;
    if (!have_old && b == batch.size()) break;
    if (have_old && (b == batch.size() || in[in_pos] <= batch[b])) put(in[in_pos++]);
    else put(batch[b++]);
  }
  if (!written.empty())
    write_all(out, written.data(), written.size(), static_cast<off_t>((out_count - written.size()) * sizeof(std::uint64_t)));
  ::close(fd_);
  fd_ = out;
  index_ = std::move(index);
  for (std::uint64_t h : batch) bloom_add(h);
}

// Five probes from the two halves of the hash (Kirsch-Mitzenmacher).
void IdSet::bloom_add(std::uint64_t h) {
  const std::uint64_t bits = bloom_.size() * 64, a = h, c = (h >> 32) | (h << 32) | 1;
  for (std::uint64_t k = 0; k < 5; ++k) {
    const std::uint64_t bit = (a + k * c) % bits;
    bloom_[bit / 64] |= std::uint64_t{1} << (bit % 64);
  }
}

bool IdSet::bloom_may_hold(std::uint64_t h) const {
  const std::uint64_t bits = bloom_.size() * 64, a = h, c = (h >> 32) | (h << 32) | 1;
  for (std::uint64_t k = 0; k < 5; ++k) {
    const std::uint64_t bit = (a + k * c) % bits;
    if (!(bloom_[bit / 64] & (std::uint64_t{1} << (bit % 64)))) return false;
  }
  return true;
}

}  // namespace chipgraph::extract
