// The article ids read so far, in 8 bytes each: a 64-bit hash of every id, most
// in one sorted array, the latest in a small hash set merged in from time to
// time. A corpus of millions of articles costs megabytes, not the hundreds a
// set of strings would. Two different ids collide with a chance of about
// n^2 / 2^65 (3e-7 for three million articles).
#pragma once

#include <algorithm>
#include <cstdint>
#include <functional>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace chipgraph::extract {

class IdSet {
 public:
  // Adds the id; false if it was there already.
  bool insert(std::string_view id) {
    const std::uint64_t h = std::hash<std::string_view>{}(id);
    if (std::binary_search(sorted_.begin(), sorted_.end(), h)) return false;
    if (!recent_.insert(h).second) return false;
    if (recent_.size() >= 65536) {
      const std::size_t middle = sorted_.size();
      sorted_.insert(sorted_.end(), recent_.begin(), recent_.end());
      std::sort(sorted_.begin() + static_cast<std::ptrdiff_t>(middle), sorted_.end());
      std::inplace_merge(sorted_.begin(), sorted_.begin() + static_cast<std::ptrdiff_t>(middle), sorted_.end());
      recent_.clear();
    }
    return true;
  }

 private:
  std::vector<std::uint64_t> sorted_;
  std::unordered_set<std::uint64_t> recent_;
};

}  // namespace chipgraph::extract
