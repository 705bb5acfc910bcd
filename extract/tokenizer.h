// Splits a sentence into word, number and punctuation tokens with byte offsets.
// Possessive 's is its own token; "U.S.", "7nm", "Z.ai", "2,000" stay whole.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace chipgraph::extract {

struct Token {
  std::size_t begin = 0;  // byte offsets into the text given to tokenize()
  std::size_t end = 0;
  std::string text;
  std::string folded;  // NFKC case-folded, typographic quotes as ASCII
  bool word = false;   // starts with a letter or digit
  bool capitalised = false;  // starts with an upper-case letter
};

std::vector<Token> tokenize(std::string_view text, std::size_t base_offset = 0);

}  // namespace chipgraph::extract
