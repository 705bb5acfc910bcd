// ICU-backed normalisation shared by extraction and merging.
#include "graph/text.h"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <cstdint>
#include <cstring>

namespace chipgraph {

namespace {

bool printable_ascii(std::string_view s) {
  // eight bytes at a time: a word has a byte >= 0x80, < 0x20 or == 0x7F when
  // the high bit of that byte is set in w, in w - 0x20.. (without a borrow
  // from a byte >= 0x80, which the first test caught), or in (w ^ 0x7F..) - 0x01..
  constexpr std::uint64_t ones = 0x0101010101010101ULL, high = 0x8080808080808080ULL;
  std::size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    std::uint64_t w;
    std::memcpy(&w, s.data() + i, 8);
    const std::uint64_t del = w ^ (0x7F * ones);
    if ((w | ((w - 0x20 * ones) & ~w) | ((del - ones) & ~del)) & high) return false;
  }
  for (; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x20 || c >= 0x7F) return false;
  }
  return true;
}

}  // namespace

std::string fold(std::string_view utf8) {
  // Printable ASCII is its own NFKC form, and case folding only lowers A-Z:
  // most names and words never need ICU.
  if (printable_ascii(utf8)) {
    std::string out(utf8);
    for (char& c : out)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
  }
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc_cf = icu::Normalizer2::getNFKCCasefoldInstance(status);
  icu::UnicodeString in =
      icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  std::string out;
  if (U_FAILURE(status)) {
    in.foldCase().toUTF8String(out);
    return out;
  }
  icu::UnicodeString folded = nfkc_cf->normalize(in, status);
  if (U_FAILURE(status)) folded = in.foldCase();
  folded.toUTF8String(out);
  // Typographic apostrophes and dashes fold to their ASCII forms so aliases match.
  std::string result;
  result.reserve(out.size());
  for (std::size_t i = 0; i < out.size();) {
    if (out.compare(i, 3, "\xE2\x80\x99") == 0 || out.compare(i, 3, "\xE2\x80\x98") == 0) {
      result += '\'';
      i += 3;
    } else if (out.compare(i, 3, "\xE2\x80\x90") == 0 || out.compare(i, 3, "\xE2\x80\x91") == 0 ||
               out.compare(i, 3, "\xE2\x80\x93") == 0) {
      result += '-';
      i += 3;
    } else {
      result += out[i++];
    }
  }
  return result;
}

std::size_t repair_utf8(std::string& text) {
  std::size_t bad = 0;
  std::string out;
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const auto length = static_cast<int32_t>(text.size());
  int32_t i = 0;
  bool changed = false;
  while (i < length) {
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(s, i, length, c);
    if (c < 0) {
      if (!changed) {
        out.assign(text.data(), static_cast<std::size_t>(start));
        changed = true;
      }
      out += "\xEF\xBF\xBD";
      bad += static_cast<std::size_t>(i - start);
    } else if (changed) {
      out.append(text.data() + start, static_cast<std::size_t>(i - start));
    }
  }
  if (changed) text = std::move(out);
  return bad;
}


void clean_controls(std::string& utf8) {
  if (!printable_ascii(utf8)) utf8 = without_controls(utf8);
}

std::string without_controls(std::string_view input) {
  // the common case: printable ASCII, one copy
  bool ascii = true, clean = true;
  for (const char ch : input) {
    const auto c = static_cast<unsigned char>(ch);
    ascii = ascii && c < 0x80;
    clean = clean && c >= 0x20 && c != 0x7F;
  }
  if (clean && ascii) return std::string(input);
  // invalid UTF-8 (a name read from a JSONL file is not checked) becomes U+FFFD
  std::string repaired(input);
  if (!ascii) repair_utf8(repaired);
  const std::string_view utf8 = repaired;
  std::string out;
  out.reserve(utf8.size());
  for (std::size_t i = 0; i < utf8.size(); ++i) {
    const auto c = static_cast<unsigned char>(utf8[i]);
    if (c == '\t' || c == '\n' || c == '\r') {
      out += ' ';
    } else if (c < 0x20 || c == 0x7F) {
      continue;
    } else if (c == 0xC2 && i + 1 < utf8.size() && static_cast<unsigned char>(utf8[i + 1]) >= 0x80 &&
               static_cast<unsigned char>(utf8[i + 1]) <= 0x9F) {
      ++i;  // C1 control
    } else if (c == 0xEF && i + 2 < utf8.size() && static_cast<unsigned char>(utf8[i + 1]) == 0xBF &&
               (static_cast<unsigned char>(utf8[i + 2]) == 0xBE || static_cast<unsigned char>(utf8[i + 2]) == 0xBF)) {
      i += 2;  // U+FFFE, U+FFFF: not characters, and not allowed in XML
    } else {
      out += static_cast<char>(c);
    }
  }
  return out;
}

}  // namespace chipgraph
