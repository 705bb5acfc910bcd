// The table of output formats, by file extension.
#include <algorithm>
#include <filesystem>

#include "export/exporter.h"
#include "graph/atomic_file.h"

namespace chipgraph::exporters {

const std::vector<Format>& formats() {
  static const std::vector<Format> table = {
      {".graphml", "GraphML (Gephi, yEd, NetworkX, igraph, graph-tool)",
       [](const KnowledgeGraph& g, const std::string& path, const ExportOptions&) {
         write_file_atomically(path, graphml(g));
       }},
      {".dot", "Graphviz DOT",
       [](const KnowledgeGraph& g, const std::string& path, const ExportOptions& o) {
         write_file_atomically(path, dot(g, o));
       }},
      {".gv", "Graphviz DOT",
       [](const KnowledgeGraph& g, const std::string& path, const ExportOptions& o) {
         write_file_atomically(path, dot(g, o));
       }},
      {".jsonl", "merged edges as JSON Lines (one edge a line, with its evidence)",
       [](const KnowledgeGraph& g, const std::string& path, const ExportOptions&) {
         write_file_atomically(path, edges_jsonl(g));
       }},
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
  std::string ext = std::filesystem::path(path).extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  for (const auto& f : formats())
    if (f.extension == ext) return &f;
  return nullptr;
}

}  // namespace chipgraph::exporters
