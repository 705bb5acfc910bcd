// The built-in vocabulary holds every type and relation of the contract
// (../shared/ONTOLOGY.md, version 1), with the contract's type constraints.
#include <doctest/doctest.h>

#include "graph/error.h"
#include "graph/vocabulary.h"

using namespace chipgraph;

TEST_CASE("every node type of the contract is in the vocabulary") {
  const auto& v = Vocabulary::builtin();
  for (const char* t : {"company", "chip", "model", "government", "country", "person", "group", "material",
                        "equipment", "technology", "institute"})
    CHECK_MESSAGE(v.type(t) != nullptr, t);
}

TEST_CASE("every relation of the contract is in the vocabulary with its constraints") {
  const auto& v = Vocabulary::builtin();
  for (const char* r : {"trains-on", "infers-on", "uses", "develops", "manufactures", "supplies", "buys", "sells-to",
                        "restricts", "permits", "pressures", "penalizes", "competes-with", "partners-with",
                        "invests-in", "owns", "variant-of", "part-of", "based-in", "leads"})
    CHECK_MESSAGE(v.relation(r) != nullptr, r);
  CHECK(v.allows("trains-on", "company", "chip"));
  CHECK(v.allows("trains-on", "model", "chip"));
  CHECK_FALSE(v.allows("trains-on", "government", "chip"));
  CHECK(v.allows("pressures", "government", "group"));
  CHECK_FALSE(v.allows("pressures", "company", "group"));
  CHECK(v.allows("part-of", "material", "chip"));
  CHECK(v.allows("leads", "person", "government"));
  CHECK(v.relation("competes-with")->symmetric);
  CHECK(v.relation("partners-with")->symmetric);
  CHECK_FALSE(v.relation("supplies")->symmetric);
}

TEST_CASE("a company buying from a company is read as supplies / reversed") {
  const auto* c = Vocabulary::builtin().coercion("buys", "company");
  REQUIRE(c != nullptr);
  CHECK(c->becomes == "supplies");
  CHECK(c->reverse);
}

TEST_CASE("a coercion for one subject type applies although the pair is allowed") {
  const Vocabulary& v = Vocabulary::builtin();
  REQUIRE(v.allows("uses", "chip", "material"));
  const auto* c = v.coercion("uses", "chip", "material");
  REQUIRE(c != nullptr);
  CHECK(c->becomes == "part-of");
  CHECK(c->reverse);
  // a company using a material is a use; a company using a company its supplier
  CHECK(v.coercion("uses", "company", "material") == nullptr);
  const auto* supplier = v.coercion("uses", "company", "company");
  REQUIRE(supplier != nullptr);
  CHECK(supplier->becomes == "supplies");
  // the object-only lookup never returns a subject-typed coercion
  CHECK(v.coercion("uses", "material") == nullptr);
}

TEST_CASE("statuses round-trip through their names") {
  for (auto s : {Status::asserted, Status::planned, Status::attempted, Status::negated})
    CHECK(parse_status(to_string(s)) == s);
  CHECK_FALSE(parse_status("maybe").has_value());
}

TEST_CASE("a pack may add a relation but not with unknown types") {
  Vocabulary v = Vocabulary::builtin();
  v.extend(R"({"types":[{"name":"facility"}],"relations":[{"name":"operates","subject":["company"],"object":["facility"]}]})",
           "user.json");
  CHECK(v.allows("operates", "company", "facility"));
  CHECK_THROWS_AS(v.extend(R"({"relations":[{"name":"x","subject":["nope"],"object":["chip"]}]})", "bad.json"), Error);
}

TEST_CASE("a fabless firm's manufacturing is read as another relation that must exist") {
  Vocabulary v = Vocabulary::builtin();
  REQUIRE(v.relation("manufactures") != nullptr);
  CHECK(v.relation("manufactures")->by_fabless == "develops");
  CHECK_THROWS_AS(v.extend(R"({"relations":[{"name":"packages","subject":["company"],"object":["chip"],)"
                           R"("by_fabless":"outsources"}]})",
                           "bad.json"),
                  Error);
}

TEST_CASE("a composition's from_vendor names node types") {
  Vocabulary v = Vocabulary::builtin();
  REQUIRE_FALSE(v.compositions().empty());
  CHECK(v.compositions()[0].from_vendor.count("chip") == 1);
  const std::string rule = R"({"compositions":[{"first":"manufactures","second":"develops","becomes":"supplies",)";
  CHECK_THROWS_WITH_AS(v.extend(rule + R"("from_vendor":true}]})", "bad.json"),
                       doctest::Contains("from_vendor"), Error);
  CHECK_THROWS_WITH_AS(v.extend(rule + R"("from_vendor":["gizmo"]}]})", "bad.json"),
                       doctest::Contains("from_vendor"), Error);
  v.extend(rule + R"("from_vendor":["model"]}]})", "user.json");
  CHECK(v.compositions().back().from_vendor.count("model") == 1);
}
