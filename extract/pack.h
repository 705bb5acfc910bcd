// A domain pack: entities, relation patterns and the lexicon, loaded from
// JSON/JSONL (packs/README.md documents the format). The default pack is built
// into the binary; users add their own with --pack DIR.
#pragma once

#include <map>
#include <optional>
#include <regex>
#include <set>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <string>
#include <vector>

#include "extract/tokenizer.h"
#include "graph/evaluation.h"
#include "graph/vocabulary.h"

namespace chipgraph::extract {

// Word lists looked up once per token: hashed, and found by string_view too.
struct WordHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
  std::size_t operator()(const Folded& f) const noexcept { return f.hash(); }  // the same value, kept
};
using WordSet = std::unordered_set<std::string, WordHash, std::equal_to<>>;
template <typename Value>
using WordMap = std::unordered_map<std::string, Value, WordHash, std::equal_to<>>;

struct Entity {
  std::string id;
  std::string name;
  std::string type;
  std::vector<std::string> aliases;
  bool case_sensitive = false;
  std::string vendor;      // entity id
  std::string parent;      // entity id of the company that owns this one
  std::string country;     // country name
  std::string government;  // entity id of the government acting for a country
  bool fabless = false;    // a company that designs chips and has others make them
  bool discovered = false;
  std::string origin;  // "file:line"
};

// One element of a compiled pattern.
struct PatternElement {
  enum class Kind { literal, gap, subject_slot, object_slot } kind = Kind::literal;
  std::vector<std::string> words;  // folded alternatives, for literals
  bool optional = false;
  int gap = 0;  // for gaps: at most this many tokens
  bool unnamed = false;  // for gaps written ~N: over no named entity ("exports of AI chips to")
  // for slots: after "for", "to", "among" or a copula and before "'s", so a possessor fills the slot
  // ("supplying HBM3E for Nvidia's H200")
  bool possessor_slot = false;
};

enum class ArgumentSide { left, right, topic, sentence, pair, slot, state, home_state, measure };

struct Pattern {
  std::string id;
  std::string relation;
  std::vector<PatternElement> elements;
  ArgumentSide subject = ArgumentSide::left;
  ArgumentSide object = ArgumentSide::right;
  double confidence = 0.8;
  int window = 10;  // tokens searched for a left/right argument
  int reach = 6;  // tokens a slot may skip before its entity ("bought about 2,000 of the H20s")
  bool any_voice = false;  // also applies after "is/was/been" ("is based in", "is built on")
  bool object_not_modifier = false;  // no object that modifies a generic noun ("bought Nvidia chips")
  bool object_not_possessor = false;  // no object that owns what follows ("ran Nvidia's business in China")
  bool overlap = false;  // may share its trigger with an earlier pattern of the relation (another subject)
  bool passive_only = false;  // applies only after "is/was/been/remains" ("the H20 remains barred")
  bool object_not_possessed = false;  // no object owned by another named possessor ("ran DeepSeek's R1")
  // inside an object relative clause whose gap the pattern leaves open, the antecedent
  // is the subject ("the Ascend processors that SMIC makes on the 7nm process" use it)
  bool gap_subject = false;
  WordSet object_not_after;  // an object right after one of these words is not this relation's ("sales to China")
  WordSet object_not_before;  // an object right before one of these words modifies it ("a packaging plant")
  WordSet object_not_beyond;  // an object after one of these words, between it and the trigger, is not taken
  WordSet subject_not_beyond;  // the same for a subject after the trigger ("secured funding from Tencent")
  WordSet not_after;  // the trigger right after one of these words is no trigger ("servers built around")
  std::set<std::string> object_types;  // when set, only these of the relation's object types ("maker of" equipment)
  // objects of these types only as the maker named before a generic noun:
  // "bought Nvidia chips" buys from Nvidia, "agreed to buy ZT Systems" does not
  std::set<std::string> maker_types;
  std::optional<Status> status;  // fixed status, cues aside: "cut Huawei off from TSMC" is a negated supply
  std::string origin;
};

struct StatusCue {
  std::vector<std::string> words;  // folded token sequence
  Status status = Status::asserted;
  bool after = false;  // cue may follow the trigger ("kept failing")
};

struct Anaphor {
  std::vector<std::string> words;
  std::set<std::string> types;
  int count = 1;  // "the two companies" refers to two entities
};

// A city or region a firm can be based in: "Hangzhou" -> China.
struct City {
  std::vector<std::string> words;  // folded
  std::string country;
};

struct Descriptor {
  std::vector<std::string> words;
  std::string type;  // what an unknown name after it is ("startup X" -> company)
};

struct PossessiveRule {
  std::set<std::string> possessor;
  std::set<std::string> possessed;
  std::string relation;
  bool reverse = false;  // possessed is the subject ("Taiwan's TSMC" -> TSMC based-in Taiwan)
  bool adjacent = false;  // only with no word between ("Huawei's HiSilicon", not "Nvidia's rival AMD")
  bool vendor_only = false;  // a possessed thing with a vendor: only the vendor ("Meta's H100 cluster" develops nothing)
  double confidence = 0.7;
};

// "HiSilicon, Huawei's chip design unit": X, Y's ... HEAD gives a relation.
struct PossessiveHead {
  WordSet heads;  // folded head nouns
  std::string relation;
  bool reverse = true;  // the possessor (Y) is the subject
  double confidence = 0.8;
};

struct ProductCode {
  std::regex shape;
  std::string source;
  std::string type;
};

struct Lexicon {
  std::vector<StatusCue> status_cues;
  std::vector<std::vector<std::string>> hypothetical;
  WordSet directives;  // "told X not to buy": the infinitive after them is no fact
  WordSet preventives;  // "barred X from selling": the gerund after "from" is no fact
  WordSet commitments;  // "signed a contract to make": the infinitive after them is planned
  WordSet facilities;  // "the Arizona fabs will make ...": a clause whose subject is one continues the topic
  WordSet measures;  // "American export controls": a demonym before one names the state acting
  WordSet derivatives;  // "a cut-down version of Blackwell that Nvidia designed": the clause is the version's
  WordSet relational;   // "China's biggest supplier": a noun that names a tie to the country, not a nationality
  WordSet thing_verbs;  // "have both bought it": an "it" right after one is a thing (a chip, a model)
  std::vector<std::vector<std::string>> boundaries;
  std::vector<Anaphor> anaphors;
  WordMap<std::string> demonyms;  // folded word ("korean") or two ("south korean") -> country name
  WordSet demonym_firsts;         // the first words of the two-word demonyms ("south")
  std::vector<City> cities;       // "Hangzhou", "Santa Clara": where a firm is based
  WordMap<std::string> city_countries;  // a city's words joined by spaces -> its country
  // The country of the two-word demonym `first second` ("South Korean"), or null;
  // cheap for the many words that start none.
  const std::string* two_word_demonym(const std::string& first, const std::string& second) const;
  // Whether `folded` is a one-word descriptor or its plural ("startup", "startups").
  bool one_word_descriptor(std::string_view folded) const;
  std::vector<Descriptor> descriptors;
  WordSet one_word_descriptors;  // the descriptors of one word, as loaded with them
  WordSet chip_nouns;            // those of type chip ("chip", "gpu")
  struct Title {
    std::vector<std::string> words;
    std::string org;  // the body the title belongs to ("commerce secretary"), if fixed
    bool state = false;  // heads a country's government ("president", "premier")
    std::set<std::string> bodies;  // the types of body it can head; empty: any
  };
  std::vector<Title> titles;
  WordSet heads;  // generic nouns after a name ("chips", "GPUs")
  WordSet units;  // counted nouns for quantities ("100,000 chips")
  WordMap<std::string> currencies;  // folded word or sign -> ISO code ("$" -> USD)
  WordMap<std::string> org_suffixes;  // folded word -> type
  std::vector<ProductCode> product_codes;
  std::vector<PossessiveRule> possessives;
  std::vector<PossessiveHead> possessive_heads;
  WordSet possessive_head_words;  // every head of possessive_heads
  WordSet stop_names;
  std::vector<std::string> abbreviations;  // exact text, e.g. "U.S."  // capitalised words never taken as discovered names
};

// A problem found while loading: every one is reported before exiting.
struct PackProblem {
  std::string where;  // file:line
  std::string code;   // short tag, e.g. "alias-conflict"
  std::string message;
};

class Pack {
 public:
  // The default pack built into the binary.
  static Pack builtin();

  // Loads a user pack from a folder on top of this one. Problems are appended to
  // `problems`; the pack is only meant to be used when none were found.
  void add_folder(const std::string& folder, std::vector<PackProblem>& problems);

  // Adds files given as (name, contents) pairs; `origin` prefixes locations.
  void add_files(const std::vector<std::pair<std::string, std::string>>& files, const std::string& origin,
                 std::vector<PackProblem>& problems);

  const Vocabulary& vocabulary() const { return vocabulary_; }
  const std::vector<Entity>& entities() const { return entities_; }
  const std::vector<Pattern>& patterns() const { return patterns_; }
  const Lexicon& lexicon() const { return lexicon_; }
  const Entity* entity(const std::string& id) const;
  const Entity* entity_by_name(const std::string& name) const;  // name or alias, any case
  // The country of the place word before "-based" ("us", "korean", "hangzhou"):
  // a demonym, a city or a country's name, folded; "" for none.
  std::string country_of_place(const std::string& place) const;
  // The government acting for a country entity (its `government`), or nullptr
  // for none or no country.
  const Entity* government_of(const Entity* country) const;
  // Canonical names and vendor words for scoring against gold edges; the pack
  // must outlive the result.
  NameHelpers name_helpers() const;

 private:
  void load_entities(const std::string& text, const std::string& file, std::vector<PackProblem>& problems);
  void load_patterns(const std::string& text, const std::string& file, std::vector<PackProblem>& problems);
  void load_lexicon(const std::string& text, const std::string& file, std::vector<PackProblem>& problems);
  void check_references(std::vector<PackProblem>& problems);

  Vocabulary vocabulary_ = Vocabulary::builtin();
  std::vector<Entity> entities_;
  std::map<std::string, std::size_t> entity_index_;  // id -> index
  std::map<std::string, std::size_t> surface_index_; // folded name/alias -> index
  std::vector<Pattern> patterns_;
  Lexicon lexicon_;
};

// Splits text into folded tokens the way the extractor does (for pack phrases).
std::vector<std::string> phrase_tokens(const std::string& text);

}  // namespace chipgraph::extract
