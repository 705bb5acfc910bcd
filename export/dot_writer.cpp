// Graphviz DOT: colour and shape by node type (from the vocabulary), edge label
// = relation, pen width by weight, planned/attempted dashed and negated dotted.
// Labels longer than 30 characters are shortened ("…"); the tooltip (shown on
// hover in the SVG) keeps the full name with the counts. The graph's data goes
// along as attributes Graphviz ignores but DOT readers (NetworkX, pydot, gvpr)
// keep: node type, discovered, mentions, articles; edge relation, mentions,
// articles, first_seen, last_seen, status, confidence, quantity, value, when.
// Every string is quoted and escaped by dot_escape, so names cannot break the syntax.
#include <fmt/format.h>

#include "export/escape.h"
#include "export/exporter.h"
#include "export/style.h"

namespace chipgraph::exporters {
namespace {

std::string attribute(std::string_view name, std::string_view value) {
  return fmt::format(", {}=\"{}\"", name, dot_escape(value));
}

std::string edge_tooltip(const NodeProps& s, const NodeProps& t, const EdgeProps& p) {
  std::string tip = fmt::format("{} -{}-> {}: {} mention{} in {} article{}, {}", s.label, p.relation, t.label,
                                p.weight, p.weight == 1 ? "" : "s", p.articles, p.articles == 1 ? "" : "s",
                                to_string(p.status()));
  if (!p.first_seen.empty())
    tip += p.first_seen == p.last_seen ? fmt::format(", {}", p.first_seen)
                                       : fmt::format(", {} to {}", p.first_seen, p.last_seen);
  if (!p.details().quantity.empty()) tip += fmt::format(", quantity {}", p.details().quantity);
  if (!p.details().value.empty()) tip += fmt::format(", value {}", p.details().value);
  if (!p.details().when.empty()) tip += fmt::format(", when {}", p.details().when);
  return tip;
}

}  // namespace

std::string dot(const KnowledgeGraph& kg, const ExportOptions& options) {
  const BoostGraph& g = kg.graph();
  const Vocabulary& vocabulary = kg.vocabulary();
  std::string out;
  out += "digraph \"chipgraph\" {\n";
  out += fmt::format(
      "  graph [layout=\"{}\", rankdir=\"LR\", overlap=\"false\", splines=\"true\", outputorder=\"edgesfirst\", "
      "fontname=\"Helvetica\"];\n",
      dot_escape(layout_engine(kg, options)));
  out += "  node [style=\"filled\", fontname=\"Helvetica\", fontsize=\"11\", penwidth=\"0.8\"];\n";
  out += "  edge [fontname=\"Helvetica\", fontsize=\"9\", color=\"#555555\", fontcolor=\"#333333\"];\n";
  for (auto [v, end] = boost::vertices(g); v != end; ++v) {
    const NodeProps& n = g[*v];
    const NodeType* type = vocabulary.type(n.type);
    out += fmt::format("  \"n{}\" [label=\"{}\"", *v, dot_escape(short_label(n.label)));
    out += attribute("shape", type ? type->shape : "ellipse");
    out += attribute("fillcolor", node_color(vocabulary, n.type));
    out += attribute("class", fmt::format("type-{}", n.type));
    out += attribute("tooltip", fmt::format("{} ({}), {} mention{} in {} article{}{}", n.label, n.type, n.mentions,
                                            n.mentions == 1 ? "" : "s", n.articles, n.articles == 1 ? "" : "s",
                                            n.discovered ? ", discovered" : ""));
    out += attribute("type", n.type);
    out += attribute("discovered", n.discovered ? "true" : "false");
    out += attribute("mentions", std::to_string(n.mentions));
    out += attribute("articles", std::to_string(n.articles));
    out += "];\n";
  }
  for (auto [e, end] = boost::edges(g); e != end; ++e) {
    const EdgeProps& p = g[*e];
    const Relation* r = vocabulary.relation(p.relation);
    out += fmt::format("  \"n{}\" -> \"n{}\" [label=\"{}\", penwidth=\"{:.2f}\"", boost::source(*e, g),
                       boost::target(*e, g), dot_escape(p.relation), edge_width(p.weight));
    out += attribute("style", line_style(p.status()));
    if (r && r->symmetric) out += ", dir=\"both\"";
    out += attribute("tooltip", edge_tooltip(g[boost::source(*e, g)], g[boost::target(*e, g)], p));
    out += attribute("relation", p.relation);
    out += attribute("mentions", std::to_string(p.weight));
    out += attribute("articles", std::to_string(p.articles));
    if (!p.first_seen.empty()) out += attribute("first_seen", p.first_seen);
    if (!p.last_seen.empty()) out += attribute("last_seen", p.last_seen);
    out += attribute("status", to_string(p.status()));
    out += attribute("confidence", number(p.confidence));
    if (!p.details().quantity.empty()) out += attribute("quantity", p.details().quantity);
    if (!p.details().value.empty()) out += attribute("value", p.details().value);
    if (!p.details().when.empty()) out += attribute("when", p.details().when);
    out += "];\n";
  }
  out += "}\n";
  return out;
}

}  // namespace chipgraph::exporters
