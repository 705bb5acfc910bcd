// The evidence of a merged edge as a JSON array, one object per mention:
//   [{"doc","date","status","confidence","text","start","end","part"}, ...]
// GraphML and DOT carry it as one string attribute; JSONL as a real array.
#pragma once

#include <string>

#include "graph/knowledge_graph.h"

namespace chipgraph::exporters {

std::string evidence_json(const KnowledgeGraph& kg, EdgeDesc e);

// One object of the array: RapidJSON's Writer from a record, and the same bytes
// appended straight from a stored ref (`scratch` is reused between calls).
std::string evidence_record_json(const EvidenceRecord& record);
void append_record_json(std::string& out, const EvidenceStore& store, const EvidenceRef& ref, std::string& scratch);
// The same escaped as XML character data, equal to xml_text_escape_append() of it
// but written in one pass.
void append_record_json_xml(std::string& out, const EvidenceStore& store, const EvidenceRef& ref, std::string& scratch);

// The same array escaped as XML character data and appended to `out`, one record at a time read
// from the graph's evidence store, so an edge with tens of thousands of
// mentions never holds its records, or its whole array twice, in memory.
// Records [from, to) of the array: "[" before record 0, "," between records,
// "]" after the last, so consecutive slices make the whole array.
void append_evidence_json_xml(std::string& out, const KnowledgeGraph& kg, EdgeDesc e, std::size_t from, std::size_t to);
void append_evidence_json(std::string& out, const KnowledgeGraph& kg, EdgeDesc e, std::size_t from, std::size_t to);

// The merged edge as one JSON Lines record (no trailing newline):
//   subject, subject_type, relation, object, object_type, weight, articles,
//   first_seen, last_seen, status, status_counts{...}, confidence, evidence[...]
std::string edge_json_line(const KnowledgeGraph& kg, EdgeDesc e);
// The same line up to and including `"evidence":` (the array follows in slices, then "}").
std::string edge_json_head(const KnowledgeGraph& kg, EdgeDesc e);

}  // namespace chipgraph::exporters
