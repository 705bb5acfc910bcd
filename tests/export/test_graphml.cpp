// GraphML: read back with Boost's read_graphml and compare every attribute;
// hostile names survive; keys are typed and one per domain.
#include <doctest/doctest.h>

#include <boost/graph/graphml.hpp>
#include <boost/property_tree/ptree.hpp>
#include <boost/property_tree/xml_parser.hpp>

#include <sstream>

#include "export/escape.h"
#include "export/evidence_json.h"
#include "export/exporter.h"
#include "hostile.h"

using namespace chipgraph;

namespace {

struct RV {
  std::string label, type;
  std::string discovered;  // Boost 1.74 reads GraphML booleans as 0/1 only, so compare the text
  long mentions = 0, articles = 0;
};
struct RE {
  std::string label, relation, first_seen, last_seen, status, evidence;
  double weight = 0, confidence = 0;
  long articles = 0, asserted = 0, planned = 0, attempted = 0, negated = 0;
};
using ReadGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS, RV, RE>;

ReadGraph read_back(const std::string& text) {
  ReadGraph g;
  boost::dynamic_properties dp(boost::ignore_other_properties);
  dp.property("label", boost::get(&RV::label, g));
  dp.property("type", boost::get(&RV::type, g));
  dp.property("discovered", boost::get(&RV::discovered, g));
  dp.property("mentions", boost::get(&RV::mentions, g));
  dp.property("articles", boost::get(&RV::articles, g));
  dp.property("label", boost::get(&RE::label, g));
  dp.property("relation", boost::get(&RE::relation, g));
  dp.property("weight", boost::get(&RE::weight, g));
  dp.property("articles", boost::get(&RE::articles, g));
  dp.property("first_seen", boost::get(&RE::first_seen, g));
  dp.property("last_seen", boost::get(&RE::last_seen, g));
  dp.property("status", boost::get(&RE::status, g));
  dp.property("asserted", boost::get(&RE::asserted, g));
  dp.property("planned", boost::get(&RE::planned, g));
  dp.property("attempted", boost::get(&RE::attempted, g));
  dp.property("negated", boost::get(&RE::negated, g));
  dp.property("confidence", boost::get(&RE::confidence, g));
  dp.property("evidence", boost::get(&RE::evidence, g));
  // Boost 1.74's reader parses GraphML booleans with lexical_cast<bool>, which
  // takes only 0/1, while the GraphML spec (and Gephi, NetworkX, graphology)
  // use true/false. Read the one boolean key as a string to compare its text.
  std::string patched = text;
  const std::string boolean = "attr.name=\"discovered\" attr.type=\"boolean\"";
  const auto at = patched.find(boolean);
  REQUIRE(at != std::string::npos);
  patched.replace(at, boolean.size(), "attr.name=\"discovered\" attr.type=\"string\"");
  std::istringstream in(patched);
  boost::read_graphml(in, g, dp);
  return g;
}

}  // namespace

TEST_CASE("GraphML written by chipgraph reads back with every attribute / hostile names included") {
  const KnowledgeGraph kg = testing::hostile_graph();
  const BoostGraph& g = kg.graph();
  const std::string text = exporters::graphml(kg);
  ReadGraph r = read_back(text);
  REQUIRE(boost::num_vertices(r) == boost::num_vertices(g));
  REQUIRE(boost::num_edges(r) == boost::num_edges(g));
  for (std::size_t v = 0; v < boost::num_vertices(g); ++v) {
    CHECK(r[v].label == g[v].label);
    CHECK(r[v].type == g[v].type);
    CHECK(r[v].discovered == (g[v].discovered ? "true" : "false"));
    CHECK(r[v].mentions == static_cast<long>(g[v].mentions));
    CHECK(r[v].articles == static_cast<long>(g[v].articles));
  }
  auto re = boost::edges(r).first;
  for (auto [e, end] = boost::edges(g); e != end; ++e, ++re) {
    const EdgeProps& p = g[*e];
    CHECK(boost::source(*re, r) == boost::source(*e, g));
    CHECK(boost::target(*re, r) == boost::target(*e, g));
    CHECK(r[*re].label == p.relation);
    CHECK(r[*re].relation == p.relation);
    CHECK(r[*re].weight == static_cast<double>(p.weight));
    CHECK(r[*re].articles == static_cast<long>(p.articles));
    CHECK(r[*re].first_seen == p.first_seen);
    CHECK(r[*re].last_seen == p.last_seen);
    CHECK(r[*re].status == to_string(p.status()));
    CHECK(r[*re].asserted == static_cast<long>(p.status_counts[0]));
    CHECK(r[*re].negated == static_cast<long>(p.status_counts[3]));
    CHECK(r[*re].confidence == doctest::Approx(p.confidence).epsilon(0.001));
    CHECK(r[*re].evidence == exporters::evidence_json(kg, *e));
  }
}

TEST_CASE("GraphML keys are typed / one per domain / never for=all / and carry no forbidden characters") {
  const std::string text = exporters::graphml(testing::hostile_graph());
  CHECK(text.find("for=\"all\"") == std::string::npos);
  CHECK(text.find("attr.name=\"label\" attr.type=\"string\"") != std::string::npos);
  CHECK(text.find("for=\"edge\" attr.name=\"weight\" attr.type=\"double\"") != std::string::npos);
  CHECK(text.find("nan") == std::string::npos);
  CHECK(text.find('\x07') == std::string::npos);
  for (char c : text) CHECK_MESSAGE((static_cast<unsigned char>(c) >= 0x20 || c == '\n'), "control byte");
}

TEST_CASE("XML escaping handles markup characters and drops what XML forbids") {
  CHECK(exporters::xml_escape("a<b>&\"c'") == "a&lt;b&gt;&amp;&quot;c&apos;");
  CHECK(exporters::xml_escape("x\x01y\xC2\x85z\xEF\xBF\xBE") == "xyz");
  CHECK(exporters::xml_escape("\xE5\x8D\x8E") == "\xE5\x8D\x8E");
  // character data keeps quotes, escapes the rest and drops the same characters
  CHECK(exporters::xml_text_escape("a<b>&\"c'\t") == "a&lt;b&gt;&amp;\"c'&#9;");
  CHECK(exporters::xml_text_escape("x\x01y\xC2\x85z\xEF\xBF\xBE\x7F") == "xyz");
}

TEST_CASE("GraphML --yed adds yFiles labels with the full name / colours and shapes / typed keys for other readers") {
  const KnowledgeGraph kg = testing::hostile_graph();
  const std::string text = exporters::graphml(kg, {"", true});
  CHECK(text.find("xmlns:y=\"http://www.yworks.com/xml/graphml\"") != std::string::npos);
  CHECK(text.find("attr.type=\"string\" yfiles.type=\"nodegraphics\"") != std::string::npos);
  CHECK(text.find("attr.type=\"string\" yfiles.type=\"edgegraphics\"") != std::string::npos);
  std::istringstream in(text);
  boost::property_tree::ptree doc;
  boost::property_tree::read_xml(in, doc);
  std::size_t v = 0, edges = 0;
  for (const auto& [tag, element] : doc.get_child("graphml.graph")) {
    for (const auto& [data_tag, data] : element) {
      if (data_tag != "data" || data.get<std::string>("<xmlattr>.key") != (tag == "node" ? "v_yed" : "e_yed")) continue;
      if (tag == "node") {
        CHECK(data.get<std::string>("y:ShapeNode.y:NodeLabel") == kg.graph()[v].label);
        CHECK(data.get<std::string>("y:ShapeNode.y:Fill.<xmlattr>.color") == "#4e79a7");
        CHECK(data.get<std::string>("y:ShapeNode.y:Shape.<xmlattr>.type") == "rectangle");
      } else {
        CHECK(data.get<std::string>("y:PolyLineEdge.y:EdgeLabel") == "supplies");
        ++edges;
      }
    }
    if (tag == "node") ++v;
  }
  CHECK(v == kg.node_count());
  CHECK(edges == kg.edge_count());
  CHECK(exporters::graphml(kg).find("yfiles") == std::string::npos);
}

TEST_CASE("GraphML leaves out a quantity that is no integer / since the key is typed long") {
  const std::string text = exporters::graphml(testing::hostile_graph());
  CHECK(text.find("<data key=\"e_quantity\">250000</data>") != std::string::npos);
  CHECK(text.find("<data key=\"e_quantity\">12abc</data>") == std::string::npos);
}

TEST_CASE("fuzz regression: invalid UTF-8 in names and evidence becomes U+FFFD / and the GraphML is well-formed") {
  KnowledgeGraph g;
  Mention m;
  m.doc = "d\xff";
  m.subject = "Say \"hi\xde\xdf\xc3\xd9";
  m.subject_type = "company";
  m.relation = "supplies";
  m.object = "ASML\xef\xbf\xbe";
  m.object_type = "company";
  m.evidence.text = "bad \xc3 byte";
  REQUIRE(g.add(m).added);
  g.finalize();
  const std::string xml = exporters::graphml(g);
  CHECK(xml.find("\xef\xbf\xbd") != std::string::npos);  // U+FFFD
  CHECK(xml.find("\xef\xbf\xbe") == std::string::npos);  // U+FFFE dropped
  std::istringstream in(xml);
  boost::property_tree::ptree tree;
  CHECK_NOTHROW(boost::property_tree::read_xml(in, tree));
}
