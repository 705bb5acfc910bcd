// Reading and writing mentions as JSON Lines with RapidJSON.
#include "graph/mention_json.h"

#include <array>
#include <cstddef>

#include "graph/json_field.h"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <fmt/format.h>

#include <cmath>

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

std::optional<Mention> parse_mention(std::string_view line, const Vocabulary& vocabulary,
                                     std::size_t& error_column, std::string& error) {
  error_column = 0;
  // A record's values fit in a per-thread buffer, so parsing a line allocates
  // nothing (a default Document takes a fresh 64 KB chunk for every line).
  alignas(std::max_align_t) thread_local std::array<char, 32768> value_buffer;  // RapidJSON puts a chunk header here
  alignas(std::max_align_t) thread_local std::array<char, 4096> stack_buffer;
  rapidjson::MemoryPoolAllocator<> values(value_buffer.data(), value_buffer.size());
  rapidjson::MemoryPoolAllocator<> stack(stack_buffer.data(), stack_buffer.size());
  rapidjson::GenericDocument<rapidjson::UTF8<>, rapidjson::MemoryPoolAllocator<>, rapidjson::MemoryPoolAllocator<>> d(
      &values, stack_buffer.size(), &stack);
  d.Parse<rapidjson::kParseStopWhenDoneFlag>(line.data(), line.size());
  if (d.HasParseError()) {
    error_column = d.GetErrorOffset() + 1;
    error = rapidjson::GetParseError_En(d.GetParseError());
    return std::nullopt;
  }
  if (!d.IsObject()) {
    error = "expected a JSON object";
    return std::nullopt;
  }
  Mention m;
  std::string status;
  if (!string_field(d, "doc", m.doc, true, error) || !string_field(d, "subject", m.subject, true, error) ||
      !string_field(d, "subject_type", m.subject_type, true, error) ||
      !string_field(d, "relation", m.relation, true, error) ||
      !string_field(d, "object", m.object, true, error) ||
      !string_field(d, "object_type", m.object_type, true, error) ||
      !string_field(d, "status", status, false, error) || !string_field(d, "date", m.date, false, error) ||
      !string_field(d, "pattern", m.pattern, false, error) ||
      !string_field(d, "quantity", m.details.quantity, false, error) ||
      !string_field(d, "value", m.details.value, false, error) ||
      !string_field(d, "when", m.details.when, false, error))
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
  if (auto c = d.FindMember("confidence"); c != d.MemberEnd()) {
    if (!c->value.IsNumber() || c->value.GetDouble() < 0 || c->value.GetDouble() > 1) {
      error = "\"confidence\" must be a number in [0, 1]";
      return std::nullopt;
    }
    m.confidence = c->value.GetDouble();
  }
  for (auto [key, flag] : {std::pair{"subject_discovered", &m.subject_discovered},
                           std::pair{"object_discovered", &m.object_discovered}})
    if (auto f = d.FindMember(key); f != d.MemberEnd()) {
      if (!f->value.IsBool()) {
        error = fmt::format("\"{}\" must be true or false", key);
        return std::nullopt;
      }
      *flag = f->value.GetBool();
    }
  if (auto e = d.FindMember("evidence"); e != d.MemberEnd()) {
    if (e->value.IsString()) {
      m.evidence.text.assign(e->value.GetString(), e->value.GetStringLength());
    } else if (e->value.IsObject()) {
      if (!string_field(e->value, "text", m.evidence.text, false, error) ||
          !string_field(e->value, "part", m.evidence.part, false, error))
        return std::nullopt;
      for (auto [key, slot] : {std::pair{"start", &m.evidence.start}, std::pair{"end", &m.evidence.end}})
        if (auto f = e->value.FindMember(key); f != e->value.MemberEnd()) {
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
