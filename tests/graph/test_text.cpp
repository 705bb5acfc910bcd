// Name folding, UTF-8 repair, control-character stripping and HTML entity decoding.
#include <doctest/doctest.h>

#include "graph/html_entities.h"
#include "graph/text.h"

using namespace chipgraph;

TEST_CASE("fold ignores case / width and typographic apostrophes") {
  CHECK(fold("NVIDIA") == fold("Nvidia"));
  CHECK(fold("Huawei\xE2\x80\x99s") == fold("huawei's"));
  CHECK(fold("\xEF\xBC\xA8\xEF\xBC\x92\xEF\xBC\x90") == "h20");  // full-width H20
}

TEST_CASE("fold of printable ASCII gives what ICU's NFKC case folding gives / at every byte and position") {
  // A non-ASCII letter that folds to itself sends the same text through ICU.
  const std::string e_acute = "\xC3\xA9";
  for (int c = 0x20; c < 0x7F; ++c) {
    CAPTURE(c);
    const std::string one(1, static_cast<char>(c));
    REQUIRE(fold(one + e_acute) == fold(one) + e_acute);
    REQUIRE(fold("Ab" + one + "Cd" + e_acute) == fold("Ab" + one + "Cd") + e_acute);
  }
  CHECK(fold("SMIC Holdings (Beijing) Co., Ltd.") == "smic holdings (beijing) co., ltd.");
  CHECK(fold("") == "");
}

TEST_CASE("invalid UTF-8 is replaced and counted") {
  std::string s = "ok \xFF\xFE end";
  CHECK(repair_utf8(s) == 2);
  CHECK(s == "ok \xEF\xBF\xBD\xEF\xBF\xBD end");
  std::string good = "Zhipu \xE6\x99\xBA\xE8\xB0\xB1";
  CHECK(repair_utf8(good) == 0);
}

TEST_CASE("control characters are removed / line breaks become spaces") {
  CHECK(without_controls("a\nb\tc\x01" "d\x7F") == "a b cd");
  CHECK(without_controls("x\xC2\x85y") == "xy");  // C1 NEL
}

TEST_CASE("clean_controls changes exactly the strings with a control or non-ASCII byte / at any position of a word") {
  // The check reads eight bytes at a time: every byte value at every position
  // of strings one to twenty bytes long, the rest printable.
  for (std::size_t length = 1; length <= 20; ++length)
    for (std::size_t at = 0; at < length; ++at)
      for (int b = 0; b < 256; ++b) {
        std::string s(length, 'a');
        s[at] = static_cast<char>(b);
        std::string cleaned = s;
        clean_controls(cleaned);
        const bool printable = b >= 0x20 && b < 0x7F;
        CAPTURE(length);
        CAPTURE(at);
        CAPTURE(b);
        if (printable) CHECK(cleaned == s);
        else CHECK(cleaned == without_controls(s));
        if (b < 0x20 || b == 0x7F) CHECK(cleaned.size() == length - (b == '\t' || b == '\n' || b == '\r' ? 0 : 1));
      }
}

TEST_CASE("fuzz regression: a control character before invalid UTF-8 does not skip the repair") {
  const std::string out = without_controls("vF\x7f\x8c\x8c");
  CHECK(out == "vF\xef\xbf\xbd\xef\xbf\xbd");
}

namespace {
std::string decoded(std::string text) {
  chipgraph::decode_html_entities(text);
  return text;
}
}  // namespace

TEST_CASE("HTML entities: the markup escapes and common named ones are decoded") {
  CHECK(decoded("AT&amp;T") == "AT&T");
  CHECK(decoded("&quot;fabs&quot; &lt;3nm&gt; it&apos;s") == "\"fabs\" <3nm> it's");
  CHECK(decoded("Nvidia&nbsp;H20") == "Nvidia\xC2\xA0H20");
  CHECK(decoded("Nvidia&rsquo;s 2023&ndash;2025 plan&hellip;") == "Nvidia\xE2\x80\x99s 2023\xE2\x80\x93" "2025 plan\xE2\x80\xA6");
  CHECK(decoded("Soci&eacute;t&eacute; G&Eacute;N&Eacute;RALE &yuml; &divide;") ==
        "Soci\xC3\xA9t\xC3\xA9 G\xC3\x89N\xC3\x89RALE \xC3\xBF \xC3\xB7");
  CHECK(decoded("&euro;5bn &trade; &copy;") == "\xE2\x82\xAC" "5bn \xE2\x84\xA2 \xC2\xA9");
}

TEST_CASE("HTML entities: every numeric reference / decimal or hexadecimal / is decoded") {
  CHECK(decoded("Nvidia&#39;s") == "Nvidia's");
  CHECK(decoded("Nvidia&#x2019;s &#X2019;") == "Nvidia\xE2\x80\x99s \xE2\x80\x99");
  CHECK(decoded("&#233;&#xE9;&#xe9;") == "\xC3\xA9\xC3\xA9\xC3\xA9");
  CHECK(decoded("&#128512;") == "\xF0\x9F\x98\x80");       // four UTF-8 bytes
  CHECK(decoded("&#x10FFFF;") == "\xF4\x8F\xBF\xBF");      // the last code point
  CHECK(decoded("&#146;&#150;") == "\xE2\x80\x99\xE2\x80\x93");  // Windows-1252, as browsers read them
}

TEST_CASE("HTML entities: numbers that name no character become U+FFFD") {
  const std::string fffd = "\xEF\xBF\xBD";
  CHECK(decoded("a&#0;b") == "a" + fffd + "b");
  CHECK(decoded("&#xD800;&#xDFFF;") == fffd + fffd);
  CHECK(decoded("&#x110000;") == fffd);
  CHECK(decoded("&#99999999999999999999999999;") == fffd);
  CHECK(decoded("&#x81;") == fffd);  // a hole in Windows-1252
}

TEST_CASE("HTML entities: what is no reference is left as written / in one pass") {
  CHECK(decoded("R&D, P&L and M&A") == "R&D, P&L and M&A");
  CHECK(decoded("&unknown; &amp &#; &#x; &#12a; &; & ;") == "&unknown; &amp &#; &#x; &#12a; &; & ;");
  CHECK(decoded("&amp;lt;") == "&lt;");
  CHECK(decoded("trailing &") == "trailing &");
  CHECK(decoded("&#") == "&#");
  std::string text = "a &amp; b &#39; c &bogus;";
  CHECK(chipgraph::decode_html_entities(text) == 2);
}

TEST_CASE("an entity for a carriage return decodes to a line end (fuzz: text-reader-entity-carriage-return)") {
  std::string text = "one&#13;two&#x0D;three";
  CHECK(decode_html_entities(text) == 2);
  CHECK(text == "one\ntwo\nthree");
}
