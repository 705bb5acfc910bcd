// The merged edge list as JSON Lines, one merged edge a line (see evidence_json.h).
#include "export/evidence_json.h"
#include "export/exporter.h"

namespace chipgraph::exporters {

std::string edges_jsonl(const KnowledgeGraph& kg) {
  const BoostGraph& g = kg.graph();
  std::string out;
  for (auto [e, end] = boost::edges(g); e != end; ++e) {
    out += edge_json_line(g, *e);
    out += '\n';
  }
  return out;
}

}  // namespace chipgraph::exporters
