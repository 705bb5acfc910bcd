// The evidence of a merged edge as a JSON array, one object per mention:
//   [{"doc","date","status","confidence","text","start","end","part"}, ...]
// GraphML and DOT carry it as one string attribute; JSONL as a real array.
#pragma once

#include <string>

#include "graph/knowledge_graph.h"

namespace chipgraph::exporters {

std::string evidence_json(const EdgeProps& edge);

// The same array XML-escaped and appended to `out`, one record at a time, so an
// edge with tens of thousands of mentions never holds its whole array twice.
void append_evidence_json_xml(std::string& out, const EdgeProps& edge);

// The merged edge as one JSON Lines record (no trailing newline):
//   subject, subject_type, relation, object, object_type, weight, articles,
//   first_seen, last_seen, status, status_counts{...}, confidence, evidence[...]
std::string edge_json_line(const BoostGraph& g, EdgeDesc e);

}  // namespace chipgraph::exporters
