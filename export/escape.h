// Escaping for each output syntax. Every exporter escapes here, never inline.
#pragma once

#include <string>
#include <string_view>

namespace chipgraph::exporters {

// XML character data and attribute values: & < > " ' escaped; characters XML
// 1.0 forbids (C0 controls but tab/LF/CR, U+FFFE, U+FFFF) and C1 controls dropped.
std::string xml_escape(std::string_view text);

// The inside of a double-quoted DOT string: backslash and quote escaped (so a
// trailing backslash cannot eat the closing quote, and "\N" stays literal),
// line breaks as \n, control characters dropped.
std::string dot_escape(std::string_view text);

}  // namespace chipgraph::exporters
