// `chipgraph query GRAPH QUESTION`: loads a snapshot (evidence read per edge as
// needed) or chipgraph GraphML, asks graph/query.h through the question's
// Session member (query_answers.cpp), and optionally writes the answer as a subgraph.
#include <chrono>
#include <iostream>
#include <map>

#include "cli/query_session.h"
#include "export/exporter.h"
#include "graph/error.h"

namespace chipgraph::cli {
namespace {

using Clock = std::chrono::steady_clock;

// The answer's edges as a graph of their own, written to every -o.
void write_subgraph(const Opened& o, const std::vector<EdgeDesc>& edges, const std::vector<std::string>& outputs) {
  if (outputs.empty()) return;
  KnowledgeGraph sub(o.graph().vocabulary());
  for (EdgeDesc e : edges) sub.copy_edge(o.graph(), e, o.evidence(e));
  sub.finalize();
  for (const auto& path : outputs) exporters::format_for(path)->write(sub, path, {});
}

// The questions, by name.
const std::map<std::string, void (Session::*)(), std::less<>>& questions() {
  static const std::map<std::string, void (Session::*)(), std::less<>> table = {
      {"neighbors", &Session::ask_edges_of}, {"timeline", &Session::ask_edges_of}, {"path", &Session::ask_path},
      {"exposure", &Session::ask_exposure},  {"rank", &Session::ask_rank},          {"diff", &Session::ask_diff},
      {"stats", &Session::ask_stats},
  };
  return table;
}

}  // namespace

int run_query(const QueryOptions& q) {
  const auto start = Clock::now();
  auto question = questions().find(q.question);
  if (question == questions().end())
    fail("unknown question \"{}\": neighbors, path, exposure, rank, timeline, diff or stats", q.question);
  for (const auto& path : q.outputs)
    if (!exporters::format_for(path)) fail("{}: unknown output format", path);
  const extract::Pack pack = load_pack(q.common);
  const Opened opened(q.graph, pack.vocabulary());
  const auto loaded = Clock::now();
  Session session(q, pack, opened);
  for (const auto& r : session.relations)
    if (!pack.vocabulary().relation(r)) fail("--relations: unknown relation \"{}\"", r);
  (session.*(question->second))();
  write_subgraph(opened, session.answer, q.outputs);
  if (!q.common.quiet)
    std::cerr << fmt::format("chipgraph query {}: graph read in {:.3f} s, answered in {:.3f} s\n", q.question,
                             std::chrono::duration<double>(loaded - start).count(),
                             std::chrono::duration<double>(Clock::now() - loaded).count());
  return ok;
}

}  // namespace chipgraph::cli
