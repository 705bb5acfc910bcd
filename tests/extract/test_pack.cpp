// Pack loading: the built-in pack is sound and big enough; bad user packs report
// every problem at once with file:line and a code.
#include <doctest/doctest.h>

#include <algorithm>
#include <map>

#include "extract/extractor.h"
#include "extract/pack.h"

using namespace chipgraph::extract;

namespace {

// The mentions a one-article text gives.
std::vector<chipgraph::Mention> extract_text(const Extractor& extractor, const char* text) {
  Article a;
  a.id = "t";
  a.date = "2025-01-01";
  a.text = text;
  return extractor.extract(a);
}

}  // namespace

TEST_CASE("the built-in pack covers the domain") {
  const Pack pack = Pack::builtin();
  CHECK(pack.entities().size() >= 250);
  std::map<std::string, int> by_type;
  for (const auto& e : pack.entities()) ++by_type[e.type];
  for (const char* t : {"company", "chip", "model", "government", "country", "person", "group", "material",
                        "equipment", "technology", "institute"})
    CHECK_MESSAGE(by_type[t] > 0, t);
  // every relation of the contract has at least one pattern or construction
  std::map<std::string, int> by_relation;
  for (const auto& p : pack.patterns()) ++by_relation[p.relation];
  for (const auto& r : pack.lexicon().possessives) ++by_relation[r.relation];
  by_relation["based-in"] += 1;  // nationality construction
  by_relation["leads"] += 1;     // title construction
  for (const auto& r : pack.vocabulary().relations()) CHECK_MESSAGE(by_relation[r.name] > 0, r.name);
}

TEST_CASE("the first word of every two-word demonym is known / and of no one-word demonym alone") {
  const Pack pack = Pack::builtin();
  const auto& lex = pack.lexicon();
  std::size_t two_words = 0;
  for (const auto& [demonym, country] : lex.demonyms) {
    const auto space = demonym.find(' ');
    if (space == std::string::npos) continue;
    ++two_words;
    CHECK(lex.demonym_firsts.count(demonym.substr(0, space)) == 1);
  }
  CHECK(two_words > 0);
  CHECK(lex.demonym_firsts.count("south") == 1);  // "south korean"
  CHECK(lex.demonym_firsts.count("chinese") == 0);
}

TEST_CASE("names resolve through aliases and case") {
  const Pack pack = Pack::builtin();
  REQUIRE(pack.entity_by_name("beijing") != nullptr);
  CHECK(pack.entity_by_name("beijing")->type == "government");
  REQUIRE(pack.entity_by_name("H20") != nullptr);
  CHECK(pack.entity_by_name("H20")->name == "Nvidia H20");
}

namespace {

// Where each problem code was reported: "file:line " for each.
std::map<std::string, std::string> places_by_code(const std::vector<PackProblem>& problems) {
  std::map<std::string, std::string> where;
  for (const auto& p : problems) where[p.code] += p.where + " ";
  return where;
}

// Whether a problem with `code` was reported at `place` ("user/entities.jsonl:2").
bool reported(const std::vector<PackProblem>& problems, const std::string& code, const std::string& place) {
  return std::any_of(problems.begin(), problems.end(), [&](const PackProblem& p) {
    return p.code == code && (p.where == place || p.where.starts_with(place + ":"));
  });
}

}  // namespace

TEST_CASE("a broken user pack lists every problem with file and line") {
  Pack pack = Pack::builtin();
  std::vector<PackProblem> problems;
  pack.add_files({{"entities.jsonl",
                   "{\"id\":\"acme\",\"name\":\"Acme Chips\",\"type\":\"company\"}\n"
                   "{\"id\":\"x\",\"name\":\"X\",\"type\":\"spaceship\"}\n"
                   "{not json}\n"
                   "{\"id\":\"nv2\",\"name\":\"Nvidia Two\",\"type\":\"company\",\"aliases\":[\"Nvidia\"]}\n"
                   "{\"id\":\"e\",\"name\":\"   \",\"type\":\"company\"}\n"},
                  {"patterns.jsonl",
                   "{\"id\":\"p1\",\"relation\":\"likes\",\"match\":\"likes {O}\"}\n"
                   "{\"id\":\"p2\",\"relation\":\"buys\",\"match\":\"\"}\n"
                   "{\"id\":\"p3\",\"relation\":\"buys\",\"match\":\"{O} bought\"}\n"},
                  {"lexicon.jsonl", "{\"kind\":\"sparkle\",\"text\":\"x\"}\n"}},
                 "user/", problems);
  const auto where = places_by_code(problems);
  CHECK(where.at("unknown-type").find("user/entities.jsonl:2") != std::string::npos);
  CHECK(where.at("bad-json").find("user/entities.jsonl:3:2") != std::string::npos);
  CHECK(where.at("alias-conflict").find("user/entities.jsonl:4") != std::string::npos);
  CHECK(where.at("empty-alias").find("user/entities.jsonl:5") != std::string::npos);
  CHECK(where.at("unknown-relation").find("user/patterns.jsonl:1") != std::string::npos);
  CHECK(where.at("bad-pattern").find("user/patterns.jsonl:2") != std::string::npos);
  CHECK(where.at("bad-pattern").find("user/patterns.jsonl:3") != std::string::npos);
  CHECK(where.at("unknown-kind").find("user/lexicon.jsonl:1") != std::string::npos);
  CHECK(problems.size() == 8);
  // the good record was kept
  CHECK(pack.entity_by_name("acme chips") != nullptr);
}

TEST_CASE("a pattern's object_types must be object types of its relation") {
  Pack pack = Pack::builtin();
  std::vector<PackProblem> problems;
  pack.add_files({{"patterns.jsonl",
                   "{\"id\":\"u1\",\"relation\":\"buys\",\"match\":\"hoards {O}\",\"object_types\":[\"gizmo\"]}\n"
                   "{\"id\":\"u2\",\"relation\":\"buys\",\"match\":\"hoards {O}\",\"object_types\":[\"country\"]}\n"
                   "{\"id\":\"u3\",\"relation\":\"buys\",\"match\":\"hoards {O}\",\"object_types\":[\"material\"]}\n"}},
                 "user/", problems);
  CHECK(reported(problems, "unknown-type", "user/patterns.jsonl:1"));
  CHECK(reported(problems, "bad-field", "user/patterns.jsonl:2"));
  CHECK(problems.size() == 2);
}

TEST_CASE("fabless is a flag of companies only") {
  Pack pack = Pack::builtin();
  std::vector<PackProblem> problems;
  pack.add_files({{"entities.jsonl",
                   "{\"id\":\"f1\",\"name\":\"Fab One\",\"type\":\"chip\",\"fabless\":true}\n"
                   "{\"id\":\"f2\",\"name\":\"Fab Two\",\"type\":\"company\",\"fabless\":\"yes\"}\n"
                   "{\"id\":\"f3\",\"name\":\"Fab Three\",\"type\":\"company\",\"fabless\":true}\n"}},
                 "user/", problems);
  CHECK(reported(problems, "bad-field", "user/entities.jsonl:1"));
  CHECK(reported(problems, "bad-field", "user/entities.jsonl:2"));
  CHECK(problems.size() == 2);
  REQUIRE(pack.entity_by_name("fab three") != nullptr);
  CHECK(pack.entity_by_name("fab three")->fabless);
}

TEST_CASE("not_after keeps a pattern off a trigger and object_not_beyond off objects past a word") {
  Pack pack = Pack::builtin();
  std::vector<PackProblem> problems;
  pack.add_files({{"patterns.jsonl",
                   "{\"id\":\"u1\",\"relation\":\"buys\",\"match\":\"squirrels *3 {O}\","
                   "\"not_after\":[\"never\"],\"object_not_beyond\":[\"boxes\"]}\n"}},
                 "user/", problems);
  REQUIRE(problems.empty());
  const Extractor extractor(pack);
  auto buys = [&](const char* text) {
    for (const auto& m : extract_text(extractor, text))
      if (m.subject == "Tencent" && m.relation == "buys" && m.object == "Nvidia H20") return true;
    return false;
  };
  CHECK(buys("Tencent squirrels away the H20."));
  CHECK_FALSE(buys("Tencent never squirrels away the H20."));
  CHECK_FALSE(buys("Tencent squirrels boxes of the H20."));
  CHECK(buys("Tencent squirrels away H20 boxes."));
}

TEST_CASE("maker_types and a title's bodies name known types") {
  Pack pack = Pack::builtin();
  std::vector<PackProblem> problems;
  pack.add_files({{"patterns.jsonl",
                   "{\"id\":\"m1\",\"relation\":\"buys\",\"match\":\"hoards {O}\",\"maker_types\":[\"gizmo\"]}\n"
                   "{\"id\":\"m2\",\"relation\":\"buys\",\"match\":\"hoards {O}\",\"maker_types\":[\"company\"]}\n"},
                  {"lexicon.jsonl",
                   "{\"kind\":\"title\",\"text\":\"grand vizier\",\"bodies\":[\"palace\"]}\n"
                   "{\"kind\":\"thing-verb\",\"text\":\"hoarded\"}\n"}},
                 "user/", problems);
  CHECK(reported(problems, "unknown-type", "user/patterns.jsonl:1"));
  CHECK(reported(problems, "unknown-type", "user/lexicon.jsonl:1"));
  CHECK(problems.size() == 2);
  CHECK(pack.lexicon().thing_verbs.count("hoarded") == 1);
}

TEST_CASE("a parent and a vendor name known entities and a possessive rule may be vendor_only") {
  Pack pack = Pack::builtin();
  std::vector<PackProblem> problems;
  pack.add_files({{"entities.jsonl",
                   "{\"id\":\"acme-labs\",\"name\":\"Acme Labs\",\"type\":\"company\",\"parent\":\"no-such-firm\"}\n"
                   "{\"id\":\"acme-unit\",\"name\":\"Acme Unit\",\"type\":\"company\",\"parent\":\"nvidia\"}\n"
                   "{\"id\":\"acme-x1\",\"name\":\"Acme X1\",\"type\":\"chip\",\"vendor\":\"acme-unit\"}\n"},
                  {"lexicon.jsonl",
                   "{\"kind\":\"possessive\",\"possessor\":[\"company\"],\"possessed\":[\"chip\"],"
                   "\"relation\":\"develops\",\"vendor_only\":true}\n"}},
                 "user/", problems);
  CHECK(reported(problems, "unknown-entity", "user/entities.jsonl:1"));
  CHECK(problems.size() == 1);
  REQUIRE(pack.entity("acme-unit") != nullptr);
  CHECK(pack.entity("acme-unit")->parent == "nvidia");
  CHECK(pack.lexicon().possessives.back().vendor_only);
}

TEST_CASE("a gap written ~N crosses nothing named and takes the same bounds as *N") {
  Pack pack = Pack::builtin();
  std::vector<PackProblem> problems;
  pack.add_files({{"patterns.jsonl",
                   "{\"id\":\"u1\",\"relation\":\"buys\",\"match\":\"hoards ~3 from {O}\"}\n"
                   "{\"id\":\"u2\",\"relation\":\"buys\",\"match\":\"hoards ~0 from {O}\"}\n"
                   "{\"id\":\"u3\",\"relation\":\"buys\",\"match\":\"hoards ~x from {O}\"}\n"}},
                 "user/", problems);
  CHECK(reported(problems, "bad-pattern", "user/patterns.jsonl:2"));
  CHECK(reported(problems, "bad-pattern", "user/patterns.jsonl:3"));
  CHECK(problems.size() == 2);
  const Extractor extractor(pack);
  auto supplier = [&](const char* text) {
    // (buying from a company is read as its supplying the buyer)
    for (const auto& m : extract_text(extractor, text))
      if (m.object == "Tencent" && m.relation == "supplies" && m.pattern == "u1") return m.subject;
    return std::string();
  };
  CHECK(supplier("Tencent hoards spare parts from Nvidia.") == "Nvidia");
  CHECK(supplier("Tencent hoards its spare parts from Nvidia.") == "Nvidia");
  CHECK(supplier("Tencent hoards H20 parts from Nvidia.") == "");
}
