// Reading typed fields out of a RapidJSON object with messages for the user.
#pragma once

#include <rapidjson/document.h>

#include <fmt/format.h>

#include <string>

namespace chipgraph {

// Copies the string member `key` into `out`. A missing member is an error only
// when `required`; a member of another type always is.
inline bool string_field(const rapidjson::Value& object, const char* key, std::string& out, bool required,
                         std::string& error) {
  auto it = object.FindMember(key);
  if (it == object.MemberEnd()) {
    if (required) error = fmt::format("missing \"{}\"", key);
    return !required;
  }
  if (!it->value.IsString()) {
    error = fmt::format("\"{}\" must be a string", key);
    return false;
  }
  out.assign(it->value.GetString(), it->value.GetStringLength());
  return true;
}

}  // namespace chipgraph
