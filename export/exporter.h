// Exporters: graph -> file. Chosen by the output file's extension from one table.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "graph/knowledge_graph.h"

namespace chipgraph::exporters {

struct ExportOptions {
  std::string layout;  // Graphviz engine for DOT/SVG/PNG and positions; "" picks dot or sfdp by size
  bool yed = false;    // GraphML: also write yFiles node and edge graphics, so yEd shows labels
  unsigned threads = 1;  // for rendering records (the bytes do not depend on it)
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

// Where a streaming writer puts its text: kept in memory, or handed to `drain`
// whenever a megabyte has gathered (a big graph's file is never held whole).
class Sink {
 public:
  explicit Sink(std::function<void(std::string_view)> drain = {}) : drain_(std::move(drain)) {}
  Sink& operator+=(std::string_view text) {
    buffer_ += text;
    return *this;
  }
  Sink& operator+=(char c) {
    buffer_ += c;
    return *this;
  }
  // A point between records: drains when enough has gathered.
  void checkpoint() {
    if (drain_ && buffer_.size() >= (1u << 20)) finish();
  }
  void finish() {
    if (drain_ && !buffer_.empty()) drain_(buffer_);
    if (drain_) buffer_.clear();
  }
  std::string& text() { return buffer_; }

 private:
  std::function<void(std::string_view)> drain_;
  std::string buffer_;
};

// Streaming writers for the formats that grow with the evidence.
void write_graphml(const KnowledgeGraph& graph, const ExportOptions& options, Sink& out);
void write_edges_jsonl(const KnowledgeGraph& graph, const ExportOptions& options, Sink& out);
void write_gexf(const KnowledgeGraph& graph, const ExportOptions& options, Sink& out);
void write_json(const KnowledgeGraph& graph, const ExportOptions& options, Sink& out);
void write_csv_nodes(const KnowledgeGraph& graph, Sink& out);
void write_csv_edges(const KnowledgeGraph& graph, Sink& out);

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
// so GEXF and JSON open with the same picture the SVG shows. Above layout_nodes
// nodes or layout_edges edges, unless options.layout names an engine, a
// deterministic spiral by mentions instead (a force layout would take minutes).
constexpr std::size_t layout_nodes = 2000, layout_edges = 20000;
std::vector<Position> positions(const KnowledgeGraph& graph, const ExportOptions& options = {});

// Lays out and renders through Graphviz's library (libgvc) in-process.
// `format` is a Graphviz output format ("svg", "png").
std::string render(const KnowledgeGraph& graph, const std::string& format, const ExportOptions& options = {});

}  // namespace chipgraph::exporters
