// Splits a sentence into word, number and punctuation tokens with byte offsets.
// Possessive 's is its own token; "U.S.", "7nm", "Z.ai", "2,000" stay whole.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace chipgraph::extract {

// A token's folded form, with its std::hash computed once when it is made:
// the word lists (WordSet, WordMap in pack.h) are asked about every token
// many times, and look it up by this hash instead of hashing it again. Only
// constructed whole, never assigned a plain string (which would leave the
// hash stale); read it as the std::string it is.
class Folded : public std::string {
 public:
  Folded() : hash_(std::hash<std::string_view>{}(std::string_view())) {}
  explicit Folded(std::string text)
      : std::string(std::move(text)), hash_(std::hash<std::string_view>{}(std::string_view(*this))) {}
  std::size_t hash() const { return hash_; }

 private:
  std::size_t hash_;
};

struct Token {
  std::size_t begin = 0;  // byte offsets into the text given to tokenize()
  std::size_t end = 0;
  std::string text;
  Folded folded;  // NFKC case-folded, typographic quotes as ASCII
  bool word = false;   // starts with a letter or digit
  bool capitalised = false;  // starts with an upper-case letter
};

std::vector<Token> tokenize(std::string_view text, std::size_t base_offset = 0);

}  // namespace chipgraph::extract
