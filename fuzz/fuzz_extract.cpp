// Fuzz target: sentence splitting and extraction on arbitrary bytes (after the
// reader's UTF-8 repair, as in a real run). Every mention must point inside
// the text, obey the vocabulary and survive its own JSON Lines round trip, and
// the name screen may skip an article only when reading it in full finds nothing.
#include <string>

#include "extract/extractor.h"
#include "fuzz/check.h"
#include "graph/mention_json.h"
#include "graph/text.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace chipgraph;
  static const extract::Pack pack = extract::Pack::builtin();
  static const extract::Extractor extractor(pack, {.screen = false});
  static const extract::Extractor screened(pack);
  extract::Article a;
  a.id = "fuzz";
  a.date = "2025-01-01";
  std::string text(reinterpret_cast<const char*>(data), size);
  repair_utf8(text);
  const auto cut = text.find('\n');
  if (cut != std::string::npos && cut < 200) {
    a.title = text.substr(0, cut);
    a.text = text.substr(cut + 1);
  } else {
    a.text = text;
  }
  const std::vector<Mention> mentions = extractor.extract(a);
  FUZZ_CHECK(screened.extract(a) == mentions);
  for (const Mention& m : mentions) {
    const std::string& part = m.evidence.part == "title" ? a.title : a.text;
    FUZZ_CHECK(m.evidence.start <= m.evidence.end && m.evidence.end <= part.size());
    FUZZ_CHECK(pack.vocabulary().allows(m.relation, m.subject_type, m.object_type));
    std::size_t column = 0;
    std::string error;
    auto back = parse_mention(to_json_line(m), pack.vocabulary(), column, error);
    FUZZ_CHECK(back && *back == m);
  }
  return 0;
}
