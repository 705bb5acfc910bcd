// The word screen: pieces of ASCII letters and digits, looked up lower-cased in
// tries built from the pack.
#include "extract/name_screen.h"

#include <array>

#include "extract/tokenizer.h"

namespace chipgraph::extract {
namespace {

// Per byte: a lower-cased ASCII letter or digit, 0 for other ASCII (a
// separator), 1 for a byte of a multi-byte character.
constexpr std::array<char, 256> byte_classes() {
  std::array<char, 256> t{};
  for (int c = '0'; c <= '9'; ++c) t[static_cast<std::size_t>(c)] = static_cast<char>(c);
  for (int c = 'a'; c <= 'z'; ++c) t[static_cast<std::size_t>(c)] = static_cast<char>(c);
  for (int c = 'A'; c <= 'Z'; ++c) t[static_cast<std::size_t>(c)] = static_cast<char>(c - 'A' + 'a');
  for (int c = 0x80; c < 0x100; ++c) t[static_cast<std::size_t>(c)] = 1;
  return t;
}
constexpr std::array<char, 256> kByte = byte_classes();

bool ascii_alnum(unsigned char c) { return kByte[c] > 1; }

// Length of the punctuation character at `at` that separates pieces (ASCII
// other than letters and digits; no-break space; the quotes, dashes, hyphens
// and ellipsis of U+2010..U+2026), or 0.
std::size_t separator(std::string_view s, std::size_t at) {
  const auto c = static_cast<unsigned char>(s[at]);
  if (c < 0x80) return ascii_alnum(c) ? 0 : 1;
  if (c == 0xC2 && at + 1 < s.size() && static_cast<unsigned char>(s[at + 1]) == 0xA0) return 2;
  if (c == 0xE2 && at + 2 < s.size() && static_cast<unsigned char>(s[at + 1]) == 0x80) {
    const auto d = static_cast<unsigned char>(s[at + 2]);
    if (d >= 0x90 && d <= 0xA6) return 3;
  }
  return 0;
}

// Only white space (ASCII or no-break) between two pieces: the tokenizer puts
// nothing between them.
bool blank(std::string_view s) {
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') continue;
    if (c == '\xC2' && i + 1 < s.size() && s[i + 1] == '\xA0') {
      ++i;
      continue;
    }
    return false;
  }
  return true;
}

// Splits `s` into pieces (lower-cased into `lower`, which must be as long as
// `s`); returns false when a piece holds non-ASCII bytes.
bool split(std::string_view s, std::string& lower, std::vector<NameScreen::Piece>& out) {
  lower.resize(s.size());
  out.clear();
  std::size_t i = 0;
  while (i < s.size()) {
    const char first = kByte[static_cast<unsigned char>(s[i])];
    if (first == 0) {  // ASCII punctuation or space
      ++i;
      continue;
    }
    if (first == 1) {
      if (const std::size_t n = separator(s, i)) {
        i += n;
        continue;
      }
      return false;  // a non-ASCII letter or sign inside a word
    }
    NameScreen::Piece p;
    p.begin = i;
    for (; i < s.size(); ++i) {
      const char c = kByte[static_cast<unsigned char>(s[i])];
      if (c == 0) break;
      if (c == 1) {
        if (separator(s, i)) break;
        return false;
      }
      lower[i] = c;
    }
    p.end = i;
    p.lower = std::string_view(lower).substr(p.begin, p.end - p.begin);
    p.capitalised = s[p.begin] >= 'A' && s[p.begin] <= 'Z';
    out.push_back(p);
  }
  return true;
}

}  // namespace

// `phrase` is cut into tokens as the gazetteer does (`tokenized`) or taken as
// folded words, then into pieces. A non-ASCII piece ends the path there as a
// whole phrase that matches in any case (text holding it passes anyway); a
// non-ASCII first piece adds nothing.
void NameScreen::add(std::string_view phrase, Kind kind, bool case_sensitive, bool tokenized) {
  std::string text;
  if (tokenized) {
    for (const auto& t : tokenize(phrase)) text += (case_sensitive ? t.text : t.folded) + " ";
  } else {
    text = phrase;
  }
  std::string lower;
  std::vector<Piece> pieces;
  if (!split(text, lower, pieces)) {
    // keep the ASCII pieces before the first non-ASCII one
    std::size_t i = 0;
    while (i < text.size() && static_cast<unsigned char>(text[i]) < 0x80) ++i;
    while (i > 0 && separator(text, i - 1) == 0) --i;  // back to the start of the piece it is in
    text.resize(i);
    split(text, lower, pieces);
    if (pieces.empty()) return;
    case_sensitive = false;
  }
  if (pieces.empty()) {
    always_ = true;
    return;
  }
  std::vector<std::string> lowered, exact;
  for (const auto& p : pieces) {
    lowered.emplace_back(p.lower);
    exact.emplace_back(text.substr(p.begin, p.end - p.begin));
  }
  insert(lowered, exact, kind, case_sensitive, false);
  if (kind == Kind::name) {  // "H20s": the plural of the last piece, as the gazetteer accepts it
    lowered.back() += 's';
    exact.back() += 's';
    insert(lowered, exact, kind, case_sensitive, true);
  }
}

void NameScreen::insert(const std::vector<std::string>& lower, const std::vector<std::string>& exact, Kind kind,
                        bool case_sensitive, bool plural) {
  if (!lower.empty()) first_pieces_.add(lower.front());
  std::size_t node = 0;
  for (const auto& piece : lower) {
    int next;
    if (auto it = trie_[node].children.find(piece); it != trie_[node].children.end()) {
      next = it->second;
    } else {
      next = static_cast<int>(trie_.size());
      trie_[node].children.emplace(piece, next);
      trie_.emplace_back();
    }
    node = static_cast<std::size_t>(next);
  }
  Node& n = trie_[node];
  switch (kind) {
    case Kind::name:
      if (case_sensitive) (plural ? n.exact_plural : n.exact).push_back(exact);
      else (plural ? n.plural_name : n.name) = true;
      break;
    case Kind::descriptor: n.descriptor = true; break;
    case Kind::suffix: n.suffix = true; break;
    case Kind::chip_noun: n.chip_noun = true; break;
    case Kind::anaphor: n.anaphor = true; break;
    case Kind::demonym: n.demonym = true; break;
  }
}

NameScreen::NameScreen(const Pack& pack) {
  for (const auto& e : pack.entities()) {
    add(e.name, Kind::name, e.case_sensitive, true);
    for (const auto& a : e.aliases) add(a, Kind::name, e.case_sensitive, true);
  }
  const auto& lex = pack.lexicon();
  for (const auto& d : lex.descriptors) {
    std::string phrase;
    for (const auto& w : d.words) phrase += w + " ";
    add(phrase, Kind::descriptor, false, false);
  }
  for (const auto& noun : lex.chip_nouns) {
    add(noun, Kind::chip_noun, false, false);
    add(noun + "s", Kind::chip_noun, false, false);
  }
  for (const auto& [word, type] : lex.org_suffixes) add(word, Kind::suffix, false, false);
  for (const auto& a : lex.anaphors) {
    std::string phrase;
    for (const auto& w : a.words) phrase += w + " ";
    add(phrase, Kind::anaphor, false, false);
  }
  for (const auto& [words, country] : lex.demonyms) add(words, Kind::demonym, false, false);
  for (const auto& [words, country] : lex.city_countries) add(words, Kind::name, false, false);
  add("based", Kind::demonym, false, false);  // "the Hangzhou-based company"; "based" need not be capitalised
}

// Whether a trigger starts at piece `at`: one walk down the trie, checking at
// each node the phrases that end there.
bool NameScreen::passes_at(std::string_view text, const std::vector<Piece>& pieces, std::size_t at,
                           bool sentence) const {
  auto same_case = [&](const std::vector<std::string>& exact) {
    for (std::size_t k = 0; k < exact.size(); ++k) {
      const Piece& p = pieces[at + k];
      if (text.substr(p.begin, p.end - p.begin) != exact[k]) return false;
    }
    return true;
  };
  if (!first_pieces_.may_hold(std::hash<std::string_view>{}(pieces[at].lower))) return false;
  std::size_t node = 0;
  for (std::size_t i = at; i < pieces.size(); ++i) {
    const auto& children = trie_[node].children;
    const auto it = children.find(pieces[i].lower);
    if (it == children.end()) return false;
    node = static_cast<std::size_t>(it->second);
    const Node& n = trie_[node];
    if (n.name || n.plural_name || n.chip_noun) return true;
    if (n.suffix && pieces[at].capitalised) return true;
    if (sentence && (n.anaphor || (n.demonym && (pieces[at].capitalised || pieces[at].lower == "based")))) return true;
    // "startup Xyz": the descriptor, then a capitalised word right after it
    if (n.descriptor && i + 1 < pieces.size() && pieces[i + 1].capitalised &&
        blank(text.substr(pieces[i].end, pieces[i + 1].begin - pieces[i].end)))
      return true;
    for (const auto& exact : n.exact)
      if (same_case(exact)) return true;
    for (const auto& exact : n.exact_plural)
      if (same_case(exact)) return true;
  }
  return false;
}

bool NameScreen::may_name(std::string_view text) const { return passes(text, false); }

bool NameScreen::may_refer(std::string_view text) const { return passes(text, true); }

// Cues of MentionFinder::find that sit around punctuation rather than in a
// phrase: an age after a name ("Chuan Geng, 28,", "X and Y, both 28,") and a
// descriptor in apposition ("ALX Solutions, a company in El Monte").
bool NameScreen::punctuated_at(std::string_view text, const std::vector<Piece>& pieces, std::size_t at) const {
  auto comma_before = [&](std::size_t i) {
    const std::size_t from = i == 0 ? 0 : pieces[i - 1].end;
    return text.substr(from, pieces[i].begin - from).find(',') != std::string_view::npos;
  };
  auto comma_after = [&](std::size_t i) {
    const std::size_t to = i + 1 < pieces.size() ? pieces[i + 1].begin : text.size();
    return text.substr(pieces[i].end, to - pieces[i].end).find(',') != std::string_view::npos;
  };
  const std::string_view w = pieces[at].lower;
  if (w.size() == 2 && w[0] >= '0' && w[0] <= '9' && w[1] >= '0' && w[1] <= '9' && comma_after(at) &&
      (comma_before(at) || (at > 0 && pieces[at - 1].lower == "both" && comma_before(at - 1))))
    return true;
  if ((w == "a" || w == "an") && comma_before(at) && at + 1 < pieces.size()) {
    std::size_t node = 0;
    for (std::size_t i = at + 1; i < pieces.size(); ++i) {
      const auto it = trie_[node].children.find(pieces[i].lower);
      if (it == trie_[node].children.end()) break;
      node = static_cast<std::size_t>(it->second);
      if (trie_[node].descriptor) return true;
    }
  }
  return false;
}

bool NameScreen::passes(std::string_view text, bool sentence) const {
  if (always_) return true;
  if (text.empty()) return false;
  thread_local std::string lower;
  thread_local std::vector<Piece> pieces;
  if (!split(text, lower, pieces)) return true;
  for (std::size_t i = 0; i < pieces.size(); ++i)
    if (passes_at(text, pieces, i, sentence) || punctuated_at(text, pieces, i)) return true;
  return false;
}

}  // namespace chipgraph::extract
