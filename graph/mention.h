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

// Numbers and time the sentence gives for a fact, normalised; empty when absent.
//   quantity: a unit count as a plain integer ("100000" for "100,000 chips")
//   value:    an amount of money as "<integer> <ISO currency>" ("5000000000 USD")
//   when:     a date the sentence names, YYYY, YYYY-MM or YYYY-MM-DD
struct Details {
  std::string quantity;
  std::string value;
  std::string when;

  bool empty() const { return quantity.empty() && value.empty() && when.empty(); }
  friend bool operator==(const Details&, const Details&) = default;
  friend auto operator<=>(const Details&, const Details&) = default;
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
  Details details;
  bool subject_discovered = false;  // the name came from cues, not from a pack
  bool object_discovered = false;
  std::string pattern;  // id of the pack rule that produced it

  friend bool operator==(const Mention&, const Mention&) = default;
};

}  // namespace chipgraph
