// GraphML for Gephi, yEd, NetworkX, igraph and graph-tool.
//
// Keys, each declared for one domain with a type (never for="all"):
//   node: label string, type string, discovered boolean, mentions long, articles long
//   edge: label string (= relation), relation string, weight double (= mentions),
//         articles long, first_seen string, last_seen string (YYYY-MM-DD; left
//         out when no article was dated), status string (the majority status),
//         asserted/planned/attempted/negated long (mentions per status),
//         confidence double, quantity long (units), value string ("<amount> <currency>"),
//         when string (a date the text names; these three only when known), evidence string (a JSON array, see evidence_json.h)
// Node ids are n0.. in canonical order, edge ids e0..; no NaN, no control characters.
#include <fmt/format.h>

#include "export/escape.h"
#include "export/evidence_json.h"
#include "export/exporter.h"

namespace chipgraph::exporters {

std::string graphml(const KnowledgeGraph& kg) {
  const BoostGraph& g = kg.graph();
  std::string out;
  out.reserve(1024 + kg.mention_count() * 300);
  out +=
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
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
  out += "  <graph id=\"chipgraph\" edgedefault=\"directed\">\n";
  auto data = [&](const char* key, std::string_view value) {
    out += fmt::format("      <data key=\"{}\">{}</data>\n", key, xml_escape(value));
  };
  for (auto [v, end] = boost::vertices(g); v != end; ++v) {
    const NodeProps& n = g[*v];
    out += fmt::format("    <node id=\"n{}\">\n", *v);
    data("v_label", n.label);
    data("v_type", n.type);
    data("v_discovered", n.discovered ? "true" : "false");
    data("v_mentions", std::to_string(n.mentions));
    data("v_articles", std::to_string(n.articles));
    out += "    </node>\n";
  }
  std::size_t id = 0;
  for (auto [e, end] = boost::edges(g); e != end; ++e, ++id) {
    const EdgeProps& p = g[*e];
    out += fmt::format("    <edge id=\"e{}\" source=\"n{}\" target=\"n{}\">\n", id, boost::source(*e, g),
                       boost::target(*e, g));
    data("e_label", p.relation);
    data("e_relation", p.relation);
    data("e_weight", std::to_string(p.weight));
    data("e_articles", std::to_string(p.articles));
    if (!p.first_seen.empty()) data("e_first_seen", p.first_seen);
    if (!p.last_seen.empty()) data("e_last_seen", p.last_seen);
    data("e_status", to_string(p.status()));
    data("e_asserted", std::to_string(p.status_counts[0]));
    data("e_planned", std::to_string(p.status_counts[1]));
    data("e_attempted", std::to_string(p.status_counts[2]));
    data("e_negated", std::to_string(p.status_counts[3]));
    data("e_confidence", fmt::format("{:.3f}", p.confidence));
    if (!p.details.quantity.empty()) data("e_quantity", p.details.quantity);
    if (!p.details.value.empty()) data("e_value", p.details.value);
    if (!p.details.when.empty()) data("e_when", p.details.when);
    data("e_evidence", evidence_json(p));
    out += "    </edge>\n";
  }
  out += "  </graph>\n</graphml>\n";
  return out;
}

}  // namespace chipgraph::exporters
