// JSON Lines form of a Mention: what `chipgraph extract` writes and `merge` reads.
//
// One object a line, keys in this order:
//   doc, subject, subject_type, relation, object, object_type, status,
//   confidence, date, evidence {text, start, end, part}, quantity, value, when
//   (these three only when known), subject_discovered, object_discovered, pattern
// `date` is "" when unknown; `confidence` has three decimals at most.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "graph/mention.h"

namespace chipgraph {

std::string to_json_line(const Mention& mention);  // no trailing newline

// Parses one line. On failure returns nullopt and sets `error` to
// "column: message" text (column is 1-based, 0 when not positional).
std::optional<Mention> parse_mention(std::string_view line, const Vocabulary& vocabulary,
                                     std::size_t& error_column, std::string& error);

}  // namespace chipgraph
