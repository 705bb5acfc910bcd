// Filters on the fixed graph of tests/data/fixture (answers computed by hand
// from its eleven mentions): each filter alone, filters composed, bad values.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "graph/error.h"
#include "fixture.h"
#include "graph/filter.h"

using namespace chipgraph;

namespace {

KnowledgeGraph fixture() { return testing::fixture_graph(); }

// "Subject -relation-> Object xN" per edge, in the graph's (canonical) order.
std::vector<std::string> edges_of(const KnowledgeGraph& kg) {
  const BoostGraph& g = kg.graph();
  std::vector<std::string> out;
  for (auto [e, end] = boost::edges(g); e != end; ++e)
    out.push_back(g[boost::source(*e, g)].label + " -" + std::string(g[*e].relation) + "-> " + g[boost::target(*e, g)].label +
                  " x" + std::to_string(g[*e].weight));
  return out;
}

std::vector<std::string> nodes_of(const KnowledgeGraph& kg) {
  std::vector<std::string> out;
  for (auto [v, end] = boost::vertices(kg.graph()); v != end; ++v) out.push_back(kg.graph()[*v].label);
  return out;
}

const EdgeProps& edge(const KnowledgeGraph& kg, std::string_view s, std::string_view r, std::string_view t) {
  const BoostGraph& g = kg.graph();
  for (auto [e, end] = boost::edges(g); e != end; ++e)
    if (g[boost::source(*e, g)].label == s && g[*e].relation == r && g[boost::target(*e, g)].label == t) return g[*e];
  FAIL("no edge " << s << " -" << r << "-> " << t);
  throw 0;
}

using Strings = std::vector<std::string>;

}  // namespace

TEST_CASE("the fixture graph is what the filter answers assume") {
  const KnowledgeGraph g = fixture();
  CHECK(nodes_of(g) == Strings{"Alibaba", "Ascend 910C", "Chinese government", "H20", "Huawei", "Nvidia", "Zeta Startup"});
  CHECK(edges_of(g) == Strings{"Alibaba -trains-on-> H20 x2", "Chinese government -pressures-> Alibaba x1",
                               "Huawei -competes-with-> Nvidia x1", "Huawei -develops-> Ascend 910C x2",
                               "Nvidia -develops-> H20 x1", "Nvidia -supplies-> Alibaba x3",
                               "Zeta Startup -uses-> Ascend 910C x1"});
  CHECK_FALSE(FilterOptions{}.active());
}

TEST_CASE("no filter keeps the graph as it is") {
  const KnowledgeGraph g = fixture();
  const KnowledgeGraph f = filter_graph(g, FilterOptions{});
  CHECK(edges_of(f) == edges_of(g));
  CHECK(nodes_of(f) == nodes_of(g));
}

TEST_CASE("--since/--until keep evidence in the range / drop undated evidence and recompute each edge") {
  FilterOptions o;
  o.since = "2025-03";
  o.until = "2025-06";
  const KnowledgeGraph f = filter_graph(fixture(), o);
  CHECK(edges_of(f) == Strings{"Alibaba -trains-on-> H20 x1", "Chinese government -pressures-> Alibaba x1",
                               "Huawei -develops-> Ascend 910C x1", "Nvidia -supplies-> Alibaba x2"});
  const EdgeProps& supplies = edge(f, "Nvidia", "supplies", "Alibaba");
  CHECK(supplies.first_seen == "2025-03-05");
  CHECK(supplies.last_seen == "2025-05-01");
  CHECK(supplies.status_counts[0] == 1);
  CHECK(supplies.status_counts[3] == 1);
  CHECK(supplies.status() == Status::asserted);  // a tie goes to the earlier status
  CHECK(supplies.confidence == doctest::Approx(0.9));
  CHECK(supplies.details().quantity == "100000");
  // Node counts are recomputed from what is kept: Alibaba is in a2, a3 (supplies), a2 (trains-on), a5 (pressures).
  const auto alibaba = *f.find("alibaba");
  CHECK(f.graph()[alibaba].mentions == 4);
  CHECK(f.graph()[alibaba].articles == 3);
}

TEST_CASE("--since and --until take full dates / and one bound alone") {
  FilterOptions o;
  o.until = "2025-01-10";
  CHECK(edges_of(filter_graph(fixture(), o)) == Strings{"Nvidia -develops-> H20 x1", "Nvidia -supplies-> Alibaba x1"});
  o = {};
  o.since = "2025-07-02";
  CHECK(edges_of(filter_graph(fixture(), o)) == Strings{"Huawei -competes-with-> Nvidia x1"});
}

TEST_CASE("--status keeps the mentions with those statuses") {
  FilterOptions o;
  o.statuses = {"asserted"};
  const KnowledgeGraph f = filter_graph(fixture(), o);
  CHECK(f.edge_count() == 7);
  CHECK(edge(f, "Nvidia", "supplies", "Alibaba").weight == 2);
  CHECK(edge(f, "Nvidia", "supplies", "Alibaba").status_counts[3] == 0);
  CHECK(edge(f, "Huawei", "develops", "Ascend 910C").weight == 1);
  o.statuses = {"planned", "negated"};
  CHECK(edges_of(filter_graph(fixture(), o)) == Strings{"Alibaba -trains-on-> H20 x1", "Nvidia -supplies-> Alibaba x1"});
}

TEST_CASE("--min-confidence keeps mentions at or above it") {
  FilterOptions o;
  o.min_confidence = 0.85;
  const KnowledgeGraph f = filter_graph(fixture(), o);
  CHECK(edges_of(f) == Strings{"Alibaba -trains-on-> H20 x1", "Chinese government -pressures-> Alibaba x1",
                               "Huawei -competes-with-> Nvidia x1", "Nvidia -develops-> H20 x1",
                               "Nvidia -supplies-> Alibaba x2"});
  CHECK(nodes_of(f) == Strings{"Alibaba", "Chinese government", "H20", "Huawei", "Nvidia"});
}

TEST_CASE("--relations and --min-weight select edges") {
  FilterOptions o;
  o.relations = {"develops", "uses"};
  CHECK(nodes_of(filter_graph(fixture(), o)) == Strings{"Ascend 910C", "H20", "Huawei", "Nvidia", "Zeta Startup"});
  o = {};
  o.min_weight = 2;
  CHECK(edges_of(filter_graph(fixture(), o)) == Strings{"Alibaba -trains-on-> H20 x2", "Huawei -develops-> Ascend 910C x2",
                                                        "Nvidia -supplies-> Alibaba x3"});
}

TEST_CASE("--types and --drop-discovered remove nodes with their edges") {
  FilterOptions o;
  o.types = {"company"};
  CHECK(edges_of(filter_graph(fixture(), o)) == Strings{"Huawei -competes-with-> Nvidia x1", "Nvidia -supplies-> Alibaba x3"});
  o = {};
  o.drop_discovered = true;
  const KnowledgeGraph f = filter_graph(fixture(), o);
  CHECK(f.edge_count() == 6);
  CHECK_FALSE(f.find("Zeta Startup"));
}

TEST_CASE("--focus gives the ego network at --depth / edges followed either way / names resolved like the graph") {
  FilterOptions o;
  o.focus = {"ALIBABA"};
  const KnowledgeGraph f1 = filter_graph(fixture(), o);
  CHECK(nodes_of(f1) == Strings{"Alibaba", "Chinese government", "H20", "Nvidia"});
  CHECK(edges_of(f1) == Strings{"Alibaba -trains-on-> H20 x2", "Chinese government -pressures-> Alibaba x1",
                                "Nvidia -develops-> H20 x1", "Nvidia -supplies-> Alibaba x3"});
  o.depth = 2;
  const KnowledgeGraph f2 = filter_graph(fixture(), o);
  CHECK(nodes_of(f2) == Strings{"Alibaba", "Chinese government", "H20", "Huawei", "Nvidia"});
  CHECK(f2.edge_count() == 5);
  o.focus = {"Zeta Startup", "Chinese government"};
  o.depth = 1;
  CHECK(nodes_of(filter_graph(fixture(), o)) == Strings{"Alibaba", "Ascend 910C", "Chinese government", "Zeta Startup"});
}

TEST_CASE("--top keeps the most-mentioned nodes and the edges among them / ties in canonical order") {
  FilterOptions o;
  o.top = 2;
  CHECK(edges_of(filter_graph(fixture(), o)) == Strings{"Nvidia -supplies-> Alibaba x3"});
  // Alibaba 6, Nvidia 5, then Ascend 910C, H20 and Huawei 3 each: Ascend 910C
  // comes first but has no edge to the other two, so it is not output.
  o.top = 3;
  const KnowledgeGraph f = filter_graph(fixture(), o);
  CHECK(nodes_of(f) == Strings{"Alibaba", "Nvidia"});
  o.top = 4;  // H20 joins, and still no edge reaches Ascend 910C
  CHECK(nodes_of(filter_graph(fixture(), o)) == Strings{"Alibaba", "H20", "Nvidia"});
}

TEST_CASE("filters compose in order: evidence / edges / nodes / focus / top") {
  FilterOptions o;
  o.since = "2025-03";
  o.statuses = {"asserted"};
  o.types = {"company", "chip"};
  o.top = 3;
  // After the evidence and type filters every node but H20 and Zeta Startup has
  // two mentions; the top three in canonical order are Alibaba, Ascend 910C and
  // Huawei, and only Huawei -develops-> Ascend 910C joins two of them.
  const KnowledgeGraph f = filter_graph(fixture(), o);
  CHECK(edges_of(f) == Strings{"Huawei -develops-> Ascend 910C x1"});
  CHECK(edge(f, "Huawei", "develops", "Ascend 910C").first_seen == "2025-06-01");
  CHECK(edge(f, "Huawei", "develops", "Ascend 910C").status_counts[2] == 0);

  FilterOptions focus;
  focus.focus = {"nvidia"};
  focus.relations = {"supplies", "competes-with", "develops"};
  focus.min_weight = 1;
  CHECK(edges_of(filter_graph(fixture(), focus)) == Strings{"Huawei -competes-with-> Nvidia x1",
                                                            "Nvidia -develops-> H20 x1", "Nvidia -supplies-> Alibaba x3"});
  focus.drop_discovered = true;
  focus.min_confidence = 0.95;
  CHECK(edges_of(filter_graph(fixture(), focus)) == Strings{"Nvidia -develops-> H20 x1"});
}

TEST_CASE("a filtered graph equals the graph built from the kept mentions alone") {
  FilterOptions o;
  o.since = "2025-03";
  o.until = "2025-06";
  const KnowledgeGraph f = filter_graph(fixture(), o);
  KnowledgeGraph direct;
  const KnowledgeGraph all = fixture();
  for (auto [e, end] = boost::edges(all.graph()); e != end; ++e) {
    std::vector<EvidenceRecord> kept;
    for (const auto& ev : all.evidence(*e))
      if (!ev.date.empty() && ev.date >= "2025-03" && ev.date.compare(0, 7, "2025-06") <= 0) kept.push_back(ev);
    if (!kept.empty()) direct.copy_edge(all, *e, kept);
  }
  direct.finalize();
  REQUIRE(f.edge_count() == direct.edge_count());
  auto b = boost::edges(direct.graph()).first;
  for (auto [a, end] = boost::edges(f.graph()); a != end; ++a, ++b) {
    CHECK(f.evidence(*a) == direct.evidence(*b));
    CHECK(f.graph()[*a].details() == direct.graph()[*b].details());
  }
  CHECK(nodes_of(f) == nodes_of(direct));
}

TEST_CASE("bad filter values are reported naming the value") {
  const KnowledgeGraph g = fixture();
  auto message = [&](FilterOptions o) -> std::string {
    try {
      filter_graph(g, o);
    } catch (const Error& e) {
      return e.what();
    }
    return "";
  };
  FilterOptions o;
  o.relations = {"likes"};
  CHECK(message(o).find("unknown relation \"likes\"") != std::string::npos);
  o = {};
  o.types = {"spaceship"};
  CHECK(message(o).find("unknown node type \"spaceship\"") != std::string::npos);
  o = {};
  o.statuses = {"rumoured"};
  CHECK(message(o).find("unknown status \"rumoured\"") != std::string::npos);
  o = {};
  o.since = "2025-02-30";
  CHECK(message(o).find("\"2025-02-30\" is not a date") != std::string::npos);
  o = {};
  o.since = "2025-06";
  o.until = "2025-03";
  CHECK(message(o).find("after --until") != std::string::npos);
  o = {};
  o.min_confidence = 1.5;
  CHECK(message(o).find("not in [0, 1]") != std::string::npos);
  o = {};
  o.focus = {"Nvid"};
  CHECK(message(o) == "--focus: \"Nvid\" is not in the graph (did you mean Nvidia?)");
  o.focus = {"Intel"};
  CHECK(message(o) == "--focus: \"Intel\" is not in the graph");
}
