// Amounts, counts and dates: a small scanner over the sentence's tokens.
#include "extract/details.h"

#include <cctype>
#include <map>
#include <set>

namespace chipgraph::extract {
namespace {

bool digits_only(const std::string& s) {
  if (s.empty()) return false;
  for (char c : s)
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  return true;
}

// A plain number token: digits with thousands commas and at most one point.
bool is_number(const std::string& s) {
  if (s.empty() || !std::isdigit(static_cast<unsigned char>(s[0]))) return false;
  bool point = false;
  for (char c : s) {
    if (c == '.') {
      if (point) return false;
      point = true;
    } else if (c != ',' && !std::isdigit(static_cast<unsigned char>(c))) {
      return false;
    }
  }
  return std::isdigit(static_cast<unsigned char>(s.back()));
}

int scale_of(const std::string& word) {
  static const std::map<std::string, int> scales = {
      {"thousand", 3}, {"k", 3},  {"million", 6}, {"m", 6},  {"mn", 6},  {"mln", 6},
      {"billion", 9},  {"bn", 9}, {"b", 9},       {"trillion", 12}, {"tn", 12}, {"trn", 12}};
  auto it = scales.find(word);
  return it == scales.end() ? -1 : it->second;
}

// "5.5bn" -> ("5.5", 9); "800" -> ("800", 0); else ("", -1).
std::pair<std::string, int> split_number(const std::string& token) {
  std::size_t end = 0;
  while (end < token.size() && (std::isdigit(static_cast<unsigned char>(token[end])) || token[end] == ',' ||
                                token[end] == '.'))
    ++end;
  const std::string number = token.substr(0, end);
  if (!is_number(number)) return {"", -1};
  if (end == token.size()) return {number, 0};
  const int scale = scale_of(token.substr(end));
  return scale < 0 ? std::pair<std::string, int>{"", -1} : std::pair{number, scale};
}

int month_of(const std::string& word) {
  static const std::map<std::string, int> months = {
      {"january", 1}, {"jan", 1},  {"february", 2}, {"feb", 2},  {"march", 3},     {"mar", 3},
      {"april", 4},   {"apr", 4},  {"may", 5},      {"june", 6}, {"jun", 6},       {"july", 7},
      {"jul", 7},     {"august", 8}, {"aug", 8},    {"september", 9}, {"sept", 9}, {"sep", 9},
      {"october", 10}, {"oct", 10}, {"november", 11}, {"nov", 11}, {"december", 12}, {"dec", 12}};
  std::string w = word;
  if (!w.empty() && w.back() == '.') w.pop_back();
  auto it = months.find(w);
  return it == months.end() ? 0 : it->second;
}

bool is_year(const std::string& s) {
  return s.size() == 4 && digits_only(s) && (s.compare(0, 2, "19") == 0 || s.compare(0, 2, "20") == 0);
}

// Built without operator+(const char*, string), which GCC 12 -Wrestrict flags falsely under -Werror.
std::string two(int n) {
  std::string s = std::to_string(n);
  if (n < 10) s.insert(s.begin(), '0');
  return s;
}

}  // namespace

std::string scaled_integer(const std::string& number, int power_of_ten) {
  std::string whole, fraction;
  bool point = false;
  for (char c : number) {
    if (c == ',') continue;
    if (c == '.') {
      point = true;
      continue;
    }
    (point ? fraction : whole) += c;
  }
  if (whole.empty() && fraction.empty()) return "";
  // more decimals than the scale holds: the rest is below one unit
  if (static_cast<int>(fraction.size()) > power_of_ten) fraction.resize(static_cast<std::size_t>(power_of_ten));
  std::string out = whole + fraction + std::string(static_cast<std::size_t>(power_of_ten) - fraction.size(), '0');
  const auto nonzero = out.find_first_not_of('0');
  return nonzero == std::string::npos ? "0" : out.substr(nonzero);
}

std::vector<Detail> find_details(const Sentence& s, const Lexicon& lex, const std::string& article_date) {
  std::vector<Detail> out;
  const auto& tok = s.tokens;
  auto folded = [&](std::size_t i) -> const std::string& {
    static const std::string none;
    return i < tok.size() ? tok[i].folded : none;
  };
  auto currency = [&](std::size_t i) -> std::string {
    auto it = lex.currencies.find(folded(i));
    return it == lex.currencies.end() ? std::string() : it->second;
  };
  // A number at `i`, with a scale word after it: returns tokens used, or 0.
  auto amount = [&](std::size_t i, std::string& integer) -> std::size_t {
    auto [number, scale] = split_number(folded(i));
    if (scale < 0) return 0;
    std::size_t used = 1;
    if (scale == 0)
      if (int next = scale_of(folded(i + 1)); next > 0) scale = next, used = 2;
    integer = scaled_integer(number, scale);
    return integer.empty() ? 0 : used;
  };
  // a number inside a name ("Ascend 950", "CloudMatrix 384") is no amount
  std::vector<bool> inside(tok.size(), false);
  for (const auto& sp : s.spans)
    if (!sp.anaphor)
      for (std::size_t k = sp.first; k < sp.last; ++k) inside[k] = true;
  // "$23.28 a share" is a price, not the value of a deal
  auto per_unit = [&](std::size_t k) {
    return (folded(k) == "a" || folded(k) == "per" || folded(k) == "each") &&
           (folded(k + 1) == "share" || folded(k + 1) == "unit" || folded(k + 1) == "chip" || folded(k + 1) == "piece");
  };
  for (std::size_t i = 0; i < tok.size(); ++i) {
    const Folded& f = tok[i].folded;
    // $5.5 billion, US$ 800m, € 2bn
    if (!tok[i].word) {
      std::string code = currency(i);
      if (!code.empty()) {
        if (code == "USD" && i > 0 && folded(i - 1) == "nt") code = "TWD";
        std::string integer;
        if (std::size_t used = amount(i + 1, integer)) {
          if (!per_unit(i + 1 + used)) out.push_back({Detail::value, integer + " " + code, i, i + 1 + used});
          i += used;
          continue;
        }
      }
    }
    std::string integer;
    const std::size_t used = inside[i] ? 0 : amount(i, integer);
    if (used) {
      const std::size_t after = i + used;
      // 5 billion yuan, 2 trillion won
      if (std::string code = currency(after); !code.empty() && tok[after].word) {
        if (!per_unit(after + 1)) out.push_back({Detail::value, integer + " " + code, i, after + 1});
        i = after;
        continue;
      }
      // a year is a date, not a count
      if (used == 1 && is_year(f) && !lex.units.count(folded(i + 1))) {
        static const WordSet time_words = {"in",     "by",    "since",   "from",       "until",   "till",
                                           "before", "after", "during",  "early",      "late",    "mid",
                                           "end",    "of",    "through", "throughout", "between", "and"};
        if (i > 0 && time_words.count(folded(i - 1))) out.push_back({Detail::when, f, i, i + 1});
        continue;
      }
      // 100,000 chips; about 10,000 Nvidia H100 processors; 300,000 H20s
      for (std::size_t k = after; k < tok.size() && k <= after + 3; ++k) {
        if (s.boundary[k] > 0 || !tok[k].word) break;
        const bool unit = lex.units.count(tok[k].folded) > 0;
        const int chip_span = s.span_ending[k];
        if (unit || (chip_span >= 0 && k == s.spans[static_cast<std::size_t>(chip_span)].last - 1 &&
                     k + 1 < tok.size() && !lex.units.count(folded(k + 1)) && k > after)) {
          out.push_back({Detail::quantity, integer, i, k + 1});
          break;
        }
      }
      i = after - 1;
      continue;
    }
    // March 2025; March 3, 2025; in March (the article's year)
    if (int month = month_of(f); month > 0 && tok[i].capitalised) {
      // "may" is a month only as "May" followed by a day or a year
      std::size_t k = i + 1;
      std::string day;
      if (digits_only(folded(k)) && folded(k).size() <= 2) {
        day = folded(k);
        ++k;
        if (folded(k) == ",") ++k;
      }
      std::string year;
      if (is_year(folded(k))) year = folded(k), ++k;
      if (f == "may" && day.empty() && year.empty()) continue;
      if (year.empty() && article_date.size() >= 7) {
        // "in April" is the article's year; "last December" the year before when
        // that month has not come yet
        int y = std::stoi(article_date.substr(0, 4));
        if (i > 0 && folded(i - 1) == "last" && month >= std::stoi(article_date.substr(5, 2))) --y;
        year = std::to_string(y);
      }
      if (year.empty()) continue;
      std::string date = year + "-" + two(month);
      if (!day.empty() && std::stoi(day) >= 1 && std::stoi(day) <= 31) date += "-" + two(std::stoi(day));
      out.push_back({Detail::when, date, i, k});
      i = k - 1;
    }
  }
  return out;
}

}  // namespace chipgraph::extract
