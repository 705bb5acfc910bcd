// GraphML for Gephi, yEd, NetworkX, igraph and graph-tool.
//
// Keys, each declared for one domain with a type (never for="all"):
//   node: label string, type string, discovered boolean, mentions long, articles long
//   edge: label string (= relation), relation string, weight double (= mentions),
//         articles long, first_seen string, last_seen string (YYYY-MM-DD; left
//         out when no article was dated), status string (the majority status),
//         asserted/planned/attempted/negated long (mentions per status),
//         confidence double, quantity long (units), value string ("<amount> <currency>"),
//         when string (a date the text names; these three only when known, quantity
//         only when it is an integer), evidence string (a JSON array, see evidence_json.h)
// With --yed, two more keys carry yFiles graphics (yfiles.type nodegraphics /
// edgegraphics, also typed string so igraph and graph-tool read the file): each
// node gets a y:ShapeNode with its name as y:NodeLabel, its type's colour and
// shape and its position from the Graphviz layout; each edge a y:PolyLineEdge
// with the relation as y:EdgeLabel. yEd then shows names without any mapping.
// The plain GraphML 1.1 XSD has no room for these elements (yFiles extends it in
// its own schema), so only the file without --yed is XSD-valid.
// Node ids are n0.. in canonical order, edge ids e0..; no NaN, no control characters.
#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "export/escape.h"
#include "export/evidence_json.h"
#include "export/exporter.h"
#include "export/in_order.h"
#include "export/style.h"

namespace chipgraph::exporters {
namespace {

// yEd's nearest shape for each Graphviz shape the vocabulary uses.
std::string_view yed_shape(const std::string& graphviz) {
  static const std::map<std::string, std::string_view, std::less<>> shapes = {
      {"box", "rectangle"},   {"ellipse", "ellipse"},   {"oval", "ellipse"},         {"hexagon", "hexagon"},
      {"octagon", "octagon"}, {"house", "trapezoid2"},  {"component", "rectangle3d"}, {"cylinder", "ellipse"},
      {"box3d", "rectangle3d"}, {"note", "parallelogram"}, {"tab", "roundrectangle"}, {"diamond", "diamond"},
  };
  auto it = shapes.find(graphviz);
  return it == shapes.end() ? std::string_view("roundrectangle") : it->second;
}

std::string yed_node(const Vocabulary& vocabulary, const NodeProps& n, Position at) {
  const NodeType* type = vocabulary.type(n.type);
  std::size_t chars = 0;
  for (char c : n.label) chars += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  const double width = std::max(40.0, 7.0 * static_cast<double>(chars) + 16.0), height = 30.0;
  // yEd's y axis points down, Graphviz's up; Geometry is the top-left corner.
  return fmt::format(
      "<y:ShapeNode><y:Geometry x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\"/><y:Fill color=\"{}\" "
      "transparent=\"false\"/><y:BorderStyle color=\"#333333\" type=\"line\" width=\"1.0\"/>"
      "<y:NodeLabel fontFamily=\"Dialog\" fontSize=\"12\">{}</y:NodeLabel><y:Shape type=\"{}\"/></y:ShapeNode>",
      number(at.x - width / 2, 2), number(-at.y - height / 2, 2), number(width, 2), number(height, 2),
      node_color(vocabulary, n.type), xml_escape(n.label), yed_shape(type ? type->shape : ""));
}

std::string yed_edge(const EdgeProps& p, bool symmetric) {
  const std::string_view style = line_style(p.status());
  return fmt::format(
      "<y:PolyLineEdge><y:LineStyle color=\"#555555\" type=\"{}\" width=\"{}\"/><y:Arrows source=\"{}\" "
      "target=\"standard\"/><y:EdgeLabel fontFamily=\"Dialog\" fontSize=\"10\">{}</y:EdgeLabel></y:PolyLineEdge>",
      style == "solid" ? "line" : style, number(edge_width(p.weight), 2), symmetric ? "standard" : "none",
      xml_escape(p.relation));
}

}  // namespace

std::string graphml(const KnowledgeGraph& kg, const ExportOptions& options) {
  Sink sink;
  write_graphml(kg, options, sink);
  return std::move(sink.text());
}

void write_graphml(const KnowledgeGraph& kg, const ExportOptions& options, Sink& out) {
  const BoostGraph& g = kg.graph();
  out += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" ";
  if (options.yed) out += "xmlns:y=\"http://www.yworks.com/xml/graphml\" ";
  out +=
      "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
      "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
      "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
  struct Key {
    const char* id;
    const char* domain;
    const char* name;
    const char* type;
  };
  static const Key keys[] = {
      {"v_label", "node", "label", "string"},        {"v_type", "node", "type", "string"},
      {"v_discovered", "node", "discovered", "boolean"}, {"v_mentions", "node", "mentions", "long"},
      {"v_articles", "node", "articles", "long"},    {"e_label", "edge", "label", "string"},
      {"e_relation", "edge", "relation", "string"},  {"e_weight", "edge", "weight", "double"},
      {"e_articles", "edge", "articles", "long"},    {"e_first_seen", "edge", "first_seen", "string"},
      {"e_last_seen", "edge", "last_seen", "string"}, {"e_status", "edge", "status", "string"},
      {"e_asserted", "edge", "asserted", "long"},    {"e_planned", "edge", "planned", "long"},
      {"e_attempted", "edge", "attempted", "long"},  {"e_negated", "edge", "negated", "long"},
      {"e_confidence", "edge", "confidence", "double"}, {"e_quantity", "edge", "quantity", "long"},
      {"e_value", "edge", "value", "string"},        {"e_when", "edge", "when", "string"},
      {"e_evidence", "edge", "evidence", "string"},
  };
  for (const auto& k : keys)
    out += fmt::format("  <key id=\"{}\" for=\"{}\" attr.name=\"{}\" attr.type=\"{}\"/>\n", k.id, k.domain, k.name, k.type);
  if (options.yed)
    out +=
        "  <key id=\"v_yed\" for=\"node\" attr.name=\"yed_nodegraphics\" attr.type=\"string\" "
        "yfiles.type=\"nodegraphics\"/>\n"
        "  <key id=\"e_yed\" for=\"edge\" attr.name=\"yed_edgegraphics\" attr.type=\"string\" "
        "yfiles.type=\"edgegraphics\"/>\n";
  out += "  <graph id=\"chipgraph\" edgedefault=\"directed\">\n";
  auto data = [](std::string& text, const char* key, std::string_view value) {
    text += "      <data key=\"";
    text += key;
    text += "\">";
    xml_text_escape_append(text, value);
    text += "</data>\n";
  };
  const std::vector<Position> at = options.yed ? positions(kg, options) : std::vector<Position>();
  render_in_order(boost::num_vertices(g), options.threads, out, [&](std::size_t v, std::string& text) {
    const NodeProps& n = g[v];
    text += fmt::format("    <node id=\"n{}\">\n", v);
    data(text, "v_label", n.label);
    data(text, "v_type", n.type);
    data(text, "v_discovered", n.discovered ? "true" : "false");
    data(text, "v_mentions", std::to_string(n.mentions));
    data(text, "v_articles", std::to_string(n.articles));
    if (options.yed) text += fmt::format("      <data key=\"v_yed\">{}</data>\n", yed_node(kg.vocabulary(), n, at[v]));
    text += "    </node>\n";
  });
  const std::vector<EdgePart> parts = edge_parts(kg);
  auto render = [&](std::size_t i, std::string& text) {
    const EdgePart& part = parts[i];
    const EdgeDesc e = part.edge;
    const EdgeProps& p = g[e];
    if (part.from == 0) {  // later parts are slices of a long evidence array
      text += fmt::format("    <edge id=\"e{}\" source=\"n{}\" target=\"n{}\">\n", part.id, boost::source(e, g),
                          boost::target(e, g));
      data(text, "e_label", p.relation);
      data(text, "e_relation", p.relation);
      data(text, "e_weight", std::to_string(p.weight));
      data(text, "e_articles", std::to_string(p.articles));
      if (!p.first_seen.empty()) data(text, "e_first_seen", p.first_seen);
      if (!p.last_seen.empty()) data(text, "e_last_seen", p.last_seen);
      data(text, "e_status", to_string(p.status()));
      data(text, "e_asserted", std::to_string(p.status_counts[0]));
      data(text, "e_planned", std::to_string(p.status_counts[1]));
      data(text, "e_attempted", std::to_string(p.status_counts[2]));
      data(text, "e_negated", std::to_string(p.status_counts[3]));
      data(text, "e_confidence", fmt::format("{:.3f}", p.confidence));
      if (plain_integer(p.details().quantity)) data(text, "e_quantity", p.details().quantity);
      if (!p.details().value.empty()) data(text, "e_value", p.details().value);
      if (!p.details().when.empty()) data(text, "e_when", p.details().when);
      text += "      <data key=\"e_evidence\">";
    }
    append_evidence_json_xml(text, kg, e, part.from, part.to);
    if (part.to < p.evidence.size()) return;  // the edge goes on in the next part
    text += "</data>\n";
    if (options.yed) {
      const Relation* r = kg.vocabulary().relation(p.relation);
      text += fmt::format("      <data key=\"e_yed\">{}</data>\n", yed_edge(p, r && r->symmetric));
    }
    text += "    </edge>\n";
  };
  render_in_order(parts.size(), options.threads, out, render, [&](std::size_t i) { return part_cost(parts[i]); });
  out += "  </graph>\n</graphml>\n";
  out.finish();
}

}  // namespace chipgraph::exporters
