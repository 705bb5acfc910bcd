// Rendering and layout through Graphviz's library: the DOT text is parsed with
// agmemread, laid out and rendered in-process, no `dot` process involved.
#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>
#include <graphviz/types.h>

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <memory>

#include "export/exporter.h"
#include "graph/error.h"

namespace chipgraph::exporters {
namespace {

// One Graphviz context for the whole process, never freed: Graphviz 2.42's
// pango text plugin remembers the last font name by pointer into the context's
// font table, so freeing a context and laying out again reads freed memory
// (AddressSanitizer found it when one run writes both GEXF and SVG).
GVC_t* context() {
  static GVC_t* gvc = [] {
    GVC_t* g = gvContext();
    if (!g) fail("graphviz: cannot create a context");
    return g;
  }();
  return gvc;
}

// A parsed and laid-out drawing; frees the layout and the graph in order.
class LaidOut {
 public:
  LaidOut(const KnowledgeGraph& kg, const ExportOptions& options) {
    const std::string text = dot(kg, options);
    try {
      gvc_ = context();
      agseterr(AGERR);  // warnings stay quiet; errors are reported
      graph_ = agmemread(text.c_str());
      if (!graph_) fail("graphviz: cannot parse the generated DOT");
      const std::string engine = layout_engine(kg, options);
      if (gvLayout(gvc_, graph_, engine.c_str()) != 0) fail("graphviz: layout \"{}\" failed", engine);
      laid_out_ = true;
    } catch (...) {
      release();
      throw;
    }
  }
  LaidOut(const LaidOut&) = delete;
  LaidOut& operator=(const LaidOut&) = delete;
  ~LaidOut() { release(); }
  GVC_t* gvc() const { return gvc_; }
  Agraph_t* graph() const { return graph_; }

 private:
  void release() noexcept {
    if (laid_out_) gvFreeLayout(gvc_, graph_);
    if (graph_) agclose(graph_);
    laid_out_ = false;
    graph_ = nullptr;
    gvc_ = nullptr;
  }

  GVC_t* gvc_ = nullptr;
  Agraph_t* graph_ = nullptr;
  bool laid_out_ = false;
};

}  // namespace

std::string layout_engine(const KnowledgeGraph& kg, const ExportOptions& options) {
  return !options.layout.empty() ? options.layout : (kg.node_count() > 150 ? "sfdp" : "dot");
}

std::string render(const KnowledgeGraph& kg, const std::string& format, const ExportOptions& options) {
  LaidOut drawing(kg, options);
  char* data = nullptr;
  unsigned int length = 0;
  const int rc = gvRenderData(drawing.gvc(), drawing.graph(), format.c_str(), &data, &length);
  std::string out;
  if (rc == 0 && data) out.assign(data, length);
  if (data) gvFreeRenderData(data);
  if (rc != 0) fail("graphviz: cannot render {}", format);
  return out;
}

std::vector<Position> positions(const KnowledgeGraph& kg, const ExportOptions& options) {
  std::vector<Position> out(kg.node_count());
  if (out.empty()) return out;
  if (options.layout.empty() && (kg.node_count() > layout_nodes || kg.edge_count() > layout_edges)) {
    // A force layout of a graph this size takes Graphviz many minutes (sfdp
    // on 4,000 nodes and 91,000 edges: over 14), and Gephi lays it out better
    // anyway: a sunflower spiral instead, the most mentioned nodes at the
    // centre, ties by vertex (which is key order), so it is the same every run.
    const BoostGraph& g = kg.graph();
    std::vector<Vertex> order(out.size());
    for (std::size_t v = 0; v < order.size(); ++v) order[v] = v;
    std::stable_sort(order.begin(), order.end(),
                     [&](Vertex a, Vertex b) { return g[a].mentions > g[b].mentions; });
    constexpr double golden = 2.39996322972865332;  // radians: pi * (3 - sqrt(5))
    for (std::size_t i = 0; i < order.size(); ++i) {
      const double r = 30.0 * std::sqrt(static_cast<double>(i));
      out[order[i]] = {r * std::cos(golden * static_cast<double>(i)), r * std::sin(golden * static_cast<double>(i))};
    }
    return out;
  }
  LaidOut drawing(kg, options);
  for (std::size_t v = 0; v < out.size(); ++v) {
    std::string id = fmt::format("n{}", v);
    Agnode_t* n = agnode(drawing.graph(), id.data(), 0);
    if (!n) fail("graphviz: node {} missing from the layout", id);
    out[v] = {ND_coord(n).x, ND_coord(n).y};
  }
  return out;
}

}  // namespace chipgraph::exporters
