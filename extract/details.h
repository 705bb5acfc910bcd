// Numbers and time in a sentence: amounts of money, unit counts and dates,
// normalised so they can be compared and summed ("$5.5 billion" is
// "5500000000 USD", "100,000 chips" is "100000", "in March 2025" is "2025-03").
#pragma once

#include <string>
#include <vector>

#include "extract/document.h"
#include "extract/pack.h"

namespace chipgraph::extract {

struct Detail {
  enum Kind { quantity, value, when } kind;
  std::string text;       // normalised
  std::size_t first = 0;  // token range it was read from
  std::size_t last = 0;
};

// Every detail the sentence gives, in token order. `article_date` (YYYY-MM-DD
// or "") supplies the year for a month named without one.
std::vector<Detail> find_details(const Sentence& s, const Lexicon& lexicon, const std::string& article_date);

// "5.5" times 10^9 as an exact decimal integer string, or "" when the number is
// not a plain decimal. Exposed for tests.
std::string scaled_integer(const std::string& number, int power_of_ten);

}  // namespace chipgraph::extract
