// The contract between extractors and the core: one extracted edge mention.
#pragma once

#include <cstdint>
#include <string>

#include "graph/vocabulary.h"

namespace chipgraph {

// Where a mention was read: the sentence and its byte offsets in the article text
// (`part` is "body" or "title"; offsets of a title are into the title).
struct Evidence {
  std::string text;
  std::uint64_t start = 0;
  std::uint64_t end = 0;
  std::string part = "body";

  friend bool operator==(const Evidence&, const Evidence&) = default;
};

struct Mention {
  std::string doc;
  std::string subject;
  std::string subject_type;
  std::string relation;
  std::string object;
  std::string object_type;
  Status status = Status::asserted;
  double confidence = 1.0;
  std::string date;  // YYYY-MM-DD, empty when the article has none
  Evidence evidence;
  bool subject_discovered = false;  // the name came from cues, not from a pack
  bool object_discovered = false;
  std::string pattern;  // id of the pack rule that produced it

  friend bool operator==(const Mention&, const Mention&) = default;
};

}  // namespace chipgraph
