// Name folding, UTF-8 repair and control-character stripping.
#include <doctest/doctest.h>

#include "graph/text.h"

using namespace chipgraph;

TEST_CASE("fold ignores case, width and typographic apostrophes") {
  CHECK(fold("NVIDIA") == fold("Nvidia"));
  CHECK(fold("Huawei\xE2\x80\x99s") == fold("huawei's"));
  CHECK(fold("\xEF\xBC\xA8\xEF\xBC\x92\xEF\xBC\x90") == "h20");  // full-width H20
}

TEST_CASE("invalid UTF-8 is replaced and counted") {
  std::string s = "ok \xFF\xFE end";
  CHECK(repair_utf8(s) == 2);
  CHECK(s == "ok \xEF\xBF\xBD\xEF\xBF\xBD end");
  std::string good = "Zhipu \xE6\x99\xBA\xE8\xB0\xB1";
  CHECK(repair_utf8(good) == 0);
}

TEST_CASE("control characters are removed, line breaks become spaces") {
  CHECK(without_controls("a\nb\tc\x01" "d\x7F") == "a b cd");
  CHECK(without_controls("x\xC2\x85y") == "xy");  // C1 NEL
}

TEST_CASE("fuzz regression: a control character before invalid UTF-8 does not skip the repair") {
  const std::string out = without_controls("vF\x7f\x8c\x8c");
  CHECK(out == "vF\xef\xbf\xbd\xef\xbf\xbd");
}
