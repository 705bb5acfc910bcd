// CSV for Gephi's spreadsheet import and neo4j-admin import, from the same two files.
//
// The two tools want different headers: Gephi recognises a column only when its
// whole name is Id, Label (nodes) or Source, Target, Type, Kind, Id, Label,
// Weight (edges), compared ignoring case; neo4j-admin needs :ID, :LABEL,
// :START_ID, :END_ID, :TYPE and reads "name:long" etc. as typed properties.
// So each file has both: Gephi's columns first, the data, then neo4j's.
//
// nodes: Id, Label, type, discovered:boolean, mentions:long, articles:long, :ID, :LABEL
// edges: Source, Target, Type (Directed, or Undirected for symmetric relations),
//        Kind (= relation: keeps parallel edges of different relations apart in
//        Gephi), Id, Label (= relation), Weight (= mentions), mentions:long,
//        relation, articles:long, first_seen, last_seen, status, asserted:long,
//        planned:long, attempted:long, negated:long, confidence:double,
//        quantity:long, value, when, evidence (a JSON array, see evidence_json.h),
//        :START_ID, :END_ID, :TYPE
// :LABEL is the node type in neo4j's style (company -> Company), :TYPE the
// relation in neo4j's style (trains-on -> TRAINS_ON); the exact names stay in
// type / relation. Gephi shows neo4j's columns as ordinary attributes, and
// neo4j stores Gephi's as string properties.
// RFC 4180: comma separated, CRLF line ends, fields quoted when needed with
// quotes doubled; UTF-8 without a byte order mark; an absent value is an empty
// unquoted field (neo4j then sets no property).
#include <fmt/format.h>

#include "export/escape.h"
#include "export/evidence_json.h"
#include "export/exporter.h"
#include "export/style.h"

namespace chipgraph::exporters {
namespace {

void row(Sink& out, std::initializer_list<std::string_view> fields) {
  bool first = true;
  for (auto f : fields) {
    if (!first) out += ',';
    out += csv_field(f);
    first = false;
  }
  out += "\r\n";
  out.checkpoint();
}

// "trains-on" -> "TRAINS_ON"; "company" -> "Company"; "research-lab" -> "ResearchLab".
std::string neo4j_type(std::string_view relation) {
  std::string out;
  for (char c : relation) out += c == '-' || c == ' ' ? '_' : static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out;
}
std::string neo4j_label(std::string_view type) {
  std::string out;
  bool upper = true;
  for (char c : type) {
    if (c == '-' || c == '_' || c == ' ') {
      upper = true;
      continue;
    }
    out += upper ? static_cast<char>(std::toupper(static_cast<unsigned char>(c))) : c;
    upper = false;
  }
  return out;
}

}  // namespace

void write_csv_nodes(const KnowledgeGraph& kg, Sink& out) {
  const BoostGraph& g = kg.graph();
  out += "Id,Label,type,discovered:boolean,mentions:long,articles:long,:ID,:LABEL\r\n";
  for (auto [v, end] = boost::vertices(g); v != end; ++v) {
    const NodeProps& n = g[*v];
    const std::string id = fmt::format("n{}", *v);
    row(out, {id, n.label, n.type, n.discovered ? "true" : "false", std::to_string(n.mentions),
              std::to_string(n.articles), id, neo4j_label(n.type)});
  }
  out.finish();
}

std::string csv_nodes(const KnowledgeGraph& kg) {
  Sink sink;
  write_csv_nodes(kg, sink);
  return std::move(sink.text());
}

void write_csv_edges(const KnowledgeGraph& kg, Sink& out) {
  const BoostGraph& g = kg.graph();
  out +=
      "Source,Target,Type,Kind,Id,Label,Weight,mentions:long,relation,articles:long,first_seen,last_seen,status,"
      "asserted:long,planned:long,attempted:long,negated:long,confidence:double,quantity:long,value,when,evidence,"
      ":START_ID,:END_ID,:TYPE\r\n";
  std::size_t index = 0;
  for (auto [e, end] = boost::edges(g); e != end; ++e, ++index) {
    const EdgeProps& p = g[*e];
    const std::string source = fmt::format("n{}", boost::source(*e, g));
    const std::string target = fmt::format("n{}", boost::target(*e, g));
    const Relation* r = kg.vocabulary().relation(p.relation);
    const std::string weight = std::to_string(p.weight);
    const std::string_view quantity = plain_integer(p.details().quantity) ? p.details().quantity : std::string_view();
    row(out, {source, target, r && r->symmetric ? "Undirected" : "Directed", p.relation, fmt::format("e{}", index),
              p.relation, weight, weight, p.relation, std::to_string(p.articles), p.first_seen, p.last_seen,
              to_string(p.status()), std::to_string(p.status_counts[0]), std::to_string(p.status_counts[1]),
              std::to_string(p.status_counts[2]), std::to_string(p.status_counts[3]), number(p.confidence), quantity,
              p.details().value, p.details().when, evidence_json(kg, *e), source, target, neo4j_type(p.relation)});
  }
  out.finish();
}

std::string csv_edges(const KnowledgeGraph& kg) {
  Sink sink;
  write_csv_edges(kg, sink);
  return std::move(sink.text());
}

}  // namespace chipgraph::exporters
