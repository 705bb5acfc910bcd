// Differences between two builds, and statistics of one.
#include <boost/pending/disjoint_sets.hpp>

#include <algorithm>
#include <map>
#include <unordered_map>

#include "graph/query.h"

namespace chipgraph::query {
namespace {

using FactKey = std::tuple<std::string, std::string, std::string>;  // subject key, relation, object key

std::map<FactKey, EdgeDesc> facts(const KnowledgeGraph& kg) {
  const BoostGraph& g = kg.graph();
  std::map<FactKey, EdgeDesc> out;
  for (auto [e, end] = boost::edges(g); e != end; ++e)
    out.emplace(FactKey{g[boost::source(*e, g)].key, g[*e].relation, g[boost::target(*e, g)].key}, *e);
  return out;
}

}  // namespace

Difference difference(const KnowledgeGraph& before, const KnowledgeGraph& after) {
  Difference d;
  const BoostGraph& a = before.graph();
  const BoostGraph& b = after.graph();
  for (auto [v, end] = boost::vertices(b); v != end; ++v)
    if (!before.find(b[*v].key)) d.nodes_added.push_back(*v);
  for (auto [v, end] = boost::vertices(a); v != end; ++v)
    if (!after.find(a[*v].key)) d.nodes_removed.push_back(*v);
  const auto old_facts = facts(before), new_facts = facts(after);
  for (const auto& [key, e] : new_facts) {
    auto it = old_facts.find(key);
    if (it == old_facts.end()) {
      d.edges_added.push_back({std::nullopt, e});
      continue;
    }
    const EdgeProps& x = a[it->second];
    const EdgeProps& y = b[e];
    if (x.weight != y.weight || x.status() != y.status() || x.last_seen != y.last_seen)
      d.edges_changed.push_back({it->second, e});
  }
  for (const auto& [key, e] : old_facts)
    if (!new_facts.count(key)) d.edges_removed.push_back({e, std::nullopt});
  return d;
}

Statistics statistics(const KnowledgeGraph& kg, const EvidenceOf& evidence, std::size_t top) {
  const BoostGraph& g = kg.graph();
  Statistics s;
  std::map<std::string, std::size_t> types, relations;
  for (auto [v, end] = boost::vertices(g); v != end; ++v) ++types[g[*v].type];
  for (auto [e, end] = boost::edges(g); e != end; ++e) {
    ++relations[std::string(g[*e].relation)];
    for (int i = 0; i < status_count; ++i) s.mentions_by_status[i] += g[*e].status_counts[i];
    s.mentions += g[*e].weight;
  }
  for (const auto& t : kg.vocabulary().types())
    if (types.count(t.name)) s.nodes_by_type.emplace_back(t.name, types[t.name]);
  for (const auto& r : kg.vocabulary().relations())
    if (relations.count(r.name)) s.edges_by_relation.emplace_back(r.name, relations[r.name]);

  // weakly connected components
  const std::size_t n = boost::num_vertices(g);
  std::vector<std::size_t> rank(n), parent(n);
  boost::disjoint_sets<std::size_t*, std::size_t*> sets(rank.data(), parent.data());
  for (std::size_t v = 0; v < n; ++v) sets.make_set(v);
  for (auto [e, end] = boost::edges(g); e != end; ++e) sets.union_set(boost::source(*e, g), boost::target(*e, g));
  std::unordered_map<std::size_t, std::size_t> sizes;
  for (std::size_t v = 0; v < n; ++v) ++sizes[sets.find_set(v)];
  s.components = sizes.size();
  for (const auto& [root, size] : sizes) s.largest_component = std::max(s.largest_component, size);

  std::vector<EdgeDesc> edges;
  for (auto [e, end] = boost::edges(g); e != end; ++e) edges.push_back(*e);
  std::stable_sort(edges.begin(), edges.end(), [&](EdgeDesc x, EdgeDesc y) { return g[x].weight > g[y].weight; });
  edges.resize(std::min(edges.size(), top));
  s.top_edges = std::move(edges);

  // sentences that support the most edges (one sentence often gives several facts)
  std::map<std::pair<std::string, std::string>, std::size_t> cited;  // (text, doc) -> edges
  for (auto [e, end] = boost::edges(g); e != end; ++e) {
    std::vector<EvidenceRecord> records = evidence(*e);
    std::set<std::pair<std::string, std::string>> seen;
    for (auto& r : records)
      if (seen.emplace(r.evidence.text, r.doc).second) ++cited[{std::move(r.evidence.text), std::move(r.doc)}];
  }
  for (auto& [key, count] : cited) s.most_cited.push_back({key.first, key.second, count});
  std::stable_sort(s.most_cited.begin(), s.most_cited.end(),
                   [](const Statistics::Cited& x, const Statistics::Cited& y) { return x.edges > y.edges; });
  if (s.most_cited.size() > top) s.most_cited.resize(top);
  return s;
}

}  // namespace chipgraph::query
