// Escaping for each output syntax. Every exporter escapes here, never inline.
#pragma once

#include <string>
#include <string_view>

namespace chipgraph::exporters {

// XML character data and attribute values: & < > " ' escaped; characters XML
// 1.0 forbids (C0 controls but tab/LF/CR, U+FFFE, U+FFFF) and C1 controls dropped.
std::string xml_escape(std::string_view text);
void xml_escape_append(std::string& out, std::string_view text);  // the same, appended to `out`
// XML character data only (the inside of an element): & < > escaped, quotes kept
// as they are, forbidden characters dropped as above. A JSON array of evidence
// has two quotes per key and value: as entities they made a third of a GraphML file.
std::string xml_text_escape(std::string_view text);
void xml_text_escape_append(std::string& out, std::string_view text);
// The length of the character at `i` when XML forbids it and it is more than
// one byte (a C1 control U+0080..U+009F, U+FFFE or U+FFFF), else 0.
std::size_t forbidden_multibyte(std::string_view s, std::size_t i);

// The inside of a double-quoted DOT string: backslash and quote escaped (so a
// trailing backslash cannot eat the closing quote, and "\N" stays literal),
// line breaks as \n, control characters dropped.
std::string dot_escape(std::string_view text);

// One RFC 4180 CSV field: quoted (inner quotes doubled) when it holds a comma,
// quote, CR, LF or leading/trailing space, else as it is; control characters
// other than CR/LF/tab are dropped. An empty string stays unquoted, which
// neo4j-admin import reads as "no value".
std::string csv_field(std::string_view text);

}  // namespace chipgraph::exporters
