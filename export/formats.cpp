// The table of output formats, by file extension.
#include <algorithm>
#include <filesystem>

#include "export/exporter.h"
#include "graph/atomic_file.h"
#include "graph/error.h"
#include "graph/snapshot.h"

namespace chipgraph::exporters {
namespace {

namespace fs = std::filesystem;

bool names_folder(const std::string& path) {
  std::error_code ec;
  return (!path.empty() && path.back() == '/') || fs::is_directory(path, ec);
}

// Both files are written in full before either is renamed into place, so a
// failed write leaves the previous pair (or nothing) rather than half a pair.
void write_csv(const KnowledgeGraph& g, const std::string& path) {
  const CsvPaths paths = csv_paths(path);
  if (names_folder(path)) {
    std::error_code ec;
    const fs::path folder = fs::path(paths.nodes).parent_path();
    if (!fs::is_directory(folder, ec) && !fs::create_directory(folder, ec))
      fail("{}: cannot create the folder: {}", path, ec ? ec.message() : "its parent does not exist");
  }
  AtomicFile nodes(paths.nodes), edges(paths.edges);
  Sink node_sink([&](std::string_view text) { nodes.write(text); });
  write_csv_nodes(g, node_sink);
  Sink edge_sink([&](std::string_view text) { edges.write(text); });
  write_csv_edges(g, edge_sink);
  nodes.commit();
  edges.commit();
}

// A streaming writer straight into the temporary file.
template <void (*writer)(const KnowledgeGraph&, const ExportOptions&, Sink&)>
void streamed_file(const KnowledgeGraph& g, const std::string& path, const ExportOptions& o) {
  AtomicFile file(path);
  Sink sink([&](std::string_view text) { file.write(text); });
  writer(g, o, sink);
  file.commit();
}

template <std::string (*writer)(const KnowledgeGraph&, const ExportOptions&)>
void text_file(const KnowledgeGraph& g, const std::string& path, const ExportOptions& o) {
  write_file_atomically(path, writer(g, o));
}

}  // namespace

CsvPaths csv_paths(const std::string& output) {
  if (names_folder(output)) {
    const fs::path folder = fs::path(output) / "";
    return {(folder / "nodes.csv").string(), (folder / "edges.csv").string()};
  }
  fs::path base(output);
  base.replace_extension();
  return {base.string() + ".nodes.csv", base.string() + ".edges.csv"};
}

const std::vector<Format>& formats() {
  static const std::vector<Format> table = {
      {".graphml", "GraphML (Gephi, yEd with --yed, NetworkX, igraph, graph-tool)", streamed_file<write_graphml>},
      {".gexf", "GEXF 1.3, dynamic (Gephi and its timeline, Gephi Lite, NetworkX)", streamed_file<write_gexf>},
      {".json", "JSON node-link (graphology/sigma.js, cytoscape.js, d3)", streamed_file<write_json>},
      {".csv", "CSV pair X.nodes.csv + X.edges.csv, or DIR/ for DIR/nodes.csv + DIR/edges.csv (Gephi, neo4j-admin)",
       [](const KnowledgeGraph& g, const std::string& path, const ExportOptions&) { write_csv(g, path); }},
      {".dot", "Graphviz DOT", text_file<dot>},
      {".gv", "Graphviz DOT", text_file<dot>},
      {".cgz", "chipgraph snapshot: the whole graph with votes and evidence, for queries and later merges",
       [](const KnowledgeGraph& g, const std::string& path, const ExportOptions&) { write_snapshot(g, path); }},
      {".jsonl", "merged edges as JSON Lines (one edge a line, with its evidence)", streamed_file<write_edges_jsonl>},
      {".svg", "SVG picture rendered by Graphviz (libgvc)",
       [](const KnowledgeGraph& g, const std::string& path, const ExportOptions& o) {
         write_file_atomically(path, render(g, "svg", o));
       }},
      {".png", "PNG picture rendered by Graphviz (libgvc)",
       [](const KnowledgeGraph& g, const std::string& path, const ExportOptions& o) {
         write_file_atomically(path, render(g, "png", o));
       }},
  };
  return table;
}

const Format* format_for(const std::string& path) {
  std::string ext = names_folder(path) ? ".csv" : fs::path(path).extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  for (const auto& f : formats())
    if (f.extension == ext) return &f;
  return nullptr;
}

}  // namespace chipgraph::exporters
