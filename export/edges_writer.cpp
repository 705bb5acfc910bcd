// The merged edge list as JSON Lines, one merged edge a line (see evidence_json.h).
#include "export/evidence_json.h"
#include "export/exporter.h"
#include "export/in_order.h"

namespace chipgraph::exporters {

void write_edges_jsonl(const KnowledgeGraph& kg, const ExportOptions& options, Sink& out) {
  const std::vector<EdgePart> parts = edge_parts(kg);
  auto render = [&](std::size_t i, std::string& text) {
    const EdgePart& part = parts[i];
    if (part.from == 0) text += edge_json_head(kg, part.edge);
    append_evidence_json(text, kg, part.edge, part.from, part.to);
    if (part.to >= kg.graph()[part.edge].evidence.size()) text += "}\n";
  };
  render_in_order(parts.size(), options.threads, out, render, [&](std::size_t i) { return part_cost(parts[i]); });
  out.finish();
}

std::string edges_jsonl(const KnowledgeGraph& kg) {
  Sink sink;
  write_edges_jsonl(kg, {}, sink);
  return std::move(sink.text());
}

}  // namespace chipgraph::exporters
