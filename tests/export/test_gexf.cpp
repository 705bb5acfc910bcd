// GEXF: parsed back with an XML parser; typed attributes, viz, kind, spells from
// article dates, and hostile names and evidence survive.
#include <doctest/doctest.h>

#include <boost/property_tree/ptree.hpp>
#include <boost/property_tree/xml_parser.hpp>

#include <set>
#include <sstream>

#include "export/evidence_json.h"
#include "export/exporter.h"
#include "export/style.h"
#include "fixture.h"
#include "hostile.h"

using namespace chipgraph;
using boost::property_tree::ptree;

namespace {

ptree parse(const std::string& text) {
  std::istringstream in(text);
  ptree tree;
  boost::property_tree::read_xml(in, tree);
  return tree;
}

std::map<std::string, std::string> attvalues(const ptree& element) {
  std::map<std::string, std::string> out;
  if (auto values = element.get_child_optional("attvalues"))
    for (const auto& [name, v] : *values) out[v.get<std::string>("<xmlattr>.for")] = v.get<std::string>("<xmlattr>.value");
  return out;
}

std::vector<std::string> spells(const ptree& element) {
  std::vector<std::string> out;
  if (auto s = element.get_child_optional("spells"))
    for (const auto& [name, spell] : *s) {
      CHECK(spell.get<std::string>("<xmlattr>.start") == spell.get<std::string>("<xmlattr>.end"));
      out.push_back(spell.get<std::string>("<xmlattr>.start"));
    }
  return out;
}

std::vector<const ptree*> children(const ptree& parent, const std::string& tag) {
  std::vector<const ptree*> out;
  for (const auto& [name, child] : parent)
    if (name == tag) out.push_back(&child);
  return out;
}

}  // namespace

TEST_CASE("GEXF is version 1.3 / dynamic with dates / with typed attribute declarations") {
  const ptree doc = parse(exporters::gexf(testing::fixture_graph()));
  CHECK(doc.get<std::string>("gexf.<xmlattr>.version") == "1.3");
  CHECK(doc.get<std::string>("gexf.<xmlattr>.xmlns") == "http://gexf.net/1.3");
  CHECK(doc.get<std::string>("gexf.<xmlattr>.xmlns:viz") == "http://gexf.net/1.3/viz");
  const ptree& graph = doc.get_child("gexf.graph");
  CHECK(graph.get<std::string>("<xmlattr>.mode") == "dynamic");
  CHECK(graph.get<std::string>("<xmlattr>.timeformat") == "date");
  CHECK(graph.get<std::string>("<xmlattr>.defaultedgetype") == "directed");
  std::map<std::string, std::string> types;
  for (const ptree* attributes : children(graph, "attributes"))
    for (const ptree* a : children(*attributes, "attribute")) {
      CHECK(a->get<std::string>("<xmlattr>.id") == a->get<std::string>("<xmlattr>.title"));
      types[attributes->get<std::string>("<xmlattr>.class") + "." + a->get<std::string>("<xmlattr>.id")] =
          a->get<std::string>("<xmlattr>.type");
    }
  CHECK(types["node.type"] == "string");
  CHECK(types["node.discovered"] == "boolean");
  CHECK(types["node.mentions"] == "long");
  CHECK(types["edge.confidence"] == "double");
  CHECK(types["edge.quantity"] == "long");
  CHECK(types["edge.evidence"] == "string");
}

TEST_CASE("GEXF nodes and edges carry every attribute / viz and spells from the article dates") {
  const KnowledgeGraph kg = testing::fixture_graph();
  const BoostGraph& g = kg.graph();
  const ptree doc = parse(exporters::gexf(kg));
  const auto nodes = children(doc.get_child("gexf.graph.nodes"), "node");
  const auto edges = children(doc.get_child("gexf.graph.edges"), "edge");
  REQUIRE(nodes.size() == kg.node_count());
  REQUIRE(edges.size() == kg.edge_count());
  std::vector<std::set<std::string>> node_dates(kg.node_count());
  std::size_t i = 0;
  for (auto [e, end] = boost::edges(g); e != end; ++e, ++i) {
    const EdgeProps& p = g[*e];
    const ptree& x = *edges[i];
    CHECK(x.get<std::string>("<xmlattr>.source") == "n" + std::to_string(boost::source(*e, g)));
    CHECK(x.get<std::string>("<xmlattr>.kind") == p.relation);
    CHECK(x.get<std::string>("<xmlattr>.label") == p.relation);
    CHECK(x.get<std::uint64_t>("<xmlattr>.weight") == p.weight);
    auto values = attvalues(x);
    CHECK(values["relation"] == p.relation);
    CHECK(values["status"] == to_string(p.status()));
    CHECK(values["articles"] == std::to_string(p.articles));
    CHECK(values["negated"] == std::to_string(p.status_counts[3]));
    CHECK(values["evidence"] == exporters::evidence_json(kg, *e));
    CHECK(values.count("first_seen") == !p.first_seen.empty());
    CHECK(values["quantity"] == p.details().quantity);
    CHECK(values["value"] == p.details().value);
    CHECK(values["when"] == p.details().when);
    const auto dates = spells(x);
    CHECK(dates == exporters::report_dates(kg, p));
    for (const auto& d : dates) {
      node_dates[boost::source(*e, g)].insert(d);
      node_dates[boost::target(*e, g)].insert(d);
    }
    CHECK(x.get<std::string>("viz:shape.<xmlattr>.value") == exporters::line_style(p.status()));
  }
  for (std::size_t v = 0; v < nodes.size(); ++v) {
    const ptree& x = *nodes[v];
    CHECK(x.get<std::string>("<xmlattr>.label") == g[v].label);
    auto values = attvalues(x);
    CHECK(values["type"] == g[v].type);
    CHECK(values["mentions"] == std::to_string(g[v].mentions));
    CHECK(values["discovered"] == (g[v].discovered ? "true" : "false"));
    const auto dates = spells(x);
    CHECK(std::set<std::string>(dates.begin(), dates.end()) == node_dates[v]);
    const auto color = exporters::rgb(exporters::node_color(kg.vocabulary(), g[v].type));
    CHECK(x.get<int>("viz:color.<xmlattr>.r") == color[0]);
    CHECK(x.get<int>("viz:color.<xmlattr>.b") == color[2]);
    CHECK_FALSE(x.get_optional<std::string>("viz:color.<xmlattr>.a"));  // Gephi Lite drops colours with alpha
    CHECK(x.get<double>("viz:size.<xmlattr>.value") == doctest::Approx(exporters::node_size(g[v].mentions)).epsilon(0.01));
    CHECK(x.get_optional<double>("viz:position.<xmlattr>.x"));
  }
}

TEST_CASE("GEXF spells: the undated mention adds none / each article date one") {
  const KnowledgeGraph kg = testing::fixture_graph();
  const ptree doc = parse(exporters::gexf(kg));
  for (const ptree* x : children(doc.get_child("gexf.graph.edges"), "edge")) {
    const auto source = x->get<std::string>("<xmlattr>.source");
    const auto kind = x->get<std::string>("<xmlattr>.kind");
    if (kind == "trains-on") CHECK(spells(*x) == std::vector<std::string>{"2025-03-05"});
    if (kind == "supplies")
      CHECK(spells(*x) == std::vector<std::string>{"2025-01-10", "2025-03-05", "2025-05-01"});
  }
}

TEST_CASE("GEXF keeps hostile names and evidence / drops a quantity that is no integer") {
  const KnowledgeGraph kg = testing::hostile_graph();
  const BoostGraph& g = kg.graph();
  const std::string text = exporters::gexf(kg);
  for (char c : text) CHECK_MESSAGE((static_cast<unsigned char>(c) >= 0x20 || c == '\n'), "control byte");
  const ptree doc = parse(text);
  const auto nodes = children(doc.get_child("gexf.graph.nodes"), "node");
  REQUIRE(nodes.size() == kg.node_count());
  for (std::size_t v = 0; v < nodes.size(); ++v) CHECK(nodes[v]->get<std::string>("<xmlattr>.label") == g[v].label);
  std::size_t i = 0, quantities = 0;
  const auto edges = children(doc.get_child("gexf.graph.edges"), "edge");
  for (auto [e, end] = boost::edges(g); e != end; ++e, ++i) {
    auto values = attvalues(*edges[i]);
    CHECK(values["evidence"] == exporters::evidence_json(kg, *e));
    CHECK(values["value"] == g[*e].details().value);
    if (values.count("quantity")) {
      CHECK(exporters::plain_integer(values["quantity"]));
      ++quantities;
    }
  }
  CHECK(quantities == 1);  // "250000" kept, "12abc" left to the evidence
}
