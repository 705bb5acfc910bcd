// Filters on a finalized graph: which evidence, edges and nodes an output keeps.
//
// The steps run in this order, each on what the previous one kept:
//   1. evidence: --since/--until (article dates; an undated mention is dropped
//      once either bound is given), --status, --min-confidence select mentions;
//      every edge is then recomputed from the mentions it kept (weight, dates,
//      status, confidence, details) and an edge left with none disappears;
//   2. edges: --relations, then --min-weight on the recomputed weight;
//   3. nodes: --types and --drop-discovered remove nodes and every edge touching them;
//   4. --focus ENTITY --depth N: the nodes within N steps of any focus entity
//      (edges followed either way) and every edge among them;
//   5. --top N: the N nodes with the most mentions (ties: canonical order) and
//      the edges among them.
// A node exists only through its edges: one left with no edge is not output, so
// --top N can give fewer than N nodes. The result is a new finalized graph in
// canonical order, so filtered output is as deterministic as unfiltered output.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "graph/knowledge_graph.h"

namespace chipgraph {

// The raw values given on the command line; empty lists and zero bounds keep everything.
struct FilterOptions {
  std::vector<std::string> relations;  // relation names
  std::vector<std::string> types;      // node type names
  std::vector<std::string> statuses;   // asserted, planned, attempted, negated
  double min_weight = 0;               // mentions, after evidence filtering
  double min_confidence = 0;           // per mention, in [0, 1]
  std::string since, until;            // YYYY, YYYY-MM or YYYY-MM-DD, both ends included
  std::vector<std::string> focus;      // entity names, any case or alias form the graph merged
  unsigned depth = 1;                  // steps from a focus entity
  bool drop_discovered = false;        // drop nodes named only from cues
  std::size_t top = 0;                 // keep the N most-mentioned nodes; 0: all

  // Whether any filter is set.
  bool active() const;
};

// Checks every value that does not need the graph (names against the vocabulary,
// statuses, dates, ranges); throws Error naming the first bad value.
void validate(const FilterOptions& options, const Vocabulary& vocabulary);

// The filtered copy of a finalized graph. Throws Error for a bad value, or a
// focus entity the graph does not contain.
KnowledgeGraph filter_graph(const KnowledgeGraph& graph, const FilterOptions& options);

}  // namespace chipgraph
