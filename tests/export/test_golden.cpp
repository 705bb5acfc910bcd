// Golden files: the fixture graph (tests/data/fixture) written in every format
// and compared with tests/data/golden/ byte for byte. Layout coordinates come
// from Graphviz and depend on the fonts installed, so they (and the SVG's
// geometry) are masked on both sides first; everything else must match exactly.
// To regenerate on purpose: CHIPGRAPH_UPDATE_GOLDEN=1 build/tests/test_export
// -tc='golden*', then review the diff (see tests/data/golden/README.md).
#include <doctest/doctest.h>

#include <cstdlib>
#include <fstream>
#include <regex>
#include <sstream>

#include "export/exporter.h"
#include "fixture.h"

using namespace chipgraph;

namespace {

std::string golden_path(const std::string& name) { return std::string(CHIPGRAPH_TEST_DATA) + "/golden/" + name; }

std::string read(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// Layout-dependent numbers replaced by "#": positions in GEXF, JSON and yEd
// GraphML; every number and path in SVG.
std::string masked(std::string text, bool svg) {
  static const std::regex position(R"(((?:viz:position|y:Geometry) x=")[^"]*(" y=")[^"]*")");
  static const std::regex json_xy(R"(("x":)-?[0-9.e+-]+(,"y":)-?[0-9.e+-]+)");
  static const std::regex svg_geometry(R"(( (?:d|points|viewBox|transform)=")[^"]*")");
  static const std::regex number(R"(-?[0-9]+(\.[0-9]+)?)");
  text = std::regex_replace(text, position, "$1#$2#\"");
  text = std::regex_replace(text, json_xy, "$1#$2#");
  if (svg) {
    text = std::regex_replace(text, svg_geometry, "$1#\"");
    text = std::regex_replace(text, number, "#");
  }
  return text;
}

void check_golden(const std::string& name, const std::string& actual, bool svg = false) {
  const std::string path = golden_path(name);
  if (const char* update = std::getenv("CHIPGRAPH_UPDATE_GOLDEN"); update && std::string(update) == "1") {
    std::ofstream(path, std::ios::binary) << actual;
    MESSAGE("rewrote " << path);
    return;
  }
  const std::string expected = read(path);
  REQUIRE_MESSAGE(!expected.empty(), path << " is missing; see tests/data/golden/README.md");
  const std::string a = masked(actual, svg), e = masked(expected, svg);
  if (a != e) {
    std::size_t at = 0;
    while (at < a.size() && at < e.size() && a[at] == e[at]) ++at;
    FAIL_CHECK(name << " differs from the golden file at byte " << at << ":\n  expected: "
                    << e.substr(at > 60 ? at - 60 : 0, 160) << "\n  actual:   " << a.substr(at > 60 ? at - 60 : 0, 160));
  }
}

}  // namespace

TEST_CASE("golden GraphML") { check_golden("fixture.graphml", exporters::graphml(testing::fixture_graph())); }

TEST_CASE("golden GraphML for yEd") {
  check_golden("fixture.yed.graphml", exporters::graphml(testing::fixture_graph(), {"", true}));
}

TEST_CASE("golden GEXF") { check_golden("fixture.gexf", exporters::gexf(testing::fixture_graph())); }

TEST_CASE("golden JSON") { check_golden("fixture.json", exporters::json(testing::fixture_graph())); }

TEST_CASE("golden CSV") {
  check_golden("fixture.nodes.csv", exporters::csv_nodes(testing::fixture_graph()));
  check_golden("fixture.edges.csv", exporters::csv_edges(testing::fixture_graph()));
}

TEST_CASE("golden DOT") { check_golden("fixture.dot", exporters::dot(testing::fixture_graph())); }

TEST_CASE("golden JSONL") { check_golden("fixture.jsonl", exporters::edges_jsonl(testing::fixture_graph())); }

TEST_CASE("golden SVG") { check_golden("fixture.svg", exporters::render(testing::fixture_graph(), "svg"), true); }

// PNG bytes depend on the fonts and Cairo build, so the PNG is checked for what
// holds everywhere: the signature and a plausible size in its IHDR chunk.
TEST_CASE("golden PNG: a PNG picture of plausible size") {
  const std::string png = exporters::render(testing::fixture_graph(), "png");
  REQUIRE(png.size() > 33);
  CHECK(png.compare(0, 8, "\x89PNG\r\n\x1a\n") == 0);
  CHECK(png.compare(12, 4, "IHDR") == 0);
  auto be32 = [&](std::size_t at) {
    return (static_cast<unsigned char>(png[at]) << 24) | (static_cast<unsigned char>(png[at + 1]) << 16) |
           (static_cast<unsigned char>(png[at + 2]) << 8) | static_cast<unsigned char>(png[at + 3]);
  };
  CHECK(be32(16) > 200u);
  CHECK(be32(20) > 100u);
}
