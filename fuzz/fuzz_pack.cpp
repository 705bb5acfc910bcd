// Fuzz target: the pack loader. The first byte picks the file the rest is
// given as; every problem must be reported, never crash the loader.
#include <string>
#include <vector>

#include "extract/pack.h"
#include "fuzz/check.h"
#include "graph/error.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace chipgraph;
  if (size == 0) return 0;
  static const char* const names[] = {"entities.jsonl", "patterns.jsonl", "lexicon.jsonl", "vocabulary.json"};
  const std::string file = names[data[0] % 4];
  extract::Pack pack = extract::Pack::builtin();
  std::vector<extract::PackProblem> problems;
  try {
    pack.add_files({{file, std::string(reinterpret_cast<const char*>(data + 1), size - 1)}}, "fuzz", problems);
  } catch (const Error&) {
    return 0;  // a broken vocabulary stops loading with a message: allowed
  }
  for (const auto& p : problems) FUZZ_CHECK(!p.where.empty() && !p.message.empty());
  return 0;
}
