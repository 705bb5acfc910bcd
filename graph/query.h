// Questions asked of a finalized graph: neighbours, paths, exposure, rankings,
// timelines, differences and statistics. Pure functions of the graph: the
// command line renders their answers as tables, JSON or a subgraph.
//
// Evidence is reached through an EvidenceOf function, so a snapshot opened
// without its evidence answers from the few edges it shows.
#pragma once

#include <array>
#include <functional>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "graph/knowledge_graph.h"

namespace chipgraph::query {

using EvidenceOf = std::function<std::vector<EvidenceRecord>(EdgeDesc)>;

// The evidence an edge carries in memory (for graphs read with their evidence).
EvidenceOf evidence_in(const KnowledgeGraph& graph);

// The record that best supports an edge: highest confidence, then asserted
// before other statuses, then the earliest dated, then by doc.
const EvidenceRecord* best_evidence(const std::vector<EvidenceRecord>& records);

// Node names close to `name` (folded substring, or within a small edit
// distance), most mentioned first: the "did you mean" of an unknown name.
std::vector<Vertex> suggestions(const KnowledgeGraph& graph, std::string_view name, std::size_t max = 5);

enum class Direction { out, in, both };

// One edge of an answer, with the way it was walked.
struct Hop {
  EdgeDesc edge;
  bool forward = true;  // walked from its source to its target
};

// The edges at a node, in canonical order (out-edges first), limited to
// `relations` when that is not empty.
std::vector<Hop> neighbors(const KnowledgeGraph& graph, Vertex node, Direction direction,
                           const std::set<std::string>& relations);

// A shortest path by number of hops, edges walked either way unless
// `directed`; among equally short paths the first in canonical edge order.
// Empty when `to` cannot be reached (or equals `from`).
std::vector<Hop> shortest_path(const KnowledgeGraph& graph, Vertex from, Vertex to,
                               const std::set<std::string>& relations, bool directed);

// The upstream chain of an entity's compute (the vocabulary's exposure steps,
// breadth first, each node once at its least depth) and the constraints
// (restrictions, penalties, pressure, permits) on every node reached.
struct Exposure {
  struct Step {
    Vertex node;
    std::optional<Hop> via;  // the edge from its parent; none for the root
    int parent = -1;         // index into `tree`
    int depth = 0;
  };
  struct Constraint {
    EdgeDesc edge;  // government -relation-> node
    int on = 0;     // index into `tree`
  };
  // A node whose loss cuts the root off from others: it dominates them in the
  // upstream graph (every upstream path from the root to them passes through it).
  struct SinglePoint {
    Vertex node;
    std::vector<Vertex> cut_off;  // in canonical order
  };
  std::vector<Step> tree;  // tree[0] is the root; parents come before children
  std::vector<Constraint> constraints;
  std::vector<SinglePoint> single_points;  // most cut off first
};
Exposure exposure(const KnowledgeGraph& graph, Vertex root, int max_depth);

// Scores for every node, indexed by vertex.
enum class Measure { pagerank, betweenness, degree, articles };
std::optional<Measure> parse_measure(std::string_view name);
std::vector<double> scores(const KnowledgeGraph& graph, Measure measure, unsigned threads);

// The nodes of `type` (all when empty) by descending score, ties in canonical order.
std::vector<Vertex> ranking(const KnowledgeGraph& graph, const std::vector<double>& scores, const std::string& type,
                            std::size_t top);

// A node's edges by first date seen (undated last), then canonical order.
std::vector<Hop> timeline(const KnowledgeGraph& graph, Vertex node);

// What changed between two builds, by node key and by fact (subject key,
// relation, object key).
struct Difference {
  struct Change {
    std::optional<EdgeDesc> before, after;  // edges of the old and the new graph
  };
  std::vector<Vertex> nodes_added;    // of the new graph
  std::vector<Vertex> nodes_removed;  // of the old graph
  std::vector<Change> edges_added, edges_removed, edges_changed;  // changed: weight or status
};
Difference difference(const KnowledgeGraph& before, const KnowledgeGraph& after);

struct Statistics {
  std::vector<std::pair<std::string, std::size_t>> nodes_by_type;  // vocabulary order, zero counts left out
  std::vector<std::pair<std::string, std::size_t>> edges_by_relation;
  std::array<std::uint64_t, status_count> mentions_by_status{};
  std::uint64_t mentions = 0;
  std::size_t components = 0;       // weakly connected
  std::size_t largest_component = 0;  // nodes
  std::vector<EdgeDesc> top_edges;  // most mentioned
  struct Cited {
    std::string text, doc;
    std::size_t edges = 0;  // edges it supports
  };
  std::vector<Cited> most_cited;  // sentences supporting the most edges
};
Statistics statistics(const KnowledgeGraph& graph, const EvidenceOf& evidence, std::size_t top);

}  // namespace chipgraph::query
