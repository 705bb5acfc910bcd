// A relation found in a sentence, before it becomes a Mention.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "graph/vocabulary.h"

namespace chipgraph::extract {

struct Candidate {
  int subject = -1;  // document entity indexes
  int object = -1;
  std::string relation;
  Status status = Status::asserted;
  double confidence = 0.8;
  std::string pattern;
  bool from_pattern = false;  // a verb pattern (it sets the discourse topic), not a construction
  std::size_t trigger = static_cast<std::size_t>(-1);  // token of the pattern's first word, if any
  std::size_t match_end = 0;                           // token after the pattern's match
};

// What the surrounding text says about the sentence being read.
struct Discourse {
  int topic = -1;  // entity the text is about: the last clause subject
  std::size_t topic_sentence = 0;
  struct Recent {
    int entity;
    std::size_t sentence;
  };
  std::vector<Recent> recent;  // entity mentions, oldest first
  std::size_t sentence = 0;    // index of the sentence being read
  std::map<int, int> mentions;  // entity -> times named so far
  // the last sentence that named a state's measure ("the rules", "curbs"), for a
  // later "it covers ..."; -1 when none has
  long measure_sentence = -1;
  struct Actor {
    int entity = -1;
    std::size_t sentence = 0;
  };
  std::map<std::string, Actor> last_subject;  // relation -> the subject of its last edge

  int salience(int entity) const {
    auto it = mentions.find(entity);
    return it == mentions.end() ? 0 : it->second;
  }
};

}  // namespace chipgraph::extract
