// The commands behind the command line, with validated options.
#pragma once

#include <string>
#include <vector>

#include "extract/pack.h"
#include "graph/filter.h"

namespace chipgraph::cli {

// Exit statuses (documented in --help and the README).
enum Exit : int {
  ok = 0,             // every input read
  partial = 1,        // some input skipped; the rest is in the output
  failed = 2,         // nothing usable, a bad pack, bad arguments or an output error
};

struct CommonOptions {
  std::vector<std::string> packs;  // user pack folders
  bool quiet = false;
  bool strict = false;
  unsigned jobs = 0;  // 0: one per core
  bool no_screen = false;  // read every article in full (extract::ExtractorOptions::screen off)
};

struct BuildOptions {
  CommonOptions common;
  std::vector<std::string> inputs;
  std::vector<std::string> outputs;
  std::string to;  // format of `-o -` (standard output), as an extension without the dot
  std::string layout;
  FilterOptions filter;  // applied once before writing every output
  bool yed = false;      // GraphML also carries yFiles graphics
  std::size_t evidence_mib = 32;  // evidence sentences held in memory before the rest goes to a temporary file
};

struct ExtractOptions {
  CommonOptions common;
  std::vector<std::string> inputs;
  std::string output;  // "" or "-": stdout
};

struct MergeOptions {
  CommonOptions common;
  std::vector<std::string> inputs;
  std::vector<std::string> outputs;
  std::string to;  // format of `-o -` (standard output), as an extension without the dot
  std::string layout;
  FilterOptions filter;  // applied once before writing every output
  bool yed = false;      // GraphML also carries yFiles graphics
  std::size_t evidence_mib = 32;
};

struct EvalOptions {
  CommonOptions common;
  std::string gold;
  std::vector<std::string> predicted;
  bool verbose = false;
  bool json = false;
};

// `chipgraph query GRAPH QUESTION ...`
struct QueryOptions {
  CommonOptions common;
  std::string graph;     // .cgz snapshot or chipgraph GraphML
  std::string question;  // neighbors, path, exposure, rank, timeline, diff, stats
  std::vector<std::string> names;  // entities (neighbors, timeline, exposure: one; path: two) or the newer graph (diff)
  std::vector<std::string> relations;
  bool in = false, out = false;  // neighbors: direction
  bool directed = false;         // path: follow edges only forward
  bool evidence = false;         // neighbors, timeline: the best sentence under each edge
  int depth = 4;                 // exposure
  std::string by = "pagerank";   // rank
  std::string type;              // rank
  std::size_t top = 20;          // rank, stats
  bool json = false;
  std::vector<std::string> outputs;  // the answer as a subgraph
};

// The built-in pack plus the user's; every problem is listed before giving up (throws Error).
extract::Pack load_pack(const CommonOptions& options);

int run_build(const BuildOptions& options);
int run_extract(const ExtractOptions& options);
int run_merge(const MergeOptions& options);
int run_eval(const EvalOptions& options);
int run_query(const QueryOptions& options);

}  // namespace chipgraph::cli
