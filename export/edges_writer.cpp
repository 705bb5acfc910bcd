// The merged edge list as JSON Lines, one merged edge a line (see evidence_json.h).
#include "export/evidence_json.h"
#include "export/exporter.h"
#include "export/in_order.h"

namespace chipgraph::exporters {

void write_edges_jsonl(const KnowledgeGraph& kg, const ExportOptions& options, Sink& out) {
  const BoostGraph& g = kg.graph();
  std::vector<EdgeDesc> edges;
  edges.reserve(boost::num_edges(g));
  for (auto [e, end] = boost::edges(g); e != end; ++e) edges.push_back(*e);
  render_in_order(edges.size(), options.threads, out, [&](std::size_t i, std::string& text) {
    text += edge_json_line(g, edges[i]);
    text += '\n';
  });
  out.finish();
}

std::string edges_jsonl(const KnowledgeGraph& kg) {
  Sink sink;
  write_edges_jsonl(kg, {}, sink);
  return std::move(sink.text());
}

}  // namespace chipgraph::exporters
