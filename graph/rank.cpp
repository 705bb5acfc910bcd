// Node rankings: PageRank and betweenness from Boost.Graph, degree, articles.
//
// Both centralities run on the entity network with parallel edges collapsed
// (two firms linked by three relations are linked once): PageRank on the
// directed network (a symmetric relation links both ways), betweenness on the
// undirected one (pairs counted once, as NetworkX does). Boost's page_rank computes (1 - d) + d * sum(rank(u) / out(u))
// with d = 0.85 for 50 iterations; the scores are scaled to sum to 1.
#include <boost/graph/betweenness_centrality.hpp>
#include <boost/graph/compressed_sparse_row_graph.hpp>
#include <boost/graph/page_rank.hpp>

#include <algorithm>
#include <numeric>

#include "graph/query.h"

namespace chipgraph::query {
namespace {

// Each (source, target) pair once, sorted.
std::vector<std::pair<std::size_t, std::size_t>> links(const KnowledgeGraph& kg, bool both_ways_if_symmetric) {
  const BoostGraph& g = kg.graph();
  std::vector<std::pair<std::size_t, std::size_t>> pairs;
  pairs.reserve(boost::num_edges(g));
  for (auto [e, end] = boost::edges(g); e != end; ++e) {
    const std::size_t s = boost::source(*e, g), t = boost::target(*e, g);
    pairs.emplace_back(s, t);
    const Relation* r = kg.vocabulary().relation(g[*e].relation);
    if (both_ways_if_symmetric && r && r->symmetric) pairs.emplace_back(t, s);
  }
  std::sort(pairs.begin(), pairs.end());
  pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
  return pairs;
}

std::vector<double> pagerank(const KnowledgeGraph& kg) {
  using Directed = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS>;
  Directed d(kg.node_count());
  for (auto [s, t] : links(kg, true)) boost::add_edge(s, t, d);
  std::vector<double> rank(kg.node_count(), 0.0);
  if (rank.empty()) return rank;
  boost::graph::page_rank(d, boost::make_iterator_property_map(rank.begin(), boost::get(boost::vertex_index, d)),
                          boost::graph::n_iterations(50), 0.85);
  const double total = std::accumulate(rank.begin(), rank.end(), 0.0);
  if (total > 0)
    for (double& r : rank) r /= total;
  return rank;
}

std::vector<double> betweenness(const KnowledgeGraph& kg) {
  // Both directions of every link in a compressed sparse row graph (Boost's
  // fastest to walk): every unordered pair is then counted from both ends, so
  // the sums are halved to the undirected figures.
  std::vector<std::pair<std::size_t, std::size_t>> pairs = links(kg, false);
  const std::size_t one_way = pairs.size();
  for (std::size_t i = 0; i < one_way; ++i) pairs.emplace_back(pairs[i].second, pairs[i].first);
  std::sort(pairs.begin(), pairs.end());
  pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
  using Csr = boost::compressed_sparse_row_graph<boost::directedS>;
  const Csr csr(boost::edges_are_sorted, pairs.begin(), pairs.end(), kg.node_count());
  std::vector<double> centrality(kg.node_count(), 0.0);
  boost::brandes_betweenness_centrality(
      csr, boost::centrality_map(boost::make_iterator_property_map(centrality.begin(), boost::get(boost::vertex_index, csr))));
  for (double& c : centrality) c /= 2;
  return centrality;
}

}  // namespace

std::optional<Measure> parse_measure(std::string_view name) {
  if (name == "pagerank") return Measure::pagerank;
  if (name == "betweenness") return Measure::betweenness;
  if (name == "degree") return Measure::degree;
  if (name == "articles") return Measure::articles;
  return std::nullopt;
}

std::vector<double> scores(const KnowledgeGraph& kg, Measure measure, unsigned) {
  const BoostGraph& g = kg.graph();
  std::vector<double> out(kg.node_count(), 0.0);
  switch (measure) {
    case Measure::pagerank:
      return pagerank(kg);
    case Measure::betweenness:
      return betweenness(kg);
    case Measure::degree:
      for (auto [v, end] = boost::vertices(g); v != end; ++v)
        out[*v] = static_cast<double>(boost::out_degree(*v, g) + boost::in_degree(*v, g));
      return out;
    case Measure::articles:
      for (auto [v, end] = boost::vertices(g); v != end; ++v) out[*v] = static_cast<double>(g[*v].articles);
      return out;
  }
  return out;
}

std::vector<Vertex> ranking(const KnowledgeGraph& kg, const std::vector<double>& scores, const std::string& type,
                            std::size_t top) {
  const BoostGraph& g = kg.graph();
  std::vector<Vertex> nodes;
  for (auto [v, end] = boost::vertices(g); v != end; ++v)
    if (type.empty() || g[*v].type == type) nodes.push_back(*v);
  std::stable_sort(nodes.begin(), nodes.end(), [&](Vertex a, Vertex b) { return scores[a] > scores[b]; });
  if (top > 0 && nodes.size() > top) nodes.resize(top);
  return nodes;
}

}  // namespace chipgraph::query
