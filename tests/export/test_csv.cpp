// CSV: an RFC 4180 reader written here reads both files back; headers serve
// Gephi and neo4j-admin; hostile names, quotes and commas round-trip; file naming.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "export/escape.h"
#include "export/evidence_json.h"
#include "export/exporter.h"
#include "fixture.h"
#include "hostile.h"

using namespace chipgraph;

namespace {

using Row = std::vector<std::string>;

// RFC 4180: CRLF records, quoted fields with "" for a quote, line breaks allowed inside quotes.
std::vector<Row> read_csv(const std::string& text) {
  std::vector<Row> rows;
  Row row;
  std::string field;
  bool quoted = false, after_quote = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        field += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
        after_quote = true;
      } else {
        field += c;
      }
    } else if (c == '"') {
      REQUIRE_MESSAGE(field.empty(), "a quote inside an unquoted field");
      quoted = true;
    } else if (c == ',') {
      row.push_back(field);
      field.clear();
      after_quote = false;
    } else if (c == '\r') {
      REQUIRE_MESSAGE((i + 1 < text.size() && text[i + 1] == '\n'), "CR without LF");
      row.push_back(field);
      rows.push_back(row);
      row.clear();
      field.clear();
      after_quote = false;
      ++i;
    } else {
      REQUIRE_MESSAGE(!after_quote, "text after a closing quote");
      REQUIRE_MESSAGE(c != '\n', "LF without CR outside quotes");
      field += c;
    }
  }
  REQUIRE_FALSE(quoted);
  REQUIRE(row.empty());
  REQUIRE(field.empty());
  return rows;
}

std::map<std::string, std::string> as_map(const Row& header, const Row& row) {
  REQUIRE(header.size() == row.size());
  std::map<std::string, std::string> out;
  for (std::size_t i = 0; i < header.size(); ++i) out[header[i]] = row[i];
  return out;
}

void check_round_trip(const KnowledgeGraph& kg) {
  const BoostGraph& g = kg.graph();
  const auto nodes = read_csv(exporters::csv_nodes(kg));
  const auto edges = read_csv(exporters::csv_edges(kg));
  REQUIRE(nodes.size() == kg.node_count() + 1);
  REQUIRE(edges.size() == kg.edge_count() + 1);
  for (std::size_t v = 0; v < kg.node_count(); ++v) {
    auto f = as_map(nodes[0], nodes[v + 1]);
    CHECK(f["Id"] == "n" + std::to_string(v));
    CHECK(f[":ID"] == f["Id"]);
    CHECK(f["Label"] == g[v].label);
    CHECK(f["type"] == g[v].type);
    CHECK(f["discovered:boolean"] == (g[v].discovered ? "true" : "false"));
    CHECK(f["mentions:long"] == std::to_string(g[v].mentions));
    CHECK(f["articles:long"] == std::to_string(g[v].articles));
  }
  std::size_t i = 1;
  for (auto [e, end] = boost::edges(g); e != end; ++e, ++i) {
    const EdgeProps& p = g[*e];
    auto f = as_map(edges[0], edges[i]);
    CHECK(f["Source"] == "n" + std::to_string(boost::source(*e, g)));
    CHECK(f["Target"] == "n" + std::to_string(boost::target(*e, g)));
    CHECK(f[":START_ID"] == f["Source"]);
    CHECK(f[":END_ID"] == f["Target"]);
    CHECK(f["Kind"] == p.relation);
    CHECK(f["Label"] == p.relation);
    CHECK(f["relation"] == p.relation);
    CHECK(f["Weight"] == std::to_string(p.weight));
    CHECK(f["mentions:long"] == std::to_string(p.weight));
    CHECK(f["first_seen"] == p.first_seen);
    CHECK(f["last_seen"] == p.last_seen);
    CHECK(f["status"] == to_string(p.status()));
    CHECK(f["planned:long"] == std::to_string(p.status_counts[1]));
    CHECK(std::stod(f["confidence:double"]) == doctest::Approx(p.confidence).epsilon(0.001));
    CHECK(f["value"] == p.details().value);
    CHECK(f["when"] == p.details().when);
    CHECK(f["evidence"] == exporters::evidence_json(kg, *e));
  }
}

}  // namespace

TEST_CASE("CSV headers name Gephi's columns and neo4j-admin's typed ones") {
  const KnowledgeGraph kg = testing::fixture_graph();
  const auto nodes = read_csv(exporters::csv_nodes(kg));
  const auto edges = read_csv(exporters::csv_edges(kg));
  CHECK(nodes[0] == Row{"Id", "Label", "type", "discovered:boolean", "mentions:long", "articles:long", ":ID", ":LABEL"});
  CHECK(edges[0][0] == "Source");
  CHECK(edges[0][1] == "Target");
  CHECK(edges[0][2] == "Type");
  CHECK(edges[0][3] == "Kind");
  CHECK(edges[0][6] == "Weight");
  CHECK(Row(edges[0].end() - 3, edges[0].end()) == Row{":START_ID", ":END_ID", ":TYPE"});
  for (std::size_t i = 1; i < edges.size(); ++i) {
    auto f = as_map(edges[0], edges[i]);
    CHECK(f[":TYPE"].find('-') == std::string::npos);
    if (f["relation"] == "trains-on") CHECK(f[":TYPE"] == "TRAINS_ON");
    if (f["relation"] == "competes-with") CHECK(f["Type"] == "Undirected");
    if (f["relation"] == "supplies") {
      CHECK(f["Type"] == "Directed");
      CHECK(f["quantity:long"] == "100000");
    }
  }
  for (std::size_t i = 1; i < nodes.size(); ++i)
    if (nodes[i][2] == "company") CHECK(nodes[i][7] == "Company");
}

TEST_CASE("CSV round-trips every field of the fixture and of hostile names") {
  check_round_trip(testing::fixture_graph());
  check_round_trip(testing::hostile_graph());
}

TEST_CASE("CSV quoting follows RFC 4180") {
  CHECK(exporters::csv_field("plain") == "plain");
  CHECK(exporters::csv_field("") == "");
  CHECK(exporters::csv_field("a,b") == "\"a,b\"");
  CHECK(exporters::csv_field("say \"hi\"") == "\"say \"\"hi\"\"\"");
  CHECK(exporters::csv_field("trailing\\") == "trailing\\");
  CHECK(exporters::csv_field(" padded ") == "\" padded \"");
  CHECK(exporters::csv_field("two\nlines") == "\"two\nlines\"");
  CHECK(exporters::csv_field("bell\x07") == "bell");
}

TEST_CASE("CSV names: X.csv gives X.nodes.csv and X.edges.csv / DIR/ gives DIR/nodes.csv and DIR/edges.csv") {
  CHECK(exporters::csv_paths("out/graph.csv").nodes == "out/graph.nodes.csv");
  CHECK(exporters::csv_paths("out/graph.csv").edges == "out/graph.edges.csv");
  CHECK(exporters::csv_paths("out/tables/").nodes == "out/tables/nodes.csv");
  CHECK(exporters::csv_paths("out/tables/").edges == "out/tables/edges.csv");
  namespace fs = std::filesystem;
  const fs::path dir = fs::temp_directory_path() / "chipgraph-csv-test";
  fs::remove_all(dir);
  fs::create_directories(dir / "existing");
  CHECK(exporters::format_for((dir / "existing").string())->extension == ".csv");
  CHECK(exporters::csv_paths((dir / "existing").string()).nodes == (dir / "existing" / "nodes.csv").string());
  // Writing creates the last folder of DIR/ and both files, with no temporaries left.
  const std::string target = (dir / "new").string() + "/";
  exporters::format_for(target)->write(testing::fixture_graph(), target, {});
  CHECK(fs::exists(dir / "new" / "nodes.csv"));
  CHECK(fs::exists(dir / "new" / "edges.csv"));
  std::size_t files = 0;
  for ([[maybe_unused]] const auto& entry : fs::directory_iterator(dir / "new")) ++files;
  CHECK(files == 2);
  fs::remove_all(dir);
}
