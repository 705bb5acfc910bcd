// Rule-based tokenizer over UTF-8, using ICU character properties.
#include "extract/tokenizer.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "graph/text.h"

namespace chipgraph::extract {
namespace {

struct Cursor {
  const uint8_t* s;
  int32_t n;
  UChar32 at(int32_t i, int32_t* next = nullptr) const {
    if (i >= n) {
      if (next) *next = i;
      return -1;
    }
    int32_t j = i;
    UChar32 c;
    U8_NEXT(s, j, n, c);
    if (next) *next = j;
    return c;
  }
};

bool is_apostrophe(UChar32 c) { return c == '\'' || c == 0x2019; }
bool is_joiner(UChar32 c) { return c == '-' || c == '.' || c == '&' || c == '/' || c == 0x2010 || c == 0x2011 || is_apostrophe(c); }
// ASCII answers without a call into ICU: most text is ASCII, and these run for every character.
bool is_wordchar(UChar32 c) {
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  return u_isalnum(c) || u_charType(c) == U_NON_SPACING_MARK || u_charType(c) == U_COMBINING_SPACING_MARK;
}
bool is_space_or_control(UChar32 c) {
  if (c < 0x80) return c <= 0x20 || c == 0x7F;  // also c < 0: past the end or a bad byte
  return u_isUWhiteSpace(c) || u_iscntrl(c);
}
bool is_digit(UChar32 c) { return c < 0x80 ? c >= '0' && c <= '9' : u_isdigit(c); }
bool is_upper(UChar32 c) { return c < 0x80 ? c >= 'A' && c <= 'Z' : u_isupper(c) || u_istitle(c); }

std::string fold_token(std::string_view text) {
  bool ascii = true;
  for (char c : text) ascii = ascii && static_cast<unsigned char>(c) < 0x80;
  if (!ascii) return fold(text);
  std::string out(text);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

}  // namespace

std::vector<Token> tokenize(std::string_view text, std::size_t base_offset) {
  std::vector<Token> tokens;
  tokens.reserve(text.size() / 5 + 1);  // about a token per five bytes of news text
  Cursor cur{reinterpret_cast<const uint8_t*>(text.data()), static_cast<int32_t>(text.size())};
  int32_t i = 0;
  while (i < cur.n) {
    int32_t next;
    UChar32 c = cur.at(i, &next);
    if (is_space_or_control(c)) {
      i = next;
      continue;
    }
    const int32_t start = i;
    if (is_apostrophe(c)) {
      // possessive 's, or a bare apostrophe closing a plural possessive
      int32_t after_s;
      UChar32 s = cur.at(next, &after_s);
      if ((s == 's' || s == 'S') && !is_wordchar(cur.at(after_s))) {
        i = after_s;
      } else {
        i = next;
      }
    } else if (is_wordchar(c)) {
      i = next;
      bool all_digits = is_digit(c);
      bool dotted_initials = c < 0x80 ? c >= 'A' && c <= 'Z' : u_isupper(c);  // U.S., U.K.
      int32_t run = 1;
      for (;;) {
        int32_t n2;
        UChar32 d = cur.at(i, &n2);
        if (is_wordchar(d)) {
          all_digits = all_digits && is_digit(d);
          ++run;
          if (run > 1 && dotted_initials) dotted_initials = false;
          i = n2;
          continue;
        }
        if (d == ',' && all_digits) {
          // thousands separator: exactly three digits follow
          int32_t k = n2, digits = 0;
          UChar32 e;
          while (digits < 4 && (e = cur.at(k, &k), e >= 0 && is_digit(e))) ++digits;
          if (digits == 3 && !is_wordchar(cur.at(n2 + 3))) {
            i = n2 + 3;
            continue;
          }
          break;
        }
        if (is_joiner(d)) {
          int32_t n3;
          UChar32 e = cur.at(n2, &n3);
          if (is_apostrophe(d) && (e == 's' || e == 'S') && !is_wordchar(cur.at(n3))) break;
          if (is_wordchar(e)) {
            if (d == '.' && run == 1 && (e < 0x80 ? e >= 'A' && e <= 'Z' : u_isupper(e))) {
              dotted_initials = true;  // keep "U.S" going
            }
            i = n2;
            run = d == '.' ? 0 : run;
            continue;
          }
          // trailing dot of dotted initials: "U.S." (but not a sentence's last word)
          if (d == '.' && dotted_initials && run == 1) {
            i = n2;
          }
        }
        break;
      }
    } else {
      i = next;
    }
    Token& t = tokens.emplace_back();
    t.begin = base_offset + static_cast<std::size_t>(start);
    t.end = base_offset + static_cast<std::size_t>(i);
    t.text.assign(text.substr(static_cast<std::size_t>(start), static_cast<std::size_t>(i - start)));
    std::string folded = fold_token(t.text);
    if (folded == "\xE2\x80\x99s") folded = "'s";
    t.folded = Folded(std::move(folded));
    t.word = is_wordchar(c);
    t.capitalised = is_upper(c);
  }
  return tokens;
}

}  // namespace chipgraph::extract
