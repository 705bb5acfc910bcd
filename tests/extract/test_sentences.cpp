// Sentence boundaries come from ICU; abbreviations do not end sentences, blank lines do.
#include <doctest/doctest.h>

#include "extract/extractor.h"
#include "extract/pack.h"
#include "extract/sentence_splitter.h"

using namespace chipgraph::extract;

TEST_CASE("ICU splits sentences and the pack's abbreviations keep U.S. inside one") {
  SentenceSplitter splitter;
  const std::string text = "The U.S. Commerce Department acted. Nvidia said it would comply.\nIt gave no details.";
  CHECK(splitter.split("C.C. Wei spoke. Jay Y. Lee left.").size() == 2);  // initials do not end a sentence
  auto s = splitter.split(text, Pack::builtin().lexicon().abbreviations);
  REQUIRE(s.size() == 3);
  CHECK(text.substr(s[0].begin, s[0].end - s[0].begin) == "The U.S. Commerce Department acted.");
  CHECK(text.substr(s[2].begin, s[2].end - s[2].begin) == "It gave no details.");
}

TEST_CASE("a blank line ends a paragraph even without a full stop") {
  SentenceSplitter splitter;
  const std::string text = "A headline without a stop\n\nThe body starts here. Second one.";
  auto s = splitter.split(text);
  REQUIRE(s.size() == 3);
  CHECK(s[0].paragraph_start);
  CHECK(s[1].paragraph_start);
  CHECK_FALSE(s[2].paragraph_start);
}

TEST_CASE("datelines are recognised and skipped") {
  CHECK(dateline_length("BEIJING, Aug 14 (Reuters) - DeepSeek said") == std::string("BEIJING, Aug 14 (Reuters) - ").size());
  CHECK(dateline_length("TAIPEI - TSMC said") == std::string("TAIPEI - ").size());
  CHECK(dateline_length("Nvidia said on Monday - in a filing") == 0);
}
