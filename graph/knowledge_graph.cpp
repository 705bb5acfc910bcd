// Merge policy: entity resolution by folded name, one edge per fact, evidence kept.
#include "graph/knowledge_graph.h"

#include <fmt/format.h>

#include <algorithm>
#include <atomic>
#include <iterator>
#include <numeric>
#include <set>
#include <thread>

#include "graph/error.h"
#include "graph/text.h"

namespace chipgraph {

Status EdgeProps::status() const {
  int best = 0;
  for (int i = 1; i < status_count; ++i)
    if (status_counts[i] > status_counts[best]) best = i;
  return static_cast<Status>(best);
}

const Details& EdgeProps::details() const {
  static const Details none;
  return details_ ? *details_ : none;
}

void EdgeProps::set_details(Details details) {
  details_ = details.empty() ? nullptr : std::make_shared<const Details>(std::move(details));
}

namespace {

// The vote with the most weight; ties go to the smallest string, so the winner
// does not depend on the order votes arrived in.
std::string winner(const std::map<std::string, std::uint64_t>& votes) {
  const std::pair<const std::string, std::uint64_t>* best = nullptr;
  for (const auto& v : votes)
    if (!best || v.second > best->second) best = &v;
  return best ? best->first : std::string();
}

// Boost's add_edge takes the property by const reference and copies it (every
// evidence record): add an empty one and move the real one in instead.
void move_in(Vertex s, Vertex t, EdgeProps&& props, BoostGraph& g) {
  const EdgeDesc e = boost::add_edge(s, t, g).first;
  g[e] = std::move(props);
}

}  // namespace

KnowledgeGraph::KnowledgeGraph(const KnowledgeGraph& other)
    : vocabulary_(other.vocabulary_),
      graph_(std::make_unique<BoostGraph>(*other.graph_)),
      by_key_(other.by_key_),
      votes_(other.votes_),
      store_(std::make_unique<EvidenceStore>(other.store_->memory())),
      evidence_loaded_(other.evidence_loaded_) {
  facts_indexed_ = false;  // the copy's descriptors must point into its own storage
  for (auto [e, end] = boost::edges(*graph_); e != end; ++e) {
    EdgeProps& p = (*graph_)[*e];
    for (EvidenceRef& ref : p.evidence) ref = store_->put(other.store_->get(ref));
    p.first_seen = keep(p.first_seen);  // the copy's own, not other's
    p.last_seen = keep(p.last_seen);
  }
}

void KnowledgeGraph::index_facts() const {
  if (facts_indexed_) return;
  by_fact_.clear();
  by_fact_.reserve(boost::num_edges(*graph_));
  for (auto [e, end] = boost::edges(*graph_); e != end; ++e)
    by_fact_.emplace(
        std::make_tuple(boost::source(*e, *graph_), relation_of((*graph_)[*e].relation), boost::target(*e, *graph_)),
        *e);
  facts_indexed_ = true;
}

KnowledgeGraph& KnowledgeGraph::operator=(const KnowledgeGraph& other) {
  if (this != &other) *this = KnowledgeGraph(other);
  return *this;
}

Vertex KnowledgeGraph::node_for_key(const std::string& key, const std::string& label, const std::string& type,
                                    bool discovered) {
  auto it = by_key_.find(key);
  if (it != by_key_.end()) return it->second;
  const Vertex v = boost::add_vertex(NodeProps{key, label, type, discovered, 0, 0}, *graph_);
  by_key_.emplace(key, v);
  votes_.emplace_back();
  return v;
}

Vertex KnowledgeGraph::vertex_for(const std::string& name, const std::string& type, bool discovered) {
  auto known = by_name_.find(name);
  if (known == by_name_.end()) {
    const Vertex v = node_for_key(key_of(name), name, type, discovered);
    known = by_name_.emplace(name, Named{v, &votes_[v].labels[name]}).first;
  }
  Named& n = known->second;
  auto& node = (*graph_)[n.vertex];
  node.discovered = node.discovered && discovered;
  if (!n.type || *n.type != type) {  // the spelling's type votes, looked up again only when its type changes
    auto it = votes_[n.vertex].types.try_emplace(type, 0).first;
    n.type = &it->first;
    n.type_votes = &it->second;
  }
  // A pack-named mention outweighs any number of discovered ones.
  const std::uint64_t weight = discovered ? 1 : 1'000'000;
  *n.type_votes += weight;
  *n.label_votes += weight;
  return n.vertex;
}

const std::string& KnowledgeGraph::key_of(const std::string& name) {
  auto it = keys_.find(name);
  if (it == keys_.end()) it = keys_.emplace(name, fold(name)).first;
  return it->second;
}

const Relation* KnowledgeGraph::relation_of(std::string_view name) const {
  const Relation* r = vocabulary_->relation(name);
  if (!r) fail("relation \"{}\" is not in the vocabulary", name);
  return r;
}

EdgeProps& KnowledgeGraph::edge_for(Vertex u, const Relation* relation, Vertex v) {
  index_facts();
  auto key = std::make_tuple(u, relation, v);
  auto it = by_fact_.find(key);
  if (it == by_fact_.end()) {
    EdgeDesc e = boost::add_edge(u, v, (*graph_)).first;
    (*graph_)[e].relation = relation->name;
    it = by_fact_.emplace(key, e).first;
  }
  return (*graph_)[it->second];
}

AddResult KnowledgeGraph::add(const Mention& m) { return add(Mention(m)); }

AddResult KnowledgeGraph::add(Mention&& m) {
  std::string relation = m.relation;
  // Names and evidence never carry control characters into the graph.
  for (std::string* field : {&m.subject, &m.object, &m.doc, &m.date, &m.evidence.text, &m.evidence.part,
                             &m.details.quantity, &m.details.value, &m.details.when})
    clean_controls(*field);
  const std::string& clean_subject = m.subject;
  const std::string& clean_object = m.object;
  if (clean_subject.find_first_not_of(' ') == std::string::npos ||
      clean_object.find_first_not_of(' ') == std::string::npos)
    return {false, "empty subject or object name"};
  const std::string* subject = &clean_subject;
  const std::string* object = &clean_object;
  const std::string* subject_type = &m.subject_type;
  const std::string* object_type = &m.object_type;
  bool subject_discovered = m.subject_discovered;
  bool object_discovered = m.object_discovered;
  if (const Coercion* c = vocabulary_->coercion(relation, *subject_type, *object_type)) {
    relation = c->becomes;
    if (c->reverse) {
      std::swap(subject, object);
      std::swap(subject_type, object_type);
      std::swap(subject_discovered, object_discovered);
    }
  }
  const Relation* r = vocabulary_->relation(relation);
  if (!r) return {false, fmt::format("unknown relation \"{}\"", relation)};
  if (!store_->has_room(m.evidence.part))
    return {false, fmt::format("more than {} distinct evidence parts", EvidenceStore::max_parts)};
  if (!r->subject_types.count(*subject_type) || !r->object_types.count(*object_type))
    return {false, fmt::format("{} -{}-> {} is not allowed by the vocabulary", *subject_type, relation, *object_type)};
  const std::string& subject_key = key_of(*subject);
  const std::string& object_key = key_of(*object);
  if (subject_key == object_key) return {false, "subject and object are the same entity"};
  if (r->symmetric && object_key < subject_key) {
    std::swap(subject, object);
    std::swap(subject_type, object_type);
    std::swap(subject_discovered, object_discovered);
  }
  const Vertex u = vertex_for(*subject, *subject_type, subject_discovered);
  const Vertex v = vertex_for(*object, *object_type, object_discovered);
  auto& refs = edge_for(u, r, v).evidence;
  // Grown by half, not doubled: the refs are most of a large merge's memory.
  if (refs.size() == refs.capacity()) refs.reserve(refs.size() + refs.size() / 2 + 2);
  refs.push_back(store_->put(EvidenceRecord{std::move(m.doc), std::move(m.date), m.status, m.confidence,
                                            std::move(m.evidence), std::move(m.details)}));
  return {true, {}};
}

void KnowledgeGraph::absorb(const KnowledgeGraph& other) {
  if (!other.evidence_loaded_ || !evidence_loaded_) fail("cannot merge a graph read without its evidence");
  const BoostGraph& g = *other.graph_;
  std::vector<Vertex> mapped(boost::num_vertices(g));
  for (auto [v, end] = boost::vertices(g); v != end; ++v) {
    const NodeProps& n = g[*v];
    const Vertex u = node_for_key(n.key, n.label, n.type, n.discovered);
    (*graph_)[u].discovered = (*graph_)[u].discovered && n.discovered;
    for (const auto& [type, weight] : other.votes_[*v].types) votes_[u].types[type] += weight;
    for (const auto& [label, weight] : other.votes_[*v].labels) votes_[u].labels[label] += weight;
    mapped[*v] = u;
  }
  for (auto [e, end] = boost::edges(g); e != end; ++e) {
    const Vertex u = mapped[boost::source(*e, g)], v = mapped[boost::target(*e, g)];
    auto& records = edge_for(u, relation_of(g[*e].relation), v).evidence;
    records.reserve(records.size() + g[*e].evidence.size());
    for (const EvidenceRef& ref : g[*e].evidence) records.push_back(store_->put(other.store_->get(ref)));
  }
}

KnowledgeGraph KnowledgeGraph::assemble(const Vocabulary& vocabulary, std::vector<NodeProps> nodes,
                                        std::vector<NodeVotes> votes, bool evidence_loaded) {
  KnowledgeGraph kg(vocabulary);
  kg.evidence_loaded_ = evidence_loaded;
  kg.graph_ = std::make_unique<BoostGraph>(nodes.size());
  for (std::size_t i = 0; i < nodes.size(); ++i) {
    kg.by_key_.emplace(nodes[i].key, i);
    (*kg.graph_)[i] = std::move(nodes[i]);
  }
  kg.votes_ = std::move(votes);
  kg.votes_.resize(nodes.size());
  kg.facts_indexed_ = false;  // built when first needed: queries never need it
  return kg;
}

EdgeProps& KnowledgeGraph::append_edge(Vertex source, Vertex target) {
  const std::size_t id = boost::num_edges(*graph_);
  EdgeProps& p = (*graph_)[boost::add_edge(source, target, *graph_).first];
  p.id = id;
  return p;
}

EdgeProps& KnowledgeGraph::copied_edge(const KnowledgeGraph& from, EdgeDesc e) {
  const BoostGraph& g = *from.graph_;
  const NodeProps& s = g[boost::source(e, g)];
  const NodeProps& t = g[boost::target(e, g)];
  const Vertex u = vertex_for(s.label, s.type, s.discovered);
  const Vertex v = vertex_for(t.label, t.type, t.discovered);
  return edge_for(u, relation_of(g[e].relation), v);
}

void KnowledgeGraph::copy_edge(const KnowledgeGraph& from, EdgeDesc e, const std::vector<EvidenceRecord>& evidence) {
  auto& records = copied_edge(from, e).evidence;
  records.reserve(records.size() + evidence.size());
  for (const auto& r : evidence) records.push_back(store_->put(r));
}

void KnowledgeGraph::copy_edge(const KnowledgeGraph& from, EdgeDesc e, const std::vector<EvidenceRef>& evidence) {
  auto& records = copied_edge(from, e).evidence;
  records.reserve(records.size() + evidence.size());
  for (const auto& ref : evidence) records.push_back(store_->put(from.store_->get(ref)));
}

std::vector<EvidenceRecord> KnowledgeGraph::evidence(EdgeDesc e) const {
  const auto& refs = (*graph_)[e].evidence;
  std::vector<EvidenceRecord> records;
  records.reserve(refs.size());
  for (const auto& ref : refs) records.push_back(store_->get(ref));
  return records;
}

std::uint64_t KnowledgeGraph::mention_count() const {
  std::uint64_t total = 0;
  for (auto [e, end] = boost::edges((*graph_)); e != end; ++e) total += (*graph_)[*e].evidence.size();
  return total;
}

std::optional<Vertex> KnowledgeGraph::find(std::string_view name) const {
  auto it = by_key_.find(fold(name));
  if (it == by_key_.end()) return std::nullopt;
  return it->second;
}

void KnowledgeGraph::finalize(unsigned threads) {
  if (!evidence_loaded_) fail("cannot recompute a graph read without its evidence");
  const auto n = boost::num_vertices((*graph_));
  // Settle each node's label and type from its votes.
  for (Vertex v = 0; v < n; ++v) {
    (*graph_)[v].label = winner(votes_[v].labels);
    (*graph_)[v].type = winner(votes_[v].types);
  }
  std::vector<Vertex> order(n);
  std::iota(order.begin(), order.end(), Vertex{0});
  std::sort(order.begin(), order.end(), [&](Vertex a, Vertex b) {
    return std::tie((*graph_)[a].key, (*graph_)[a].label) < std::tie((*graph_)[b].key, (*graph_)[b].label);
  });
  std::vector<Vertex> position(n);
  for (std::size_t i = 0; i < n; ++i) position[order[i]] = i;

  // Edges are settled where they are, then moved into the new graph in
  // canonical order, each removed from the old graph once moved: the new
  // graph's storage reuses the old's, so the edges never take twice the memory.
  struct PendingEdge {
    Vertex s, t;
    EdgeDesc old;
    EdgeProps* props;
  };
  std::vector<PendingEdge> edges;
  edges.reserve(boost::num_edges((*graph_)));
  for (auto [e, end] = boost::edges((*graph_)); e != end; ++e)
    edges.push_back(
        {position[boost::source(*e, (*graph_))], position[boost::target(*e, (*graph_))], *e, &(*graph_)[*e]});
  std::sort(edges.begin(), edges.end(), [](const PendingEdge& a, const PendingEdge& b) {
    return std::tie(a.s, a.props->relation, a.t) < std::tie(b.s, b.props->relation, b.t);
  });

  auto sorted_graph = std::make_unique<BoostGraph>();
  BoostGraph& sorted = *sorted_graph;
  std::vector<NodeVotes> votes(n);
  for (std::size_t i = 0; i < n; ++i) {
    NodeProps p = (*graph_)[order[i]];
    p.mentions = 0;
    p.articles = 0;
    boost::add_vertex(std::move(p), sorted);
    votes[i] = std::move(votes_[order[i]]);
  }
  decltype(by_fact_)().swap(by_fact_);  // its memory too: the sorted graph is built next
  by_name_.clear();                     // vertex numbers change; it fills again on the next add
  // Each edge's evidence is sorted and its counts recomputed on its own, so
  // edges are settled in parallel; nodes then gather their edges' counts in order.
  // Only refs are sorted and counted: a record is read from the store when it
  // gives details, or to order two refs that agree on all they hold.
  const EvidenceStore& store = *store_;
  std::atomic<std::size_t> next{0};
  auto settle = [&] {
    std::vector<std::uint32_t> docs;  // one edge's at a time
    for (std::size_t i; (i = next.fetch_add(1)) < edges.size();) {
      EdgeProps& p = *edges[i].props;
      p.id = i;
      auto& refs = p.evidence;
      std::sort(refs.begin(), refs.end(), [&](const EvidenceRef& a, const EvidenceRef& b) { return store.less(a, b); });
      refs.erase(std::unique(refs.begin(), refs.end(),
                             [&](const EvidenceRef& a, const EvidenceRef& b) { return store.same(a, b); }),
                 refs.end());
      p.weight = refs.size();
      p.status_counts.fill(0);
      p.confidence = 0.0;
      Details details;
      std::string_view first, last;
      docs.clear();
      for (const auto& ref : refs) {  // in date order: later mentions win
        if (ref.details()) {
          const Details d = store.get(ref).details;
          if (!d.quantity.empty()) details.quantity = d.quantity;
          if (!d.value.empty()) details.value = d.value;
          if (!d.when.empty()) details.when = d.when;
        }
        ++p.status_counts[static_cast<int>(ref.status())];
        p.confidence = std::max(p.confidence, ref.confidence());
        docs.push_back(ref.doc());
        const std::string_view date = store.name(ref.date());
        if (!date.empty()) {
          if (first.empty() || date < first) first = date;
          if (date > last) last = date;
        }
      }
      p.set_details(std::move(details));
      p.first_seen = first;
      p.last_seen = last;
      std::sort(docs.begin(), docs.end());
      docs.erase(std::unique(docs.begin(), docs.end()), docs.end());
      p.articles = docs.size();
    }
  };
  if (threads <= 1 || edges.size() < 1024) {
    settle();
  } else {
    std::vector<std::thread> pool;
    for (unsigned t = 0; t < threads; ++t) pool.emplace_back(settle);
    for (auto& t : pool) t.join();
  }
  for (const PendingEdge& pe : edges) {
    sorted[pe.s].mentions += pe.props->weight;
    sorted[pe.t].mentions += pe.props->weight;
    move_in(pe.s, pe.t, std::move(*pe.props), sorted);
    boost::remove_edge(pe.old, *graph_);
  }
  edges.clear();
  graph_ = std::move(sorted_graph);  // the old graph goes
  // A node's articles: the distinct docs of all its edges, gathered one node at a time.
  std::vector<std::uint32_t> docs;
  for (Vertex v = 0; v < n; ++v) {
    docs.clear();
    for (auto [e, end] = boost::out_edges(v, sorted); e != end; ++e)
      for (const auto& ref : sorted[*e].evidence) docs.push_back(ref.doc());
    for (auto [e, end] = boost::in_edges(v, sorted); e != end; ++e)
      for (const auto& ref : sorted[*e].evidence) docs.push_back(ref.doc());
    std::sort(docs.begin(), docs.end());
    sorted[v].articles = static_cast<std::uint64_t>(std::unique(docs.begin(), docs.end()) - docs.begin());
  }
  facts_indexed_ = false;  // vertex numbers changed; rebuilt on the next add
  votes_ = std::move(votes);
  by_key_.clear();
  for (std::size_t i = 0; i < n; ++i) by_key_.emplace((*graph_)[i].key, i);
}

}  // namespace chipgraph
