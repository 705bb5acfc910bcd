// chipgraph command line: parse flags, run one command, report. No logic here.
#include <CLI/CLI.hpp>

#include <csignal>
#include <iostream>

#include "cli/commands.h"
#include "graph/atomic_file.h"
#include "graph/error.h"

namespace {

const char* const exit_codes =
    "Exit status: 0 every input read; 1 some input skipped (the rest is in the output); "
    "2 nothing usable, a bad pack, bad arguments or an output error.";

extern "C" void on_signal(int signal) {
  chipgraph::AtomicFile::remove_all_temporaries();
  std::signal(signal, SIG_DFL);
  std::raise(signal);
}

void add_common(CLI::App& app, chipgraph::cli::CommonOptions& o) {
  app.add_option("--pack", o.packs, "add a user pack folder on top of the built-in one (repeatable)")
      ->check(CLI::ExistingDirectory);
  app.add_flag("-q,--quiet", o.quiet, "no summary line on stderr");
  app.add_flag("--strict", o.strict, "stop at the first bad input record");
  app.add_option("-j,--jobs", o.jobs, "threads for extraction and parsing (default: one per core); output is the same for any number")->check(CLI::Range(1u, 256u));
  app.add_flag("--no-screen", o.no_screen, "read every article in full, also those a word scan finds no name in "
                                         "(slower; the output is the same, which this checks)");
}

// Filters and output options shared by build and merge (see graph/filter.h).
void add_filter_options(CLI::App& app, chipgraph::FilterOptions& f, bool& yed) {
  const char* group = "Filters (every output; applied in this order: evidence, edges, nodes, focus, top)";
  app.add_option("--since", f.since, "keep evidence from articles dated on or after DATE (YYYY[-MM[-DD]]); "
                                     "edges are recomputed from what is kept, undated evidence is dropped")
      ->group(group);
  app.add_option("--until", f.until, "keep evidence from articles dated on or before DATE (YYYY[-MM[-DD]])")
      ->group(group);
  app.add_option("--status", f.statuses, "keep evidence with these statuses: asserted,planned,attempted,negated")
      ->delimiter(',')
      ->group(group);
  app.add_option("--min-confidence", f.min_confidence, "keep evidence with at least this confidence (0..1)")
      ->group(group);
  app.add_option("--relations", f.relations, "keep edges of these relations (comma-separated)")
      ->delimiter(',')
      ->group(group);
  app.add_option("--min-weight", f.min_weight, "keep edges with at least N mentions (after the evidence filters)")
      ->group(group);
  app.add_option("--types", f.types, "keep nodes of these types (comma-separated) and the edges between them")
      ->delimiter(',')
      ->group(group);
  app.add_flag("--drop-discovered", f.drop_discovered, "drop nodes named only from cues, not from the pack")
      ->group(group);
  auto* focus = app.add_option("--focus", f.focus, "keep the ego network of ENTITY (any name or alias; repeatable)")
                    ->group(group);
  app.add_option("--depth", f.depth, "steps from a --focus entity (default 1)")->needs(focus)->group(group);
  app.add_option("--top", f.top, "keep the N most-mentioned nodes and the edges among them")->group(group);
  app.add_flag("--yed", yed, "GraphML: also write yFiles labels, colours and positions so yEd shows names");
}

void add_output_options(CLI::App& app, std::vector<std::string>& outputs, std::string& to, std::string& layout) {
  app.add_option("-o,--output", outputs,
                 "output file, format from its extension: .graphml .gexf .json .csv .dot .gv .jsonl .cgz .svg .png, "
                 "DIR/ for DIR/nodes.csv and DIR/edges.csv, or - for standard output with --to (repeatable)")
      ->required();
  app.add_option("--to", to, "format of -o - (standard output): graphml, gexf, json, dot, jsonl, cgz, svg, png");
  app.add_option("--layout", layout, "Graphviz layout engine for .dot/.svg/.png (default: dot, sfdp when large)");
}

// Where the graph keeps the evidence of a large merge (graph/evidence_store.h).
void add_graph_options(CLI::App& app, std::size_t& evidence_mib) {
  app.add_option("--evidence-memory", evidence_mib,
                 "MiB of evidence sentences kept in memory; the rest goes to an unlinked temporary file in $TMPDIR "
                 "(default 32; the output is the same for any value)")
      ->check(CLI::Range(std::size_t{0}, std::size_t{1} << 30));
}

}  // namespace

int main(int argc, char** argv) {
  std::signal(SIGINT, on_signal);
  std::signal(SIGTERM, on_signal);
  std::signal(SIGHUP, on_signal);
  // Past a file-size limit a write fails with EFBIG (reported, temporaries removed) instead of killing us.
  std::signal(SIGXFSZ, SIG_IGN);

  CLI::App app{"chipgraph: build a typed knowledge graph of the AI-hardware supply chain from news articles"};
  app.footer(exit_codes);
  app.set_version_flag("--version", std::string("chipgraph ") + CHIPGRAPH_VERSION);
  app.require_subcommand(1);

  chipgraph::cli::BuildOptions build;
  auto* b = app.add_subcommand("build", "extract edges from articles and merge them into a graph, in one process");
  b->add_option("inputs", build.inputs, "files and folders of .txt/.md/.jsonl articles; - for JSONL on stdin")
      ->required();
  add_output_options(*b, build.outputs, build.to, build.layout);
  add_filter_options(*b, build.filter, build.yed);
  add_graph_options(*b, build.evidence_mib);
  add_common(*b, build.common);
  b->footer(exit_codes);

  chipgraph::cli::ExtractOptions extract;
  auto* e = app.add_subcommand("extract", "write each extracted edge mention as a JSON Lines record");
  e->add_option("inputs", extract.inputs, "files and folders of .txt/.md/.jsonl articles; - for JSONL on stdin")
      ->required();
  e->add_option("-o,--output", extract.output, "output file (default: stdout)");
  add_common(*e, extract.common);
  e->footer(exit_codes);

  chipgraph::cli::MergeOptions merge;
  auto* m = app.add_subcommand(
      "merge", "merge edge records from `chipgraph extract` and earlier graphs (.cgz, GraphML) into one graph");
  m->add_option("inputs", merge.inputs,
                "JSON Lines files of edge records (- for stdin), and graphs written earlier (.cgz snapshots, "
                "chipgraph GraphML) to add them to")
      ->required();
  add_output_options(*m, merge.outputs, merge.to, merge.layout);
  add_filter_options(*m, merge.filter, merge.yed);
  add_graph_options(*m, merge.evidence_mib);
  add_common(*m, merge.common);
  m->footer(exit_codes);

  chipgraph::cli::EvalOptions eval;
  auto* v = app.add_subcommand("eval", "score extracted edges against hand-written gold edges: precision, recall, F1");
  v->add_option("gold", eval.gold, "gold edges, JSON Lines (edge fields plus subject_aliases, object_aliases)")
      ->required()
      ->check(CLI::ExistingFile);
  v->add_option("predicted", eval.predicted, "edge records from `chipgraph extract` (one or more files)")
      ->required()
      ->check(CLI::ExistingFile);
  v->add_flag("-v,--verbose", eval.verbose, "list the missed and the spurious edges with their doc ids");
  v->add_flag("--json", eval.json, "print the figures as one JSON object");
  add_common(*v, eval.common);
  v->footer("Only articles named in the gold file are scored. Exit status: 0 all lines read; 1 some skipped; 2 error.");

  chipgraph::cli::QueryOptions query;
  auto* q = app.add_subcommand("query", "ask a graph written earlier (.cgz snapshot or chipgraph GraphML)");
  q->add_option("graph", query.graph, "the graph: a .cgz snapshot (fast) or GraphML written by chipgraph")
      ->required()
      ->check(CLI::ExistingFile);
  q->add_option("question", query.question,
                "neighbors ENTITY | path FROM TO | exposure ENTITY | rank | timeline ENTITY | diff NEWER | stats")
      ->required()
      ->check(CLI::IsMember({"neighbors", "path", "exposure", "rank", "timeline", "diff", "stats"}));
  q->add_option("names", query.names, "entity names (any case or alias), or the newer graph for diff");
  q->add_option("--relations", query.relations, "neighbors, path: only these relations (comma-separated)")
      ->delimiter(',');
  auto* in = q->add_flag("--in", query.in, "neighbors: only edges pointing at the entity");
  q->add_flag("--out", query.out, "neighbors: only edges leaving the entity")->excludes(in);
  q->add_flag("--directed", query.directed, "path: follow edges only from subject to object");
  q->add_flag("--evidence", query.evidence, "neighbors, timeline: the best evidence sentence under each edge");
  q->add_option("--depth", query.depth, "exposure: upstream steps to follow (default 4)")->check(CLI::Range(1, 64));
  q->add_option("--by", query.by, "rank: pagerank (default), betweenness, degree or articles")
      ->check(CLI::IsMember({"pagerank", "betweenness", "degree", "articles"}));
  q->add_option("--type", query.type, "rank: only nodes of this type");
  q->add_option("--top", query.top, "rank, stats: how many to list (default 20)");
  q->add_flag("--json", query.json, "print the answer as one JSON document");
  q->add_option("-o,--output", query.outputs,
                "also write the answer's edges as a graph (.graphml .gexf .json .csv .dot .jsonl .cgz .svg .png)");
  add_common(*q, query.common);
  q->footer("Names resolve through the graph's spellings, any case, then the pack's aliases; an unknown name "
            "lists the nearest. Exit status: 0 answered; 2 an unknown name, a bad graph or bad arguments.");

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& error) {
    const int code = app.exit(error);
    return code == 0 ? 0 : chipgraph::cli::failed;
  }
  try {
    if (*b) return chipgraph::cli::run_build(build);
    if (*e) return chipgraph::cli::run_extract(extract);
    if (*m) return chipgraph::cli::run_merge(merge);
    if (*v) return chipgraph::cli::run_eval(eval);
    if (*q) return chipgraph::cli::run_query(query);
  } catch (const chipgraph::Error& error) {
    std::cerr << "chipgraph: " << error.what() << '\n';
    return chipgraph::cli::failed;
  } catch (const std::exception& error) {
    std::cerr << "chipgraph: internal error: " << error.what() << '\n';
    return chipgraph::cli::failed;
  }
  return chipgraph::cli::failed;
}
