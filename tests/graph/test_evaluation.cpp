// Scoring extracted edges against gold: name matching, statuses, coercions.
#include <doctest/doctest.h>

#include "graph/evaluation.h"

using namespace chipgraph;

namespace {

GoldEdge gold(std::string doc, std::string s, std::string st, std::string r, std::string o, std::string ot,
              Status status = Status::asserted, std::vector<std::string> s_aliases = {},
              std::vector<std::string> o_aliases = {}) {
  GoldEdge g;
  g.doc = std::move(doc);
  g.subject = std::move(s);
  g.subject_type = std::move(st);
  g.relation = std::move(r);
  g.object = std::move(o);
  g.object_type = std::move(ot);
  g.status = status;
  g.subject_aliases = std::move(s_aliases);
  g.object_aliases = std::move(o_aliases);
  return g;
}

Mention mention(std::string doc, std::string s, std::string st, std::string r, std::string o, std::string ot,
                Status status = Status::asserted, double confidence = 0.8) {
  Mention m;
  m.doc = std::move(doc);
  m.subject = std::move(s);
  m.subject_type = std::move(st);
  m.relation = std::move(r);
  m.object = std::move(o);
  m.object_type = std::move(ot);
  m.status = status;
  m.confidence = confidence;
  return m;
}

NameHelpers vendors() {
  NameHelpers n;
  n.canonical = [](std::string_view s) { return s == "Beijing" ? std::string("Chinese government") : std::string(s); };
  n.is_vendor = [](std::string_view w) { return w == "Nvidia" || w == "AMD"; };
  return n;
}

}  // namespace

TEST_CASE("names match through aliases / case / possessives and a leading vendor") {
  const auto& v = Vocabulary::builtin();
  std::vector<GoldEdge> g = {gold("a", "DeepSeek", "company", "trains-on", "H20", "chip"),
                             gold("a", "Beijing", "government", "pressures", "local developers", "group"),
                             gold("a", "Huawei", "company", "develops", "Ascend 910C", "chip", Status::asserted, {},
                                  {"the 910C"})};
  std::vector<Mention> p = {mention("a", "deepseek", "company", "trains-on", "Nvidia H20", "chip"),
                            mention("a", "Chinese government", "government", "pressures", "Local Developers", "group"),
                            mention("a", "Huawei's", "company", "develops", "The 910C", "chip"),
                            mention("b", "Nvidia", "company", "develops", "H20", "chip")};  // doc not in gold
  const Evaluation e = evaluate(g, p, v, vendors());
  CHECK(e.micro.tp == 3);
  CHECK(e.micro.fp == 0);
  CHECK(e.micro.fn == 0);
  CHECK(e.predicted_facts == 3);
}

TEST_CASE("names that only share what is left after two different vendors are dropped do not match") {
  const auto& v = Vocabulary::builtin();
  // "Nvidia Cloud" and "AMD Cloud" both shorten to "Cloud", but they are two companies
  std::vector<GoldEdge> g = {gold("a", "Nvidia Cloud", "company", "based-in", "United States", "country")};
  std::vector<Mention> p = {mention("a", "AMD Cloud", "company", "based-in", "United States", "country")};
  const Evaluation e = evaluate(g, p, v, vendors());
  CHECK(e.micro.tp == 0);
  CHECK(e.micro.fn == 1);
  CHECK(e.micro.fp == 1);
  // while the short form still matches the full name either way round
  std::vector<GoldEdge> g2 = {gold("a", "Nvidia", "company", "develops", "Nvidia H20", "chip")};
  std::vector<Mention> p2 = {mention("a", "Nvidia", "company", "develops", "H20", "chip")};
  CHECK(evaluate(g2, p2, v, vendors()).micro.tp == 1);
}

TEST_CASE("a negated edge never counts as the positive fact / and statuses must agree") {
  const auto& v = Vocabulary::builtin();
  std::vector<GoldEdge> g = {gold("a", "Nvidia", "company", "sells-to", "China", "country"),
                             gold("a", "DeepSeek", "company", "trains-on", "Huawei Ascend", "chip", Status::attempted)};
  std::vector<Mention> p = {mention("a", "Nvidia", "company", "sells-to", "China", "country", Status::negated),
                            mention("a", "DeepSeek", "company", "trains-on", "Huawei Ascend", "chip", Status::planned)};
  const Evaluation e = evaluate(g, p, v, vendors());
  CHECK(e.micro.tp == 0);
  CHECK(e.micro.fp == 2);
  CHECK(e.micro.fn == 2);
  // ignoring the difference between asserted, planned and attempted, but not negation
  CHECK(e.micro_ignoring_status.tp == 1);
  CHECK(e.missed.size() == 2);
  CHECK(e.spurious.size() == 2);
}

TEST_CASE("symmetric relations are unordered / a company buying from a company is supplies") {
  const auto& v = Vocabulary::builtin();
  std::vector<GoldEdge> g = {gold("a", "AMD", "company", "competes-with", "Nvidia", "company"),
                             gold("a", "Tencent", "company", "buys", "Nvidia", "company")};
  std::vector<Mention> p = {mention("a", "Nvidia", "company", "competes-with", "AMD", "company"),
                            mention("a", "Nvidia", "company", "supplies", "Tencent", "company")};
  const Evaluation e = evaluate(g, p, v, vendors());
  CHECK(e.micro.tp == 2);
  CHECK(e.by_relation.at("supplies").tp == 1);
  CHECK(e.by_relation.at("competes-with").tp == 1);
}

TEST_CASE("repeated mentions count once and confidence thresholds cut predictions") {
  const auto& v = Vocabulary::builtin();
  std::vector<GoldEdge> g = {gold("a", "TSMC", "company", "manufactures", "H20", "chip"),
                             gold("a", "TSMC", "company", "manufactures", "H20", "chip")};
  std::vector<Mention> p = {mention("a", "TSMC", "company", "manufactures", "H20", "chip", Status::asserted, 0.9),
                            mention("a", "TSMC", "company", "manufactures", "H20", "chip", Status::asserted, 0.6),
                            mention("a", "TSMC", "company", "manufactures", "H100", "chip", Status::asserted, 0.55)};
  const Evaluation e = evaluate(g, p, v, vendors(), {0.5, 0.8});
  CHECK(e.gold_facts == 1);
  CHECK(e.predicted_facts == 2);
  CHECK(e.micro.tp == 1);
  CHECK(e.micro.fp == 1);
  REQUIRE(e.by_confidence.size() == 2);
  CHECK(e.by_confidence[0].score.precision() == doctest::Approx(0.5));
  CHECK(e.by_confidence[1].score.precision() == doctest::Approx(1.0));
  CHECK(e.by_confidence[1].score.tp + e.by_confidence[1].score.fp == 1);
}

TEST_CASE("gold lines are parsed with their aliases and checked against the vocabulary") {
  const auto& v = Vocabulary::builtin();
  GoldEdge g;
  std::size_t column = 0;
  std::string error;
  CHECK(parse_gold(R"({"doc":"a","subject":"DeepSeek","subject_type":"company","relation":"trains-on",)"
                   R"("object":"H20","object_type":"chip","status":"planned","subject_aliases":["the startup"],)"
                   R"("object_aliases":["Nvidia H20"],"evidence":"x"})",
                   v, g, column, error));
  CHECK(g.status == Status::planned);
  CHECK(g.object_aliases == std::vector<std::string>{"Nvidia H20"});
  CHECK_FALSE(parse_gold(R"({"doc":"a","subject":"X","relation":"likes","object":"Y"})", v, g, column, error));
  CHECK(error.find("unknown relation") != std::string::npos);
  CHECK_FALSE(parse_gold(R"({"doc":"a","subject":"X","relation":"uses","object":"Y","subject_aliases":[1]})", v, g,
                         column, error));
  CHECK_FALSE(parse_gold(R"({"doc":"a", )", v, g, column, error));
  CHECK(column > 0);
}
