// Fuzz target: the text article reader and normaliser (header lines, title,
// line ends, UTF-8 repair) on arbitrary bytes.
#include <string>

#include "extract/article_reader.h"
#include "fuzz/check.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace chipgraph::extract;
  InputReport report;
  ArticleReader reader({}, report);
  reader.read_text_article(std::string(reinterpret_cast<const char*>(data), size), "fuzz.txt", "fuzz.txt",
                           [](Article&& a) {
                             FUZZ_CHECK(a.id == "fuzz.txt" || !a.id.empty());
                             FUZZ_CHECK(chipgraph::fuzz::valid_utf8(a.text));
                             FUZZ_CHECK(a.text.find('\r') == std::string::npos);
                           });
  return 0;
}
