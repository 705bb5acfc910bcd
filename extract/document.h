// The working state of one article inside the extractor: sentences, tokens,
// entity mentions and the entities they resolve to.
#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

#include "extract/pack.h"
#include "extract/tokenizer.h"

namespace chipgraph::extract {

// An entity as known within one document (a pack entity or a discovered one).
struct DocEntity {
  std::string name;
  std::string type;
  bool discovered = false;
  const Entity* pack = nullptr;
};

// A stretch of tokens naming one or more entities ("the two companies" names two).
struct Span {
  std::size_t first = 0;  // token indexes, [first, last)
  std::size_t last = 0;
  std::vector<int> entities;  // indexes into Document::entities; empty if unresolved
  bool anaphor = false;
  std::set<std::string> anaphor_types;  // for anaphors: what they may refer to
  int anaphor_count = 1;
  bool possessive_pronoun = false;  // "its", "their"
  bool pronoun = false;             // "it", "they": nearest antecedent; descriptions prefer the salient one
  std::string country;              // "the US chipmaker": the country named inside the description
  int product = -1;                 // "the ChatGPT maker": the product the description names its vendor by
  bool cataphoric = false;          // "two Chinese nationals": the next sentence names them
  // A city named ("Hangzhou"): where something is, so it stands for its country
  // only in a role open to a country, and is no acting subject.
  bool place = false;
  // A government named by its capital ("Beijing"): also where something is, so
  // in a role open to a country but not to a government it is that country.
  bool capital = false;
};

struct Sentence {
  std::size_t begin = 0;  // byte offsets into the part's text
  std::size_t end = 0;
  std::string part;  // "title" or "body"
  bool paragraph_start = false;
  std::vector<Token> tokens;
  std::vector<Span> spans;        // sorted by first token
  std::vector<int> span_starting;  // token -> span index starting there, or -1
  std::vector<int> span_ending;    // token -> span index whose last token it is, or -1
  std::vector<int> boundary;       // token -> length of the boundary phrase starting there, 0 if none

  void index_spans();
};

// Folded form of a name, for comparing surface forms.
std::string fold_key(const std::string& text);

class Document {
 public:
  int entity_for(const Entity& pack_entity);
  int discovered(const std::string& name, const std::string& type);
  const DocEntity& entity(int index) const { return entities_[static_cast<std::size_t>(index)]; }
  // Short names of discovered entities within this document ("BR100" after "Biren's BR100").
  int alias(const std::string& folded) const;
  void add_alias(const std::string& folded, int entity);

 private:
  std::vector<DocEntity> entities_;
  std::map<const Entity*, int> by_pack_;
  std::map<std::pair<std::string, std::string>, int> by_name_;
  std::map<std::string, int> aliases_;
};

}  // namespace chipgraph::extract
