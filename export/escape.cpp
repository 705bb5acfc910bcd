// Escaping helpers.
#include "export/escape.h"

#include <array>

namespace chipgraph::exporters {

std::size_t forbidden_multibyte(std::string_view s, std::size_t i) {
  const auto c = static_cast<unsigned char>(s[i]);
  if (c == 0xC2 && i + 1 < s.size()) {
    const auto d = static_cast<unsigned char>(s[i + 1]);
    if (d >= 0x80 && d <= 0x9F) return 2;
  }
  if (c == 0xEF && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xBF) {
    const auto d = static_cast<unsigned char>(s[i + 2]);
    if (d == 0xBE || d == 0xBF) return 3;
  }
  return 0;
}

namespace {

// Walks UTF-8 text, dropping forbidden characters and letting `put` write each
// byte that is one of `specials`, a control or the lead byte of a character that
// may be forbidden (escaped or not); runs of other bytes are copied whole.
template <typename Put>
void escape_into(std::string& out, std::string_view text, std::string_view specials, Put put) {
  std::array<bool, 256> slow{};
  for (int c = 0; c < 0x20; ++c) slow[c] = true;
  slow[0x7F] = slow[0xC2] = slow[0xEF] = true;
  for (char c : specials) slow[static_cast<unsigned char>(c)] = true;
  out.reserve(out.size() + text.size() + 16);
  std::size_t run = 0;  // start of the bytes not yet written
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (!slow[static_cast<unsigned char>(text[i])]) continue;
    out.append(text, run, i - run);
    if (const std::size_t n = forbidden_multibyte(text, i)) {
      i += n - 1;
    } else {
      put(out, text[i]);
    }
    run = i + 1;
  }
  out.append(text, run, text.size() - run);
}

template <typename Put>
std::string escape_with(std::string_view text, std::string_view specials, Put put) {
  std::string out;
  escape_into(out, text, specials, put);
  return out;
}

bool control(char c) { return static_cast<unsigned char>(c) < 0x20 || c == 0x7F; }

void put_xml(std::string& out, char c) {
  switch (c) {
    case '&': out += "&amp;"; break;
    case '<': out += "&lt;"; break;
    case '>': out += "&gt;"; break;
    case '"': out += "&quot;"; break;
    case '\'': out += "&apos;"; break;
    case '\t': out += "&#9;"; break;
    case '\n': out += "&#10;"; break;
    case '\r': out += "&#13;"; break;
    default:
      if (!control(c)) out += c;
  }
}

}  // namespace

std::string xml_escape(std::string_view text) {
  std::string out;
  xml_escape_append(out, text);
  return out;
}

void xml_escape_append(std::string& out, std::string_view text) { escape_into(out, text, "&<>\"'", put_xml); }

std::string xml_text_escape(std::string_view text) {
  std::string out;
  xml_text_escape_append(out, text);
  return out;
}

// Inside an element only & and < are special (> too, after "]]"); quotes are not.
void xml_text_escape_append(std::string& out, std::string_view text) { escape_into(out, text, "&<>", put_xml); }

std::string dot_escape(std::string_view text) {
  return escape_with(text, "\\\"", [](std::string& out, char c) {
    switch (c) {
      case '\\': out += "\\\\"; break;
      case '"': out += "\\\""; break;
      case '\n': out += "\\n"; break;
      case '\t': out += ' '; break;
      default:
        if (!control(c)) out += c;
    }
  });
}

std::string csv_field(std::string_view text) {
  const bool quote = text.find_first_of(",\"\r\n") != std::string_view::npos ||
                     (!text.empty() && (text.front() == ' ' || text.back() == ' '));
  std::string out = escape_with(text, "\"", [](std::string& o, char c) {
    if (c == '"') o += "\"\"";
    else if (!control(c) || c == '\r' || c == '\n' || c == '\t') o += c;
  });
  return quote ? "\"" + out + "\"" : out;
}

}  // namespace chipgraph::exporters
