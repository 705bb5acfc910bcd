// Parsing one input record into an article: JSON, field checks, dates, line
// ends, UTF-8 repair and HTML entities. Touches nothing shared, so records are
// parsed on the worker threads; ArticleReader::admit then checks ids and
// reports the notes in input order.
#pragma once

#include <string>

#include "extract/input_record.h"

namespace chipgraph::extract {

// Parses `record` in place: its article (or none) and its notes; frees its bytes.
void parse_record(InputRecord& record);

// "2025-03-04", "2025-03-04T10:00:00Z", "2025-03-04 10:00" -> "2025-03-04"; else "".
std::string normalise_date(const std::string& text);

}  // namespace chipgraph::extract
