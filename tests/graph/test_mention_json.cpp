// The JSONL edge-record format: round trip and located errors.
#include <doctest/doctest.h>

#include "graph/mention_json.h"

using namespace chipgraph;

TEST_CASE("a mention survives writing and reading back") {
  Mention m;
  m.doc = "news/01.txt";
  m.subject = "Chinese government";
  m.subject_type = "government";
  m.relation = "pressures";
  m.object = "local developers";
  m.object_type = "group";
  m.status = Status::planned;
  m.confidence = 0.875;
  m.date = "2025-09-17";
  m.evidence = Evidence{"Beijing asked \"local\" developers\\ to justify orders.", 120, 175, "body"};
  m.pattern = "pressures/verb";
  const std::string line = to_json_line(m);
  CHECK(line.find('\n') == std::string::npos);
  std::size_t column = 0;
  std::string error;
  auto back = parse_mention(line, Vocabulary::builtin(), column, error);
  REQUIRE_MESSAGE(back.has_value(), error);
  CHECK(*back == m);
}

TEST_CASE("bad records give the column and the reason") {
  std::size_t column = 0;
  std::string error;
  CHECK_FALSE(parse_mention(R"({"doc": "a", "subject": )", Vocabulary::builtin(), column, error));
  CHECK(column > 0);
  CHECK_FALSE(error.empty());
  CHECK_FALSE(parse_mention(R"({"doc":"a","subject":"X","subject_type":"company","relation":"likes","object":"Y","object_type":"company"})",
                            Vocabulary::builtin(), column, error));
  CHECK(error.find("likes") != std::string::npos);
  CHECK_FALSE(parse_mention(R"({"doc":"a","subject":"X","subject_type":"company","relation":"supplies","object":"Y","object_type":"company","confidence":2})",
                            Vocabulary::builtin(), column, error));
  CHECK(error.find("confidence") != std::string::npos);
}
