// Fuzz target: the JSON Lines article reader on arbitrary bytes. Every article
// it accepts has an id and valid UTF-8; bad lines are reported, never fatal.
#include <sstream>
#include <string>

#include "extract/article_reader.h"
#include "fuzz/check.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace chipgraph::extract;
  std::istringstream in(std::string(reinterpret_cast<const char*>(data), size));
  InputReport report;
  ArticleReader reader({}, report);
  reader.read_jsonl(in, "fuzz.jsonl", [](Article&& a) {
    FUZZ_CHECK(!a.id.empty());
    FUZZ_CHECK(chipgraph::fuzz::valid_utf8(a.text) && chipgraph::fuzz::valid_utf8(a.title));
  });
  return 0;
}
