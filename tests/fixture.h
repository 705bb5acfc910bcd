// The fixed test graph of tests/data/fixture/mentions.jsonl, merged and finalized.
#pragma once

#include <doctest/doctest.h>

#include <fstream>
#include <string>

#include "graph/knowledge_graph.h"
#include "graph/mention_json.h"

namespace chipgraph::testing {

// `evidence_memory` 0 puts every evidence record in the store's temporary file.
inline KnowledgeGraph fixture_graph(std::size_t evidence_memory = EvidenceStore::default_memory) {
  KnowledgeGraph g(Vocabulary::builtin(), evidence_memory);
  std::ifstream in(std::string(CHIPGRAPH_TEST_DATA) + "/fixture/mentions.jsonl");
  REQUIRE(in);
  std::string line;
  while (std::getline(in, line)) {
    std::size_t column = 0;
    std::string error;
    auto m = parse_mention(line, Vocabulary::builtin(), column, error);
    REQUIRE_MESSAGE(m, error);
    REQUIRE(g.add(*m).added);
  }
  g.finalize();
  return g;
}

}  // namespace chipgraph::testing
