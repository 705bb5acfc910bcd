// DOT: parsed back by Graphviz's own parser (agmemread); every label survives
// escaping, including quotes, backslashes, a trailing backslash and keywords.
#include <doctest/doctest.h>
#include <graphviz/cgraph.h>

#include <memory>

#include "export/escape.h"
#include "export/exporter.h"
#include "export/style.h"
#include "graph/text.h"
#include "hostile.h"

using namespace chipgraph;

namespace {

// What Graphviz's parser gives back for a DOT-escaped string: \" -> ", \\ -> \ ;
// "\n" stays as the two characters (a label escape, applied at render time).
std::string unescape_dot(const std::string& s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\\' && i + 1 < s.size() && s[i + 1] == '"') {
      out += '"';
      ++i;
    } else {
      out += s[i];
    }
  }
  return out;
}

}  // namespace

TEST_CASE("DOT output parses with Graphviz and keeps every node and label") {
  const KnowledgeGraph kg = testing::hostile_graph();
  const std::string text = exporters::dot(kg);
  std::unique_ptr<Agraph_t, int (*)(Agraph_t*)> g(agmemread(text.c_str()), agclose);
  REQUIRE(g != nullptr);
  CHECK(static_cast<std::size_t>(agnnodes(g.get())) == kg.node_count());
  CHECK(static_cast<std::size_t>(agnedges(g.get())) == kg.edge_count());
  for (auto [v, end] = boost::vertices(kg.graph()); v != end; ++v) {
    std::string id = "n";
    id.append(std::to_string(*v));
    Agnode_t* n = agnode(g.get(), const_cast<char*>(id.c_str()), 0);
    REQUIRE(n != nullptr);
    const char* label = agget(n, const_cast<char*>("label"));
    REQUIRE(label != nullptr);
    CHECK(unescape_dot(exporters::dot_escape(exporters::short_label(kg.graph()[*v].label))) == label);
    const std::string tooltip = agget(n, const_cast<char*>("tooltip"));
    CHECK(tooltip.find(unescape_dot(exporters::dot_escape(kg.graph()[*v].label))) == 0);
    CHECK(std::string(agget(n, const_cast<char*>("type"))) == "company");
    CHECK(std::string(agget(n, const_cast<char*>("mentions"))) == std::to_string(kg.graph()[*v].mentions));
  }
}

TEST_CASE("DOT labels longer than 30 characters are shortened at a word / the full name kept as tooltip") {
  KnowledgeGraph kg;
  Mention m;
  m.doc = "d";
  m.subject = "Cyberspace Administration of China";
  m.subject_type = "government";
  m.relation = "pressures";
  m.object = "\xE5\x8D\x8E\xE4\xB8\xBA Technologies Company Limited of Shenzhen";
  m.object_type = "company";
  REQUIRE(kg.add(m).added);
  kg.finalize();
  const std::string text = exporters::dot(kg);
  CHECK(text.find("label=\"Cyberspace Administration of\xE2\x80\xA6\"") != std::string::npos);
  CHECK(text.find("tooltip=\"Cyberspace Administration of China (government)") != std::string::npos);
  CHECK(text.find("label=\"\xE5\x8D\x8E\xE4\xB8\xBA Technologies Company\xE2\x80\xA6\"") != std::string::npos);
  CHECK(exporters::short_label("short") == "short");
  CHECK(exporters::short_label("\xE5\x8D\x8E\xE4\xB8\xBA\xE5\x8D\x8E\xE4\xB8\xBA", 3) == "\xE5\x8D\x8E\xE4\xB8\xBA\xE2\x80\xA6");
}

TEST_CASE("DOT edges carry the data as attributes and the details in the tooltip") {
  const KnowledgeGraph kg = testing::hostile_graph();
  const std::string text = exporters::dot(kg);
  CHECK(text.find("quantity=\"250000\"") != std::string::npos);
  CHECK(text.find("when=\"2025-06\"") != std::string::npos);
  CHECK(text.find("relation=\"supplies\"") != std::string::npos);
  CHECK(text.find(", quantity 250000, value 5,000 \\\"USD\\\" <x>, when 2025-06\"") != std::string::npos);
}

TEST_CASE("DOT escaping: quotes / backslashes / a trailing backslash / newlines / controls") {
  CHECK(exporters::dot_escape("a\"b") == "a\\\"b");
  CHECK(exporters::dot_escape("end\\") == "end\\\\");
  CHECK(exporters::dot_escape("\\N") == "\\\\N");
  CHECK(exporters::dot_escape("two\nlines") == "two\\nlines");
  CHECK(exporters::dot_escape("bell\x07") == "bell");
}

TEST_CASE("rendering goes through libgvc and gives an SVG document") {
  const std::string svg = exporters::render(testing::hostile_graph(), "svg");
  CHECK(svg.find("<svg") != std::string::npos);
  CHECK(svg.find("</svg>") != std::string::npos);
}
