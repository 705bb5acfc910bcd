// The state of one `chipgraph query` run: the graph opened, how answers are
// rendered (aligned tables or JSON), and one member function per question.
#pragma once

#include <rapidjson/ostreamwrapper.h>
#include <rapidjson/writer.h>

#include <cmath>
#include <iostream>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "cli/table.h"
#include "graph/error.h"
#include "graph/query.h"
#include "graph/snapshot.h"

namespace chipgraph::cli {

// A graph opened for questions.
class Opened {
 public:
  Opened(const std::string& path, const Vocabulary& vocabulary) {
    if (names_snapshot(path)) {
      snapshot_ = std::make_unique<Snapshot>(path, vocabulary, false);
      graph_ = &snapshot_->graph();
    } else {
      owned_ = std::make_unique<KnowledgeGraph>(read_graph(path, vocabulary));
      graph_ = owned_.get();
    }
  }
  const KnowledgeGraph& graph() const { return *graph_; }
  const BoostGraph& g() const { return graph_->graph(); }
  std::vector<EvidenceRecord> evidence(EdgeDesc e) const {
    return snapshot_ ? snapshot_->evidence(g()[e].id) : graph_->evidence(e);
  }
  query::EvidenceOf evidence_of() const {
    return [this](EdgeDesc e) { return evidence(e); };
  }

 private:
  std::unique_ptr<Snapshot> snapshot_;
  std::unique_ptr<KnowledgeGraph> owned_;
  const KnowledgeGraph* graph_ = nullptr;
};

// A name as the user typed it: the node's name or any spelling the graph
// merged, then the pack's aliases; otherwise an error with suggestions.
inline Vertex resolve(const Opened& opened, const extract::Pack& pack, const std::string& name, const std::string& path) {
  if (auto v = opened.graph().find(name)) return *v;
  if (const extract::Entity* entity = pack.entity_by_name(name))
    if (auto v = opened.graph().find(entity->name)) return *v;
  std::string hint;
  for (Vertex v : query::suggestions(opened.graph(), name))
    hint += (hint.empty() ? "; did you mean: " : ", ") + opened.g()[v].label;
  fail("{}: no entity \"{}\" in the graph{}", path, name, hint);
}

inline std::string arrow(const query::Hop& hop) { return hop.forward ? "->" : "<-"; }

class Renderer {
 public:
  Renderer(const Opened& opened, bool json) : o_(opened), json_(json), w_(stream_) {}
  ~Renderer() {
    if (json_) std::cout << '\n';
  }

  // The other end of a hop, seen from the node it starts at.
  Vertex far_end(const query::Hop& hop) const {
    return hop.forward ? boost::target(hop.edge, o_.g()) : boost::source(hop.edge, o_.g());
  }

  std::vector<std::string> edge_row(const query::Hop& hop, bool from_node) const {
    const EdgeProps& p = o_.g()[hop.edge];
    const NodeProps& other = o_.g()[from_node ? far_end(hop) : boost::source(hop.edge, o_.g())];
    std::vector<std::string> row;
    if (from_node) row = {arrow(hop), std::string(p.relation), other.label, other.type};
    else row = {other.label, std::string(p.relation), o_.g()[boost::target(hop.edge, o_.g())].label};
    for (std::string cell : {std::string(to_string(p.status())), std::to_string(p.weight), std::to_string(p.articles),
                             p.first_seen.empty() ? std::string("-") : std::string(p.first_seen),
                             p.last_seen.empty() ? std::string("-") : std::string(p.last_seen)})
      row.push_back(std::move(cell));
    return row;
  }

  std::string best_line(EdgeDesc e) const {
    const auto records = o_.evidence(e);
    const EvidenceRecord* best = query::best_evidence(records);
    if (!best) return {};
    return fmt::format("\u201c{}\u201d ({}{})", shorten(best->evidence.text, 160), best->doc,
                       best->date.empty() ? "" : ", " + best->date);
  }

  // JSON
  using Writer = rapidjson::Writer<rapidjson::OStreamWrapper>;
  Writer& w() { return w_; }
  void str(std::string_view s) { w_.String(s.data(), static_cast<rapidjson::SizeType>(s.size())); }
  void node(Vertex v) {
    const NodeProps& n = o_.g()[v];
    w_.StartObject();
    w_.Key("name");
    str(n.label);
    w_.Key("type");
    str(n.type);
    w_.Key("mentions");
    w_.Uint64(n.mentions);
    w_.Key("articles");
    w_.Uint64(n.articles);
    w_.EndObject();
  }
  void edge(EdgeDesc e, bool with_evidence, std::optional<bool> forward = std::nullopt) {
    const BoostGraph& g = o_.g();
    const EdgeProps& p = g[e];
    w_.StartObject();
    w_.Key("subject");
    str(g[boost::source(e, g)].label);
    w_.Key("relation");
    str(p.relation);
    w_.Key("object");
    str(g[boost::target(e, g)].label);
    if (forward) {
      w_.Key("direction");
      str(*forward ? "out" : "in");
    }
    w_.Key("status");
    str(to_string(p.status()));
    w_.Key("weight");
    w_.Uint64(p.weight);
    w_.Key("articles");
    w_.Uint64(p.articles);
    w_.Key("first_seen");
    str(p.first_seen);
    w_.Key("last_seen");
    str(p.last_seen);
    w_.Key("confidence");
    w_.Double(std::round(p.confidence * 1000.0) / 1000.0);
    if (with_evidence) {
      const auto records = o_.evidence(e);
      if (const EvidenceRecord* best = query::best_evidence(records)) {
        w_.Key("evidence");
        w_.StartObject();
        w_.Key("text");
        str(best->evidence.text);
        w_.Key("doc");
        str(best->doc);
        w_.Key("date");
        str(best->date);
        w_.EndObject();
      }
    }
    w_.EndObject();
  }

 private:
  const Opened& o_;
  bool json_;
  rapidjson::OStreamWrapper stream_{std::cout};
  Writer w_;
};

// One query run: the options, the pack, the graph and the answer being built.
struct Session {
  const QueryOptions& q;
  const extract::Pack& pack;
  const Opened& opened;
  const BoostGraph& g;
  std::set<std::string> relations;  // --relations
  Renderer out;
  std::vector<EdgeDesc> answer;  // the edges -o writes

  Session(const QueryOptions& options, const extract::Pack& p, const Opened& o)
      : q(options), pack(p), opened(o), g(o.g()), relations(options.relations.begin(), options.relations.end()),
        out(o, options.json) {}

  void needs(std::size_t count, const char* what) const {
    if (q.names.size() != count) fail("{} needs {}", q.question, what);
  }
  // A node's edges as a table (one row each, the best sentence under it with
  // `evidence`); the edges join the answer.
  Table edges_table(const std::vector<query::Hop>& hops, bool evidence) {
    Table table({"", "relation", "entity", "type", "status", "mentions", "articles", "first", "last"});
    for (const auto& hop : hops) {
      table.add(out.edge_row(hop, true));
      if (evidence) table.note(out.best_line(hop.edge));
      answer.push_back(hop.edge);
    }
    return table;
  }
  void hops_json(const std::vector<query::Hop>& hops, bool evidence) {
    out.w().StartArray();
    for (const auto& hop : hops) out.edge(hop.edge, evidence, hop.forward);
    out.w().EndArray();
  }

  void ask_edges_of();
  void ask_path();
  void ask_exposure();
  void ask_rank();
  void ask_diff();
  void ask_stats();
};

}  // namespace chipgraph::cli
