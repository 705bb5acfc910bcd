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

TEST_CASE("a run with no sentence end is cut into pieces of at most 8 KiB / at white space when there is some") {
  SentenceSplitter splitter;
  std::string words;
  while (words.size() < 50000) words += "Lorem ipsum ";
  const std::string text = "Nvidia sold chips. " + words + "end. TSMC makes chips.";
  const auto ranges = splitter.split(text);
  REQUIRE(ranges.size() > 7);
  for (const auto& r : ranges) {
    CHECK(r.end - r.begin <= 8192);
    CHECK(text[r.begin] != ' ');
    CHECK(text[r.end - 1] != ' ');
  }
  CHECK(text.substr(ranges.front().begin, ranges.front().end - ranges.front().begin) == "Nvidia sold chips.");
  CHECK(text.substr(ranges.back().begin, ranges.back().end - ranges.back().begin) == "TSMC makes chips.");
  const std::string blob(20000, 'A');  // no white space at all: cut anyway
  CHECK(splitter.split(blob).size() == 3);
}

TEST_CASE("a word that merely ends like an abbreviation ends its sentence / the pack's titles do not") {
  SentenceSplitter splitter;
  const Pack pack = Pack::builtin();  // (builtin() returns a value: keep it alive)
  const auto& abbreviations = pack.lexicon().abbreviations;
  // ICU's own list holds "Link." and "Pro." and matches them inside "NVLink."
  const std::string text = "Gaudi 3 avoids Nvidia's NVLink. Among its users is Naver. It beat the RTX Pro. Analysts agreed.";
  CHECK(splitter.split(text, abbreviations).size() == 4);
  const std::string titled = "The study was led by Prof. Wang of Tsinghua. It was published in May.";
  const auto s = splitter.split(titled, abbreviations);
  REQUIRE(s.size() == 2);
  CHECK(titled.substr(s[0].begin, s[0].end - s[0].begin) == "The study was led by Prof. Wang of Tsinghua.");
}
