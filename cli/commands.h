// The commands behind the command line, with validated options.
#pragma once

#include <string>
#include <vector>

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
};

struct BuildOptions {
  CommonOptions common;
  std::vector<std::string> inputs;
  std::vector<std::string> outputs;
  std::string to;  // format of `-o -` (standard output), as an extension without the dot
  std::string layout;
  FilterOptions filter;  // applied once before writing every output
  bool yed = false;      // GraphML also carries yFiles graphics
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
};

struct EvalOptions {
  CommonOptions common;
  std::string gold;
  std::vector<std::string> predicted;
  bool verbose = false;
  bool json = false;
};

int run_build(const BuildOptions& options);
int run_extract(const ExtractOptions& options);
int run_merge(const MergeOptions& options);
int run_eval(const EvalOptions& options);

}  // namespace chipgraph::cli
