// Neighbours, shortest paths, timelines and name suggestions.
#include "graph/query.h"

#include <algorithm>
#include <deque>

#include "graph/text.h"

namespace chipgraph::query {
namespace {

bool wanted(const std::set<std::string>& relations, std::string_view relation) {
  return relations.empty() || relations.count(std::string(relation)) > 0;
}

// Edit distance between two strings (bytes of folded UTF-8), giving up above `limit`.
std::size_t distance(std::string_view a, std::string_view b, std::size_t limit) {
  if (a.size() > b.size() + limit || b.size() > a.size() + limit) return limit + 1;
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0], best = row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = up;
      best = std::min(best, row[j]);
    }
    if (best > limit) return limit + 1;
  }
  return row[b.size()];
}

}  // namespace

EvidenceOf evidence_in(const KnowledgeGraph& graph) {
  return [&graph](EdgeDesc e) { return graph.evidence(e); };
}

const EvidenceRecord* best_evidence(const std::vector<EvidenceRecord>& records) {
  const EvidenceRecord* best = nullptr;
  auto key = [](const EvidenceRecord& r) {
    return std::make_tuple(-r.confidence, r.status != Status::asserted, r.date.empty(), r.date, r.doc);
  };
  for (const auto& r : records)
    if (!best || key(r) < key(*best)) best = &r;
  return best;
}

std::vector<Vertex> suggestions(const KnowledgeGraph& kg, std::string_view name, std::size_t max) {
  const std::string wanted_key = fold(name);
  const std::size_t limit = std::max<std::size_t>(2, wanted_key.size() / 4);
  const BoostGraph& g = kg.graph();
  struct Candidate {
    std::size_t cost;
    std::uint64_t mentions;
    Vertex v;
  };
  std::vector<Candidate> found;
  for (auto [v, end] = boost::vertices(g); v != end; ++v) {
    const std::string& key = g[*v].key;
    std::size_t cost;
    if (!wanted_key.empty() && key.find(wanted_key) != std::string::npos) cost = 0;
    else cost = distance(wanted_key, key, limit);
    if (cost <= limit) found.push_back({cost, g[*v].mentions, *v});
  }
  std::sort(found.begin(), found.end(), [](const Candidate& a, const Candidate& b) {
    return std::tie(a.cost, b.mentions, a.v) < std::tie(b.cost, a.mentions, b.v);
  });
  std::vector<Vertex> out;
  for (std::size_t i = 0; i < found.size() && i < max; ++i) out.push_back(found[i].v);
  return out;
}

std::vector<Hop> neighbors(const KnowledgeGraph& kg, Vertex node, Direction direction,
                           const std::set<std::string>& relations) {
  const BoostGraph& g = kg.graph();
  std::vector<Hop> out;
  if (direction != Direction::in)
    for (auto [e, end] = boost::out_edges(node, g); e != end; ++e)
      if (wanted(relations, g[*e].relation)) out.push_back({*e, true});
  if (direction != Direction::out)
    for (auto [e, end] = boost::in_edges(node, g); e != end; ++e)
      if (wanted(relations, g[*e].relation)) out.push_back({*e, false});
  std::sort(out.begin(), out.end(), [&](const Hop& a, const Hop& b) {
    if (a.forward != b.forward) return a.forward;  // out-edges first
    return g[a.edge].id < g[b.edge].id;
  });
  return out;
}

std::vector<Hop> shortest_path(const KnowledgeGraph& kg, Vertex from, Vertex to,
                               const std::set<std::string>& relations, bool directed) {
  const BoostGraph& g = kg.graph();
  const std::size_t n = boost::num_vertices(g);
  std::vector<std::optional<Hop>> reached_by(n);
  std::vector<bool> seen(n, false);
  std::deque<Vertex> queue{from};
  seen[from] = true;
  while (!queue.empty() && !seen[to]) {
    const Vertex v = queue.front();
    queue.pop_front();
    for (const Hop& hop : neighbors(kg, v, directed ? Direction::out : Direction::both, relations)) {
      const Vertex next = hop.forward ? boost::target(hop.edge, g) : boost::source(hop.edge, g);
      if (seen[next]) continue;
      seen[next] = true;
      reached_by[next] = hop;
      queue.push_back(next);
    }
  }
  std::vector<Hop> path;
  if (from == to || !seen[to]) return path;
  for (Vertex v = to; v != from;) {
    const Hop hop = *reached_by[v];
    path.push_back(hop);
    v = hop.forward ? boost::source(hop.edge, g) : boost::target(hop.edge, g);
  }
  std::reverse(path.begin(), path.end());
  return path;
}

std::vector<Hop> timeline(const KnowledgeGraph& kg, Vertex node) {
  const BoostGraph& g = kg.graph();
  std::vector<Hop> hops = neighbors(kg, node, Direction::both, {});
  std::stable_sort(hops.begin(), hops.end(), [&](const Hop& a, const Hop& b) {
    const EdgeProps& x = g[a.edge];
    const EdgeProps& y = g[b.edge];
    return std::make_tuple(x.first_seen.empty(), x.first_seen, x.last_seen, x.id) <
           std::make_tuple(y.first_seen.empty(), y.first_seen, y.last_seen, y.id);
  });
  return hops;
}

}  // namespace chipgraph::query
