// The extraction pipeline over one article, an ordered list of steps:
//   split     sentences from ICU (title first, then body; dateline skipped)
//   tokenize  words with byte offsets
//   mentions  pack entities, discovered names, anaphors
//   resolve   anaphors and the discourse topic across sentences
//   relations verb patterns and noun-phrase constructions, with status
//   emit      contract Mentions with evidence
// An Extractor is immutable after construction and safe to share between threads.
#pragma once

#include <cstdint>
#include <vector>

#include "extract/article.h"
#include "extract/constructions.h"
#include "extract/details.h"
#include "extract/mention_finder.h"
#include "extract/pack.h"
#include "extract/relation_finder.h"
#include "graph/mention.h"

namespace chipgraph::extract {

struct ExtractCounts {
  std::uint64_t sentences = 0;  // of the articles read in full
  std::uint64_t mentions = 0;   // edge mentions emitted
  std::uint64_t screened = 0;   // articles the name screen found nothing in, not read further
};

struct ExtractorOptions {
  // Skip, after a word scan, articles that name nothing (NameScreen). The output
  // is the same either way; off is for checking exactly that.
  bool screen = true;
};

class Extractor {
 public:
  explicit Extractor(const Pack& pack, ExtractorOptions options = {});

  std::vector<Mention> extract(const Article& article, ExtractCounts* counts = nullptr) const;

  const Pack& pack() const { return *pack_; }

 private:
  void drop_redundant(const Sentence& s, std::vector<Candidate>& found) const;
  // `next`: the following sentence when it was read ahead, for a cataphoric description
  void resolve(Sentence& s, Document& doc, Discourse& discourse, const Sentence* next) const;
  const Span* named_right_after(const Sentence& s, const Span& description) const;
  // The vendor of the product a possessive pronoun owns ("its MTT S4000"), when the
  // sentence names it before the pronoun or the last two sentences did; else -1.
  int named_vendor_of_owned(const Sentence& s, const Span& pronoun, Document& doc, const Discourse& discourse) const;
  void remember(const Sentence& s, const std::vector<Candidate>& found, Discourse& discourse, Document& doc) const;
  void compose(std::vector<Candidate>& found, Document& doc) const;
  void attribute_to_speaker(const Sentence& s, Document& doc, std::vector<Candidate>& found) const;
  Details details_for(const Sentence& s, Document& doc, std::size_t trigger, int object, const Relation& relation,
                      const std::vector<Detail>& details) const;
  void read_part(const Article& article, const std::string& text, const std::string& part, std::size_t skip,
                 Document& doc, Discourse& discourse, std::vector<Mention>& out, ExtractCounts& counts) const;

  const Pack* pack_;
  ExtractorOptions options_;
  MentionFinder mentions_;
  RelationFinder relations_;
  Constructions constructions_;
};

// Length in bytes of a leading dateline ("BEIJING, Aug 14 (Reuters) - "), or 0.
std::size_t dateline_length(std::string_view text);

}  // namespace chipgraph::extract
