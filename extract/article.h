// An input article as chipgraph reads it.
#pragma once

#include <string>

namespace chipgraph::extract {

struct Article {
  std::string id;     // JSONL id, or the path relative to the input root
  std::string title;
  std::string text;   // body; evidence offsets point into it
  std::string date;   // YYYY-MM-DD or ""
  std::string url;
  std::string source;
  std::string origin; // "file" or "file:line", for messages
};

}  // namespace chipgraph::extract
