// Decoding of HTML character references that scrapers leave in article text.
#pragma once

#include <cstddef>
#include <string>

namespace chipgraph {

// Replaces character references in place, in one pass ("&amp;lt;" becomes
// "&lt;"): every numeric one ("&#39;", "&#x2019;") and the common named ones
// ("&amp;", "&nbsp;", "&rsquo;", the Latin-1 letters ...). A reference needs
// its closing ';'; an unknown name is left as written. Numbers that name no
// character (0, surrogates, past U+10FFFF) become U+FFFD; 128-159 are read as
// Windows-1252, as browsers do. Returns how many references were replaced.
std::size_t decode_html_entities(std::string& text);

}  // namespace chipgraph
