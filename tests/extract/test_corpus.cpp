// End to end over examples/corpus against the hand-written expected edges kept
// beside it (examples/expected-edges.jsonl), scored by the same code as
// `chipgraph eval`. The bar is 0.9 precision and 0.9 recall; the floors
// are what the extractor reaches today (a ratchet: raise them as it improves,
// never lower them).
#include <doctest/doctest.h>

#include <fstream>
#include <iostream>

#include "extract/article_reader.h"
#include "extract/extractor.h"
#include "graph/evaluation.h"

using namespace chipgraph;
using namespace chipgraph::extract;

constexpr double precision_floor = 0.97;
constexpr double recall_floor = 0.905;

TEST_CASE("the example corpus is extracted with precision and recall at or above the floors") {
  const Pack pack = Pack::builtin();
  const Extractor extractor(pack);
  const std::string corpus = std::string(CHIPGRAPH_SOURCE_DIR) + "/examples/corpus";
  const std::string gold_path = std::string(CHIPGRAPH_SOURCE_DIR) + "/examples/expected-edges.jsonl";

  std::vector<GoldEdge> gold;
  std::ifstream in(gold_path);
  REQUIRE(in.good());
  std::string line, error;
  while (std::getline(in, line)) {
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    GoldEdge g;
    std::size_t column = 0;
    REQUIRE_MESSAGE(parse_gold(line, pack.vocabulary(), g, column, error), line, ": ", error);
    gold.push_back(std::move(g));
  }
  REQUIRE(gold.size() >= 250);

  InputReport report;
  ArticleReader reader({}, report);
  std::vector<Mention> predicted;
  reader.read({corpus}, [&](Article&& a) {
    for (auto& m : extractor.extract(a)) predicted.push_back(std::move(m));
  });
  CHECK(report.articles >= 15);
  CHECK(report.skipped_records == 0);

  const Evaluation ev = evaluate(gold, predicted, pack.vocabulary(), pack.name_helpers());
  std::cout << "example corpus: " << ev.gold_facts << " expected, " << ev.predicted_facts << " extracted, "
            << ev.micro.tp << " correct; precision " << ev.micro.precision() << ", recall " << ev.micro.recall()
            << '\n';
  for (const auto& g : ev.missed)
    std::cout << "  missed:   " << g.doc << ": " << g.subject << " -" << g.relation << "-> " << g.object << " ["
              << to_string(g.status) << "]\n";
  for (const auto& p : ev.spurious)
    std::cout << "  spurious: " << p.doc << ": " << p.subject << " -" << p.relation << "-> " << p.object << " ["
              << to_string(p.status) << "]\n";
  CHECK(ev.micro.precision() >= precision_floor);
  CHECK(ev.micro.recall() >= recall_floor);

  // The design's story must be in the graph.
  auto found = [&](const std::string& s, const std::string& r, const std::string& o) {
    for (const auto& m : predicted)
      if (m.subject == pack.entity_by_name(s)->name && m.relation == r && m.object == pack.entity_by_name(o)->name &&
          m.status != Status::negated)
        return true;
    return false;
  };
  CHECK(found("DeepSeek", "trains-on", "Nvidia H20"));
  CHECK(found("DeepSeek", "infers-on", "Huawei Ascend"));
  CHECK(found("Chinese government", "pressures", "local developers"));
}
