// JSON forms of merged edges: RapidJSON, and the same bytes written directly
// from the evidence store for the records themselves (one edge can have tens of
// thousands).
#include "export/evidence_json.h"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <array>
#include <cmath>
#include <utility>

#include "export/escape.h"

namespace chipgraph::exporters {
namespace {

using Writer = rapidjson::Writer<rapidjson::StringBuffer>;

void string(Writer& w, std::string_view s) { w.String(s.data(), static_cast<rapidjson::SizeType>(s.size())); }

// The optional numbers and time of a fact, only those present.
void details(Writer& w, const Details& d) {
  for (auto [key, value] :
       {std::pair{"quantity", &d.quantity}, std::pair{"value", &d.value}, std::pair{"when", &d.when}})
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

// A JSON string as RapidJSON's Writer writes it: quote, backslash and C0
// controls escaped (\b \t \n \f \r, else \u00XX), every other byte as it is.
// With `xml`, the result is also escaped as XML character data, as
// xml_text_escape() would: & < > as entities (quotes need none inside an
// element), and what XML forbids dropped (DEL, C1 controls, U+FFFE and U+FFFF;
// JSON has already turned C0 controls into escapes), in one pass.
// The bytes json_string<xml> copies as they are.
template <bool xml>
constexpr std::array<bool, 256> plain_bytes() {
  std::array<bool, 256> plain{};
  for (int c = 0x20; c < 256; ++c) plain[c] = c != '"' && c != '\\';
  if (xml)
    for (int c : {int{'&'}, int{'<'}, int{'>'}, 0x7F, 0xC2, 0xEF}) plain[c] = false;
  return plain;
}

template <bool xml>
void json_string(std::string& out, std::string_view s) {
  static constexpr char hex[] = "0123456789ABCDEF";
  static constexpr std::array<bool, 256> plain = plain_bytes<xml>();
  out += '"';
  std::size_t run = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (plain[c]) continue;
    out.append(s, run, i - run);
    run = i + 1;
    if constexpr (xml) {
      switch (c) {
        case '&':
          out += "&amp;";
          continue;
        case '<':
          out += "&lt;";
          continue;
        case '>':
          out += "&gt;";
          continue;
        case 0x7F:
          continue;
        case 0xC2:
        case 0xEF:  // the lead byte of a character XML may forbid: dropped whole if it does
          if (const std::size_t n = forbidden_multibyte(s, i))
            run = (i += n - 1) + 1;
          else
            out += static_cast<char>(c);
          continue;
        default:
          break;
      }
    }
    out += '\\';
    switch (c) {
      case '"':
        out += '"';
        break;
      case '\\':
        out += '\\';
        break;
      case '\b':
        out += 'b';
        break;
      case '\t':
        out += 't';
        break;
      case '\n':
        out += 'n';
        break;
      case '\f':
        out += 'f';
        break;
      case '\r':
        out += 'r';
        break;
      default:
        out += "u00";
        out += hex[c >> 4];
        out += hex[c & 0xF];
    }
  }
  out.append(s, run, s.size() - run);
  out += '"';
}

template <bool xml>
void record_json(std::string& out, const EvidenceStore& store, const EvidenceRef& ref, std::string& scratch) {
  const EvidenceStore::Stored s = store.read(ref, scratch);
  char number[32];
  out += "{\"doc\":";
  json_string<xml>(out, store.name(ref.doc()));
  out += ",\"date\":";
  json_string<xml>(out, store.name(ref.date()));
  out += ",\"status\":";
  json_string<xml>(out, to_string(ref.status()));
  out += ",\"confidence\":";
  // as Writer::Double with 3 decimal places: the same digits, "1.0" for one
  out.append(number, rapidjson::internal::dtoa(std::round(ref.confidence() * 1000.0) / 1000.0, number, 3));
  out += ",\"text\":";
  json_string<xml>(out, s.text);
  out += ",\"start\":";
  out.append(number, rapidjson::internal::u64toa(s.start, number));
  out += ",\"end\":";
  out.append(number, rapidjson::internal::u64toa(s.end, number));
  out += ",\"part\":";
  json_string<xml>(out, store.part(ref));
  const std::pair<std::string_view, std::string_view> numbers[] = {
      {",\"quantity\":", s.quantity}, {",\"value\":", s.value}, {",\"when\":", s.when}};
  for (const auto& [key, value] : numbers)
    if (!value.empty()) {
      out += key;
      json_string<xml>(out, value);
    }
  out += '}';
}

template <bool xml>
void append_slice(std::string& out, const KnowledgeGraph& kg, EdgeDesc e, std::size_t from, std::size_t to) {
  const EvidenceStore& store = kg.evidence_store();
  const auto& refs = kg.graph()[e].evidence;
  std::string scratch;
  if (from == 0) out += '[';
  for (std::size_t i = from; i < to && i < refs.size(); ++i) {
    if (i > 0) out += ',';
    record_json<xml>(out, store, refs[i], scratch);
  }
  if (to >= refs.size()) out += ']';
}

}  // namespace

std::string evidence_record_json(const EvidenceRecord& record) {
  rapidjson::StringBuffer buffer;
  Writer w(buffer);
  w.SetMaxDecimalPlaces(3);
  evidence_object(w, record);
  return std::string(buffer.GetString(), buffer.GetSize());
}

void append_record_json(std::string& out, const EvidenceStore& store, const EvidenceRef& ref, std::string& scratch) {
  record_json<false>(out, store, ref, scratch);
}

void append_record_json_xml(std::string& out, const EvidenceStore& store, const EvidenceRef& ref,
                            std::string& scratch) {
  record_json<true>(out, store, ref, scratch);
}

void append_evidence_json_xml(std::string& out, const KnowledgeGraph& kg, EdgeDesc e, std::size_t from,
                              std::size_t to) {
  append_slice<true>(out, kg, e, from, to);
}

void append_evidence_json(std::string& out, const KnowledgeGraph& kg, EdgeDesc e, std::size_t from, std::size_t to) {
  append_slice<false>(out, kg, e, from, to);
}

std::string evidence_json(const KnowledgeGraph& kg, EdgeDesc e) {
  std::string out;
  append_evidence_json(out, kg, e, 0, kg.graph()[e].evidence.size());
  return out;
}

std::string edge_json_line(const KnowledgeGraph& kg, EdgeDesc e) {
  std::string line = edge_json_head(kg, e);
  append_evidence_json(line, kg, e, 0, kg.graph()[e].evidence.size());
  line += '}';
  return line;
}

std::string edge_json_head(const KnowledgeGraph& kg, EdgeDesc e) {
  const BoostGraph& g = kg.graph();
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
  details(w, p.details());
  w.EndObject();
  std::string head(buffer.GetString(), buffer.GetSize() - 1);  // without the closing brace
  head += ",\"evidence\":";
  return head;
}

}  // namespace chipgraph::exporters
