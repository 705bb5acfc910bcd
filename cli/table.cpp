// Aligned text tables (see table.h).
#include "cli/table.h"

#include <algorithm>

namespace chipgraph::cli {
namespace {

std::size_t characters(const std::string& s) {
  return static_cast<std::size_t>(
      std::count_if(s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

bool numeric(const std::string& s) {
  return !s.empty() && s.find_first_not_of("0123456789.-") == std::string::npos && s != "-";
}

}  // namespace

std::string shorten(const std::string& s, std::size_t max) {
  if (characters(s) <= max) return s;
  std::size_t kept = 0, i = 0;
  for (; i < s.size(); ++i)
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80 && ++kept > max - 1) break;
  return s.substr(0, i) + "\u2026";
}

void Table::print(std::ostream& out, std::size_t max_cell) const {
  std::vector<std::size_t> width(headers_.size());
  auto cell = [&](const std::vector<std::string>& row, std::size_t c) {
    return c < row.size() ? shorten(row[c], max_cell) : std::string();
  };
  for (std::size_t c = 0; c < headers_.size(); ++c) {
    width[c] = characters(headers_[c]);
    for (const auto& row : rows_) width[c] = std::max(width[c], characters(cell(row, c)));
  }
  auto line = [&](const std::vector<std::string>& row, bool header) {
    std::string text;
    for (std::size_t c = 0; c < headers_.size(); ++c) {
      const std::string value = header ? headers_[c] : cell(row, c);
      const std::string pad(width[c] - characters(value), ' ');
      const bool right = !header && numeric(value);
      text += right ? pad + value : value + (c + 1 < headers_.size() ? pad : std::string());
      if (c + 1 < headers_.size()) text += "  ";
    }
    while (!text.empty() && text.back() == ' ') text.pop_back();
    out << text << '\n';
  };
  line(headers_, true);
  for (std::size_t r = 0; r < rows_.size(); ++r) {
    line(rows_[r], false);
    if (r < notes_.size() && !notes_[r].empty()) out << "      " << notes_[r] << '\n';
  }
}

}  // namespace chipgraph::cli
