// Shared presentation rules for the exporters.
#include "export/style.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <set>

namespace chipgraph::exporters {

std::string node_color(const Vocabulary& vocabulary, const std::string& type) {
  const NodeType* t = vocabulary.type(type);
  return t && rgb(t->color) != std::array<int, 3>{-1, -1, -1} ? t->color : "#999999";
}

std::array<int, 3> rgb(std::string_view hex) {
  auto nibble = [](char c) -> int {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  };
  std::array<int, 3> out{};
  if (hex.size() != 7 || hex[0] != '#') return {-1, -1, -1};
  for (int i = 0; i < 3; ++i) {
    const int hi = nibble(hex[1 + 2 * i]), lo = nibble(hex[2 + 2 * i]);
    if (hi < 0 || lo < 0) return {-1, -1, -1};
    out[i] = hi * 16 + lo;
  }
  return out;
}

double node_size(std::uint64_t mentions) { return 5.0 + 3.0 * std::log2(1.0 + static_cast<double>(mentions)); }

double edge_width(std::uint64_t weight) {
  return 1.0 + std::log2(static_cast<double>(std::max<std::uint64_t>(weight, 1)));
}

std::string_view line_style(Status status) {
  switch (status) {
    case Status::asserted: return "solid";
    case Status::negated: return "dotted";
    default: return "dashed";
  }
}

std::string short_label(std::string_view label, std::size_t max_chars) {
  std::vector<std::size_t> starts;  // byte offset of each code point
  for (std::size_t i = 0; i < label.size(); ++i)
    if ((static_cast<unsigned char>(label[i]) & 0xC0) != 0x80) starts.push_back(i);
  if (starts.size() <= max_chars) return std::string(label);
  // Keep max_chars - 1 code points and the ellipsis; back up to a space if one
  // is in the last third, so words are not cut in half.
  std::size_t keep = max_chars - 1;
  for (std::size_t k = keep; k > max_chars * 2 / 3; --k)
    if (label[starts[k]] == ' ') {
      keep = k;
      break;
    }
  std::string out(label.substr(0, starts[keep]));
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out + "\xE2\x80\xA6";
}

bool iso_date(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (s[i] < '0' || s[i] > '9') return false;
  const int year = std::stoi(std::string(s.substr(0, 4)));
  const int month = (s[5] - '0') * 10 + (s[6] - '0');
  const int day = (s[8] - '0') * 10 + (s[9] - '0');
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  static const int days[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return day <= days[month - 1] && !(month == 2 && day == 29 && !leap);
}

bool plain_integer(std::string_view s) {
  return !s.empty() && s.size() <= 18 && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::vector<std::string> report_dates(const KnowledgeGraph& kg, const EdgeProps& edge) {
  std::set<std::string> dates;
  for (const auto& ev : edge.evidence) {
    const std::string_view date = kg.evidence_store().name(ev.date());
    if (iso_date(date)) dates.emplace(date);
  }
  return {dates.begin(), dates.end()};
}

std::string number(double value, int decimals) {
  if (!std::isfinite(value)) return "0";
  std::string s = fmt::format("{:.{}f}", value, decimals);
  if (s.find('.') != std::string::npos) {
    while (s.back() == '0') s.pop_back();
    if (s.back() == '.') s.pop_back();
  }
  if (s == "-0") s = "0";
  return s;
}

}  // namespace chipgraph::exporters
