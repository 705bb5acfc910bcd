// GEXF 1.3 for Gephi (desktop and Lite), NetworkX and graphology.
//
// <graph defaultedgetype="directed" mode="dynamic" timeformat="date">, then:
//   attributes class="node": type string, discovered boolean, mentions long, articles long
//   attributes class="edge": relation string, status string, articles long,
//     first_seen string, last_seen string (absent when undated), asserted,
//     planned, attempted, negated long, confidence double, quantity long,
//     value string, when string (these three only when known), evidence string
//     (a JSON array, see evidence_json.h)
// Attribute ids equal their titles (graphology names attributes by id).
// node: id n0.., label = name, viz:color = the type's colour (r, g, b without
//   alpha, which Gephi Lite ignores colours for), viz:size from mentions,
//   viz:position from the Graphviz layout, spells = the dates of the articles
//   that report any of its edges.
// edge: id e0.., label = kind = relation (kind keeps parallel edges of different
//   relations apart in Gephi), weight = mentions, viz:thickness as the DOT pen
//   width, viz:shape solid/dashed/dotted by status, spells = the dates of the
//   articles that report it.
// A spell is one article date, start = end: Gephi's timeline then replays the
// reports (a window anchored at the first date shows the graph growing). An
// element with no dated evidence has no spell and is shown at every time.
// All edges are directed (symmetric relations are stored once, subject = the
// lexically smaller name): NetworkX rejects mixed graphs and reads "mutual" as two edges.
#include <fmt/format.h>

#include <set>

#include "export/escape.h"
#include "export/evidence_json.h"
#include "export/exporter.h"
#include "export/style.h"

namespace chipgraph::exporters {
namespace {

void spells(Sink& out, const std::set<std::string>& dates) {
  if (dates.empty()) return;
  out += "        <spells>";
  for (const auto& d : dates) out += fmt::format("<spell start=\"{}\" end=\"{}\"/>", d, d);
  out += "</spells>\n";
}

}  // namespace

std::string gexf(const KnowledgeGraph& kg, const ExportOptions& options) {
  Sink sink;
  write_gexf(kg, options, sink);
  return std::move(sink.text());
}

void write_gexf(const KnowledgeGraph& kg, const ExportOptions& options, Sink& out) {
  const BoostGraph& g = kg.graph();
  const std::vector<Position> at = positions(kg, options);
  std::vector<std::set<std::string>> node_dates(kg.node_count());
  for (auto [e, end] = boost::edges(g); e != end; ++e)
    for (const auto& d : report_dates(kg, g[*e])) {
      node_dates[boost::source(*e, g)].insert(d);
      node_dates[boost::target(*e, g)].insert(d);
    }

  out +=
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\" "
      "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
      "xsi:schemaLocation=\"http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd\" version=\"1.3\">\n"
      "  <meta>\n    <creator>chipgraph</creator>\n"
      "    <description>AI-hardware supply chain knowledge graph extracted from news articles</description>\n"
      "  </meta>\n"
      "  <graph defaultedgetype=\"directed\" mode=\"dynamic\" timeformat=\"date\" timerepresentation=\"interval\">\n";
  auto declare = [&](const char* cls, std::initializer_list<std::pair<const char*, const char*>> attrs) {
    out += fmt::format("    <attributes class=\"{}\" mode=\"static\">\n", cls);
    for (const auto& [id, type] : attrs)
      out += fmt::format("      <attribute id=\"{}\" title=\"{}\" type=\"{}\"/>\n", id, id, type);
    out += "    </attributes>\n";
  };
  declare("node", {{"type", "string"}, {"discovered", "boolean"}, {"mentions", "long"}, {"articles", "long"}});
  declare("edge", {{"relation", "string"},
                   {"status", "string"},
                   {"articles", "long"},
                   {"first_seen", "string"},
                   {"last_seen", "string"},
                   {"asserted", "long"},
                   {"planned", "long"},
                   {"attempted", "long"},
                   {"negated", "long"},
                   {"confidence", "double"},
                   {"quantity", "long"},
                   {"value", "string"},
                   {"when", "string"},
                   {"evidence", "string"}});
  auto value = [&](std::string_view id, std::string_view v) {
    out += fmt::format("<attvalue for=\"{}\" value=\"{}\"/>", id, xml_escape(v));
  };

  out += fmt::format("    <nodes count=\"{}\">\n", kg.node_count());
  for (auto [v, end] = boost::vertices(g); v != end; ++v) {
    const NodeProps& n = g[*v];
    out += fmt::format("      <node id=\"n{}\" label=\"{}\">\n        <attvalues>", *v, xml_escape(n.label));
    value("type", n.type);
    value("discovered", n.discovered ? "true" : "false");
    value("mentions", std::to_string(n.mentions));
    value("articles", std::to_string(n.articles));
    out += "</attvalues>\n";
    spells(out, node_dates[*v]);
    const auto [r, gr, b] = rgb(node_color(kg.vocabulary(), n.type));
    out += fmt::format(
        "        <viz:color r=\"{}\" g=\"{}\" b=\"{}\"/><viz:size value=\"{}\"/>"
        "<viz:position x=\"{}\" y=\"{}\"/>\n      </node>\n",
        r, gr, b, number(node_size(n.mentions), 2), number(at[*v].x, 2), number(at[*v].y, 2));
    out.checkpoint();
  }
  out += "    </nodes>\n";

  out += fmt::format("    <edges count=\"{}\">\n", kg.edge_count());
  std::size_t id = 0;
  for (auto [e, end] = boost::edges(g); e != end; ++e, ++id) {
    const EdgeProps& p = g[*e];
    out += fmt::format("      <edge id=\"e{}\" source=\"n{}\" target=\"n{}\" label=\"{}\" kind=\"{}\" weight=\"{}\">\n",
                       id, boost::source(*e, g), boost::target(*e, g), xml_escape(p.relation), xml_escape(p.relation),
                       p.weight);
    out += "        <attvalues>";
    value("relation", p.relation);
    value("status", to_string(p.status()));
    value("articles", std::to_string(p.articles));
    if (!p.first_seen.empty()) value("first_seen", p.first_seen);
    if (!p.last_seen.empty()) value("last_seen", p.last_seen);
    for (int s = 0; s < status_count; ++s) value(to_string(static_cast<Status>(s)), std::to_string(p.status_counts[s]));
    value("confidence", number(p.confidence));
    if (plain_integer(p.details().quantity)) value("quantity", p.details().quantity);
    if (!p.details().value.empty()) value("value", p.details().value);
    if (!p.details().when.empty()) value("when", p.details().when);
    value("evidence", evidence_json(kg, *e));
    out += "</attvalues>\n";
    const auto dates = report_dates(kg, p);
    spells(out, {dates.begin(), dates.end()});
    out += fmt::format("        <viz:thickness value=\"{}\"/><viz:shape value=\"{}\"/>\n      </edge>\n",
                       number(edge_width(p.weight), 2), line_style(p.status()));
    out.checkpoint();
  }
  out += "    </edges>\n  </graph>\n</gexf>\n";
  out.finish();
}

}  // namespace chipgraph::exporters
