// Exporters: graph -> file. Chosen by the output file's extension from one table.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "graph/knowledge_graph.h"

namespace chipgraph::exporters {

struct ExportOptions {
  std::string layout;  // Graphviz engine for DOT/SVG/PNG; "" picks dot or sfdp by size
};

struct Format {
  std::string extension;  // ".graphml"
  std::string description;
  std::function<void(const KnowledgeGraph&, const std::string& path, const ExportOptions&)> write;
};

// Every format, in the order --help lists them.
const std::vector<Format>& formats();

// The format for a path's extension (case-insensitive), or nullptr.
const Format* format_for(const std::string& path);

// Writers returning the text (used by the file writers and by tests). The graph
// must be finalized.
std::string graphml(const KnowledgeGraph& graph);
std::string dot(const KnowledgeGraph& graph, const ExportOptions& options = {});
std::string edges_jsonl(const KnowledgeGraph& graph);

// Lays out and renders through Graphviz's library (libgvc) in-process.
// `format` is a Graphviz output format ("svg", "png").
std::string render(const KnowledgeGraph& graph, const std::string& format, const ExportOptions& options = {});

}  // namespace chipgraph::exporters
