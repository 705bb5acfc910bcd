// The merged knowledge graph: one vertex per real entity, one edge per fact,
// built on a Boost adjacency_list with bundled properties.
#pragma once

#include <boost/graph/adjacency_list.hpp>

#include <array>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <tuple>
#include <unordered_map>
#include <vector>

#include "graph/evidence_store.h"
#include "graph/mention.h"
#include "graph/vocabulary.h"

namespace chipgraph {

struct NodeProps {
  std::string key;    // folded name: the identity of the node
  std::string label;  // display name
  std::string type;
  bool discovered = true;  // false once any mention names it from a pack
  std::uint64_t mentions = 0;
  std::uint64_t articles = 0;
};

struct EdgeProps {
  std::string_view relation;  // the name of a Relation of the graph's vocabulary, which outlives it
  std::uint64_t weight = 0;    // mentions
  std::uint64_t articles = 0;  // distinct docs
  // Earliest and latest article date, "" if none dated: names interned in the
  // graph's evidence store (KnowledgeGraph::keep), valid while the graph lives.
  std::string_view first_seen;
  std::string_view last_seen;
  std::array<std::uint64_t, status_count> status_counts{};
  double confidence = 0.0;  // highest mention confidence
  std::vector<EvidenceRef> evidence;  // the records themselves: KnowledgeGraph::evidence()
  std::size_t id = 0;  // position in the canonical edge order, set by finalize()

  // The status most mentions give; ties go to the earlier status in the contract's order.
  Status status() const;

  // Each field from the latest mention that gives it. Most edges have none, so
  // they are kept apart (and shared, never changed, by copies of the edge).
  const Details& details() const;
  void set_details(Details details);

 private:
  std::shared_ptr<const Details> details_;
};

using BoostGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, NodeProps, EdgeProps>;
using Vertex = BoostGraph::vertex_descriptor;
using EdgeDesc = BoostGraph::edge_descriptor;

// Why a mention was not merged, or empty when it was.
struct AddResult {
  bool added = false;
  std::string reason;
};

class KnowledgeGraph {
 public:
  // How often each spelling and type named a node (a pack-named mention counts
  // 1,000,000): the node's label and type are the winners. Kept with the graph
  // so that merging partial graphs gives what one run over all input gives.
  struct NodeVotes {
    std::map<std::string, std::uint64_t> types;
    std::map<std::string, std::uint64_t> labels;
  };

  // `evidence_memory`: bytes of evidence sentences held in memory before the
  // rest goes to a temporary file (see EvidenceStore).
  explicit KnowledgeGraph(const Vocabulary& vocabulary = Vocabulary::builtin(),
                          std::size_t evidence_memory = EvidenceStore::default_memory)
      : vocabulary_(&vocabulary),
        graph_(std::make_unique<BoostGraph>()),
        store_(std::make_unique<EvidenceStore>(evidence_memory)) {}
  // Boost's adjacency_list has no move, and its edge descriptors point into
  // its storage: the graph lives behind a pointer so moves keep the fact index
  // valid, and a copy rebuilds the index for its own storage and copies the
  // evidence into a store of its own.
  KnowledgeGraph(const KnowledgeGraph& other);
  KnowledgeGraph& operator=(const KnowledgeGraph& other);
  KnowledgeGraph(KnowledgeGraph&&) noexcept = default;
  KnowledgeGraph& operator=(KnowledgeGraph&&) noexcept = default;
  ~KnowledgeGraph() = default;

  // Merges one mention: applies the vocabulary's coercions, orders symmetric
  // relations, resolves both names to vertices and adds the evidence.
  AddResult add(const Mention& mention);
  AddResult add(Mention&& mention);  // the same, moving the strings into the graph

  // Merges another graph in: nodes by key with their votes added, edges by fact
  // with their evidence joined. Graphs from shards of one corpus merge into the
  // graph of the whole corpus, whatever the grouping and order. `other` must
  // carry its evidence (see evidence_loaded()).
  void absorb(const KnowledgeGraph& other);

  // A finalized graph from parts already in canonical order (what a snapshot
  // holds): nodes sorted by key with their counts; then append_edge() in
  // canonical edge order (source, relation, target), filling in each edge's
  // counts. With `evidence_loaded` false the edges carry their counts but no
  // evidence records (a snapshot read for queries), and finalize()/absorb()
  // refuse the graph.
  static KnowledgeGraph assemble(const Vocabulary& vocabulary, std::vector<NodeProps> nodes,
                                 std::vector<NodeVotes> votes, bool evidence_loaded);
  EdgeProps& append_edge(Vertex source, Vertex target);  // its id is its position
  // Adds one record to an edge of this graph (as a snapshot is read).
  void add_evidence(EdgeProps& edge, const EvidenceRecord& record) { edge.evidence.push_back(store_->put(record)); }

  // `text` interned in this graph's store: a view that lives as long as the graph.
  std::string_view keep(std::string_view text) { return store_->name(store_->intern(text)); }

  // An edge's evidence records, in its order (canonical once finalized).
  std::vector<EvidenceRecord> evidence(EdgeDesc e) const;
  const EvidenceStore& evidence_store() const { return *store_; }

  const NodeVotes& votes(Vertex v) const { return votes_[v]; }
  bool evidence_loaded() const { return evidence_loaded_; }

  // Copies edge `e` of the finalized graph `from` (its nodes' labels, types and
  // discovered flags as they are there) with the given evidence instead of its
  // own. No vocabulary check: `from` passed it already. Filters build their
  // result with it; call finalize() after the last one.
  void copy_edge(const KnowledgeGraph& from, EdgeDesc e, const std::vector<EvidenceRecord>& evidence);
  void copy_edge(const KnowledgeGraph& from, EdgeDesc e, const std::vector<EvidenceRef>& evidence);  // refs of `from`

  // Sorts vertices, edges and evidence into the canonical order, drops duplicate
  // evidence and recomputes every derived count. Exporters call it first; the
  // result does not depend on the order mentions were added in.
  void finalize(unsigned threads = 1);  // threads: only how fast, never what

  const BoostGraph& graph() const { return *graph_; }
  const Vocabulary& vocabulary() const { return *vocabulary_; }
  std::size_t node_count() const { return boost::num_vertices(*graph_); }
  std::size_t edge_count() const { return boost::num_edges(*graph_); }
  std::uint64_t mention_count() const;

  // The vertex of a name (any case), if present.
  std::optional<Vertex> find(std::string_view name) const;

 private:
  Vertex vertex_for(const std::string& name, const std::string& type, bool discovered);
  // The node of a folded key, added with this label, type and flag if new (no votes counted).
  Vertex node_for_key(const std::string& key, const std::string& label, const std::string& type, bool discovered);
  EdgeProps& edge_for(Vertex u, const Relation* relation, Vertex v);  // the fact's edge, added if new
  EdgeProps& copied_edge(const KnowledgeGraph& from, EdgeDesc e);       // the edge of e's fact here
  const Relation* relation_of(std::string_view name) const;               // throws Error if unknown
  const std::string& key_of(const std::string& name);  // fold(name), computed once per spelling

  // Facts are keyed by the vocabulary's Relation object (one per relation,
  // never moved once loaded), so a lookup hashes and compares no string.
  using FactKey = std::tuple<Vertex, const Relation*, Vertex>;
  struct FactHash {
    std::size_t operator()(const FactKey& f) const {
      const auto r = reinterpret_cast<std::uintptr_t>(std::get<1>(f));
      return (std::get<0>(f) * 0x9E3779B97F4A7C15ULL) ^ (std::get<2>(f) * 0xC2B2AE3D27D4EB4FULL) ^ (r >> 4);
    }
  };

  const Vocabulary* vocabulary_;
  std::unique_ptr<BoostGraph> graph_;
  std::map<std::string, Vertex, std::less<>> by_key_;
  std::unordered_map<std::string, std::string> keys_;  // spelling -> folded key (ICU is slow)
  // Exact spelling -> its vertex and vote counters, so fold() and the vote maps'
  // look-ups run once per spelling, not per mention. The counters live in
  // votes_'s maps, whose elements stay where they are.
  struct Named {
    Vertex vertex;
    std::uint64_t* label_votes;
    const std::string* type = nullptr;  // the type it was last named with
    std::uint64_t* type_votes = nullptr;
  };
  std::unordered_map<std::string, Named> by_name_;
  // (source, relation, target) -> edge; built lazily (index_facts) since only
  // adding to a graph needs it. Edge descriptors point into *graph_'s storage.
  mutable std::unordered_map<FactKey, EdgeDesc, FactHash> by_fact_;
  mutable bool facts_indexed_ = true;
  void index_facts() const;
  std::vector<NodeVotes> votes_;  // indexed by vertex
  std::unique_ptr<EvidenceStore> store_;
  bool evidence_loaded_ = true;
};

}  // namespace chipgraph
