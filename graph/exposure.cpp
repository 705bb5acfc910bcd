// Exposure: the upstream tree of an entity's compute, the constraints on it and
// its single points of failure (dominators, Boost's Lengauer-Tarjan).
#include <boost/graph/dominator_tree.hpp>

#include <algorithm>
#include <map>

#include "graph/query.h"

namespace chipgraph::query {

Exposure exposure(const KnowledgeGraph& kg, Vertex root, int max_depth) {
  const BoostGraph& g = kg.graph();
  const Vocabulary& vocabulary = kg.vocabulary();
  Exposure out;
  std::map<Vertex, int> index_of;
  std::vector<std::pair<int, int>> upstream;  // every upstream edge walked, as tree indices
  out.tree.push_back({root, std::nullopt, -1, 0});
  index_of[root] = 0;
  for (std::size_t i = 0; i < out.tree.size(); ++i) {
    const Exposure::Step here = out.tree[i];
    if (here.depth >= max_depth) continue;
    for (const ExposureStep& step : vocabulary.exposure_steps()) {
      const auto hops = neighbors(kg, here.node, step.inward ? Direction::in : Direction::out, {step.relation});
      for (const Hop& hop : hops) {
        const Vertex next = hop.forward ? boost::target(hop.edge, g) : boost::source(hop.edge, g);
        auto [it, added] = index_of.emplace(next, static_cast<int>(out.tree.size()));
        if (added) out.tree.push_back({next, hop, static_cast<int>(i), here.depth + 1});
        upstream.emplace_back(static_cast<int>(i), it->second);
      }
    }
  }
  for (std::size_t i = 0; i < out.tree.size(); ++i)
    for (const Hop& hop : neighbors(kg, out.tree[i].node, Direction::in, vocabulary.exposure_constraints()))
      out.constraints.push_back({hop.edge, static_cast<int>(i)});

  // Dominators of the upstream graph from the root: d dominates x when every
  // upstream path from the root to x passes through d.
  using Upstream = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS>;
  Upstream u(out.tree.size());
  for (auto [from, to] : upstream) boost::add_edge(static_cast<std::size_t>(from), static_cast<std::size_t>(to), u);
  std::vector<std::size_t> idom(out.tree.size(), boost::graph_traits<Upstream>::null_vertex());
  boost::lengauer_tarjan_dominator_tree(
      u, std::size_t{0}, boost::make_iterator_property_map(idom.begin(), boost::get(boost::vertex_index, u)));
  std::map<std::size_t, std::vector<Vertex>> cut;
  for (std::size_t x = 1; x < out.tree.size(); ++x)
    for (std::size_t d = idom[x]; d != 0 && d < out.tree.size(); d = idom[d]) cut[d].push_back(out.tree[x].node);
  for (auto& [d, nodes] : cut) {
    std::sort(nodes.begin(), nodes.end());
    out.single_points.push_back({out.tree[d].node, std::move(nodes)});
  }
  std::stable_sort(out.single_points.begin(), out.single_points.end(),
                   [](const Exposure::SinglePoint& a, const Exposure::SinglePoint& b) {
                     return a.cut_off.size() != b.cut_off.size() ? a.cut_off.size() > b.cut_off.size()
                                                                  : a.node < b.node;
                   });
  return out;
}

}  // namespace chipgraph::query
