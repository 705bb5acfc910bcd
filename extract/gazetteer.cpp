// Trie construction and longest-match lookup.
#include "extract/gazetteer.h"

namespace chipgraph::extract {

Gazetteer::Gazetteer(const Pack& pack) {
  nodes_.emplace_back();
  for (const auto& e : pack.entities()) {
    insert(tokenize(e.name), &e);
    for (const auto& a : e.aliases) insert(tokenize(a), &e);
  }
}

void Gazetteer::insert(const std::vector<Token>& surface, const Entity* entity) {
  if (surface.empty()) return;
  first_words_.add(surface.front().folded.hash());
  int node = 0;
  for (const auto& t : surface) {
    auto it = nodes_[static_cast<std::size_t>(node)].children.find(t.folded);
    if (it == nodes_[static_cast<std::size_t>(node)].children.end()) {
      const int next = static_cast<int>(nodes_.size());
      nodes_[static_cast<std::size_t>(node)].children.emplace(t.folded, next);
      nodes_.emplace_back();
      node = next;
    } else {
      node = it->second;
    }
  }
  Terminal terminal{entity, {}};
  if (entity->case_sensitive)
    for (const auto& t : surface) terminal.exact.push_back(t.text);
  nodes_[static_cast<std::size_t>(node)].terminals.push_back(std::move(terminal));
}

namespace {
bool pluralisable(const std::string& type) {
  return type == "chip" || type == "equipment" || type == "material" || type == "model";
}
}  // namespace

const Entity* Gazetteer::accept(const Node& node, const std::vector<Token>& tokens, std::size_t from,
                                std::size_t to, bool plural) const {
  for (const auto& t : node.terminals) {
    if (plural && !pluralisable(t.entity->type)) continue;
    if (!t.exact.empty()) {
      bool same = t.exact.size() == to - from;
      for (std::size_t i = 0; same && i < t.exact.size(); ++i) {
        const std::string& text = tokens[from + i].text;
        const bool last = i + 1 == t.exact.size();
        same = text == t.exact[i] || (last && plural && text == t.exact[i] + "s");
      }
      if (!same) continue;
    }
    return t.entity;
  }
  return nullptr;
}

GazetteerMatch Gazetteer::match(const std::vector<Token>& tokens, std::size_t at) const {
  GazetteerMatch best;
  int node = 0;
  for (std::size_t i = at; i < tokens.size(); ++i) {
    const Folded& f = tokens[i].folded;
    const auto& children = nodes_[static_cast<std::size_t>(node)].children;
    // Plural of the last token: "H20s" ends the name "H20".
    if (f.size() > 2 && f.back() == 's') {
      const std::string_view singular = std::string_view(f).substr(0, f.size() - 1);
      if (i > at || first_words_.may_hold(std::hash<std::string_view>{}(singular))) {
        auto p = children.find(singular);
        if (p != children.end())
          if (const Entity* e = accept(nodes_[static_cast<std::size_t>(p->second)], tokens, at, i + 1, true))
            best = {i + 1 - at, e};
      }
    }
    if (i == at && !first_words_.may_hold(f.hash())) break;
    auto it = children.find(f);
    if (it == children.end()) break;
    node = it->second;
    if (const Entity* e = accept(nodes_[static_cast<std::size_t>(node)], tokens, at, i + 1, false))
      best = {i + 1 - at, e};
  }
  return best;
}

}  // namespace chipgraph::extract
