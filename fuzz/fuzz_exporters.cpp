// Fuzz target: every exporter fed arbitrary entity names, evidence and details.
// Each output must still parse: GraphML and GEXF with libxml2, DOT with
// Graphviz's agmemread, JSON and every JSON Lines line with RapidJSON.
#include <graphviz/cgraph.h>
#include <libxml/parser.h>
#include <rapidjson/document.h>

#include <sstream>
#include <string>
#include <vector>

#include "export/exporter.h"
#include "fuzz/check.h"
#include "graph/knowledge_graph.h"

namespace {

bool xml_parses(const std::string& text) {
  xmlDocPtr doc = xmlReadMemory(text.data(), static_cast<int>(text.size()), "fuzz.xml", nullptr,
                                XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_HUGE);
  if (!doc) return false;
  xmlFreeDoc(doc);
  return true;
}

bool json_parses(const std::string& text) {
  rapidjson::Document d;
  d.Parse(text.data(), text.size());
  return !d.HasParseError();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace chipgraph;
  // Fields separated by NUL bytes: names, then evidence texts, then details.
  std::vector<std::string> fields(1);
  for (size_t i = 0; i < size && fields.size() < 24; ++i) {
    if (data[i] == 0) fields.emplace_back();
    else fields.back() += static_cast<char>(data[i]);
  }
  while (fields.size() < 6) fields.emplace_back("x");
  static const char* const relations[] = {"supplies", "competes-with", "develops", "restricts"};
  static const char* const subject_types[] = {"company", "company", "company", "government"};
  static const char* const object_types[] = {"company", "company", "chip", "company"};
  KnowledgeGraph graph;
  for (size_t i = 0; i + 2 < fields.size(); i += 3) {
    Mention m;
    const size_t r = (i / 3) % 4;
    m.doc = "doc" + std::to_string(i);
    m.subject = fields[i];
    m.object = fields[i + 1];
    m.subject_type = subject_types[r];
    m.object_type = object_types[r];
    m.relation = relations[r];
    m.date = (i % 2) ? "2025-03-04" : "";
    m.evidence.text = fields[i + 2];
    m.details.value = fields[i + 2].substr(0, 12);
    m.details.when = fields[i].substr(0, 10);
    graph.add(m);
  }
  graph.finalize();
  exporters::ExportOptions options;
  FUZZ_CHECK(xml_parses(exporters::graphml(graph, options)));
  FUZZ_CHECK(xml_parses(exporters::gexf(graph, options)));
  FUZZ_CHECK(json_parses(exporters::json(graph, options)));
  std::istringstream lines(exporters::edges_jsonl(graph));
  for (std::string line; std::getline(lines, line);) FUZZ_CHECK(json_parses(line));
  const std::string dot = exporters::dot(graph, options);
  agseterr(AGMAX);
  Agraph_t* g = agmemread(dot.c_str());
  FUZZ_CHECK(g != nullptr);
  if (g) agclose(g);
  return 0;
}
