// One input record on its way from the reading thread to the article it holds:
// what the reader cut from an input (a JSON Lines line, a text file, or only a
// problem met while reading), then what parse_record made of it.
//
// Reading, parsing and admitting are three steps so that parsing, the costly
// one, can run on any thread: the reader only cuts the input and parse_record
// touches nothing shared. The messages a record calls for are kept with it and
// reported when ArticleReader::admit takes the records back in input order, so
// they come out in input order whichever thread found them.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "extract/article.h"

namespace chipgraph::extract {

struct InputNote {
  enum class Kind : std::uint8_t {
    warning,     // kept going; nothing lost
    skipped,     // some input was not used
    bad_record,  // a record was not used; fatal with --strict
    error,       // an input could not be read at all
  };
  Kind kind;
  std::string text;  // "file:line[:column]: message"
};

struct InputRecord {
  enum class Kind : std::uint8_t { jsonl_line, text_file, notes_only };
  Kind kind = Kind::notes_only;

  // Cut by the reader.
  std::string bytes;                          // the line without its line end, or the whole file
  std::shared_ptr<const std::string> origin;  // the input's name, shared by its lines
  std::string doc_id;                         // a text file's id from its path
  std::size_t line = 0;                       // a JSONL line's number

  // Filled in by parse_record, which also frees `bytes`.
  std::vector<InputNote> notes;    // in the order they arose
  std::optional<Article> article;  // none when the record is bad
  std::size_t replaced_bytes = 0;  // invalid UTF-8 in the article, replaced by U+FFFD
};

}  // namespace chipgraph::extract
