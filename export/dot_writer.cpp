// Graphviz DOT: colour and shape by node type (from the vocabulary), edge label
// = relation, pen width by weight, tooltips with counts. Every string is quoted
// and escaped by dot_escape, so names can never break the syntax.
#include <fmt/format.h>

#include <cmath>

#include "export/escape.h"
#include "export/exporter.h"

namespace chipgraph::exporters {

std::string dot(const KnowledgeGraph& kg, const ExportOptions& options) {
  const BoostGraph& g = kg.graph();
  const Vocabulary& vocabulary = kg.vocabulary();
  const std::string layout = !options.layout.empty() ? options.layout : (boost::num_vertices(g) > 150 ? "sfdp" : "dot");
  std::string out;
  out += "digraph \"chipgraph\" {\n";
  out += fmt::format(
      "  graph [layout=\"{}\", rankdir=\"LR\", overlap=\"false\", splines=\"true\", outputorder=\"edgesfirst\", "
      "fontname=\"Helvetica\"];\n",
      dot_escape(layout));
  out += "  node [style=\"filled\", fontname=\"Helvetica\", fontsize=\"11\", penwidth=\"0.8\"];\n";
  out += "  edge [fontname=\"Helvetica\", fontsize=\"9\", color=\"#555555\", fontcolor=\"#333333\"];\n";
  for (auto [v, end] = boost::vertices(g); v != end; ++v) {
    const NodeProps& n = g[*v];
    const NodeType* type = vocabulary.type(n.type);
    const std::string color = type ? type->color : "#999999";
    const std::string shape = type ? type->shape : "ellipse";
    out += fmt::format(
        "  \"n{}\" [label=\"{}\", shape=\"{}\", fillcolor=\"{}\", tooltip=\"{} ({}), {} mentions{}\"];\n", *v,
        dot_escape(n.label), dot_escape(shape), dot_escape(color), dot_escape(n.label), dot_escape(n.type),
        n.mentions, n.discovered ? ", discovered" : "");
  }
  for (auto [e, end] = boost::edges(g); e != end; ++e) {
    const EdgeProps& p = g[*e];
    const double width = 1.0 + std::log2(static_cast<double>(std::max<std::uint64_t>(p.weight, 1)));
    const Relation* r = vocabulary.relation(p.relation);
    std::string style = p.status() == Status::asserted ? "solid" : p.status() == Status::negated ? "dotted" : "dashed";
    out += fmt::format(
        "  \"n{}\" -> \"n{}\" [label=\"{}\", penwidth=\"{:.2f}\", style=\"{}\"{}, tooltip=\"{} mentions in {} "
        "articles, {}{}\"];\n",
        boost::source(*e, g), boost::target(*e, g), dot_escape(p.relation), width, style,
        r && r->symmetric ? ", dir=\"both\"" : "", p.weight, p.articles, dot_escape(to_string(p.status())),
        p.first_seen.empty() ? "" : dot_escape(fmt::format(", {} to {}", p.first_seen, p.last_seen)));
  }
  out += "}\n";
  return out;
}

}  // namespace chipgraph::exporters
