// The merged edge list as JSON Lines, one merged edge a line (see evidence_json.h).
#include "export/evidence_json.h"
#include "export/exporter.h"

namespace chipgraph::exporters {

void write_edges_jsonl(const KnowledgeGraph& kg, Sink& out) {
  const BoostGraph& g = kg.graph();
  for (auto [e, end] = boost::edges(g); e != end; ++e) {
    out += edge_json_line(g, *e);
    out += '\n';
    out.checkpoint();
  }
  out.finish();
}

std::string edges_jsonl(const KnowledgeGraph& kg) {
  Sink sink;
  write_edges_jsonl(kg, sink);
  return std::move(sink.text());
}

}  // namespace chipgraph::exporters
