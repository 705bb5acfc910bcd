// A set of word hashes kept as 65,536 bits (8 KiB, resident in the L1 cache).
// It answers "surely not a key" for most words before a large hash map is
// probed: a probe of a map with thousands of keys misses the cache, and most
// words of a news text are not the first word of any name. The bits are the
// low 16 of std::hash<std::string_view>, the hash every word map here uses.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace chipgraph::extract {

class HashFilter {
 public:
  void add(std::size_t hash) { bits_[(hash >> 6) & (words - 1)] |= std::uint64_t{1} << (hash & 63); }
  void add(std::string_view word) { add(std::hash<std::string_view>{}(word)); }
  // False only when no word with this hash was added.
  bool may_hold(std::size_t hash) const { return (bits_[(hash >> 6) & (words - 1)] >> (hash & 63)) & 1; }

 private:
  static constexpr std::size_t words = 1024;
  std::array<std::uint64_t, words> bits_{};
};

}  // namespace chipgraph::extract
