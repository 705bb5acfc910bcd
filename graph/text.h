// Unicode helpers the core needs to compare names: NFKC + case folding (ICU).
#pragma once

#include <string>
#include <string_view>

namespace chipgraph {

// NFKC-normalised, case-folded form used as the identity key of a name.
std::string fold(std::string_view utf8);

// Replaces invalid UTF-8 with U+FFFD; returns how many bytes were replaced.
std::size_t repair_utf8(std::string& text);

// Makes a string safe for every export format: invalid UTF-8 becomes U+FFFD,
// C0/C1 controls and U+FFFE/U+FFFF are dropped (tab/newline become a space);
// every other character is kept.
std::string without_controls(std::string_view utf8);

// without_controls in place; a string that needs nothing is left untouched.
void clean_controls(std::string& utf8);

}  // namespace chipgraph
