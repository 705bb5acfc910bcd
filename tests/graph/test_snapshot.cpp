// Snapshots: a graph written and read back is the same graph; partial graphs
// merge associatively and commutatively into what one run gives; damaged files
// are refused with a message, never read half.
#include <doctest/doctest.h>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>

#include "fixture.h"
#include "graph/error.h"
#include "graph/snapshot.h"

using namespace chipgraph;
namespace fs = std::filesystem;

namespace {

struct TempDir {
  fs::path path = fs::temp_directory_path() / ("chipgraph-snapshot-" + std::to_string(::getpid()));
  TempDir() { fs::create_directories(path); }
  ~TempDir() { fs::remove_all(path); }
  std::string file(const std::string& name) const { return (path / name).string(); }
};

std::string bytes_of(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// The snapshot bytes of a graph: canonical, so equal bytes mean equal graphs
// (nodes, votes, edges, counts and every evidence record).
std::string image(const KnowledgeGraph& g, const TempDir& dir) {
  const std::string path = dir.file("image.cgz");
  write_snapshot(g, path);
  return bytes_of(path);
}

// Random mentions over a small population: repeated facts, same sentence in
// two docs, spellings differing in case, discovered and pack-named names.
std::vector<Mention> random_mentions(unsigned seed, std::size_t count) {
  static const std::vector<std::pair<std::string, std::string>> companies = {
      {"Nvidia", "company"}, {"NVIDIA", "company"}, {"TSMC", "company"}, {"Huawei", "company"},
      {"DeepSeek", "company"}, {"Zeta Startup", "company"}, {"SK Hynix", "company"}};
  static const std::vector<std::string> chips = {"H20", "Ascend 910C", "H100", "Blackwell"};
  std::mt19937 rng(seed);
  auto pick = [&](std::size_t n) { return static_cast<std::size_t>(rng() % n); };
  std::vector<Mention> out;
  for (std::size_t i = 0; i < count; ++i) {
    Mention m;
    m.doc = fmt::format("d{}", pick(40));
    m.date = pick(5) == 0 ? "" : fmt::format("2025-0{}-1{}", 1 + pick(9), pick(10));
    m.status = static_cast<Status>(pick(status_count));
    m.confidence = static_cast<double>(1 + pick(1000)) / 1000.0;
    const auto& [s, st] = companies[pick(companies.size())];
    m.subject = s;
    m.subject_type = st;
    m.subject_discovered = s == "Zeta Startup";
    switch (pick(3)) {
      case 0:
        m.relation = "trains-on";
        m.object = chips[pick(chips.size())];
        m.object_type = "chip";
        break;
      case 1:
        m.relation = "supplies";
        m.object = companies[pick(companies.size())].first;
        m.object_type = "company";
        break;
      default:
        m.relation = "competes-with";
        m.object = companies[pick(companies.size())].first;
        m.object_type = "company";
    }
    m.evidence = Evidence{fmt::format("sentence {}", pick(60)), pick(500), 600, pick(4) ? "body" : "title"};
    if (pick(6) == 0) m.details.quantity = std::to_string(1000 * (1 + pick(9)));
    out.push_back(m);
  }
  return out;
}

KnowledgeGraph graph_of(const std::vector<Mention>& mentions, std::size_t from, std::size_t to) {
  KnowledgeGraph g;
  for (std::size_t i = from; i < to; ++i) g.add(mentions[i]);
  g.finalize();
  return g;
}

}  // namespace

TEST_CASE("a snapshot reads back as the graph it was written from / evidence now or later") {
  TempDir dir;
  const KnowledgeGraph g = testing::fixture_graph();
  const std::string path = dir.file("fixture.cgz");
  write_snapshot(g, path);
  CHECK(is_snapshot(path));
  Snapshot full(path, Vocabulary::builtin(), true);
  CHECK(image(full.graph(), dir) == bytes_of(path));

  Snapshot lazy(path, Vocabulary::builtin(), false);
  const BoostGraph& a = g.graph();
  const BoostGraph& b = lazy.graph().graph();
  REQUIRE(boost::num_edges(b) == boost::num_edges(a));
  auto eb = boost::edges(b).first;
  for (auto [e, end] = boost::edges(a); e != end; ++e, ++eb) {
    CHECK(b[*eb].relation == a[*e].relation);
    CHECK(b[*eb].weight == a[*e].weight);
    CHECK(b[*eb].first_seen == a[*e].first_seen);
    CHECK(b[*eb].evidence.empty());
    CHECK(lazy.evidence(b[*eb].id) == g.evidence(*e));
  }
  CHECK_THROWS_AS(lazy.graph().finalize(), Error);  // counts cannot be recomputed without evidence
  CHECK(lazy.graph().find("nvidia"));
}

TEST_CASE("partial graphs merge associatively and commutatively into one run's graph") {
  TempDir dir;
  for (unsigned seed = 1; seed <= 20; ++seed) {
    CAPTURE(seed);
    const auto mentions = random_mentions(seed, 300);
    const std::string whole = image(graph_of(mentions, 0, mentions.size()), dir);
    std::mt19937 rng(seed * 7919);
    std::size_t cut1 = rng() % mentions.size(), cut2 = rng() % mentions.size();
    if (cut1 > cut2) std::swap(cut1, cut2);
    const KnowledgeGraph a = graph_of(mentions, 0, cut1), b = graph_of(mentions, cut1, cut2),
                         c = graph_of(mentions, cut2, mentions.size());
    KnowledgeGraph left;  // merge(merge(a, b), c)
    left.absorb(a);
    left.absorb(b);
    left.finalize();
    left.absorb(c);
    left.finalize();
    KnowledgeGraph bc;  // merge(a, merge(c, b))
    bc.absorb(c);
    bc.absorb(b);
    bc.finalize();
    KnowledgeGraph right;
    right.absorb(bc);
    right.absorb(a);
    right.finalize();
    CHECK(image(left, dir) == whole);
    CHECK(image(right, dir) == whole);
    // a snapshot in the middle changes nothing
    write_snapshot(bc, dir.file("bc.cgz"));
    KnowledgeGraph via_file = read_graph(dir.file("bc.cgz"), Vocabulary::builtin());
    via_file.absorb(a);
    via_file.finalize();
    CHECK(image(via_file, dir) == whole);
  }
}

TEST_CASE("a damaged / cut or foreign snapshot is refused with its name") {
  TempDir dir;
  const std::string path = dir.file("good.cgz");
  write_snapshot(testing::fixture_graph(), path);
  const std::string good = bytes_of(path);
  const std::string bad = dir.file("bad.cgz");
  auto refused = [&](const std::string& contents) {
    std::ofstream(bad, std::ios::binary | std::ios::trunc) << contents;
    try {
      Snapshot s(bad, Vocabulary::builtin(), true);
    } catch (const Error& error) {
      return std::string(error.what()).find(bad) == 0;
    }
    return false;
  };
  for (std::size_t size = 0; size < good.size(); size += 1 + size / 8) {
    CAPTURE(size);
    CHECK(refused(good.substr(0, size)));
  }
  for (std::size_t at = 12; at + 16 < good.size(); at += 97) {  // a flipped byte inside a block
    CAPTURE(at);
    std::string flipped = good;
    flipped[at] = static_cast<char>(flipped[at] ^ 0x5A);
    CHECK(refused(flipped));
  }
  std::string future = good;
  future[8] = 9;  // version 9
  CHECK(refused(future));
  CHECK(refused("<graphml/>"));
}

TEST_CASE("a snapshot naming a relation the vocabulary lacks asks for the pack") {
  TempDir dir;
  Vocabulary extended = Vocabulary::builtin();
  extended.extend(R"({"relations": [{"name": "licenses-to", "subject": ["company"], "object": ["company"]}]})",
                  "test.json");
  KnowledgeGraph g(extended);
  Mention m;
  m.subject = "Arm";
  m.subject_type = "company";
  m.relation = "licenses-to";
  m.object = "Huawei";
  m.object_type = "company";
  m.doc = "x";
  REQUIRE(g.add(m).added);
  g.finalize();
  write_snapshot(g, dir.file("x.cgz"));
  CHECK_THROWS_WITH_AS(Snapshot(dir.file("x.cgz"), Vocabulary::builtin(), false),
                       doctest::Contains("licenses-to"), Error);
  CHECK_NOTHROW(Snapshot(dir.file("x.cgz"), extended, false));
}
