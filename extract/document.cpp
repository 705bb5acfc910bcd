// Per-document entity table and span indexes.
#include "extract/document.h"

#include "graph/text.h"

namespace chipgraph::extract {

void Sentence::index_spans() {
  span_starting.assign(tokens.size(), -1);
  span_ending.assign(tokens.size(), -1);
  for (std::size_t i = 0; i < spans.size(); ++i) {
    span_starting[spans[i].first] = static_cast<int>(i);
    span_ending[spans[i].last - 1] = static_cast<int>(i);
  }
}

int Document::entity_for(const Entity& pack_entity) {
  auto it = by_pack_.find(&pack_entity);
  if (it != by_pack_.end()) return it->second;
  const int index = static_cast<int>(entities_.size());
  entities_.push_back({pack_entity.name, pack_entity.type, false, &pack_entity});
  by_pack_.emplace(&pack_entity, index);
  return index;
}

int Document::discovered(const std::string& name, const std::string& type) {
  auto key = std::make_pair(fold(name), type);
  auto it = by_name_.find(key);
  if (it != by_name_.end()) return it->second;
  const int index = static_cast<int>(entities_.size());
  entities_.push_back({name, type, true, nullptr});
  aliases_.emplace(key.first, index);  // named again later in the article
  by_name_.emplace(std::move(key), index);
  return index;
}

int Document::alias(const std::string& folded) const {
  auto it = aliases_.find(folded);
  return it == aliases_.end() ? -1 : it->second;
}

void Document::add_alias(const std::string& folded, int entity) { aliases_.emplace(folded, entity); }

std::string fold_key(const std::string& text) { return fold(text); }

}  // namespace chipgraph::extract
