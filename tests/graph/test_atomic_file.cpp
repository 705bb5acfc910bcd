// Outputs appear whole or not at all, and never leave temporaries behind.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "graph/atomic_file.h"
#include "graph/error.h"

using namespace chipgraph;
namespace fs = std::filesystem;

namespace {
fs::path scratch(const std::string& name) {
  fs::path dir = fs::temp_directory_path() / ("chipgraph-test-" + name + "-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}
std::size_t entries(const fs::path& dir) {
  return static_cast<std::size_t>(std::distance(fs::directory_iterator(dir), fs::directory_iterator()));
}
}  // namespace

TEST_CASE("a committed file replaces the old one and leaves no temporary") {
  auto dir = scratch("commit");
  { std::ofstream(dir / "g.graphml") << "old"; }
  write_file_atomically((dir / "g.graphml").string(), "new");
  std::ifstream in(dir / "g.graphml");
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  CHECK(text == "new");
  CHECK(entries(dir) == 1);
  fs::remove_all(dir);
}

TEST_CASE("an abandoned write keeps the old file and removes its temporary") {
  auto dir = scratch("abandon");
  { std::ofstream(dir / "g.dot") << "old"; }
  {
    AtomicFile f((dir / "g.dot").string());
    f.write("half a graph");
    CHECK(entries(dir) == 2);
  }  // destroyed without commit, as when an exception unwinds
  CHECK(entries(dir) == 1);
  std::ifstream in(dir / "g.dot");
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  CHECK(text == "old");
  fs::remove_all(dir);
}

TEST_CASE("a missing output folder is a clear error") {
  CHECK_THROWS_WITH_AS(AtomicFile("/nonexistent-chipgraph-dir/x.graphml"),
                       doctest::Contains("does not exist"), Error);
}
