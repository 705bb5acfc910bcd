// Reading a graph back: snapshots directly, GraphML written by chipgraph through
// Boost's read_graphml, its evidence attribute replayed as mentions.
#include <boost/graph/graphml.hpp>

#include <rapidjson/document.h>

#include <fstream>
#include <iterator>
#include <sstream>

#include "graph/error.h"
#include "graph/snapshot.h"

namespace chipgraph {
namespace {

struct RawNode {
  std::string label, type, discovered;
};
struct RawEdge {
  std::string relation, evidence;
};
using RawGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS, RawNode, RawEdge>;

std::string member(const rapidjson::Value& o, const char* key) {
  auto it = o.FindMember(key);
  return it != o.MemberEnd() && it->value.IsString() ? std::string(it->value.GetString(), it->value.GetStringLength())
                                                     : std::string();
}

std::uint64_t number(const rapidjson::Value& o, const char* key) {
  auto it = o.FindMember(key);
  return it != o.MemberEnd() && it->value.IsUint64() ? it->value.GetUint64() : 0;
}

KnowledgeGraph read_graphml(const std::string& path, const Vocabulary& vocabulary) {
  std::ifstream file(path, std::ios::binary);
  if (!file) fail("{}: cannot open", path);
  std::string text((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
  // Boost's reader converts a GraphML boolean with lexical_cast<bool>, which
  // takes only 0 and 1, so "true"/"false" are read as the strings they are.
  for (std::size_t at = 0; (at = text.find("attr.type=\"boolean\"", at)) != std::string::npos;)
    text.replace(at, 19, "attr.type=\"string\"");
  std::istringstream in(std::move(text));
  RawGraph raw;
  boost::dynamic_properties dp(boost::ignore_other_properties);
  dp.property("label", boost::get(&RawNode::label, raw));
  dp.property("type", boost::get(&RawNode::type, raw));
  dp.property("discovered", boost::get(&RawNode::discovered, raw));
  dp.property("relation", boost::get(&RawEdge::relation, raw));
  dp.property("evidence", boost::get(&RawEdge::evidence, raw));
  try {
    boost::read_graphml(in, raw, dp);
  } catch (const std::exception& error) {
    fail("{}: cannot read as GraphML: {}", path, error.what());
  }
  KnowledgeGraph kg(vocabulary);
  std::size_t id = 0;
  for (auto [e, end] = boost::edges(raw); e != end; ++e, ++id) {
    const RawNode& s = raw[boost::source(*e, raw)];
    const RawNode& t = raw[boost::target(*e, raw)];
    rapidjson::Document evidence;
    evidence.Parse(raw[*e].evidence.data(), raw[*e].evidence.size());
    if (evidence.HasParseError() || !evidence.IsArray() || evidence.Empty())
      fail("{}: edge e{} has no evidence array: only GraphML written by chipgraph can be read back", path, id);
    for (const auto& r : evidence.GetArray()) {
      if (!r.IsObject()) fail("{}: edge e{}: an evidence entry is not an object", path, id);
      Mention m;
      m.subject = s.label;
      m.subject_type = s.type;
      m.subject_discovered = s.discovered == "true";
      m.object = t.label;
      m.object_type = t.type;
      m.object_discovered = t.discovered == "true";
      m.relation = raw[*e].relation;
      m.doc = member(r, "doc");
      m.date = member(r, "date");
      const auto status = parse_status(member(r, "status"));
      if (!status) fail("{}: edge e{}: evidence with an unknown status", path, id);
      m.status = *status;
      auto c = r.FindMember("confidence");
      m.confidence = c != r.MemberEnd() && c->value.IsNumber() ? c->value.GetDouble() : 1.0;
      m.evidence.text = member(r, "text");
      m.evidence.start = number(r, "start");
      m.evidence.end = number(r, "end");
      m.evidence.part = member(r, "part");
      m.details = {member(r, "quantity"), member(r, "value"), member(r, "when")};
      if (AddResult added = kg.add(m); !added.added) fail("{}: edge e{}: {}", path, id, added.reason);
    }
  }
  kg.finalize();
  return kg;
}

}  // namespace

KnowledgeGraph read_graph(const std::string& path, const Vocabulary& vocabulary) {
  if (names_snapshot(path)) {
    Snapshot snapshot(path, vocabulary, true);
    return std::move(snapshot.graph());
  }
  return read_graphml(path, vocabulary);
}

}  // namespace chipgraph
