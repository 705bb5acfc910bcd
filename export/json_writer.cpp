// JSON node-link for the web: one file that graphology (sigma.js, Gephi Lite),
// cytoscape.js and d3 each read as it is.
//
//   {"attributes": {"name", "nodes", "edges", "node_colors": {type: "#rrggbb"}},
//    "options": {"type": "directed", "multi": true, "allowSelfLoops": false},
//    "nodes": [{"key": "n0", "attributes": {...}}, ...],
//    "edges": [{"key": "e0", "source": "n0", "target": "n1", "attributes": {...}}, ...],
//    "elements": {"nodes": [{"data": {"id": "n0", ...}, "position": {"x", "y"}}, ...],
//                 "edges": [{"data": {"id": "e0", "source": "n0", "target": "n1", ...}}, ...]}}
//
// The first four members are graphology's serialization: Graph.from(json) or
// graph.import(json) on a multi directed graph. d3 takes json.nodes and
// json.edges (forceLink(...).id(d => d.key)). "elements" is cytoscape.js's
// element JSON (cytoscape({elements: json.elements})), which Cytoscape desktop
// also opens; it repeats the same data under cytoscape's names.
//
// Node attributes: label, node_type (not "type": sigma.js reads "type" as the
// name of a node renderer and fails on "company"), discovered, mentions,
// articles, and for drawing x, y (the Graphviz layout, points, y up; cytoscape's
// position has y down), size (from mentions), color (the type's colour).
// Edge attributes: label (= relation), relation, weight (= mentions), articles,
// first_seen, last_seen (absent when undated), status, asserted, planned,
// attempted, negated, confidence, quantity (a number), value, when (these three
// only when known), evidence (an array, see evidence_json.h), size (line width).
// One node or edge a line, members in a fixed order: diffs stay readable. The
// file is written as it is rendered (write_json), each edge's evidence read
// from the store twice, once for each scheme, instead of held.
#include <fmt/format.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <cmath>
#include <map>

#include "export/evidence_json.h"
#include "export/exporter.h"
#include "export/style.h"

namespace chipgraph::exporters {
namespace {

using Writer = rapidjson::Writer<rapidjson::StringBuffer>;

void key(Writer& w, std::string_view k) { w.Key(k.data(), static_cast<rapidjson::SizeType>(k.size())); }
void str(Writer& w, std::string_view k, std::string_view v) {
  key(w, k);
  w.String(v.data(), static_cast<rapidjson::SizeType>(v.size()));
}
void num(Writer& w, std::string_view k, double v) {
  key(w, k);
  w.Double(std::isfinite(v) ? std::round(v * 100.0) / 100.0 : 0.0);
}
void count(Writer& w, std::string_view k, std::uint64_t v) {
  key(w, k);
  w.Uint64(v);
}

// One finished JSON value as a string.
template <typename Fill>
std::string object(Fill fill) {
  rapidjson::StringBuffer buffer;
  Writer w(buffer);
  w.SetMaxDecimalPlaces(3);
  fill(w);
  return std::string(buffer.GetString(), buffer.GetSize());
}

void node_fields(Writer& w, const Vocabulary& vocabulary, const NodeProps& n) {
  str(w, "label", n.label);
  str(w, "node_type", n.type);
  key(w, "discovered");
  w.Bool(n.discovered);
  count(w, "mentions", n.mentions);
  count(w, "articles", n.articles);
  num(w, "size", node_size(n.mentions));
  str(w, "color", node_color(vocabulary, n.type));
}

void edge_fields(Writer& w, const KnowledgeGraph& kg, EdgeDesc e) {
  const EdgeProps& p = kg.graph()[e];
  str(w, "label", p.relation);
  str(w, "relation", p.relation);
  count(w, "weight", p.weight);
  count(w, "articles", p.articles);
  if (!p.first_seen.empty()) str(w, "first_seen", p.first_seen);
  if (!p.last_seen.empty()) str(w, "last_seen", p.last_seen);
  str(w, "status", to_string(p.status()));
  for (int s = 0; s < status_count; ++s) count(w, to_string(static_cast<Status>(s)), p.status_counts[s]);
  key(w, "confidence");
  w.Double(std::round(p.confidence * 1000.0) / 1000.0);
  if (plain_integer(p.details().quantity)) count(w, "quantity", std::stoull(p.details().quantity));
  if (!p.details().value.empty()) str(w, "value", p.details().value);
  if (!p.details().when.empty()) str(w, "when", p.details().when);
  const std::string evidence = evidence_json(kg, e);
  key(w, "evidence");
  w.RawValue(evidence.data(), evidence.size(), rapidjson::kArrayType);
  num(w, "size", edge_width(p.weight));
}

// The members of one JSON array, one a line, each rendered when its turn
// comes and handed to the sink: a big graph's file is never held whole.
template <typename Item>
void array(Sink& out, std::size_t count, std::string_view indent, Item item) {
  out += "[";
  for (std::size_t i = 0; i < count; ++i) {
    out += i ? ",\n" : "\n";
    out += indent;
    out += item(i);
    out.checkpoint();
  }
  if (count > 0) {
    out += '\n';
    out += indent.substr(2);
  }
  out += ']';
}

}  // namespace

std::string json(const KnowledgeGraph& kg, const ExportOptions& options) {
  Sink sink;
  write_json(kg, options, sink);
  return std::move(sink.text());
}

void write_json(const KnowledgeGraph& kg, const ExportOptions& options, Sink& out) {
  const BoostGraph& g = kg.graph();
  const Vocabulary& vocabulary = kg.vocabulary();
  const std::vector<Position> at = positions(kg, options);
  std::map<std::string, std::string> colors;
  for (auto vs = boost::vertices(g); vs.first != vs.second; ++vs.first)
    colors.emplace(g[*vs.first].type, node_color(vocabulary, g[*vs.first].type));
  std::vector<EdgeDesc> edges;
  edges.reserve(kg.edge_count());
  for (auto es = boost::edges(g); es.first != es.second; ++es.first) edges.push_back(*es.first);
  const std::size_t node_count = boost::num_vertices(g);
  // graphology's node and edge, and cytoscape's: the same data under two schemes
  auto node = [&](std::size_t v) {
    const NodeProps& n = g[v];
    return object([&](Writer& w) {
      w.StartObject();
      str(w, "key", fmt::format("n{}", v));
      key(w, "attributes");
      w.StartObject();
      node_fields(w, vocabulary, n);
      num(w, "x", at[v].x);
      num(w, "y", at[v].y);
      w.EndObject();
      w.EndObject();
    });
  };
  auto cy_node = [&](std::size_t v) {
    const NodeProps& n = g[v];
    return object([&](Writer& w) {
      w.StartObject();
      key(w, "data");
      w.StartObject();
      str(w, "id", fmt::format("n{}", v));
      node_fields(w, vocabulary, n);
      w.EndObject();
      key(w, "position");
      w.StartObject();
      num(w, "x", at[v].x);
      num(w, "y", -at[v].y);
      w.EndObject();
      w.EndObject();
    });
  };
  auto edge = [&](std::size_t index) {
    const EdgeDesc e = edges[index];
    return object([&](Writer& w) {
      w.StartObject();
      str(w, "key", fmt::format("e{}", index));
      str(w, "source", fmt::format("n{}", boost::source(e, g)));
      str(w, "target", fmt::format("n{}", boost::target(e, g)));
      key(w, "attributes");
      w.StartObject();
      edge_fields(w, kg, e);
      w.EndObject();
      w.EndObject();
    });
  };
  auto cy_edge = [&](std::size_t index) {
    const EdgeDesc e = edges[index];
    return object([&](Writer& w) {
      w.StartObject();
      key(w, "data");
      w.StartObject();
      str(w, "id", fmt::format("e{}", index));
      str(w, "source", fmt::format("n{}", boost::source(e, g)));
      str(w, "target", fmt::format("n{}", boost::target(e, g)));
      edge_fields(w, kg, e);
      w.EndObject();
      w.EndObject();
    });
  };
  const std::string attributes = object([&](Writer& w) {
    w.StartObject();
    str(w, "name", "chipgraph");
    count(w, "nodes", kg.node_count());
    count(w, "edges", kg.edge_count());
    key(w, "node_colors");
    w.StartObject();
    for (const auto& [type, color] : colors) str(w, type, color);
    w.EndObject();
    w.EndObject();
  });
  out += "{\n  \"attributes\": ";
  out += attributes;
  out += ",\n";
  out += "  \"options\": {\"type\":\"directed\",\"multi\":true,\"allowSelfLoops\":false},\n";
  out += "  \"nodes\": ";
  array(out, node_count, "    ", node);
  out += ",\n  \"edges\": ";
  array(out, edges.size(), "    ", edge);
  out += ",\n  \"elements\": {\n    \"nodes\": ";
  array(out, node_count, "      ", cy_node);
  out += ",\n    \"edges\": ";
  array(out, edges.size(), "      ", cy_edge);
  out += "\n  }\n}\n";
  out.finish();
}

}  // namespace chipgraph::exporters
