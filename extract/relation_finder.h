// Runs the pack's relation patterns over a sentence: a trigger phrase with
// slots and gaps, arguments found by side (left/right/topic) or slot, status
// from the cues around the trigger.
#pragma once

#include <map>
#include <unordered_map>
#include <set>
#include <vector>

#include "extract/arguments.h"
#include "extract/candidate.h"

namespace chipgraph::extract {

class RelationFinder {
 public:
  explicit RelationFinder(const Pack& pack);

  void find(const Sentence& sentence, Document& document, const Discourse& discourse,
            std::vector<Candidate>& out) const;

  // The status the cues around a trigger give; nullopt for a hypothetical
  // ("if", "whether", a question), which yields no edge.
  // Hypothetical cues count from `clause`, status cues from `from` (the subject's end).
  std::optional<Status> status(const Sentence& sentence, std::size_t clause, std::size_t from, std::size_t trigger_first,
                               std::size_t trigger_last, std::size_t until) const;

 private:
  struct Sides {
    std::set<std::string> subject;
    std::set<std::string> object;
  };
  struct Binding {
    std::optional<Found> subject;
    std::optional<Found> object;
    std::size_t end = 0;
    std::optional<Found> relative;  // the antecedent of "X, which Y added ..." for an empty object slot
  };
  bool match(const Pattern& p, std::size_t element, std::size_t pos, const Arguments& args, const Sides& sides,
             const Sentence& s, Binding& binding) const;

  // whether a possessor other than the subject owns the object ("DeepSeek's R1")
  bool object_owned_by_other(const Sentence& s, const Document& doc, const Found& object, const Found& subject) const;
  bool descriptor_word(const std::string& folded) const;
  // whether the relation takes objects of the type without a coercion
  bool native_object(const std::string& relation, const std::string& type) const;
  std::optional<Found> colon_list(const Sentence& s, const Arguments& args, std::size_t from,
                                  const std::set<std::string>& types) const;
  // "Biren, which Washington added to ...", "the 910C chips it produces for
  // Huawei": the thing a relative clause before the trigger at `i` is about.
  std::optional<Found> relative_object(const Sentence& s, const Arguments& args, std::size_t i,
                                       const std::set<std::string>& types) const;
  // "the H800, a chip that was later restricted by Washington": the antecedent of
  // a passive relative clause right before the trigger at `i`.
  std::optional<Found> passive_relative_object(const Sentence& s, const Arguments& args, std::size_t i,
                                               const std::set<std::string>& types) const;
  // "signed a memorandum of understanding with TSMC to develop": the trigger at `i`
  // is the infinitive of a commitment made with the name before "to".
  bool committed_partner_before(const Sentence& s, const Arguments& args, std::size_t i) const;
  // "the 910B, which Huawei pitches as an alternative to the A100": the antecedent
  // of the relative clause whose subject is `subject`, when the trigger at `i` is a
  // predicate noun or adjective of that clause.
  std::optional<Found> predicate_antecedent(const Sentence& s, const Arguments& args, std::size_t i,
                                            const Found& subject, const std::set<std::string>& types) const;
  // "an accelerator that the US company says outperforms": the position of the
  // "that"/"which" whose clause's reported verb is the trigger at `i`, or -1.
  long reported_relative(const Sentence& s, std::size_t i) const;
  // "two versions of Gaudi 3 for China, the HL-328 and HL-388": the names of the
  // versions the derivative noun at `i` stands for, in an apposition after `end`.
  std::optional<Found> versions_named_after(const Sentence& s, const Arguments& args, std::size_t i, std::size_t end,
                                            const std::set<std::string>& types) const;
  // "SK Hynix, which has supplied Nvidia since 2022 and began shipping HBM3E to it":
  // the position of the "which"/"who" whose clause a verb after "and" at `i - 1`
  // continues, or -1 when the verb is not inside such a clause.
  long conjoined_relative(const Sentence& s, const Arguments& args, std::size_t i) const;
  // The name a relative clause whose pronoun stands right after token `k` is about
  // (over an apposition: "the H800, a chip that ..."); `marked` when "which" or
  // "that" opens it.
  std::optional<Found> antecedent(const Sentence& s, const Arguments& args, long k, bool marked,
                                  const std::set<std::string>& types, bool pronoun_subject = false) const;

  const Pack* pack_;
  WordMap<std::vector<const Pattern*>> by_first_word_;  // patterns in pack order for each first word
  std::unordered_map<std::string, std::vector<const StatusCue*>> cues_;  // by first word
  std::map<std::string, Sides> sides_;  // relation -> eligible types (coercions included)
  std::map<const Pattern*, Sides> narrowed_;  // patterns with object_types of their own
};

}  // namespace chipgraph::extract
