// The article ids read so far, as 64-bit hashes (two different ids collide with
// a chance of about n^2 / 2^65: 3e-7 for three million articles).
//
// Memory does not grow with the corpus. The latest ids are in a small hash
// set; older ones in a sorted array, which past a fixed size moves to a
// temporary file (unlinked at once, so nothing is left behind) that each batch
// of new ids is merged into. A fixed-size Bloom filter answers "never seen" for
// almost every new id, and an in-memory index of every 512th hash in the file
// turns the rest into one 4 KB read. Where no temporary file can be made, the
// array stays in memory.
#pragma once

#include <cstdint>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace chipgraph::extract {

class IdSet {
 public:
  struct Limits {
    std::size_t recent = 1 << 16;     // ids in the hash set before a merge
    std::size_t in_memory = 1 << 17;  // ids in the sorted array before it moves to a file
    std::size_t bloom_bits = std::size_t{1} << 25;  // 4 MiB
  };
  IdSet() : IdSet(Limits{}) {}
  explicit IdSet(Limits limits) : limits_(limits) {}
  ~IdSet();
  IdSet(const IdSet&) = delete;
  IdSet& operator=(const IdSet&) = delete;

  // Adds the id; false if it was there already.
  bool insert(std::string_view id);

  std::size_t size() const { return stored_ + recent_.size(); }
  bool on_disk() const { return fd_ >= 0; }

 private:
  bool stored(std::uint64_t h) const;
  void flush();                                      // merges recent_ into the sorted store
  bool spill();                                      // moves sorted_ into a file; false if none can be made
  void merge_into_file(const std::vector<std::uint64_t>& batch);  // batch sorted
  void bloom_add(std::uint64_t h);
  bool bloom_may_hold(std::uint64_t h) const;

  Limits limits_;
  std::unordered_set<std::uint64_t> recent_;
  std::vector<std::uint64_t> sorted_;  // while in memory
  std::size_t stored_ = 0;             // ids in sorted_ or in the file
  int fd_ = -1;                        // the file of sorted hashes, once spilled
  std::vector<std::uint64_t> index_;   // every kBlock-th hash of the file
  std::vector<std::uint64_t> bloom_;
};

}  // namespace chipgraph::extract
