// NameScreen: which texts it lets through, and that skipping what it rejects
// never loses an edge (random texts built from the pack's own names and cues).
#include <doctest/doctest.h>

#include <algorithm>
#include <random>

#include "extract/article_reader.h"
#include "extract/extractor.h"
#include "extract/hash_filter.h"
#include "extract/name_screen.h"

using namespace chipgraph;
using namespace chipgraph::extract;

namespace {
const Pack& pack() {
  static const Pack p = Pack::builtin();
  return p;
}
const NameScreen& screen() {
  static const NameScreen s(pack());
  return s;
}
}  // namespace

TEST_CASE("the screen passes texts that name something") {
  const NameScreen& s = screen();
  CHECK(s.may_name("Nvidia said on Tuesday it would resume sales."));
  CHECK(s.may_name("Shares of NVIDIA's suppliers rose."));            // any case, possessive
  CHECK(s.may_name("The lab bought 2,000 H20s last year."));          // plural of a name
  CHECK(s.may_name("Officials in the U.S. declined to comment."));    // dotted alias, piece by piece
  CHECK(s.may_name("Analysts said the Chinese startup Moxin Labs had raised money."));  // descriptor + name
  CHECK(s.may_name("It was founded by Zhang Wei at Hefei Quantum Technologies."));     // organisation suffix
  CHECK(s.may_name("The BR900 chips are in short supply."));          // a product code before a chip noun
  CHECK(s.may_name("Exports to Zürich fell."));                       // non-ASCII word: cannot tell, passes
  CHECK(s.may_name("The Ascend line sold out."));                     // case-sensitive alias in its case
}

TEST_CASE("the screen rejects texts that name nothing it could find") {
  const NameScreen& s = screen();
  CHECK_FALSE(s.may_name(""));
  CHECK_FALSE(s.may_name("The company said on Tuesday that profit rose 4 percent."));
  CHECK_FALSE(s.may_name("Rain is expected across the region, the weather service said."));
  CHECK_FALSE(s.may_name("The group. Shares fell."));   // a descriptor, then a new sentence
  CHECK_FALSE(s.may_name("They ascend the hill."));      // case-sensitive alias in lower case
  CHECK_FALSE(s.may_name("Sales rose \xE2\x80\x94 again, \xE2\x80\x9Cquickly\xE2\x80\x9D."));  // curly quotes and dashes split words
  CHECK(s.may_name("Potato chip sales rose."));  // a chip noun passes: a product code may stand before one
}

TEST_CASE("sentences: an anaphor or a country's description passes and a sentence of plain words does not") {
  const NameScreen& s = screen();
  CHECK(s.may_refer("It said sales would rise."));
  CHECK(s.may_refer("Analysts expect the company to report a loss."));
  CHECK(s.may_refer("The Korean chipmaker declined to comment."));
  CHECK(s.may_refer("A Hangzhou-based rival disagreed."));
  CHECK_FALSE(s.may_name("It said sales would rise."));  // an article needs a name, not just a pronoun
  CHECK_FALSE(s.may_refer("Sales rose 4 percent in the quarter."));
  CHECK_FALSE(s.may_refer("Prices were steady, traders said."));
}

TEST_CASE("a sentence of descriptions alone is read: 'the Korean chipmaker supplies the Taiwanese foundry'") {
  const Extractor full(pack(), {.screen = false});
  const Extractor screened(pack());
  Article a;
  a.id = "descriptions";
  a.text = "SK Hynix and TSMC met in Seoul on Monday. The Korean chipmaker supplies the Taiwanese foundry with "
           "memory, analysts said.";
  const auto mentions = full.extract(a);
  CHECK(std::any_of(mentions.begin(), mentions.end(), [](const Mention& m) {
    return m.subject == "SK Hynix" && m.relation == "supplies" && m.object == "TSMC" && m.evidence.start > 0;
  }));
  CHECK(screened.extract(a) == mentions);
}

TEST_CASE("names found from punctuation pass: an age after a name and a company described in apposition") {
  const Extractor full(pack(), {.screen = false});
  const Extractor screened(pack());
  for (const char* text : {"Chuan Geng, 28, runs Qiming Works, a company in Hefei.",
                           "Qiming Works, a company in Hefei, supplies Lanbo Dynamics, a firm in Wuxi."}) {
    Article a;
    a.id = "punctuated";
    a.text = text;
    const auto mentions = full.extract(a);
    CHECK_MESSAGE(!mentions.empty(), text);
    CHECK(screened.extract(a) == mentions);
  }
}

TEST_CASE("an article the screen rejects yields nothing when read in full") {
  // Texts from the pack's own triggers (names in mixed case, descriptors, suffixes,
  // product-code shapes, anaphors, demonyms) mixed with filler words, sentence
  // ends and paragraph breaks: whenever the unscreened extractor finds an edge,
  // the screen must have passed the text, and the screened extractor (which
  // also skips sentences) must give the same mentions every time.
  const Extractor full(pack(), {.screen = false});
  const Extractor screened(pack());
  const std::vector<std::string> filler = {"the", "said", "it", "its", "they", "on", "Tuesday", "and", "would",
                                           "buy", "sell", "from", "to", "a", "company", "firm", ",", ".", "'s",
                                           "\xE2\x80\x99s", "-", "(", ")", "Acme", "Lantern", "Quill", "supplies",
                                           "trains", "models", "banned", "exports", "of", "both", "two", "companies",
                                           "ordered", "uses", "memory", "He", "She", "The", "28", "both", "a",
                                           "an", "Geng", "Qiming"};
  std::vector<std::string> words = {"startup", "chief", "executive", "Minister", "Technologies", "Corp", "Inc",
                                    "BR100", "MI308", "GPUs", "chips", "US", "Chinese", "Beijing", "it", "its",
                                    "they", "their", "the company", "the two companies", "both", "the Korean",
                                    "chipmaker", "Hangzhou-based", "US-based", "the Dutch", "firm", "said"};
  for (const auto& e : pack().entities()) {
    if (e.id.size() % 7 != 0) continue;  // a spread of the pack, to keep the test quick
    words.push_back(e.name);
    for (const auto& a : e.aliases) words.push_back(a);
  }
  std::mt19937 rng(20261129);
  auto pick = [&](std::size_t n) { return std::uniform_int_distribution<std::size_t>(0, n - 1)(rng); };
  int rejected = 0, found = 0;
  for (int round = 0; round < 1500; ++round) {
    std::string text;
    const std::size_t n = 3 + pick(20);
    for (std::size_t k = 0; k < n; ++k) {
      std::string w = pick(6) == 0 ? words[pick(words.size())] : filler[pick(filler.size())];
      if (pick(5) == 0)  // change case: the screen must fold as the tokenizer does
        for (char& c : w) c = pick(2) ? static_cast<char>(std::toupper(static_cast<unsigned char>(c))) : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      text += w;
      text += pick(8) == 0 ? "\n\n" : " ";
    }
    Article a;
    a.id = "random-" + std::to_string(round);
    a.text = text;
    const auto mentions = full.extract(a);
    const bool passed = screen().may_name(a.text);
    rejected += !passed;
    found += !mentions.empty();
    if (!mentions.empty()) CHECK_MESSAGE(passed, text);
    CHECK(screened.extract(a) == mentions);
  }
  MESSAGE("random texts: ", rejected, " rejected by the screen, ", found, " with edges");
  CHECK(rejected > 50);  // the property is not vacuous
  CHECK(found > 50);
}

TEST_CASE("the example corpus and the dev set give the same edges with and without the screen") {
  const Extractor full(pack(), {.screen = false});
  const Extractor screened(pack());
  const std::string root = CHIPGRAPH_SOURCE_DIR;
  InputReport report;
  ArticleReader reader({}, report);
  std::size_t articles = 0, mentions = 0;
  reader.read({root + "/examples/corpus", root + "/tests/data/dev/tune", root + "/tests/data/dev/heldout"},
              [&](Article&& a) {
                const auto expected = full.extract(a);
                CHECK_MESSAGE(screened.extract(a) == expected, a.id);
                ++articles;
                mentions += expected.size();
              });
  CHECK(articles >= 60);
  CHECK(mentions >= 300);
}

TEST_CASE("the hash filter holds every word added and rejects most others") {
  HashFilter filter;
  std::vector<std::string> added, others;
  for (int i = 0; i < 2000; ++i) added.push_back("name" + std::to_string(i));
  for (int i = 0; i < 20000; ++i) others.push_back("word" + std::to_string(i));
  for (const auto& w : added) filter.add(w);
  for (const auto& w : added) CHECK(filter.may_hold(std::hash<std::string_view>{}(w)));
  std::size_t passed = 0;
  for (const auto& w : others) passed += filter.may_hold(std::hash<std::string_view>{}(w));
  // 2,000 of 65,536 bits set: about 3 % of other words get through
  CHECK(passed < others.size() / 20);
  CHECK_FALSE(HashFilter{}.may_hold(std::hash<std::string_view>{}("anything")));
}
