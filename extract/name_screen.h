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
// Triggers, each the weaker form of a rule of MentionFinder::find (a sentence
// also passes on an anaphor or a capitalised demonym, see may_refer):
//   - a pack name or alias, piece by piece (case-sensitive ones in their case),
//     or its plural on the last piece;
//   - a descriptor phrase ("startup", "chip designer") followed, across white
//     space only, by a capitalised piece;
//   - a capitalised organisation suffix ("Technologies");
//   - a chip noun ("chips"), which a product code may stand before;
//   - an age after a name (", 28,") and a descriptor in apposition (", a company").
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "extract/hash_filter.h"
#include "extract/pack.h"

namespace chipgraph::extract {

class NameScreen {
 public:
  explicit NameScreen(const Pack& pack);

  // False only when no name can be found in `text`.
  bool may_name(std::string_view text) const;

  // False only when a sentence `text` holds nothing the mention finder makes a
  // span of: no name (as above), no anaphor ("it", "the company") and no
  // description of a country's firm ("the Korean chipmaker"). A sentence
  // without spans leaves the discourse as it was and yields no edge.
  bool may_refer(std::string_view text) const;

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
  // One trie over the pieces of every trigger phrase; a node says which kinds
  // of phrase end there.
  struct Node {
    std::unordered_map<std::string, int, Hash, std::equal_to<>> children;
    bool name = false;        // a name or alias that matches in any case
    bool plural_name = false;  // the same with "s" on its last piece ("H20s")
    std::vector<std::vector<std::string>> exact;  // pieces of case-sensitive names, as written
    std::vector<std::vector<std::string>> exact_plural;
    bool descriptor = false;  // passes when a capitalised piece follows across white space
    bool suffix = false;      // passes when its first piece is capitalised
    bool chip_noun = false;
    bool anaphor = false;  // sentences only
    bool demonym = false;  // sentences only; passes when its first piece is capitalised
  };
  enum class Kind { name, descriptor, suffix, chip_noun, anaphor, demonym };
  void add(std::string_view phrase, Kind kind, bool case_sensitive, bool tokenized);
  void insert(const std::vector<std::string>& lower, const std::vector<std::string>& exact, Kind kind,
              bool case_sensitive, bool plural);
  bool passes_at(std::string_view text, const std::vector<Piece>& pieces, std::size_t at, bool sentence) const;
  bool punctuated_at(std::string_view text, const std::vector<Piece>& pieces, std::size_t at) const;
  bool passes(std::string_view text, bool sentence) const;

  std::vector<Node> trie_{1};
  HashFilter first_pieces_;  // the keys of the root's children
  bool always_ = false;  // a trigger with no letter or digit: every text passes
};

}  // namespace chipgraph::extract
