// JSON forms of merged edges, written with RapidJSON.
#include "export/evidence_json.h"

#include "export/escape.h"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <cmath>

namespace chipgraph::exporters {
namespace {

using Writer = rapidjson::Writer<rapidjson::StringBuffer>;

void string(Writer& w, std::string_view s) { w.String(s.data(), static_cast<rapidjson::SizeType>(s.size())); }

// The optional numbers and time of a fact, only those present.
void details(Writer& w, const Details& d) {
  for (auto [key, value] : {std::pair{"quantity", &d.quantity}, std::pair{"value", &d.value}, std::pair{"when", &d.when}})
    if (!value->empty()) {
      w.Key(key);
      string(w, *value);
    }
}

void evidence_object(Writer& w, const EvidenceRecord& ev) {
  w.StartObject();
  w.Key("doc");
  string(w, ev.doc);
  w.Key("date");
  string(w, ev.date);
  w.Key("status");
  string(w, to_string(ev.status));
  w.Key("confidence");
  w.Double(std::round(ev.confidence * 1000.0) / 1000.0);
  w.Key("text");
  string(w, ev.evidence.text);
  w.Key("start");
  w.Uint64(ev.evidence.start);
  w.Key("end");
  w.Uint64(ev.evidence.end);
  w.Key("part");
  string(w, ev.evidence.part);
  details(w, ev.details);
  w.EndObject();
}

void evidence_array(Writer& w, const EdgeProps& edge) {
  w.StartArray();
  for (const auto& ev : edge.evidence) evidence_object(w, ev);
  w.EndArray();
}

}  // namespace

std::string evidence_json(const EdgeProps& edge) {
  rapidjson::StringBuffer buffer;
  Writer w(buffer);
  w.SetMaxDecimalPlaces(3);
  evidence_array(w, edge);
  return std::string(buffer.GetString(), buffer.GetSize());
}

void append_evidence_json_xml(std::string& out, const EdgeProps& edge) {
  rapidjson::StringBuffer buffer;
  out += '[';
  for (std::size_t i = 0; i < edge.evidence.size(); ++i) {
    if (i > 0) out += ',';
    buffer.Clear();
    Writer w(buffer);
    w.SetMaxDecimalPlaces(3);
    evidence_object(w, edge.evidence[i]);
    xml_escape_append(out, std::string_view(buffer.GetString(), buffer.GetSize()));
  }
  out += ']';
}

std::string edge_json_line(const BoostGraph& g, EdgeDesc e) {
  const auto& s = g[boost::source(e, g)];
  const auto& t = g[boost::target(e, g)];
  const auto& p = g[e];
  rapidjson::StringBuffer buffer;
  Writer w(buffer);
  w.SetMaxDecimalPlaces(3);
  w.StartObject();
  w.Key("subject");
  string(w, s.label);
  w.Key("subject_type");
  string(w, s.type);
  w.Key("relation");
  string(w, p.relation);
  w.Key("object");
  string(w, t.label);
  w.Key("object_type");
  string(w, t.type);
  w.Key("weight");
  w.Uint64(p.weight);
  w.Key("articles");
  w.Uint64(p.articles);
  w.Key("first_seen");
  string(w, p.first_seen);
  w.Key("last_seen");
  string(w, p.last_seen);
  w.Key("status");
  string(w, to_string(p.status()));
  w.Key("status_counts");
  w.StartObject();
  for (int i = 0; i < status_count; ++i) {
    const auto name = to_string(static_cast<Status>(i));
    w.Key(name.data(), static_cast<rapidjson::SizeType>(name.size()));
    w.Uint64(p.status_counts[i]);
  }
  w.EndObject();
  w.Key("confidence");
  w.Double(std::round(p.confidence * 1000.0) / 1000.0);
  details(w, p.details);
  w.Key("evidence");
  evidence_array(w, p);
  w.EndObject();
  return std::string(buffer.GetString(), buffer.GetSize());
}

}  // namespace chipgraph::exporters
