// Finds pack entities in token sequences: a trie over folded alias tokens,
// longest match first; case-sensitive aliases must match exactly; a trailing
// plural "s" is accepted on the last token of chips, equipment and materials.
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "extract/hash_filter.h"
#include "extract/pack.h"
#include "extract/tokenizer.h"

namespace chipgraph::extract {

struct GazetteerMatch {
  std::size_t length = 0;  // tokens
  const Entity* entity = nullptr;
};

class Gazetteer {
 public:
  explicit Gazetteer(const Pack& pack);

  // The longest entity name starting at token `at`, or length 0.
  GazetteerMatch match(const std::vector<Token>& tokens, std::size_t at) const;

 private:
  struct Terminal {
    const Entity* entity;
    std::vector<std::string> exact;  // original-case tokens when case-sensitive
  };
  struct Node {
    WordMap<int> children;
    std::vector<Terminal> terminals;
  };
  void insert(const std::vector<Token>& surface, const Entity* entity);
  const Entity* accept(const Node& node, const std::vector<Token>& tokens, std::size_t from, std::size_t to,
                       bool plural) const;

  std::vector<Node> nodes_;
  HashFilter first_words_;  // the keys of the root's children
};

}  // namespace chipgraph::extract
