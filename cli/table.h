// Aligned text tables for query answers: columns padded to their widest cell
// (counted in characters, not bytes), numbers right-aligned, long cells cut.
#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace chipgraph::cli {

class Table {
 public:
  explicit Table(std::vector<std::string> headers) : headers_(std::move(headers)) {}
  void add(std::vector<std::string> row) { rows_.push_back(std::move(row)); }
  // Each row may be followed by an indented note (an evidence sentence).
  void note(std::string text) { notes_.resize(rows_.size()), notes_.back() = std::move(text); }
  bool empty() const { return rows_.empty(); }
  void print(std::ostream& out, std::size_t max_cell = 48) const;

 private:
  std::vector<std::string> headers_;
  std::vector<std::vector<std::string>> rows_;
  std::vector<std::string> notes_;
};

// The text cut to `max` characters, with an ellipsis when cut.
std::string shorten(const std::string& utf8, std::size_t max);

}  // namespace chipgraph::cli
