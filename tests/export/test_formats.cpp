// The format table and the merged JSONL edge list.
#include <doctest/doctest.h>
#include <rapidjson/document.h>

#include <set>
#include <sstream>

#include "export/escape.h"
#include "export/evidence_json.h"
#include "export/exporter.h"
#include "fixture.h"
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

TEST_CASE("every text format is the same bytes whether evidence is kept in memory or in a file") {
  for (auto make : {+[](std::size_t m) { return testing::hostile_graph(m); },
                    +[](std::size_t m) { return testing::fixture_graph(m); }}) {
    const KnowledgeGraph kept = make(EvidenceStore::default_memory);
    const KnowledgeGraph spilled = make(0);
    REQUIRE(spilled.evidence_store().on_disk());
    CHECK(exporters::graphml(kept) == exporters::graphml(spilled));
    CHECK(exporters::edges_jsonl(kept) == exporters::edges_jsonl(spilled));
    CHECK(exporters::json(kept) == exporters::json(spilled));
    CHECK(exporters::gexf(kept) == exporters::gexf(spilled));
    CHECK(exporters::csv_edges(kept) == exporters::csv_edges(spilled));
    CHECK(exporters::dot(kept) == exporters::dot(spilled));
  }
}

TEST_CASE("evidence objects written from the store equal RapidJSON's and its XML escape") {
  // Straight into the store: the graph would clean these bytes out of names and
  // sentences, but the writer must not depend on that.
  EvidenceStore store;
  std::vector<std::string> texts = {"plain", "quote \" backslash \\ trailing\\", "tab\t nl\n cr\r bs\b ff\f",
                                    std::string("nul \0 bell \x07 esc \x1B", 18), "del \x7F xml & < > ' ]]>",
                                    "C1 \xC2\x85 \xC2\x9F kept \xC2\xA0 \xC2", "U+FFFE \xEF\xBF\xBE U+FFFF \xEF\xBF\xBF kept \xEF\xBF\xBD \xEF",
                                    "\xE5\x8D\x8E\xE4\xB8\xBA", ""};
  std::vector<EvidenceRef> refs;
  for (std::size_t i = 0; i < texts.size(); ++i) {
    EvidenceRecord r;
    r.doc = texts[(i + 1) % texts.size()];
    r.date = i % 2 ? "2025-01-0" + std::to_string(i) : "";
    r.status = static_cast<Status>(i % status_count);
    r.confidence = std::vector<double>{1.0, 0.0, 0.8, 0.12345, 0.5, 1e-9, 0.999, 0.7004, 0.1}[i];
    r.evidence = Evidence{texts[i], i, 1'000'000'000'000ULL * i, i % 2 ? "title" : "body"};
    if (i % 3 == 0) r.details = Details{texts[i], i % 2 ? "" : "5 USD", texts[(i + 2) % texts.size()]};
    refs.push_back(store.put(r));
  }
  std::string scratch;
  for (const auto& ref : refs) {
    const std::string expected = exporters::evidence_record_json(store.get(ref));
    std::string json, xml;
    exporters::append_record_json(json, store, ref, scratch);
    exporters::append_record_json_xml(xml, store, ref, scratch);
    CHECK(json == expected);
    CHECK(xml == exporters::xml_text_escape(expected));
  }
}

TEST_CASE("an edge with more mentions than one rendering slice is written whole and in order") {
  KnowledgeGraph g(Vocabulary::builtin(), 4096);
  for (int i = 0; i < 2500; ++i) {
    Mention m;
    m.doc = "doc-" + std::to_string(i);
    m.subject = i % 2 ? "ByteDance" : "Tencent";
    m.subject_type = "company";
    m.relation = "buys";
    m.object = "Nvidia H20";
    m.object_type = "chip";
    m.date = "2025-0" + std::to_string(1 + i % 9) + "-01";
    m.evidence = Evidence{"sentence " + std::to_string(i) + " & more", 0, 20, "body"};
    REQUIRE(g.add(m).added);
  }
  g.finalize();
  const std::string text = exporters::graphml(g);
  const std::string lines = exporters::edges_jsonl(g);
  std::size_t at = 0;
  for (auto [e, end] = boost::edges(g.graph()); e != end; ++e) {
    const std::string evidence = exporters::evidence_json(g, *e);
    CHECK(g.graph()[*e].weight == 1250);
    // the GraphML attribute holds the whole array, escaped
    const std::string data = "<data key=\"e_evidence\">" + exporters::xml_text_escape(evidence) + "</data>";
    at = text.find(data, at);
    CHECK(at != std::string::npos);
    CHECK(lines.find(",\"evidence\":" + evidence + "}\n") != std::string::npos);
    rapidjson::Document d;
    d.Parse(evidence.c_str());
    REQUIRE(d.IsArray());
    CHECK(d.Size() == 1250);
  }
}

TEST_CASE("a graph too big for a force layout gets a deterministic spiral with the busiest node at the centre") {
  KnowledgeGraph kg;
  // 2,001 nodes: one hub linked to all the others, then finalized
  for (std::size_t i = 0; i < exporters::layout_nodes; ++i) {
    Mention m;
    m.doc = "d";
    m.subject = "Hub";
    m.subject_type = "company";
    m.relation = "supplies";
    m.object = "Customer " + std::to_string(10000 + i);
    m.object_type = "company";
    m.evidence.text = "Hub supplies a customer.";
    REQUIRE(kg.add(m).added);
  }
  kg.finalize();
  REQUIRE(kg.node_count() > exporters::layout_nodes);
  const auto first = exporters::positions(kg);
  const auto again = exporters::positions(kg);
  REQUIRE(first.size() == kg.node_count());
  const Vertex hub = *kg.find("Hub");
  CHECK(first[hub].x == 0.0);
  CHECK(first[hub].y == 0.0);
  for (std::size_t v = 0; v < first.size(); ++v) {
    CHECK(first[v].x == again[v].x);
    CHECK(first[v].y == again[v].y);
  }
  // every other node off the centre, and no two in the same place
  std::set<std::pair<double, double>> seen;
  for (const auto& p : first) seen.insert({p.x, p.y});
  CHECK(seen.size() == first.size());
}
