// Runs a fuzz target once on each file named on the command line, without
// libFuzzer: how the ordinary (gcc) build replays tests/data/fuzz-regressions.
// A failed FUZZ_CHECK aborts, so a regression fails its ctest.
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

int main(int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    std::ifstream in(argv[i], std::ios::binary);
    if (!in) {
      std::fprintf(stderr, "%s: cannot open\n", argv[i]);
      return 2;
    }
    const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size());
    std::printf("%s: replayed, %zu bytes\n", argv[i], bytes.size());
  }
  return 0;
}
