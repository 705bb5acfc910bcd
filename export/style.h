// What every exporter shows the same way: colours, sizes, short labels, line
// styles, and the checks that keep typed values typed (dates, integers).
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "graph/knowledge_graph.h"

namespace chipgraph::exporters {

// The node type's colour from the vocabulary ("#rrggbb"), grey for an unknown type.
std::string node_color(const Vocabulary& vocabulary, const std::string& type);

// r, g, b of a "#rrggbb" colour (grey if malformed).
std::array<int, 3> rgb(std::string_view hex);

// Node size from its mentions, 5 for none, growing with the logarithm.
double node_size(std::uint64_t mentions);

// Line width from an edge's mentions, 1 for one mention (DOT penwidth, GEXF thickness).
double edge_width(std::uint64_t weight);

// "solid" (asserted), "dashed" (planned, attempted) or "dotted" (negated).
std::string_view line_style(Status status);

// At most `max_chars` characters, cut at a word boundary when one is near, with
// "…" appended when cut; counts UTF-8 code points, never splits one.
std::string short_label(std::string_view label, std::size_t max_chars = 30);

// A real calendar date written YYYY-MM-DD (what xsd:date and Gephi accept).
bool iso_date(std::string_view text);

// A non-negative integer of at most 18 digits (fits every reader's long).
bool plain_integer(std::string_view text);

// The distinct valid dates of an edge's evidence, sorted: when articles reported it.
std::vector<std::string> report_dates(const KnowledgeGraph& kg, const EdgeProps& edge);

// Numbers printed the same way in every format: up to `decimals` places, no
// trailing zeros, never NaN or exponent notation.
std::string number(double value, int decimals = 3);

}  // namespace chipgraph::exporters
