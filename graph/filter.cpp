// Filters: select evidence, then edges, then nodes, then the focus and top sets,
// and rebuild a finalized graph from what is left (see filter.h for the order).
#include "graph/filter.h"

#include <algorithm>
#include <deque>
#include <set>

#include "graph/error.h"
#include "graph/text.h"

namespace chipgraph {
namespace {

bool digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// YYYY, YYYY-MM or YYYY-MM-DD with a real month and a day the month can have.
bool partial_date(std::string_view s) {
  if (s.size() != 4 && s.size() != 7 && s.size() != 10) return false;
  if (!digits(s.substr(0, 4))) return false;
  if (s.size() == 4) return true;
  if (s[4] != '-' || !digits(s.substr(5, 2))) return false;
  const int month = (s[5] - '0') * 10 + (s[6] - '0');
  if (month < 1 || month > 12) return false;
  if (s.size() == 7) return true;
  if (s[7] != '-' || !digits(s.substr(8, 2))) return false;
  const int year = std::stoi(std::string(s.substr(0, 4)));
  const int day = (s[8] - '0') * 10 + (s[9] - '0');
  static const int days[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return day >= 1 && day <= days[month - 1] && !(month == 2 && day == 29 && !leap);
}

std::string names(const std::vector<std::string>& all) {
  std::string out;
  for (const auto& n : all) out += (out.empty() ? "" : ", ") + n;
  return out;
}

// A mention date inside [since, until]; bounds may be shorter than a full date.
bool in_range(std::string_view date, const FilterOptions& o) {
  if (o.since.empty() && o.until.empty()) return true;
  if (date.empty()) return false;
  if (!o.since.empty() && date < o.since) return false;
  if (!o.until.empty() && date.compare(0, o.until.size(), o.until) > 0) return false;
  return true;
}

Vertex resolve_focus(const KnowledgeGraph& graph, const std::string& name) {
  if (auto v = graph.find(name)) return *v;
  const std::string key = fold(name);
  std::vector<std::string> close;
  for (auto [v, end] = boost::vertices(graph.graph()); v != end && close.size() < 3; ++v)
    if (!key.empty() && graph.graph()[*v].key.find(key) != std::string::npos) close.push_back(graph.graph()[*v].label);
  if (close.empty()) fail("--focus: \"{}\" is not in the graph", name);
  fail("--focus: \"{}\" is not in the graph (did you mean {}?)", name, names(close));
}

// One edge of the input graph and the evidence the filters left it.
struct Kept {
  EdgeDesc edge;
  Vertex source, target;
  std::vector<EvidenceRef> evidence;  // refs into the input graph's store
};

}  // namespace

bool FilterOptions::active() const {
  return !relations.empty() || !types.empty() || !statuses.empty() || min_weight > 0 || min_confidence > 0 ||
         !since.empty() || !until.empty() || !focus.empty() || drop_discovered || top > 0;
}

void validate(const FilterOptions& o, const Vocabulary& vocabulary) {
  for (const auto& r : o.relations)
    if (!vocabulary.relation(r)) {
      std::vector<std::string> all;
      for (const auto& known : vocabulary.relations()) all.push_back(known.name);
      fail("--relations: unknown relation \"{}\" (known: {})", r, names(all));
    }
  for (const auto& t : o.types)
    if (!vocabulary.type(t)) {
      std::vector<std::string> all;
      for (const auto& known : vocabulary.types()) all.push_back(known.name);
      fail("--types: unknown node type \"{}\" (known: {})", t, names(all));
    }
  for (const auto& s : o.statuses)
    if (!parse_status(s)) fail("--status: unknown status \"{}\" (known: asserted, planned, attempted, negated)", s);
  if (!(o.min_weight >= 0)) fail("--min-weight: {} is negative", o.min_weight);
  if (!(o.min_confidence >= 0 && o.min_confidence <= 1)) fail("--min-confidence: {} is not in [0, 1]", o.min_confidence);
  for (const auto* bound : {&o.since, &o.until})
    if (!bound->empty() && !partial_date(*bound))
      fail("--{}: \"{}\" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)", bound == &o.since ? "since" : "until", *bound);
  if (!o.since.empty() && !o.until.empty() && o.since.compare(0, o.until.size(), o.until) > 0)
    fail("--since {} is after --until {}", o.since, o.until);
  for (const auto& f : o.focus)
    if (f.find_first_not_of(' ') == std::string::npos) fail("--focus: empty entity name");
}

KnowledgeGraph filter_graph(const KnowledgeGraph& graph, const FilterOptions& o) {
  validate(o, graph.vocabulary());
  const BoostGraph& g = graph.graph();
  const std::size_t n = boost::num_vertices(g);
  std::vector<Vertex> focus;
  for (const auto& name : o.focus) focus.push_back(resolve_focus(graph, name));

  // 1. evidence, 2. edges.
  std::set<Status> statuses;
  for (const auto& s : o.statuses) statuses.insert(*parse_status(s));
  const std::set<std::string> relations(o.relations.begin(), o.relations.end());
  std::vector<Kept> kept;
  for (auto [e, end] = boost::edges(g); e != end; ++e) {
    const EdgeProps& p = g[*e];
    if (!relations.empty() && !relations.count(std::string(p.relation))) continue;
    Kept k{*e, boost::source(*e, g), boost::target(*e, g), {}};
    for (const EvidenceRef& ev : p.evidence)
      if (in_range(graph.evidence_store().name(ev.date()), o) && (statuses.empty() || statuses.count(ev.status())) &&
          ev.confidence() >= o.min_confidence)
        k.evidence.push_back(ev);
    if (k.evidence.empty() || static_cast<double>(k.evidence.size()) < o.min_weight) continue;
    kept.push_back(std::move(k));
  }

  // 3. nodes.
  const std::set<std::string> types(o.types.begin(), o.types.end());
  std::vector<bool> allowed(n);
  for (Vertex v = 0; v < n; ++v)
    allowed[v] = (types.empty() || types.count(g[v].type)) && !(o.drop_discovered && g[v].discovered);
  auto keep_among = [&](const std::vector<bool>& nodes) {
    std::erase_if(kept, [&](const Kept& k) { return !nodes[k.source] || !nodes[k.target]; });
  };
  keep_among(allowed);

  // 4. the ego network of the focus entities, over the edges still kept.
  if (!o.focus.empty()) {
    std::vector<std::vector<Vertex>> neighbours(n);
    for (const auto& k : kept) {
      neighbours[k.source].push_back(k.target);
      neighbours[k.target].push_back(k.source);
    }
    std::vector<unsigned> distance(n, ~0u);
    std::deque<Vertex> queue;
    for (Vertex f : focus)
      if (allowed[f] && distance[f] != 0) {
        distance[f] = 0;
        queue.push_back(f);
      }
    while (!queue.empty()) {
      const Vertex v = queue.front();
      queue.pop_front();
      if (distance[v] == o.depth) continue;
      for (Vertex w : neighbours[v])
        if (distance[w] == ~0u) {
          distance[w] = distance[v] + 1;
          queue.push_back(w);
        }
    }
    std::vector<bool> near(n);
    for (Vertex v = 0; v < n; ++v) near[v] = distance[v] != ~0u;
    keep_among(near);
  }

  // 5. the most-mentioned nodes, by the mentions of the edges still kept.
  if (o.top > 0) {
    std::vector<std::uint64_t> mentions(n, 0);
    std::vector<Vertex> present;
    for (const auto& k : kept) {
      mentions[k.source] += k.evidence.size();
      mentions[k.target] += k.evidence.size();
    }
    for (Vertex v = 0; v < n; ++v)
      if (mentions[v] > 0) present.push_back(v);
    std::stable_sort(present.begin(), present.end(), [&](Vertex a, Vertex b) { return mentions[a] > mentions[b]; });
    std::vector<bool> top(n);
    for (std::size_t i = 0; i < present.size() && i < o.top; ++i) top[present[i]] = true;
    keep_among(top);
  }

  KnowledgeGraph out(graph.vocabulary(), graph.evidence_store().memory());
  for (const auto& k : kept) out.copy_edge(graph, k.edge, k.evidence);
  out.finalize();
  return out;
}

}  // namespace chipgraph
