// The word screen: pieces of ASCII letters and digits, looked up lower-cased in
// tries built from the pack.
#include "extract/name_screen.h"

#include "extract/tokenizer.h"

namespace chipgraph::extract {
namespace {

bool ascii_alnum(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

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
    if (const std::size_t n = separator(s, i)) {
      i += n;
      continue;
    }
    NameScreen::Piece p;
    p.begin = i;
    for (; i < s.size() && separator(s, i) == 0; ++i) {
      const char c = s[i];
      if (static_cast<unsigned char>(c) >= 0x80) return false;
      lower[i] = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
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
// whole phrase (text holding it passes anyway); a non-ASCII first piece adds
// nothing.
void NameScreen::add(Trie& trie, std::string_view phrase, bool case_sensitive, bool tokenized) {
  std::string text;
  if (tokenized) {
    for (const auto& t : tokenize(phrase)) text += (case_sensitive ? t.text : t.folded) + " ";
  } else {
    text = phrase;
  }
  std::string lower;
  std::vector<Piece> pieces;
  std::size_t ascii = 0;
  if (!split(text, lower, pieces)) {
    // keep the ASCII pieces before the first non-ASCII one
    std::size_t i = 0;
    while (i < text.size() && static_cast<unsigned char>(text[i]) < 0x80) ++i;
    while (i > 0 && separator(text, i - 1) == 0) --i;  // back to the start of the piece it is in
    text.resize(i);
    split(text, lower, pieces);
    if (pieces.empty()) return;
    case_sensitive = false;  // the path ends early; any case passes
  }
  ascii = pieces.size();
  if (ascii == 0) {
    always_ = true;
    return;
  }
  std::size_t node = 0;
  std::vector<std::string> exact;
  for (const auto& p : pieces) {
    int next;
    if (auto it = trie[node].children.find(p.lower); it != trie[node].children.end()) {
      next = it->second;
    } else {
      next = static_cast<int>(trie.size());
      trie[node].children.emplace(std::string(p.lower), next);
      trie.emplace_back();
    }
    node = static_cast<std::size_t>(next);
    exact.emplace_back(text.substr(p.begin, p.end - p.begin));
  }
  if (case_sensitive) trie[node].exact.push_back(std::move(exact));
  else trie[node].end = true;
}

NameScreen::NameScreen(const Pack& pack) {
  for (const auto& e : pack.entities()) {
    add(names_, e.name, e.case_sensitive, true);
    for (const auto& a : e.aliases) add(names_, a, e.case_sensitive, true);
  }
  const auto& lex = pack.lexicon();
  for (const auto& d : lex.descriptors) {
    std::string phrase;
    for (const auto& w : d.words) phrase += w + " ";
    add(descriptors_, phrase, false, false);
    if (d.type == "chip" && d.words.size() == 1) {
      add(chip_nouns_, d.words.front(), false, false);
      add(chip_nouns_, d.words.front() + "s", false, false);
    }
  }
  for (const auto& [word, type] : lex.org_suffixes) add(suffixes_, word, false, false);
}

template <typename F>
bool NameScreen::walk(const Trie& trie, const std::vector<Piece>& pieces, std::size_t at, F&& f) {
  std::size_t node = 0;
  for (std::size_t i = at; i < pieces.size(); ++i) {
    const auto& children = trie[node].children;
    const std::string_view w = pieces[i].lower;
    // "H20s": a plural on the last piece
    if (w.size() > 2 && w.back() == 's')
      if (auto p = children.find(w.substr(0, w.size() - 1)); p != children.end())
        if (f(trie[static_cast<std::size_t>(p->second)], i + 1 - at, true)) return true;
    auto it = children.find(w);
    if (it == children.end()) return false;
    node = static_cast<std::size_t>(it->second);
    if (f(trie[node], i + 1 - at, false)) return true;
  }
  return false;
}

bool NameScreen::name_at(std::string_view text, const std::vector<Piece>& pieces, std::size_t at) const {
  return walk(names_, pieces, at, [&](const Node& node, std::size_t n, bool plural) {
    if (node.end) return true;
    for (const auto& exact : node.exact) {
      if (exact.size() != n) continue;
      bool same = true;
      for (std::size_t k = 0; same && k < n; ++k) {
        const Piece& p = pieces[at + k];
        const std::string_view original = text.substr(p.begin, p.end - p.begin);
        same = original == exact[k] || (plural && k + 1 == n && original.size() == exact[k].size() + 1 &&
                                        original.starts_with(exact[k]) && original.back() == 's');
      }
      if (same) return true;
    }
    return false;
  });
}

bool NameScreen::discovery_at(std::string_view text, const std::vector<Piece>& pieces, std::size_t at) const {
  const Piece& p = pieces[at];
  if (p.capitalised && walk(suffixes_, pieces, at, [](const Node& node, std::size_t, bool plural) { return node.end && !plural; }))
    return true;
  if (walk(chip_nouns_, pieces, at, [](const Node& node, std::size_t, bool plural) { return node.end && !plural; }))
    return true;
  // "startup Xyz": the descriptor, then a capitalised word right after it
  return walk(descriptors_, pieces, at, [&](const Node& node, std::size_t n, bool plural) {
    if (!node.end || plural) return false;
    const std::size_t next = at + n;
    return next < pieces.size() && pieces[next].capitalised &&
           blank(text.substr(pieces[next - 1].end, pieces[next].begin - pieces[next - 1].end));
  });
}

bool NameScreen::may_name(std::string_view text) const {
  if (always_) return true;
  if (text.empty()) return false;
  thread_local std::string lower;
  thread_local std::vector<Piece> pieces;
  if (!split(text, lower, pieces)) return true;
  for (std::size_t i = 0; i < pieces.size(); ++i)
    if (name_at(text, pieces, i) || discovery_at(text, pieces, i)) return true;
  return false;
}

}  // namespace chipgraph::extract
