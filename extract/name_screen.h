// A word-level screen that proves cheaply that a text names nothing: no pack
// name, no cue for a name the pack does not know. Every edge needs two entities,
// and every entity of an article starts as a span the mention finder creates
// from one of these triggers, so an article the screen rejects yields no edge
// and is not sent through tokens and rules at all.
//
// The screen is conservative: it may pass a text that names nothing (it is a
// filter, not a finder), never reject one that names something. It splits text
// into pieces at ASCII characters other than letters and digits and at common
// non-ASCII punctuation; every token the tokenizer makes is a run of whole
// pieces, so equal tokens give equal pieces. A piece holding other non-ASCII
// bytes passes (ASCII lower-casing is not the tokenizer's Unicode folding).
//
// Triggers, each the weaker form of a rule of MentionFinder::find:
//   - a pack name or alias, piece by piece (case-sensitive ones in their case),
//     or its plural on the last piece;
//   - a descriptor phrase ("startup", "chip designer") followed, across white
//     space only, by a capitalised piece;
//   - a capitalised organisation suffix ("Technologies");
//   - a chip noun ("chips"), which a product code may stand before.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "extract/pack.h"

namespace chipgraph::extract {

class NameScreen {
 public:
  explicit NameScreen(const Pack& pack);

  // False only when no name can be found in `text`.
  bool may_name(std::string_view text) const;

  struct Piece {
    std::size_t begin = 0, end = 0;  // bytes of the text
    std::string_view lower;          // ASCII lower-cased
    bool capitalised = false;
  };

 private:
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  struct Node {
    std::unordered_map<std::string, int, Hash, std::equal_to<>> children;
    bool end = false;                            // a phrase that matches in any case ends here
    std::vector<std::vector<std::string>> exact;  // pieces of case-sensitive names ending here
  };
  using Trie = std::vector<Node>;
  void add(Trie& trie, std::string_view phrase, bool case_sensitive, bool tokenized);
  // The node reached by pieces [at, at+n) of `pieces`, for each n in turn: calls
  // `f(node, n, plural)` until it returns true.
  template <typename F>
  static bool walk(const Trie& trie, const std::vector<Piece>& pieces, std::size_t at, F&& f);
  bool name_at(std::string_view text, const std::vector<Piece>& pieces, std::size_t at) const;
  bool discovery_at(std::string_view text, const std::vector<Piece>& pieces, std::size_t at) const;

  Trie names_{1};        // every name and alias
  Trie descriptors_{1};  // descriptor phrases
  Trie suffixes_{1};     // organisation suffixes
  Trie chip_nouns_{1};   // single-word chip descriptors and their plurals
  bool always_ = false;  // a trigger with no letter or digit: every text passes
};

}  // namespace chipgraph::extract
