// Queries on a small supply chain whose answers are worked out by hand below.
#include <doctest/doctest.h>

#include <fmt/format.h>

#include <cmath>

#include "graph/query.h"

using namespace chipgraph;
using namespace chipgraph::query;

namespace {

struct Fact {
  const char *subject, *subject_type, *relation, *object, *object_type, *doc, *date;
  double confidence = 0.9;
};

KnowledgeGraph build(const std::vector<Fact>& facts) {
  KnowledgeGraph g;
  std::uint64_t start = 0;
  for (const auto& f : facts) {
    Mention m;
    m.subject = f.subject;
    m.subject_type = f.subject_type;
    m.relation = f.relation;
    m.object = f.object;
    m.object_type = f.object_type;
    m.doc = f.doc;
    m.date = f.date;
    m.confidence = f.confidence;
    m.evidence = Evidence{fmt::format("{} {} {}.", f.subject, f.relation, f.object), start, start + 20, "body"};
    start += 30;
    REQUIRE(g.add(m).added);
  }
  g.finalize();
  return g;
}

// Alpha Lab trains on Chip A and serves on Chip B, both designed by DesignCo;
// FabCo makes A, FabTwo makes B, both buy tools from ToolCo; MemCo supplies
// DesignCo; Gov restricts Chip A and penalizes FabCo; OtherCo competes with DesignCo.
KnowledgeGraph chain() {
  return build({
      {"Alpha Lab", "company", "trains-on", "Chip A", "chip", "d1", "2025-03-01"},
      {"Alpha Lab", "company", "trains-on", "Chip A", "chip", "d2", "2025-04-01", 0.6},
      {"Alpha Lab", "company", "infers-on", "Chip B", "chip", "d2", "2025-04-01"},
      {"DesignCo", "company", "develops", "Chip A", "chip", "d1", "2025-03-01"},
      {"DesignCo", "company", "develops", "Chip B", "chip", "d3", "2025-05-01"},
      {"FabCo", "company", "manufactures", "Chip A", "chip", "d3", "2025-05-01"},
      {"FabTwo", "company", "manufactures", "Chip B", "chip", "d4", "2025-06-01"},
      {"MemCo", "company", "supplies", "DesignCo", "company", "d4", "2025-06-01"},
      {"ToolCo", "company", "supplies", "FabCo", "company", "d5", "2025-07-01"},
      {"ToolCo", "company", "supplies", "FabTwo", "company", "d5", "2025-07-01"},
      {"Gov", "government", "restricts", "Chip A", "chip", "d6", "2025-08-01"},
      {"Gov", "government", "penalizes", "FabCo", "company", "d6", "2025-08-01"},
      {"OtherCo", "company", "competes-with", "DesignCo", "company", "d7", ""},
  });
}

Vertex at(const KnowledgeGraph& g, const char* name) {
  auto v = g.find(name);
  REQUIRE_MESSAGE(v, name);
  return *v;
}

std::string label(const KnowledgeGraph& g, Vertex v) { return g.graph()[v].label; }

std::string describe(const KnowledgeGraph& kg, const std::vector<Hop>& hops) {
  const BoostGraph& g = kg.graph();
  std::string out;
  for (const auto& h : hops)
    out += fmt::format("{}{} -{}-> {}", out.empty() ? "" : "; ", g[boost::source(h.edge, g)].label, g[h.edge].relation,
                       g[boost::target(h.edge, g)].label);
  return out;
}

}  // namespace

TEST_CASE("neighbors: out-edges / then in-edges / in canonical order / relation and direction filters") {
  const KnowledgeGraph g = chain();
  // competes-with is symmetric: stored from the smaller key, DesignCo, so it is an out-edge
  CHECK(describe(g, neighbors(g, at(g, "designco"), Direction::both, {})) ==
        "DesignCo -competes-with-> OtherCo; DesignCo -develops-> Chip A; DesignCo -develops-> Chip B; "
        "MemCo -supplies-> DesignCo");
  CHECK(describe(g, neighbors(g, at(g, "Chip A"), Direction::in, {"manufactures", "restricts"})) ==
        "FabCo -manufactures-> Chip A; Gov -restricts-> Chip A");
  CHECK(neighbors(g, at(g, "Chip A"), Direction::out, {}).empty());
}

TEST_CASE("path: the shortest / walked either way / first in canonical order / directed finds none upstream") {
  const KnowledgeGraph g = chain();
  // Alpha Lab's edges sort infers-on before trains-on, so Chip B is reached first.
  const auto hops = shortest_path(g, at(g, "Alpha Lab"), at(g, "MemCo"), {}, false);
  CHECK(describe(g, hops) == "Alpha Lab -infers-on-> Chip B; DesignCo -develops-> Chip B; MemCo -supplies-> DesignCo");
  REQUIRE(hops.size() == 3);
  CHECK(hops[0].forward);
  CHECK_FALSE(hops[1].forward);
  CHECK(shortest_path(g, at(g, "Alpha Lab"), at(g, "MemCo"), {}, true).empty());
  CHECK(describe(g, shortest_path(g, at(g, "Alpha Lab"), at(g, "ToolCo"), {"trains-on", "manufactures", "supplies"},
                                  false)) ==
        "Alpha Lab -trains-on-> Chip A; FabCo -manufactures-> Chip A; ToolCo -supplies-> FabCo");
  CHECK(shortest_path(g, at(g, "Alpha Lab"), at(g, "Alpha Lab"), {}, false).empty());
}

TEST_CASE("exposure: the upstream tree / its constraints and the single points of failure") {
  const KnowledgeGraph g = chain();
  const Exposure x = exposure(g, at(g, "Alpha Lab"), 4);
  std::vector<std::string> tree;
  for (const auto& step : x.tree)
    tree.push_back(fmt::format("{}:{}<{}", step.depth, label(g, step.node),
                               step.parent < 0 ? std::string("-") : label(g, x.tree[step.parent].node)));
  // breadth first, steps in the vocabulary's order (trains-on, infers-on, ..., develops, manufactures, ..., supplies)
  CHECK(tree == std::vector<std::string>{"0:Alpha Lab<-", "1:Chip A<Alpha Lab", "1:Chip B<Alpha Lab",
                                         "2:DesignCo<Chip A", "2:FabCo<Chip A", "2:FabTwo<Chip B", "3:MemCo<DesignCo",
                                         "3:ToolCo<FabCo"});
  std::vector<std::string> constraints;
  for (const auto& c : x.constraints)
    constraints.push_back(fmt::format("{} on {}", g.graph()[c.edge].relation, label(g, x.tree[c.on].node)));
  CHECK(constraints == std::vector<std::string>{"restricts on Chip A", "penalizes on FabCo"});
  // FabCo is reached only through Chip A, FabTwo only through Chip B, MemCo only
  // through DesignCo; DesignCo and ToolCo each have two ways in.
  std::vector<std::string> points;
  for (const auto& sp : x.single_points) {
    std::string cut;
    for (Vertex v : sp.cut_off) cut += fmt::format(" {}", label(g, v));
    points.push_back(fmt::format("{}:{}", label(g, sp.node), cut));
  }
  CHECK(points == std::vector<std::string>{"Chip A: FabCo", "Chip B: FabTwo", "DesignCo: MemCo"});
  // depth 1 stops at the chips
  CHECK(exposure(g, at(g, "Alpha Lab"), 1).tree.size() == 3);
}

TEST_CASE("rank: PageRank by Boost's formula / betweenness as NetworkX counts it / degree and articles") {
  const KnowledgeGraph star = build({{"A Co", "company", "supplies", "B Co", "company", "x", ""},
                                     {"C Co", "company", "supplies", "B Co", "company", "y", ""}});
  const auto pr = scores(star, Measure::pagerank, 1);
  // A and C: 0.15; B: 0.15 + 0.85 * (0.15 + 0.15) = 0.405; scaled by 1 / 0.705
  CHECK(pr[*star.find("B Co")] == doctest::Approx(0.405 / 0.705).epsilon(1e-6));
  CHECK(pr[*star.find("A Co")] == doctest::Approx(0.15 / 0.705).epsilon(1e-6));
  const auto bc = scores(star, Measure::betweenness, 1);
  CHECK(bc[*star.find("B Co")] == doctest::Approx(1.0));  // the one pair (A, C) passes through B
  CHECK(bc[*star.find("A Co")] == doctest::Approx(0.0));

  const KnowledgeGraph g = chain();
  const auto degree = scores(g, Measure::degree, 1);
  CHECK(degree[at(g, "Chip A")] == 4);  // trains-on, develops, manufactures, restricts
  const auto top = ranking(g, degree, "chip", 1);
  REQUIRE(top.size() == 1);
  CHECK(label(g, top[0]) == "Chip A");
  const auto articles = scores(g, Measure::articles, 1);
  CHECK(articles[at(g, "Alpha Lab")] == 2);  // d1, d2
  CHECK(ranking(g, articles, "government", 0).size() == 1);
}

TEST_CASE("timeline: by first date seen / undated last") {
  const KnowledgeGraph g = chain();
  CHECK(describe(g, timeline(g, at(g, "DesignCo"))) ==
        "DesignCo -develops-> Chip A; DesignCo -develops-> Chip B; MemCo -supplies-> DesignCo; "
        "DesignCo -competes-with-> OtherCo");
  // both first seen 2025-03-01: the one last seen earlier comes first
  CHECK(describe(g, timeline(g, at(g, "Chip A"))) ==
        "DesignCo -develops-> Chip A; Alpha Lab -trains-on-> Chip A; FabCo -manufactures-> Chip A; "
        "Gov -restricts-> Chip A");
}

TEST_CASE("diff: nodes and edges added / removed / changed in weight or status") {
  const KnowledgeGraph before = build({{"Alpha Lab", "company", "trains-on", "Chip A", "chip", "d1", "2025-03-01"},
                                       {"FabCo", "company", "manufactures", "Chip A", "chip", "d1", "2025-03-01"},
                                       {"Gov", "government", "restricts", "Chip A", "chip", "d1", "2025-03-01"}});
  const KnowledgeGraph after = build({{"Alpha Lab", "company", "trains-on", "Chip A", "chip", "d1", "2025-03-01"},
                                      {"Alpha Lab", "company", "trains-on", "Chip A", "chip", "d2", "2025-04-01"},
                                      {"FabCo", "company", "manufactures", "Chip A", "chip", "d1", "2025-03-01"},
                                      {"MemCo", "company", "supplies", "FabCo", "company", "d2", "2025-04-01"}});
  const Difference d = difference(before, after);
  REQUIRE(d.nodes_added.size() == 1);
  CHECK(label(after, d.nodes_added[0]) == "MemCo");
  REQUIRE(d.nodes_removed.size() == 1);
  CHECK(label(before, d.nodes_removed[0]) == "Gov");
  REQUIRE(d.edges_added.size() == 1);
  CHECK(after.graph()[*d.edges_added[0].after].relation == "supplies");
  REQUIRE(d.edges_removed.size() == 1);
  CHECK(before.graph()[*d.edges_removed[0].before].relation == "restricts");
  REQUIRE(d.edges_changed.size() == 1);
  CHECK(before.graph()[*d.edges_changed[0].before].weight == 1);
  CHECK(after.graph()[*d.edges_changed[0].after].weight == 2);
  CHECK(difference(after, after).edges_changed.empty());
}

TEST_CASE("stats: counts by type and relation / components / the most cited sentences") {
  KnowledgeGraph g = build({{"Alpha Lab", "company", "trains-on", "Chip A", "chip", "d1", ""},
                            {"Alpha Lab", "company", "trains-on", "Chip A", "chip", "d2", ""},
                            {"Beta Lab", "company", "trains-on", "Chip B", "chip", "d3", ""}});
  const Statistics s = statistics(g, evidence_in(g), 5);
  CHECK(s.nodes_by_type == std::vector<std::pair<std::string, std::size_t>>{{"company", 2}, {"chip", 2}});
  CHECK(s.edges_by_relation == std::vector<std::pair<std::string, std::size_t>>{{"trains-on", 2}});
  CHECK(s.mentions == 3);
  CHECK(s.mentions_by_status[0] == 3);
  CHECK(s.components == 2);
  CHECK(s.largest_component == 2);
  REQUIRE(s.top_edges.size() == 2);
  CHECK(g.graph()[s.top_edges[0]].weight == 2);
  CHECK(s.most_cited.size() == 3);
}

TEST_CASE("suggestions: substrings and near spellings / most mentioned first") {
  const KnowledgeGraph g = chain();
  const auto near = suggestions(g, "Desgnco");
  REQUIRE_FALSE(near.empty());
  CHECK(label(g, near[0]) == "DesignCo");
  const auto chips = suggestions(g, "chip");
  REQUIRE(chips.size() == 2);
  CHECK(label(g, chips[0]) == "Chip A");  // more mentions than Chip B
  CHECK(suggestions(g, "Completely Unrelated Name").empty());
}

TEST_CASE("best evidence: highest confidence / then asserted / then earliest dated") {
  std::vector<EvidenceRecord> records(3);
  records[0].confidence = 0.7;
  records[0].doc = "a";
  records[1].confidence = 0.9;
  records[1].status = Status::planned;
  records[1].doc = "b";
  records[2].confidence = 0.9;
  records[2].date = "2025-01-01";
  records[2].doc = "c";
  CHECK(best_evidence(records)->doc == "c");
  CHECK(best_evidence({}) == nullptr);
}
