// Tokens keep byte offsets; possessives split; abbreviations and codes stay whole.
#include <doctest/doctest.h>

#include "extract/pack.h"
#include "extract/tokenizer.h"

using namespace chipgraph::extract;

namespace {
std::vector<std::string> texts(std::string_view s) {
  std::vector<std::string> out;
  for (auto& t : tokenize(s)) out.push_back(t.text);
  return out;
}
}  // namespace

TEST_CASE("possessive 's is its own token / with straight or curly apostrophe") {
  CHECK(texts("Huawei's Ascend") == std::vector<std::string>{"Huawei", "'s", "Ascend"});
  CHECK(texts("Huawei\xE2\x80\x99s chips") == std::vector<std::string>{"Huawei", "\xE2\x80\x99s", "chips"});
  CHECK(tokenize("Huawei\xE2\x80\x99s")[1].folded == "'s");
}

TEST_CASE("a token's folded form carries the hash the word lists would compute / and finds their entries") {
  const WordSet words = {"nvidia", "'s", "h20", "sells"};
  std::size_t found = 0;
  for (const auto& t : tokenize("NVIDIA\xE2\x80\x99s H20 sells fast")) {
    CAPTURE(t.text);
    CHECK(t.folded.hash() == std::hash<std::string_view>{}(t.folded));
    CHECK(t.folded.hash() == WordHash{}(t.folded));
    found += words.count(t.folded);  // looked up by the stored hash
    CHECK(words.count(t.folded) == words.count(std::string(t.folded)));
  }
  CHECK(found == 4);
  CHECK(Folded().hash() == std::hash<std::string_view>{}(""));
}

TEST_CASE("abbreviations / product codes / numbers and hyphenated words stay whole") {
  CHECK(texts("the U.S. banned H20s and MI308X chips") ==
        std::vector<std::string>{"the", "U.S.", "banned", "H20s", "and", "MI308X", "chips"});
  CHECK(texts("2,000 Ascend 910C units at 7nm") ==
        std::vector<std::string>{"2,000", "Ascend", "910C", "units", "at", "7nm"});
  CHECK(texts("Hangzhou-based Z.ai") == std::vector<std::string>{"Hangzhou-based", "Z.ai"});
  CHECK(texts("end of sentence.") == std::vector<std::string>{"end", "of", "sentence", "."});
}

TEST_CASE("offsets point into the original text") {
  const std::string s = "  Nvidia\xE2\x80\x99s H20";
  auto t = tokenize(s, 100);
  REQUIRE(t.size() == 3);
  CHECK(t[0].begin == 102);
  CHECK(t[2].end == 100 + s.size());
  CHECK(t[0].capitalised);
  CHECK(t[0].folded == "nvidia");
}
