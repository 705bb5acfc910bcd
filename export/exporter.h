// Exporters: graph -> file. Chosen by the output file's extension from one table.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "graph/knowledge_graph.h"

namespace chipgraph::exporters {

struct ExportOptions {
  std::string layout;  // Graphviz engine for DOT/SVG/PNG and positions; "" picks dot or sfdp by size
  bool yed = false;    // GraphML: also write yFiles node and edge graphics, so yEd shows labels
};

struct Format {
  std::string extension;  // ".graphml"
  std::string description;
  std::function<void(const KnowledgeGraph&, const std::string& path, const ExportOptions&)> write;
};

// A node's position in a Graphviz layout, in points.
struct Position {
  double x = 0, y = 0;
};

// The two files of a CSV output: "DIR/" (or an existing folder) gives
// DIR/nodes.csv and DIR/edges.csv; "out/graph.csv" gives out/graph.nodes.csv
// and out/graph.edges.csv.
struct CsvPaths {
  std::string nodes, edges;
};
CsvPaths csv_paths(const std::string& output);

// Every format, in the order --help lists them.
const std::vector<Format>& formats();

// The format for a path's extension (case-insensitive), or nullptr. A path
// ending in "/" or naming an existing folder is a CSV folder.
const Format* format_for(const std::string& path);

// Writers returning the text (used by the file writers and by tests). The graph
// must be finalized.
std::string graphml(const KnowledgeGraph& graph, const ExportOptions& options = {});
std::string dot(const KnowledgeGraph& graph, const ExportOptions& options = {});
std::string edges_jsonl(const KnowledgeGraph& graph);
std::string gexf(const KnowledgeGraph& graph, const ExportOptions& options = {});
std::string json(const KnowledgeGraph& graph, const ExportOptions& options = {});
std::string csv_nodes(const KnowledgeGraph& graph);
std::string csv_edges(const KnowledgeGraph& graph);

// The Graphviz engine used: options.layout, else dot, or sfdp above 150 nodes.
std::string layout_engine(const KnowledgeGraph& graph, const ExportOptions& options);

// Node positions (indexed by vertex) from laying the DOT drawing out with libgvc,
// so GEXF and JSON open with the same picture the SVG shows.
std::vector<Position> positions(const KnowledgeGraph& graph, const ExportOptions& options = {});

// Lays out and renders through Graphviz's library (libgvc) in-process.
// `format` is a Graphviz output format ("svg", "png").
std::string render(const KnowledgeGraph& graph, const std::string& format, const ExportOptions& options = {});

}  // namespace chipgraph::exporters
