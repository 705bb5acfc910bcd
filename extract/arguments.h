// Finding the arguments of a relation in a sentence: the nearest eligible
// entity to the left (skipping appositions, stopping at clause boundaries) or
// to the right, extended over coordination ("ByteDance, Tencent and Alibaba").
#pragma once

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "extract/document.h"

namespace chipgraph::extract {

struct Found {
  std::vector<int> entities;  // document entity indexes, in text order
  std::size_t first = 0;      // token range covered by the whole list
  std::size_t last = 0;
  bool anaphor = false;       // reached through a pronoun or description
  // Members from this index on carry a nationality of their own ("X and Y, and
  // US-based Z"): a possessor or nationality before the list does not reach them.
  std::size_t own_nationality_from = static_cast<std::size_t>(-1);
  // An apposition the list reaches across ("TSMC, which makes ..., and $7.86
  // billion for Intel"): members from `gap_members` on follow the tokens
  // [gap_first, gap_last). A trigger inside the gap takes only the earlier members.
  std::size_t gap_first = 0, gap_last = 0, gap_members = 0;

  void drop_members_after_gap_holding(std::size_t trigger) {
    if (gap_last > gap_first && trigger >= gap_first && trigger < gap_last && gap_members < entities.size())
      entities.resize(gap_members);
  }

  // The members a modifier before the list applies to.
  std::vector<int> modified() const {
    return {entities.begin(), entities.begin() + static_cast<long>(std::min(own_nationality_from, entities.size()))};
  }
};

// Whether a verb follows position `after` (over adverbs): "Nvidia said it would",
// "said it firmly opposed"; a reference before its verb is a subject.
bool verb_follows(const Sentence& s, std::size_t after);

class Arguments {
 public:
  Arguments(const Sentence& sentence, Document& document, const Pack& pack);

  // The entities a span stands for in a role open to `types`: a country acting
  // as a government becomes that government. Empty when not eligible.
  std::vector<int> eligible(const Span& span, const std::set<std::string>& types) const;

  // The first eligible entity of the clause that ends before `before`, if it
  // opens the clause (its subject).
  std::optional<Found> first_in_clause(std::size_t before, const std::set<std::string>& types) const;
  // The nearest name before `before` in its clause that a verb follows (the subject
  // of the last finite verb: "allegations that it violated the rules by selling").
  std::optional<Found> subject_before(std::size_t before, const std::set<std::string>& types) const;
  std::optional<Found> left(std::size_t from, const std::set<std::string>& types, std::size_t window) const;
  std::optional<Found> right(std::size_t from, const std::set<std::string>& types, std::size_t window) const;
  // A slot inside a pattern: the first eligible span within `skip` tokens. With
  // `inside`, the list it heads reaches no member before `from` (the pattern's
  // own words are no part of it).
  std::optional<Found> at(std::size_t from, const std::set<std::string>& types, std::size_t skip,
                          bool inside = false) const;

  // The names an apposition a little after the generic noun at `head` gives it
  // ("processors developed by its unit, the M100 and the M300"); nullopt when
  // `head` holds no generic noun.
  std::optional<Found> named_after_head(std::size_t head, const std::set<std::string>& types) const;
  std::size_t skip_heads(std::size_t pos) const;
  // Tokens of the longest lexicon description at `at` ("memory chipmaker", plural
  // "memory makers"), or 0.
  std::size_t description_at(std::size_t at) const;
  // Past an apposition that opens at `pos` (", whose ... ,"), else `pos`.
  std::size_t skip_apposition(std::size_t pos) const;
  bool boundary_at(std::size_t i) const { return i < sentence_->boundary.size() && sentence_->boundary[i] > 0; }
  std::size_t clause_start(std::size_t pos) const;
  std::size_t clause_end(std::size_t pos) const;
  // Whether the clause before `trigger` has a subject of its own that names no
  // entity ("The guidance discouraged ..."): then the topic is not its subject.
  bool has_other_subject(std::size_t trigger) const;
  // "Nvidia" in "Nvidia's H20 chips": a possessor followed by a named thing.
  bool possessor_of_name(const Span& span) const;

 private:
  // The first eligible span from `from` on, within `limit` tokens; with
  // `first_only`, the first name met must fit and no comma may be crossed.
  std::optional<Found> scan_right(std::size_t from, const std::set<std::string>& types, std::size_t limit,
                                  bool first_only, bool inside = false) const;
  bool joins_clause(std::size_t k) const;
  bool add_comparison(Found& found, std::size_t p, const std::set<std::string>& types) const;
  bool owns_trigger(const Span& sp, std::size_t trigger) const;
  std::size_t attribution_closing(std::size_t c) const;
  std::optional<Found> named_later(std::size_t from, std::size_t end, const std::set<std::string>& types) const;
  // The list around a span; leftwards it reaches no further than `floor` (an
  // argument found right of a trigger: "state-owned carrier China Mobile" after
  // "ByteDance, Baidu and").
  Found coordinate(const Span& span, std::vector<int> entities, const std::set<std::string>& types,
                   std::size_t floor = 0) const;

  const Sentence* sentence_;
  Document* document_;
  const Pack* pack_;
  std::vector<long> apposition_open_;  // closing comma -> opening comma, or -1
};

}  // namespace chipgraph::extract
