// The format table and the merged JSONL edge list.
#include <doctest/doctest.h>
#include <rapidjson/document.h>

#include <sstream>

#include "export/exporter.h"
#include "hostile.h"

using namespace chipgraph;

TEST_CASE("formats are chosen by extension / case-insensitively") {
  CHECK(exporters::format_for("out/graph.graphml")->extension == ".graphml");
  CHECK(exporters::format_for("G.DOT")->extension == ".dot");
  CHECK(exporters::format_for("x.svg") != nullptr);
  CHECK(exporters::format_for("x.png") != nullptr);
  CHECK(exporters::format_for("x.jsonl") != nullptr);
  CHECK(exporters::format_for("x.GEXF")->extension == ".gexf");
  CHECK(exporters::format_for("x.json")->extension == ".json");
  CHECK(exporters::format_for("out/graph.csv")->extension == ".csv");
  CHECK(exporters::format_for("out/tables/")->extension == ".csv");
  CHECK(exporters::format_for("x.xlsx") == nullptr);
  CHECK(exporters::format_for("x") == nullptr);
}

TEST_CASE("the merged JSONL has one valid record per edge with all its evidence") {
  const KnowledgeGraph kg = testing::hostile_graph();
  std::istringstream in(exporters::edges_jsonl(kg));
  std::string line;
  std::size_t lines = 0, evidence = 0;
  while (std::getline(in, line)) {
    rapidjson::Document d;
    d.Parse(line.c_str());
    REQUIRE_FALSE(d.HasParseError());
    CHECK(d["relation"].GetString() == std::string("supplies"));
    evidence += d["evidence"].GetArray().Size();
    ++lines;
  }
  CHECK(lines == kg.edge_count());
  CHECK(evidence == kg.mention_count());
}
