// Relations read from noun-phrase shapes rather than verbs:
//   possessives       "Huawei's Ascend chips"      Huawei -develops-> Ascend
//   nationality       "Chinese startup DeepSeek"   DeepSeek -based-in-> China
//   titles            "Nvidia CEO Jensen Huang"    Jensen Huang -leads-> Nvidia
// Which type pairs give which relation is pack data (lexicon.jsonl).
#pragma once

#include <map>
#include <string>
#include <vector>

#include "extract/arguments.h"
#include "extract/candidate.h"

namespace chipgraph::extract {

class Constructions {
 public:
  explicit Constructions(const Pack& pack);

  void find(const Sentence& sentence, Document& document, const Discourse& discourse,
            std::vector<Candidate>& out) const;

 private:
  void possessives(const Sentence& s, Document& doc, const Arguments& args, std::vector<Candidate>& out) const;
  void possessive_heads(const Sentence& s, const Arguments& args, std::vector<Candidate>& out) const;
  void nationalities(const Sentence& s, Document& doc, const Arguments& args, const Discourse& discourse,
                     std::vector<Candidate>& out) const;
  // `members`: the types the list's members may have (firms only where a city says where).
  void based_in_list(const Sentence& s, const Span& first, int place, double confidence, const char* pattern,
                     const Arguments& args, std::vector<Candidate>& out,
                     const std::set<std::string>& members) const;
  void state_titles(const Sentence& s, Document& doc, const Arguments& args, std::vector<Candidate>& out) const;
  void group_members(const Sentence& s, Document& doc, const Arguments& args, std::vector<Candidate>& out) const;
  void titles(const Sentence& s, Document& doc, const Arguments& args, const Discourse& discourse,
              std::vector<Candidate>& out) const;
  const Span* apposed_before(const Sentence& s, std::size_t at) const;
  // The name a predicate noun opening at `at` describes: "X is a ...", "X was also an ...",
  // and with `one_of` "X is one of ...".
  const Span* copula_before(const Sentence& s, std::size_t at, bool one_of) const;
  void one_of_country(const Sentence& s, const Span& country, Document& doc, const Arguments& args,
                      std::vector<Candidate>& out) const;
  const Lexicon::Title* title_at(const Sentence& s, std::size_t at) const;

  const Pack* pack_;
  WordMap<std::vector<const Lexicon::Title*>> titles_by_first_;  // by first word
};

}  // namespace chipgraph::extract
