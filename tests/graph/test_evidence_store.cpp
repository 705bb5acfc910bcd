// The evidence store: records read back as put, in memory and from its file,
// ordered and compared exactly as EvidenceRecord is.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <random>

#include "fixture.h"
#include "graph/error.h"
#include "graph/evidence_store.h"
#include "graph/snapshot.h"

using namespace chipgraph;

namespace {

EvidenceRecord record(std::string doc, std::string date, std::string text, std::uint64_t start, std::uint64_t end) {
  EvidenceRecord r;
  r.doc = std::move(doc);
  r.date = std::move(date);
  r.evidence = Evidence{std::move(text), start, end, "body"};
  return r;
}

// Records that tie on the fields a ref holds, differ only in what the store
// holds, use offsets too wide for 32 bits, long sentences, bytes of every kind.
std::vector<EvidenceRecord> awkward_records() {
  std::vector<EvidenceRecord> out;
  out.push_back(record("a", "2025-01-02", "Nvidia sells H20 chips to ByteDance.", 10, 45));
  out.push_back(record("a", "2025-01-02", "Nvidia sells H20 chips to Alibaba.", 10, 45));  // same place, other text
  out.push_back(record("a", "2025-01-02", "Nvidia sells H20 chips to Alibaba.", 10, 45));  // a duplicate
  out.back().status = Status::negated;                                                     // ...but for its status
  out.push_back(record("b", "", "undated", 0, 7));
  out.push_back(record("c", "2024-12-31", std::string(5000, 'x') + " long", 1, 5006));
  out.push_back(record("d", "2025-03-01", "wide offsets", 5'000'000'000ULL, 5'000'000'012ULL));
  out.push_back(record("d", "2025-03-01", "wide offsets", 4'294'967'295ULL, 4'294'967'300ULL));
  static const char bytes[] = "nul \0 byte, C1 \xC2\x85, quote \" and \\";
  out.push_back(record("e", "2025-03-01", std::string(bytes, sizeof bytes - 1), 3, 9));
  out.push_back(record("e", "2025-03-01", "", 3, 9));  // an empty sentence
  out.back().evidence.part = "title";
  out.push_back(record("f", "2025-03-02", "with numbers", 2, 14));
  out.back().details = {"100000", "5000000000 USD", "2025-06"};
  out.back().confidence = 0.125;
  out.push_back(record("f", "2025-03-02", "with numbers", 2, 14));
  out.back().details = {"", "", "2026"};
  return out;
}

}  // namespace

TEST_CASE("stored records read back as they were put / in memory and from the file") {
  for (std::size_t memory : {std::size_t{1} << 30, std::size_t{0}, std::size_t{600}}) {
    CAPTURE(memory);
    EvidenceStore store(memory);
    std::vector<EvidenceRef> refs;
    const auto records = awkward_records();
    for (int round = 0; round < 300; ++round)  // enough to pass the 1 MiB write buffer more than once
      for (const auto& r : records) refs.push_back(store.put(r));
    CHECK(store.on_disk() == (memory < (std::size_t{1} << 30)));
    for (std::size_t i = 0; i < refs.size(); ++i) REQUIRE(store.get(refs[i]) == records[i % records.size()]);
  }
}

TEST_CASE("refs sort and deduplicate exactly as the records they stand for") {
  std::mt19937 random(7);
  auto records = awkward_records();
  for (int i = 0; i < 400; ++i) {  // many near ties: few docs, dates and offsets
    EvidenceRecord r = record(std::string(1, static_cast<char>('a' + random() % 3)),
                              random() % 4 ? "2025-0" + std::to_string(1 + random() % 3) + "-01" : "",
                              "sentence " + std::to_string(random() % 3), random() % 3, 10 + random() % 2);
    r.status = static_cast<Status>(random() % status_count);
    r.confidence = random() % 2 ? 0.5 : 0.75;
    if (random() % 5 == 0) r.details.when = "202" + std::to_string(random() % 3);
    records.push_back(r);
  }
  for (std::size_t memory : {std::size_t{1} << 30, std::size_t{0}}) {
    EvidenceStore store(memory);
    std::vector<EvidenceRef> refs;
    for (const auto& r : records) refs.push_back(store.put(r));
    std::sort(refs.begin(), refs.end(), [&](const auto& a, const auto& b) { return store.less(a, b); });
    refs.erase(std::unique(refs.begin(), refs.end(), [&](const auto& a, const auto& b) { return store.same(a, b); }),
               refs.end());
    auto expected = records;
    std::sort(expected.begin(), expected.end());
    expected.erase(std::unique(expected.begin(), expected.end()), expected.end());
    REQUIRE(refs.size() == expected.size());
    for (std::size_t i = 0; i < refs.size(); ++i) CHECK(store.get(refs[i]) == expected[i]);
  }
}

TEST_CASE("a stored confidence comes back in thousandths as every writer prints it") {
  EvidenceStore store;
  auto with = [&](double confidence) {
    EvidenceRecord r = record("a", "2025-01-02", "Nvidia sells H20 chips to Alibaba.", 0, 34);
    r.confidence = confidence;
    return store.put(r);
  };
  CHECK(store.get(with(0.85)).confidence == 0.85);
  CHECK(store.get(with(1.0)).confidence == 1.0);
  CHECK(store.get(with(0.0)).confidence == 0.0);
  CHECK(store.get(with(0.12345)).confidence == 0.123);
  CHECK(store.get(with(0.9996)).confidence == 1.0);
  CHECK(store.get(with(7.5)).confidence == 1.0);  // out of range: clamped
  CHECK(store.get(with(-1)).confidence == 0.0);
  CHECK(store.get(with(std::nan(""))).confidence == 0.0);
  for (int k = 0; k <= 1000; ++k) REQUIRE(with(k / 1000.0).milli() == static_cast<unsigned>(k));
  // Records that differ past the third decimal are one record.
  CHECK(store.same(with(0.4001), with(0.4002)));
  CHECK_FALSE(store.same(with(0.401), with(0.402)));
}

TEST_CASE("a store holds a bounded number of parts and says so before a put") {
  EvidenceStore store;
  EvidenceRecord r = record("a", "2025-01-02", "text", 0, 4);
  for (std::size_t i = 0; i < EvidenceStore::max_parts; ++i) {
    r.evidence.part = "part " + std::to_string(i);
    REQUIRE(store.has_room(r.evidence.part));
    store.put(r);
  }
  CHECK(store.has_room("part 0"));  // a part it has
  CHECK_FALSE(store.has_room("one more"));
  r.evidence.part = "one more";
  CHECK_THROWS_AS(store.put(r), Error);
  r.evidence.part = "part 7";
  CHECK(store.part(store.put(r)) == "part 7");
}

TEST_CASE("a graph whose evidence spills to a file equals one that keeps it in memory") {
  const KnowledgeGraph kept = testing::fixture_graph();
  const KnowledgeGraph spilled = testing::fixture_graph(0);
  CHECK_FALSE(kept.evidence_store().on_disk());
  CHECK(spilled.evidence_store().on_disk());
  REQUIRE(kept.edge_count() == spilled.edge_count());
  auto b = boost::edges(spilled.graph()).first;
  for (auto [a, end] = boost::edges(kept.graph()); a != end; ++a, ++b) {
    const EdgeProps& p = kept.graph()[*a];
    const EdgeProps& q = spilled.graph()[*b];
    CHECK(p.relation == q.relation);
    CHECK(std::tie(p.weight, p.articles, p.first_seen, p.last_seen, p.status_counts, p.details()) ==
          std::tie(q.weight, q.articles, q.first_seen, q.last_seen, q.status_counts, q.details()));
    CHECK(kept.evidence(*a) == spilled.evidence(*b));
  }
  for (auto [v, end] = boost::vertices(kept.graph()); v != end; ++v)
    CHECK(kept.graph()[*v].articles == spilled.graph()[*v].articles);
  // copies, absorbed graphs and snapshots carry the records over from the file
  const KnowledgeGraph copy = spilled;
  KnowledgeGraph joined(Vocabulary::builtin(), 0);
  joined.absorb(spilled);
  joined.finalize();
  auto c = boost::edges(copy.graph()).first;
  auto j = boost::edges(joined.graph()).first;
  for (auto [a, end] = boost::edges(kept.graph()); a != end; ++a, ++c, ++j) {
    CHECK(copy.evidence(*c) == kept.evidence(*a));
    CHECK(joined.evidence(*j) == kept.evidence(*a));
  }
}
