// JSON node-link: graphology's serialization, the cytoscape.js elements and
// the d3 view of one file; every attribute and hostile names survive.
#include <doctest/doctest.h>
#include <rapidjson/document.h>

#include <set>

#include "export/evidence_json.h"
#include "export/exporter.h"
#include "fixture.h"
#include "hostile.h"

using namespace chipgraph;

namespace {

rapidjson::Document parse(const std::string& text) {
  rapidjson::Document d;
  d.Parse(text.c_str());
  REQUIRE_FALSE(d.HasParseError());
  return d;
}

std::string str(const rapidjson::Value& v, const char* key) {
  REQUIRE(v.HasMember(key));
  return std::string(v[key].GetString(), v[key].GetStringLength());
}

bool same(const rapidjson::Value& a, const rapidjson::Value& b) { return a == b; }

// Checks graphology's "nodes"/"edges" against the graph; returns the document.
void check_against(const KnowledgeGraph& kg, const rapidjson::Document& d) {
  const BoostGraph& g = kg.graph();
  REQUIRE(d["nodes"].Size() == kg.node_count());
  REQUIRE(d["edges"].Size() == kg.edge_count());
  for (std::size_t v = 0; v < kg.node_count(); ++v) {
    const auto& node = d["nodes"][static_cast<rapidjson::SizeType>(v)];
    CHECK(str(node, "key") == "n" + std::to_string(v));
    const auto& a = node["attributes"];
    CHECK(str(a, "label") == g[v].label);
    CHECK(str(a, "node_type") == g[v].type);
    CHECK_FALSE(a.HasMember("type"));
    CHECK(a["discovered"].GetBool() == g[v].discovered);
    CHECK(a["mentions"].GetUint64() == g[v].mentions);
    CHECK(a["articles"].GetUint64() == g[v].articles);
    CHECK(a["x"].IsNumber());
    CHECK(a["y"].IsNumber());
    CHECK(a["size"].GetDouble() > 0);
    CHECK(str(a, "color").size() == 7);
  }
  std::size_t i = 0;
  for (auto [e, end] = boost::edges(g); e != end; ++e, ++i) {
    const EdgeProps& p = g[*e];
    const auto& edge = d["edges"][static_cast<rapidjson::SizeType>(i)];
    CHECK(str(edge, "source") == "n" + std::to_string(boost::source(*e, g)));
    CHECK(str(edge, "target") == "n" + std::to_string(boost::target(*e, g)));
    const auto& a = edge["attributes"];
    CHECK(str(a, "relation") == p.relation);
    CHECK(str(a, "label") == p.relation);
    CHECK(a["weight"].GetUint64() == p.weight);
    CHECK(a["articles"].GetUint64() == p.articles);
    CHECK(a.HasMember("first_seen") == !p.first_seen.empty());
    CHECK(str(a, "status") == to_string(p.status()));
    CHECK(a["asserted"].GetUint64() == p.status_counts[0]);
    CHECK(a["negated"].GetUint64() == p.status_counts[3]);
    CHECK(a["confidence"].GetDouble() == doctest::Approx(p.confidence).epsilon(0.001));
    CHECK(a.HasMember("value") == !p.details().value.empty());
    if (a.HasMember("quantity")) CHECK(std::to_string(a["quantity"].GetUint64()) == p.details().quantity);
    REQUIRE(a["evidence"].IsArray());
    CHECK(a["evidence"].Size() == p.evidence.size());
    const rapidjson::Document evidence = parse(exporters::evidence_json(kg, *e));
    CHECK(same(a["evidence"], evidence));
  }
}

}  // namespace

TEST_CASE("JSON is graphology's serialization with options for a multi directed graph") {
  const KnowledgeGraph kg = testing::fixture_graph();
  const rapidjson::Document d = parse(exporters::json(kg));
  CHECK(str(d["options"], "type") == "directed");
  CHECK(d["options"]["multi"].GetBool());
  CHECK_FALSE(d["options"]["allowSelfLoops"].GetBool());
  CHECK(d["attributes"]["nodes"].GetUint64() == kg.node_count());
  CHECK(str(d["attributes"]["node_colors"], "company") == "#4e79a7");
  check_against(kg, d);
  // The fixture's one mention with details.
  bool details = false;
  for (const auto& e : d["edges"].GetArray())
    if (e["attributes"].HasMember("quantity")) {
      CHECK(e["attributes"]["quantity"].GetUint64() == 100000);
      CHECK(str(e["attributes"], "value") == "1200000000 USD");
      CHECK(str(e["attributes"], "when") == "2025-06");
      details = true;
    }
  CHECK(details);
}

TEST_CASE("JSON elements repeat the graph for cytoscape.js / positions with y down") {
  const rapidjson::Document d = parse(exporters::json(testing::fixture_graph()));
  const auto& cy = d["elements"];
  REQUIRE(cy["nodes"].Size() == d["nodes"].Size());
  REQUIRE(cy["edges"].Size() == d["edges"].Size());
  for (rapidjson::SizeType i = 0; i < cy["nodes"].Size(); ++i) {
    const auto& node = cy["nodes"][i];
    const auto& graphology = d["nodes"][i];
    CHECK(str(node["data"], "id") == str(graphology, "key"));
    CHECK(str(node["data"], "label") == str(graphology["attributes"], "label"));
    CHECK(node["position"]["x"].GetDouble() == graphology["attributes"]["x"].GetDouble());
    CHECK(node["position"]["y"].GetDouble() == -graphology["attributes"]["y"].GetDouble());
  }
  for (rapidjson::SizeType i = 0; i < cy["edges"].Size(); ++i) {
    const auto& data = cy["edges"][i]["data"];
    const auto& graphology = d["edges"][i];
    CHECK(str(data, "id") == str(graphology, "key"));
    CHECK(str(data, "source") == str(graphology, "source"));
    CHECK(same(data["evidence"], graphology["attributes"]["evidence"]));
  }
}

TEST_CASE("JSON keeps hostile names / evidence and details") {
  const KnowledgeGraph kg = testing::hostile_graph();
  const std::string text = exporters::json(kg);
  check_against(kg, parse(text));
}

TEST_CASE("JSON of an empty graph is still a graph") {
  const rapidjson::Document d = parse(exporters::json(KnowledgeGraph()));
  CHECK(d["nodes"].Size() == 0);
  CHECK(d["elements"]["edges"].Size() == 0);
}

TEST_CASE("the streamed JSON file holds the same bytes as the text in memory across sink drains") {
  // A graph whose JSON passes the sink's one-megabyte drain point many times
  KnowledgeGraph kg;
  for (int i = 0; i < 3000; ++i) {
    Mention m;
    m.doc = std::to_string(i);
    m.subject = std::to_string(i % 40);
    m.subject_type = "company";
    m.relation = "supplies";
    m.object = std::to_string(100 + i % 70);
    m.object_type = "company";
    m.date = "2025-03-01";
    m.evidence.text.assign(400, 'x');
    m.evidence.text.append(std::to_string(i));
    m.evidence.end = m.evidence.text.size();
    m.evidence.part = "body";
    REQUIRE(kg.add(m).added);
  }
  kg.finalize();
  const std::string text = exporters::json(kg);
  REQUIRE(text.size() > (std::size_t{3} << 20));
  std::string drained;
  std::size_t drains = 0;
  exporters::Sink sink([&](std::string_view part) {
    drained += part;
    ++drains;
  });
  exporters::write_json(kg, {}, sink);
  CHECK(drains >= 3);
  CHECK(drained == text);
  rapidjson::Document d;
  d.Parse(text.c_str());
  REQUIRE_FALSE(d.HasParseError());
  CHECK(d["edges"].GetArray().Size() == kg.edge_count());
  CHECK(d["elements"]["edges"].GetArray().Size() == kg.edge_count());
}
