// Unicode helpers the core needs to compare names: NFKC + case folding (ICU).
#pragma once

#include <string>
#include <string_view>

namespace chipgraph {

// NFKC-normalised, case-folded form used as the identity key of a name.
std::string fold(std::string_view utf8);

// Replaces invalid UTF-8 with U+FFFD; returns how many bytes were replaced.
std::size_t repair_utf8(std::string& text);

// Strips C0/C1 control characters (tab/newline become a space) so a string is
// safe for every export format; keeps all other characters.
std::string without_controls(std::string_view utf8);

}  // namespace chipgraph
