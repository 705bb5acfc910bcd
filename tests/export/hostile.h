// A small graph whose names try to break every output syntax.
#pragma once

#include <string>
#include <vector>

#include "graph/knowledge_graph.h"

namespace chipgraph::testing {

inline const std::vector<std::string>& hostile_names() {
  static const std::vector<std::string> names = {
      "Say \"hi\" Corp",      "back\\slash Labs",  "trailing backslash\\", "<tag> & 'amp' Inc",
      "line\nbreak Co",       "bell\x07 Co",       "\xE5\x8D\x8E\xE4\xB8\xBA \xE6\x98\x87\xE8\x85\xBE",
      "node",                 "graph",             "edge",                "strict",
      "\\N \\G \\L escapes",  "semi; colon {brace} [bracket]", "-- -> minus", "&amp; already",
  };
  return names;
}

// Every hostile name as a company, each supplying the next, with hostile evidence
// and details (one quantity that is no integer).
inline KnowledgeGraph hostile_graph(std::size_t evidence_memory = EvidenceStore::default_memory) {
  KnowledgeGraph g(Vocabulary::builtin(), evidence_memory);
  const auto& names = hostile_names();
  for (std::size_t i = 0; i + 1 < names.size(); ++i) {
    Mention m;
    m.doc = "doc \"" + std::to_string(i) + "\"\\";
    m.subject = names[i];
    m.subject_type = "company";
    m.relation = "supplies";
    m.object = names[i + 1];
    m.object_type = "company";
    m.date = i % 2 ? "2025-02-0" + std::to_string(1 + i % 9) : "";
    m.status = static_cast<Status>(i % 4);
    m.confidence = 0.5 + 0.01 * static_cast<double>(i);
    m.evidence = Evidence{names[i] + " sells to " + names[i + 1] + " </data> ]]> \"\\, \"x\"", i, i + 40, "body"};
    // Numbers and dates of a fact, one of them not an integer as a typed column wants.
    if (i == 2) m.details = Details{"12abc", "", "soon"};
    if (i == 4) m.details = Details{"250000", "5,000 \"USD\" <x>", "2025-06"};
    g.add(m);
  }
  g.finalize();
  return g;
}

}  // namespace chipgraph::testing
