// Reading and writing mentions as JSON Lines with RapidJSON.
#include "graph/mention_json.h"

#include <fmt/format.h>
#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <array>
#include <cmath>
#include <cstddef>
#include <string_view>
#include <vector>

#include "graph/json_field.h"

namespace chipgraph {

std::string to_json_line(const Mention& m) {
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> w(buffer);
  w.SetMaxDecimalPlaces(3);
  auto str = [&](const char* key, const std::string& value) {
    w.Key(key);
    w.String(value.data(), static_cast<rapidjson::SizeType>(value.size()));
  };
  w.StartObject();
  str("doc", m.doc);
  str("subject", m.subject);
  str("subject_type", m.subject_type);
  str("relation", m.relation);
  str("object", m.object);
  str("object_type", m.object_type);
  w.Key("status");
  const auto status = to_string(m.status);
  w.String(status.data(), static_cast<rapidjson::SizeType>(status.size()));
  w.Key("confidence");
  w.Double(std::round(m.confidence * 1000.0) / 1000.0);
  str("date", m.date);
  w.Key("evidence");
  w.StartObject();
  str("text", m.evidence.text);
  w.Key("start");
  w.Uint64(m.evidence.start);
  w.Key("end");
  w.Uint64(m.evidence.end);
  str("part", m.evidence.part);
  w.EndObject();
  if (!m.details.quantity.empty()) str("quantity", m.details.quantity);
  if (!m.details.value.empty()) str("value", m.details.value);
  if (!m.details.when.empty()) str("when", m.details.when);
  w.Key("subject_discovered");
  w.Bool(m.subject_discovered);
  w.Key("object_discovered");
  w.Bool(m.object_discovered);
  str("pattern", m.pattern);
  w.EndObject();
  return std::string(buffer.GetString(), buffer.GetSize());
}

namespace {

// The members a record may have. A line's members are matched against this
// table once (by length, then bytes), instead of one FindMember scan per key.
enum Field {
  f_doc,
  f_subject,
  f_subject_type,
  f_relation,
  f_object,
  f_object_type,
  f_status,
  f_date,
  f_pattern,
  f_quantity,
  f_value,
  f_when,
  f_confidence,
  f_subject_discovered,
  f_object_discovered,
  f_evidence,
  field_count
};
constexpr std::array<const char*, field_count> field_names = {"doc",
                                                              "subject",
                                                              "subject_type",
                                                              "relation",
                                                              "object",
                                                              "object_type",
                                                              "status",
                                                              "date",
                                                              "pattern",
                                                              "quantity",
                                                              "value",
                                                              "when",
                                                              "confidence",
                                                              "subject_discovered",
                                                              "object_discovered",
                                                              "evidence"};

using Members = std::array<const rapidjson::Value*, field_count>;

Members members_of(const rapidjson::Value& object) {
  static const auto by_length = [] {
    std::array<std::vector<int>, 20> table;
    for (int f = 0; f < field_count; ++f) table[std::string_view(field_names[f]).size()].push_back(f);
    return table;
  }();
  Members at{};
  for (const auto& member : object.GetObject()) {
    const std::string_view key(member.name.GetString(), member.name.GetStringLength());
    if (key.size() >= by_length.size()) continue;
    for (int f : by_length[key.size()])
      if (key == field_names[f] && !at[f]) at[f] = &member.value;  // the first of two equal keys, as FindMember
  }
  return at;
}

// As string_field, for a member already found.
bool take(const Members& at, Field f, std::string& out, bool required, std::string& error) {
  const rapidjson::Value* v = at[f];
  if (!v) {
    if (required) error = fmt::format("missing \"{}\"", field_names[f]);
    return !required;
  }
  if (!v->IsString()) {
    error = fmt::format("\"{}\" must be a string", field_names[f]);
    return false;
  }
  out.assign(v->GetString(), v->GetStringLength());
  return true;
}

}  // namespace

std::optional<Mention> parse_mention(std::string_view line, const Vocabulary& vocabulary, std::size_t& error_column,
                                     std::string& error) {
  error_column = 0;
  // A record's values fit in a per-thread buffer, so parsing a line allocates
  // nothing (a default Document takes a fresh 64 KB chunk for every line).
  alignas(std::max_align_t) thread_local std::array<char, 32768> value_buffer;  // RapidJSON puts a chunk header here
  alignas(std::max_align_t) thread_local std::array<char, 4096> stack_buffer;
  rapidjson::MemoryPoolAllocator<> values(value_buffer.data(), value_buffer.size());
  rapidjson::MemoryPoolAllocator<> stack(stack_buffer.data(), stack_buffer.size());
  rapidjson::GenericDocument<rapidjson::UTF8<>, rapidjson::MemoryPoolAllocator<>, rapidjson::MemoryPoolAllocator<>> d(
      &values, stack_buffer.size(), &stack);
  // Parsed in place from a NUL-terminated copy: strings are not copied again,
  // and RapidJSON scans them 16 bytes at a time (RAPIDJSON_SSE2). A line that
  // holds a NUL byte is parsed by length, so its error names the same column.
  thread_local std::string copy;
  if (line.find('\0') == std::string_view::npos) {
    copy.reserve(line.size() + 32);  // room for the SIMD reads past the end
    copy.assign(line);
    d.ParseInsitu<rapidjson::kParseStopWhenDoneFlag>(copy.data());
  } else {
    d.Parse<rapidjson::kParseStopWhenDoneFlag>(line.data(), line.size());
  }
  if (d.HasParseError()) {
    error_column = d.GetErrorOffset() + 1;
    error = rapidjson::GetParseError_En(d.GetParseError());
    return std::nullopt;
  }
  if (!d.IsObject()) {
    error = "expected a JSON object";
    return std::nullopt;
  }
  const Members at = members_of(d);
  Mention m;
  std::string status;
  if (!take(at, f_doc, m.doc, true, error) || !take(at, f_subject, m.subject, true, error) ||
      !take(at, f_subject_type, m.subject_type, true, error) || !take(at, f_relation, m.relation, true, error) ||
      !take(at, f_object, m.object, true, error) || !take(at, f_object_type, m.object_type, true, error) ||
      !take(at, f_status, status, false, error) || !take(at, f_date, m.date, false, error) ||
      !take(at, f_pattern, m.pattern, false, error) || !take(at, f_quantity, m.details.quantity, false, error) ||
      !take(at, f_value, m.details.value, false, error) || !take(at, f_when, m.details.when, false, error))
    return std::nullopt;
  if (m.subject.empty() || m.object.empty()) {
    error = "empty subject or object";
    return std::nullopt;
  }
  if (!vocabulary.relation(m.relation)) {
    error = fmt::format("unknown relation \"{}\"", m.relation);
    return std::nullopt;
  }
  for (const auto* t : {&m.subject_type, &m.object_type})
    if (!vocabulary.type(*t)) {
      error = fmt::format("unknown type \"{}\"", *t);
      return std::nullopt;
    }
  if (!status.empty()) {
    auto s = parse_status(status);
    if (!s) {
      error = fmt::format("unknown status \"{}\"", status);
      return std::nullopt;
    }
    m.status = *s;
  }
  if (const rapidjson::Value* c = at[f_confidence]) {
    if (!c->IsNumber() || c->GetDouble() < 0 || c->GetDouble() > 1) {
      error = "\"confidence\" must be a number in [0, 1]";
      return std::nullopt;
    }
    m.confidence = c->GetDouble();
  }
  for (auto [f, flag] :
       {std::pair{f_subject_discovered, &m.subject_discovered}, std::pair{f_object_discovered, &m.object_discovered}})
    if (const rapidjson::Value* v = at[f]) {
      if (!v->IsBool()) {
        error = fmt::format("\"{}\" must be true or false", field_names[f]);
        return std::nullopt;
      }
      *flag = v->GetBool();
    }
  if (const rapidjson::Value* e = at[f_evidence]) {
    if (e->IsString()) {
      m.evidence.text.assign(e->GetString(), e->GetStringLength());
    } else if (e->IsObject()) {
      if (!string_field(*e, "text", m.evidence.text, false, error) ||
          !string_field(*e, "part", m.evidence.part, false, error))
        return std::nullopt;
      for (auto [key, slot] : {std::pair{"start", &m.evidence.start}, std::pair{"end", &m.evidence.end}})
        if (auto f = e->FindMember(key); f != e->MemberEnd()) {
          if (!f->value.IsUint64()) {
            error = fmt::format("\"evidence.{}\" must be a byte offset", key);
            return std::nullopt;
          }
          *slot = f->value.GetUint64();
        }
    } else {
      error = "\"evidence\" must be an object or a string";
      return std::nullopt;
    }
  }
  return m;
}

}  // namespace chipgraph
