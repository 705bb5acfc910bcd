// HTML character references -> UTF-8, with a table of the named ones news pages use.
#include "graph/html_entities.h"

#include <array>
#include <cstdint>
#include <string_view>
#include <unordered_map>

namespace chipgraph {
namespace {

constexpr char32_t kReplacement = 0xFFFD;

// Latin-1 names, U+00A0 to U+00FF in code point order.
constexpr std::array<std::string_view, 96> kLatin1 = {
    "nbsp",   "iexcl",  "cent",   "pound",  "curren", "yen",    "brvbar", "sect",   "uml",    "copy",   "ordf",
    "laquo",  "not",    "shy",    "reg",    "macr",   "deg",    "plusmn", "sup2",   "sup3",   "acute",  "micro",
    "para",   "middot", "cedil",  "sup1",   "ordm",   "raquo",  "frac14", "frac12", "frac34", "iquest", "Agrave",
    "Aacute", "Acirc",  "Atilde", "Auml",   "Aring",  "AElig",  "Ccedil", "Egrave", "Eacute", "Ecirc",  "Euml",
    "Igrave", "Iacute", "Icirc",  "Iuml",   "ETH",    "Ntilde", "Ograve", "Oacute", "Ocirc",  "Otilde", "Ouml",
    "times",  "Oslash", "Ugrave", "Uacute", "Ucirc",  "Uuml",   "Yacute", "THORN",  "szlig",  "agrave", "aacute",
    "acirc",  "atilde", "auml",   "aring",  "aelig",  "ccedil", "egrave", "eacute", "ecirc",  "euml",   "igrave",
    "iacute", "icirc",  "iuml",   "eth",    "ntilde", "ograve", "oacute", "ocirc",  "otilde", "ouml",   "divide",
    "oslash", "ugrave", "uacute", "ucirc",  "uuml",   "yacute", "thorn",  "yuml"};

struct Named {
  std::string_view name;
  char32_t code;
};

// Markup escapes, typography and the few symbols chip news uses.
constexpr Named kOthers[] = {
    {"amp", '&'},        {"lt", '<'},         {"gt", '>'},          {"quot", '"'},        {"apos", '\''},
    {"ndash", 0x2013},   {"mdash", 0x2014},   {"lsquo", 0x2018},    {"rsquo", 0x2019},    {"sbquo", 0x201A},
    {"ldquo", 0x201C},   {"rdquo", 0x201D},   {"bdquo", 0x201E},    {"dagger", 0x2020},   {"Dagger", 0x2021},
    {"bull", 0x2022},    {"hellip", 0x2026},  {"permil", 0x2030},   {"prime", 0x2032},    {"Prime", 0x2033},
    {"lsaquo", 0x2039},  {"rsaquo", 0x203A},  {"ensp", 0x2002},     {"emsp", 0x2003},     {"thinsp", 0x2009},
    {"zwnj", 0x200C},    {"zwj", 0x200D},     {"lrm", 0x200E},      {"rlm", 0x200F},      {"euro", 0x20AC},
    {"trade", 0x2122},   {"OElig", 0x0152},   {"oelig", 0x0153},    {"Scaron", 0x0160},   {"scaron", 0x0161},
    {"Yuml", 0x0178},    {"fnof", 0x0192},    {"circ", 0x02C6},     {"tilde", 0x02DC},    {"mu", 0x03BC},
    {"minus", 0x2212},   {"larr", 0x2190},    {"rarr", 0x2192},     {"le", 0x2264},       {"ge", 0x2265},
    {"ne", 0x2260},      {"asymp", 0x2248},   {"infin", 0x221E}};

// What browsers make of &#128; to &#159;: the Windows-1252 characters; 0 where it has none.
constexpr std::array<char32_t, 32> kWindows1252 = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

const std::unordered_map<std::string_view, char32_t>& named_table() {
  static const auto table = [] {
    std::unordered_map<std::string_view, char32_t> t;
    for (std::size_t i = 0; i < kLatin1.size(); ++i) t.emplace(kLatin1[i], static_cast<char32_t>(0xA0 + i));
    for (const auto& n : kOthers) t.emplace(n.name, n.code);
    return t;
  }();
  return table;
}

void append_utf8(std::string& out, char32_t c) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

int digit_value(char c, bool hex) {
  if (c >= '0' && c <= '9') return c - '0';
  if (!hex) return -1;
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// The character a numeric reference names, given the text after "&#"; sets
// `length` to the bytes it spans from there, including the ';'. 0 if it is no reference.
char32_t numeric_reference(std::string_view rest, std::size_t& length) {
  const bool hex = !rest.empty() && (rest[0] == 'x' || rest[0] == 'X');
  std::size_t i = hex ? 1 : 0;
  const std::size_t first = i;
  std::uint64_t value = 0;
  for (int d; i < rest.size() && (d = digit_value(rest[i], hex)) >= 0; ++i)
    if (value <= 0x10FFFF) value = value * (hex ? 16 : 10) + static_cast<std::uint64_t>(d);
  if (i == first || i >= rest.size() || rest[i] != ';') return 0;
  length = i + 1;
  if (value == 0 || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) return kReplacement;
  if (value >= 0x80 && value <= 0x9F) {
    const char32_t mapped = kWindows1252[value - 0x80];
    return mapped != 0 ? mapped : kReplacement;
  }
  return static_cast<char32_t>(value);
}

// The character a named reference names, given the text after "&"; 0 if none.
char32_t named_reference(std::string_view rest, std::size_t& length) {
  constexpr std::size_t kLongestName = 8;
  const std::size_t semicolon = rest.substr(0, kLongestName + 1).find(';');
  if (semicolon == std::string_view::npos || semicolon == 0) return 0;
  const auto& table = named_table();
  const auto it = table.find(rest.substr(0, semicolon));
  if (it == table.end()) return 0;
  length = semicolon + 1;
  return it->second;
}

}  // namespace

std::size_t decode_html_entities(std::string& text) {
  std::size_t amp = text.find('&');
  if (amp == std::string::npos) return 0;
  std::string out;
  out.reserve(text.size());
  out.append(text, 0, amp);
  std::size_t decoded = 0;
  const std::string_view all = text;
  while (amp != std::string::npos) {
    const std::string_view rest = all.substr(amp + 1);
    std::size_t length = 0;
    const char32_t c = !rest.empty() && rest[0] == '#' ? numeric_reference(rest.substr(1), length)
                                                       : named_reference(rest, length);
    std::size_t next = amp + 1;
    if (c != 0) {
      // Line ends are normalised before entities are decoded: a carriage
      // return written as "&#13;" is a line end too.
      append_utf8(out, c == U'\r' ? U'\n' : c);
      ++decoded;
      next = amp + 1 + (rest[0] == '#' ? 1 : 0) + length;
    } else {
      out += '&';
    }
    amp = text.find('&', next);
    out.append(text, next, (amp == std::string::npos ? text.size() : amp) - next);
  }
  text = std::move(out);
  return decoded;
}

}  // namespace chipgraph
