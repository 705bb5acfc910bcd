// Merge policy: one node per entity, one edge per fact, evidence kept, order-free.
#include <doctest/doctest.h>
#include <fmt/format.h>

#include <algorithm>
#include <memory>
#include <random>

#include "graph/knowledge_graph.h"

using namespace chipgraph;

namespace {

Mention mention(std::string s, std::string st, std::string r, std::string o, std::string ot, std::string doc,
                std::string date = "", Status status = Status::asserted, std::uint64_t start = 0) {
  Mention m;
  m.subject = std::move(s);
  m.subject_type = std::move(st);
  m.relation = std::move(r);
  m.object = std::move(o);
  m.object_type = std::move(ot);
  m.doc = std::move(doc);
  m.date = std::move(date);
  m.status = status;
  m.evidence = Evidence{"sentence of " + m.doc, start, start + 10, "body"};
  return m;
}

const EdgeProps* edge(const KnowledgeGraph& g, std::string_view s, std::string_view r, std::string_view o) {
  auto u = g.find(s), v = g.find(o);
  if (!u || !v) return nullptr;
  for (auto [e, end] = boost::out_edges(*u, g.graph()); e != end; ++e)
    if (boost::target(*e, g.graph()) == *v && g.graph()[*e].relation == r) return &g.graph()[*e];
  return nullptr;
}

}  // namespace

TEST_CASE("repeated facts merge into one weighted edge with dates / articles and status counts") {
  KnowledgeGraph g;
  g.add(mention("DeepSeek", "company", "trains-on", "Nvidia H20", "chip", "a", "2025-03-01", Status::asserted, 0));
  g.add(mention("deepseek", "company", "trains-on", "NVIDIA H20", "chip", "a", "2025-03-01", Status::asserted, 50));
  g.add(mention("DeepSeek", "company", "trains-on", "Nvidia H20", "chip", "b", "2025-01-09", Status::planned, 0));
  g.finalize();
  CHECK(g.node_count() == 2);
  CHECK(g.edge_count() == 1);
  const EdgeProps* e = edge(g, "DeepSeek", "trains-on", "Nvidia H20");
  REQUIRE(e != nullptr);
  CHECK(e->weight == 3);
  CHECK(e->articles == 2);
  CHECK(e->first_seen == "2025-01-09");
  CHECK(e->last_seen == "2025-03-01");
  CHECK(e->status_counts[0] == 2);
  CHECK(e->status_counts[1] == 1);
  CHECK(e->status() == Status::asserted);
  CHECK(e->evidence.size() == 3);
  CHECK(g.evidence_store().name(e->evidence.front().date()) == "2025-01-09");  // evidence in date order
}

TEST_CASE("a copied graph keeps its dates and details after the original is gone") {
  auto original = std::make_unique<KnowledgeGraph>();
  Mention m = mention("Nvidia", "company", "supplies", "ByteDance", "company", "a", "2025-02-03");
  m.details.quantity = "5000";
  original->add(m);
  original->add(mention("Nvidia", "company", "supplies", "ByteDance", "company", "b", "2025-04-05"));
  original->finalize();
  KnowledgeGraph copy(*original);
  KnowledgeGraph assigned;
  assigned = *original;
  original.reset();  // its store and the names in it are gone
  for (const KnowledgeGraph* g : {&copy, &assigned}) {
    const EdgeProps* e = edge(*g, "Nvidia", "supplies", "ByteDance");
    REQUIRE(e != nullptr);
    CHECK(e->first_seen == "2025-02-03");
    CHECK(e->last_seen == "2025-04-05");
    CHECK(e->details().quantity == "5000");
    CHECK(g->evidence(*boost::edges(g->graph()).first).back().doc == "b");
  }
}

TEST_CASE("the same mention read twice counts once") {
  KnowledgeGraph g;
  g.add(mention("Nvidia", "company", "develops", "Nvidia H20", "chip", "a"));
  g.add(mention("Nvidia", "company", "develops", "Nvidia H20", "chip", "a"));
  g.finalize();
  CHECK(g.mention_count() == 1);
}

TEST_CASE("symmetric relations are stored once / the smaller name as subject") {
  KnowledgeGraph g;
  g.add(mention("Nvidia", "company", "competes-with", "Huawei", "company", "a"));
  g.add(mention("Huawei", "company", "competes-with", "Nvidia", "company", "b"));
  g.finalize();
  CHECK(g.edge_count() == 1);
  const EdgeProps* e = edge(g, "Huawei", "competes-with", "Nvidia");
  REQUIRE(e != nullptr);
  CHECK(e->weight == 2);
  CHECK(edge(g, "Nvidia", "competes-with", "Huawei") == nullptr);
}

TEST_CASE("a company buying from a company becomes supplies / supplier first") {
  KnowledgeGraph g;
  CHECK(g.add(mention("Tencent", "company", "buys", "Nvidia", "company", "a")).added);
  g.finalize();
  CHECK(edge(g, "Nvidia", "supplies", "Tencent") != nullptr);
}

TEST_CASE("mentions the vocabulary forbids are refused with a reason") {
  KnowledgeGraph g;
  auto r = g.add(mention("Nvidia", "company", "pressures", "Huawei", "company", "a"));
  CHECK_FALSE(r.added);
  CHECK(r.reason.find("not allowed") != std::string::npos);
  CHECK_FALSE(g.add(mention("Nvidia", "company", "flies-to", "Huawei", "company", "a")).added);
  CHECK_FALSE(g.add(mention("Nvidia", "company", "competes-with", "NVIDIA", "company", "a")).added);
}

TEST_CASE("a mention past the store's limit of parts is refused with a reason and leaves no trace") {
  KnowledgeGraph g;
  for (std::size_t i = 0; i < EvidenceStore::max_parts; ++i) {
    Mention m = mention("Nvidia", "company", "supplies", "ByteDance", "company", fmt::format("d{}", i));
    m.evidence.part = fmt::format("part {}", i);
    REQUIRE(g.add(std::move(m)).added);
  }
  Mention late = mention("Nvidia", "company", "supplies", "Alibaba", "company", "late");
  late.evidence.part = "one part too many";
  const auto r = g.add(late);
  CHECK_FALSE(r.added);
  CHECK(r.reason == "more than 1024 distinct evidence parts");
  CHECK_FALSE(g.find("Alibaba"));  // no node made for it
  late.evidence.part = "part 3";
  CHECK(g.add(late).added);
  g.finalize();
  CHECK(g.edge_count() == 2);
}

TEST_CASE("a pack name outweighs discovered spellings for the label and type") {
  KnowledgeGraph g;
  Mention a = mention("BIREN", "company", "develops", "Biren BR100", "chip", "a");
  a.subject_discovered = true;
  Mention b = mention("Biren", "company", "develops", "Biren BR100", "chip", "b");
  g.add(a);
  g.add(a);
  g.add(b);
  g.finalize();
  auto v = g.find("biren");
  REQUIRE(v);
  CHECK(g.graph()[*v].label == "Biren");
  CHECK_FALSE(g.graph()[*v].discovered);
}

TEST_CASE("the merged graph does not depend on the order of mentions or on sharding") {
  std::vector<Mention> all;
  const char* companies[] = {"Alibaba", "ByteDance", "Tencent", "Baidu", "DeepSeek"};
  const char* chips[] = {"Nvidia H20", "Huawei Ascend 910C", "AMD MI308"};
  int n = 0;
  for (auto c : companies)
    for (auto ch : chips)
      for (int k = 0; k < 3; ++k, ++n)
        all.push_back(mention(c, "company", k == 0 ? "buys" : "trains-on", ch, "chip", "doc" + std::to_string(n % 7),
                              "2025-0" + std::to_string(1 + n % 9) + "-01", static_cast<Status>(n % 4),
                              static_cast<std::uint64_t>(n)));
  KnowledgeGraph one;
  for (const auto& m : all) one.add(m);
  one.finalize();

  std::mt19937 rng(7);
  std::shuffle(all.begin(), all.end(), rng);
  KnowledgeGraph left, right, merged;
  for (std::size_t i = 0; i < all.size(); ++i) (i % 3 ? left : right).add(all[i]);
  merged.absorb(right);
  merged.absorb(left);
  merged.finalize();

  REQUIRE(one.node_count() == merged.node_count());
  REQUIRE(one.edge_count() == merged.edge_count());
  auto e1 = boost::edges(one.graph()).first;
  auto e2 = boost::edges(merged.graph()).first;
  for (std::size_t i = 0; i < one.edge_count(); ++i, ++e1, ++e2) {
    const auto& a = one.graph()[*e1];
    const auto& b = merged.graph()[*e2];
    CHECK(a.relation == b.relation);
    CHECK(a.weight == b.weight);
    CHECK(a.first_seen == b.first_seen);
    CHECK(a.status_counts == b.status_counts);
    CHECK(one.evidence(*e1) == merged.evidence(*e2));
    CHECK(one.graph()[boost::source(*e1, one.graph())].label == merged.graph()[boost::source(*e2, merged.graph())].label);
  }
}

TEST_CASE("an edge keeps the latest mention's quantity / value and date / and absorb carries them") {
  KnowledgeGraph g;
  Mention m;
  m.doc = "a";
  m.subject = "ByteDance";
  m.subject_type = "company";
  m.relation = "buys";
  m.object = "Nvidia H20";
  m.object_type = "chip";
  m.date = "2025-01-05";
  m.details = {"100000", "", "2025-01"};
  Mention later = m;
  later.doc = "b";
  later.date = "2025-03-01";
  later.details = {"", "2000000000 USD", ""};
  g.add(later);
  g.add(m);
  KnowledgeGraph copy;
  copy.absorb(g);
  for (KnowledgeGraph* k : {&g, &copy}) {
    k->finalize();
    const auto& e = k->graph()[*boost::edges(k->graph()).first];
    CHECK(e.details().quantity == "100000");
    CHECK(e.details().value == "2000000000 USD");
    CHECK(e.details().when == "2025-01");
    CHECK(k->evidence(*boost::edges(k->graph()).first).front().details.quantity == "100000");
  }
}
