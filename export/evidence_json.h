// The evidence of a merged edge as a JSON array, one object per mention:
//   [{"doc","date","status","confidence","text","start","end","part"}, ...]
// GraphML and DOT carry it as one string attribute; JSONL as a real array.
#pragma once

#include <string>

#include "graph/knowledge_graph.h"

namespace chipgraph::exporters {

std::string evidence_json(const EdgeProps& edge);

// The merged edge as one JSON Lines record (no trailing newline):
//   subject, subject_type, relation, object, object_type, weight, articles,
//   first_seen, last_seen, status, status_counts{...}, confidence, evidence[...]
std::string edge_json_line(const BoostGraph& g, EdgeDesc e);

}  // namespace chipgraph::exporters
