// Finds entity mentions in a sentence: pack names (gazetteer), names the pack
// does not know (from cues and product-code shapes, marked discovered), and
// anaphors ("it", "the company") left for the discourse step to resolve.
#pragma once

#include "extract/document.h"
#include <unordered_map>

#include "extract/gazetteer.h"
#include "extract/name_screen.h"

namespace chipgraph::extract {

// Whether most words of the sentence are in capitals (a shouted headline).
bool shouting(const Sentence& sentence);

class MentionFinder {
 public:
  explicit MentionFinder(const Pack& pack);

  // Fills sentence.spans and sentence.boundary; `first_token_of_sentence`
  // capitalisation is ignored for discovery.
  void find(Sentence& sentence, Document& document) const;

  // False when `text` holds nothing find() could make an entity of (NameScreen).
  bool may_name(std::string_view text) const { return screen_.may_name(text); }
  // False when find() would make no span in the sentence `text` (NameScreen).
  bool may_refer(std::string_view text) const { return screen_.may_refer(text); }

 private:
  std::size_t capitalised_run(const Sentence& s, std::size_t at, std::size_t max) const;
  bool stop_name(const Token& t) const;
  bool common_acronym(const Token& t) const;  // "AI": all capitals, a stop name
  bool chip_noun(const Token& t) const;  // "chips", "GPU": a chip descriptor, plural or not
  std::size_t phrase_length(const std::vector<Token>& tokens, std::size_t at,
                            const std::vector<std::string>& words) const;
  std::size_t descriptor_at(const Sentence& s, std::size_t at, std::string& type) const;
  bool product_code(const Token& t, std::string& type) const;
  std::string join(const Sentence& s, std::size_t first, std::size_t last) const;
  // The city whose capitalised words start at token `at`, longest first, or null.
  const City* city_at(const std::vector<Token>& tokens, std::size_t at) const;

  const Pack* pack_;
  Gazetteer gazetteer_;
  NameScreen screen_;
  // lexicon phrases indexed by their first word, so each token tries only its own
  WordMap<std::vector<const Descriptor*>> descriptors_;
  WordMap<std::vector<const Anaphor*>> anaphors_;
  WordMap<std::vector<const std::vector<std::string>*>> boundaries_;
  WordMap<std::vector<const City*>> cities_;
};

}  // namespace chipgraph::extract
