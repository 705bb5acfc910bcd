// Rendering through Graphviz's library: the DOT text is parsed with agmemread,
// laid out and rendered in-process, no `dot` process involved.
#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <memory>

#include "export/exporter.h"
#include "graph/error.h"

namespace chipgraph::exporters {

std::string render(const KnowledgeGraph& kg, const std::string& format, const ExportOptions& options) {
  const std::string text = dot(kg, options);
  std::unique_ptr<GVC_t, int (*)(GVC_t*)> gvc(gvContext(), gvFreeContext);
  if (!gvc) fail("graphviz: cannot create a context");
  agseterr(AGERR);  // warnings stay quiet; errors are reported
  std::unique_ptr<Agraph_t, int (*)(Agraph_t*)> graph(agmemread(text.c_str()), agclose);
  if (!graph) fail("graphviz: cannot parse the generated DOT");
  const std::string engine = !options.layout.empty() ? options.layout : (kg.node_count() > 150 ? "sfdp" : "dot");
  if (gvLayout(gvc.get(), graph.get(), engine.c_str()) != 0) fail("graphviz: layout \"{}\" failed", engine);
  char* data = nullptr;
  unsigned int length = 0;
  const int rc = gvRenderData(gvc.get(), graph.get(), format.c_str(), &data, &length);
  std::string out;
  if (rc == 0 && data) out.assign(data, length);
  if (data) gvFreeRenderData(data);
  gvFreeLayout(gvc.get(), graph.get());
  if (rc != 0) fail("graphviz: cannot render {}", format);
  return out;
}

}  // namespace chipgraph::exporters
