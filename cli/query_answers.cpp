// The answer to each question of `chipgraph query` (see query_session.h).
#include <functional>
#include <iostream>
#include <set>

#include "cli/query_session.h"
#include "graph/error.h"

namespace chipgraph::cli {

// neighbors and timeline: a node's edges
void Session::ask_edges_of() {
  needs(1, "one ENTITY");
  const Vertex v = resolve(opened, pack, q.names[0], q.graph);
  const auto direction = q.in == q.out ? query::Direction::both : q.in ? query::Direction::in : query::Direction::out;
  const auto hops = q.question == "neighbors" ? query::neighbors(opened.graph(), v, direction, relations)
                                              : query::timeline(opened.graph(), v);
  if (q.json) {
    out.w().StartObject();
    out.w().Key("entity");
    out.node(v);
    out.w().Key("edges");
    hops_json(hops, q.evidence);
    out.w().EndObject();
    for (const auto& hop : hops) answer.push_back(hop.edge);
  } else {
    std::cout << fmt::format("{} ({}): {} edge{}\n", g[v].label, g[v].type, hops.size(), hops.size() == 1 ? "" : "s");
    edges_table(hops, q.evidence).print(std::cout);
  }
}

// path: a shortest typed path, each hop with its best sentence
void Session::ask_path() {
  needs(2, "FROM and TO");
  const Vertex from = resolve(opened, pack, q.names[0], q.graph), to = resolve(opened, pack, q.names[1], q.graph);
  const auto hops = query::shortest_path(opened.graph(), from, to, relations, q.directed);
  for (const auto& hop : hops) answer.push_back(hop.edge);
  if (q.json) {
    out.w().StartObject();
    out.w().Key("from");
    out.node(from);
    out.w().Key("to");
    out.node(to);
    out.w().Key("hops");
    hops_json(hops, true);
    out.w().EndObject();
  } else if (hops.empty()) {
    std::cout << fmt::format("no path from {} to {}\n", g[from].label, g[to].label);
  } else {
    std::cout << fmt::format("{} to {}: {} hop{}\n", g[from].label, g[to].label, hops.size(), hops.size() == 1 ? "" : "s");
    Table table({"subject", "relation", "object", "status", "mentions", "articles", "first", "last"});
    for (const auto& hop : hops) {
      table.add(out.edge_row(hop, false));
      table.note(out.best_line(hop.edge));
    }
    table.print(std::cout);
  }
}

// exposure: the upstream tree, constraints and single points of failure
void Session::ask_exposure() {
  needs(1, "one ENTITY");
  const Vertex root = resolve(opened, pack, q.names[0], q.graph);
  const query::Exposure x = query::exposure(opened.graph(), root, q.depth);
  for (const auto& step : x.tree)
    if (step.via) answer.push_back(step.via->edge);
  for (const auto& c : x.constraints) answer.push_back(c.edge);
  if (q.json) {
    out.w().StartObject();
    out.w().Key("entity");
    out.node(root);
    out.w().Key("upstream");
    out.w().StartArray();
    for (const auto& step : x.tree) {
      if (!step.via) continue;
      out.w().StartObject();
      out.w().Key("node");
      out.node(step.node);
      out.w().Key("depth");
      out.w().Int(step.depth);
      out.w().Key("parent");
      out.str(g[x.tree[step.parent].node].label);
      out.w().Key("edge");
      out.edge(step.via->edge, true);
      out.w().EndObject();
    }
    out.w().EndArray();
    out.w().Key("constraints");
    out.w().StartArray();
    for (const auto& c : x.constraints) out.edge(c.edge, true);
    out.w().EndArray();
    out.w().Key("single_points_of_failure");
    out.w().StartArray();
    for (const auto& sp : x.single_points) {
      out.w().StartObject();
      out.w().Key("node");
      out.node(sp.node);
      out.w().Key("cuts_off");
      out.w().StartArray();
      for (Vertex v : sp.cut_off) out.str(g[v].label);
      out.w().EndArray();
      out.w().EndObject();
    }
    out.w().EndArray();
    out.w().EndObject();
  } else {
    std::cout << fmt::format("{} ({}): {} upstream node{}, {} constraint{}\n", g[root].label, g[root].type,
                             x.tree.size() - 1, x.tree.size() == 2 ? "" : "s", x.constraints.size(),
                             x.constraints.size() == 1 ? "" : "s");
    std::vector<std::vector<std::size_t>> children(x.tree.size());
    std::vector<std::vector<std::size_t>> constraints(x.tree.size());
    for (std::size_t i = 1; i < x.tree.size(); ++i) children[x.tree[i].parent].push_back(i);
    for (std::size_t i = 0; i < x.constraints.size(); ++i) constraints[x.constraints[i].on].push_back(i);
    std::function<void(std::size_t, const std::string&)> show = [&](std::size_t i, const std::string& indent) {
      for (std::size_t c : constraints[i]) {
        const EdgeProps& p = g[x.constraints[c].edge];
        std::cout << fmt::format("{}  ! {} {} it ({}, {} mention{}, {}..{})\n", indent,
                                 g[boost::source(x.constraints[c].edge, g)].label, p.relation, to_string(p.status()),
                                 p.weight, p.weight == 1 ? "" : "s", p.first_seen, p.last_seen);
      }
      for (std::size_t child : children[i]) {
        const auto& step = x.tree[child];
        const EdgeProps& p = g[step.via->edge];
        std::cout << fmt::format("{}{} {} {} ({}) [{} mention{}, {}..{}]\n", indent, step.via->forward ? "->" : "<-",
                                 p.relation, g[step.node].label, g[step.node].type, p.weight,
                                 p.weight == 1 ? "" : "s", p.first_seen, p.last_seen);
        std::cout << indent << "     " << out.best_line(step.via->edge) << '\n';
        show(child, indent + "   ");
      }
    };
    std::cout << g[root].label << '\n';
    show(0, "");
    std::cout << "\nsingle points of failure (every upstream path to the nodes listed passes through them):\n";
    if (x.single_points.empty()) std::cout << "  none\n";
    for (const auto& sp : x.single_points) {
      std::string names;
      for (Vertex v : sp.cut_off) names += (names.empty() ? "" : ", ") + g[v].label;
      std::cout << fmt::format("  {} ({}): cuts off {}\n", g[sp.node].label, g[sp.node].type, shorten(names, 200));
    }
  }
}

// rank: nodes by a centrality or count
void Session::ask_rank() {
  needs(0, "no names");
  const auto measure = query::parse_measure(q.by);
  if (!measure) fail("--by: \"{}\" is not pagerank, betweenness, degree or articles", q.by);
  if (!q.type.empty() && !pack.vocabulary().type(q.type)) fail("--type: unknown node type \"{}\"", q.type);
  const auto scores = query::scores(opened.graph(), *measure, q.common.jobs);
  const auto nodes = query::ranking(opened.graph(), scores, q.type, q.top);
  if (q.json) {
    out.w().StartArray();
    for (Vertex v : nodes) {
      out.w().StartObject();
      out.w().Key("node");
      out.node(v);
      out.w().Key(q.by.c_str());
      out.w().Double(scores[v]);
      out.w().EndObject();
    }
    out.w().EndArray();
  } else {
    Table table({"#", "entity", "type", q.by, "mentions", "articles"});
    std::size_t n = 0;
    for (Vertex v : nodes)
      table.add({std::to_string(++n), g[v].label, g[v].type,
                 *measure == query::Measure::pagerank ? fmt::format("{:.5f}", scores[v]) : fmt::format("{:.0f}", scores[v]),
                 std::to_string(g[v].mentions), std::to_string(g[v].articles)});
    table.print(std::cout);
  }
  std::set<Vertex> kept(nodes.begin(), nodes.end());
  for (auto [e, end] = boost::edges(g); e != end; ++e)
    if (kept.count(boost::source(*e, g)) && kept.count(boost::target(*e, g))) answer.push_back(*e);
}

// diff: what changed from this graph to a newer one
void Session::ask_diff() {
  needs(1, "the NEWER graph");
  const Opened newer(q.names[0], pack.vocabulary());
  const auto d = query::difference(opened.graph(), newer.graph());
  const BoostGraph& h = newer.g();
  auto label = [](const BoostGraph& graph, std::optional<EdgeDesc> e) {
    return fmt::format("{} -{}-> {}", graph[boost::source(*e, graph)].label, graph[*e].relation,
                       graph[boost::target(*e, graph)].label);
  };
  Table table({"change", "edge or node", "mentions", "status"});
  for (Vertex v : d.nodes_added) table.add({"+ node", h[v].label + " (" + h[v].type + ")", "", ""});
  for (Vertex v : d.nodes_removed) table.add({"- node", g[v].label + " (" + g[v].type + ")", "", ""});
  for (const auto& c : d.edges_added)
    table.add({"+ edge", label(h, c.after), std::to_string(h[*c.after].weight), std::string(to_string(h[*c.after].status()))});
  for (const auto& c : d.edges_removed)
    table.add({"- edge", label(g, c.before), std::to_string(g[*c.before].weight), std::string(to_string(g[*c.before].status()))});
  for (const auto& c : d.edges_changed)
    table.add({"~ edge", label(h, c.after), fmt::format("{} -> {}", g[*c.before].weight, h[*c.after].weight),
               g[*c.before].status() == h[*c.after].status()
                   ? std::string(to_string(h[*c.after].status()))
                   : fmt::format("{} -> {}", to_string(g[*c.before].status()), to_string(h[*c.after].status()))});
  if (q.json) {
    out.w().StartObject();
    for (auto [key, nodes, graph] : {std::tuple{"nodes_added", &d.nodes_added, &h}, std::tuple{"nodes_removed", &d.nodes_removed, &g}}) {
      out.w().Key(key);
      out.w().StartArray();
      for (Vertex v : *nodes) out.str((*graph)[v].label);
      out.w().EndArray();
    }
    for (auto [key, changes] : {std::pair{"edges_added", &d.edges_added}, std::pair{"edges_removed", &d.edges_removed},
                                std::pair{"edges_changed", &d.edges_changed}}) {
      out.w().Key(key);
      out.w().StartArray();
      for (const auto& c : *changes) {
        out.w().StartObject();
        out.w().Key("edge");
        out.str(c.after ? label(h, c.after) : label(g, c.before));
        if (c.before) {
          out.w().Key("weight_before");
          out.w().Uint64(g[*c.before].weight);
          out.w().Key("status_before");
          out.str(to_string(g[*c.before].status()));
        }
        if (c.after) {
          out.w().Key("weight_after");
          out.w().Uint64(h[*c.after].weight);
          out.w().Key("status_after");
          out.str(to_string(h[*c.after].status()));
        }
        out.w().EndObject();
      }
      out.w().EndArray();
    }
    out.w().EndObject();
  } else {
    std::cout << fmt::format("{} -> {}: {} nodes added, {} removed; {} edges added, {} removed, {} changed\n", q.graph,
                             q.names[0], d.nodes_added.size(), d.nodes_removed.size(), d.edges_added.size(),
                             d.edges_removed.size(), d.edges_changed.size());
    table.print(std::cout, 80);
  }
  if (!q.outputs.empty()) fail("diff has no subgraph to write (-o)");
}

// stats: counts, components, most mentioned edges and cited sentences
void Session::ask_stats() {
  needs(0, "no names");
  const auto s = query::statistics(opened.graph(), opened.evidence_of(), q.top);
  answer = s.top_edges;
  if (q.json) {
    out.w().StartObject();
    for (auto [key, list] : {std::pair{"nodes_by_type", &s.nodes_by_type}, std::pair{"edges_by_relation", &s.edges_by_relation}}) {
      out.w().Key(key);
      out.w().StartObject();
      for (const auto& [name, count] : *list) {
        out.w().Key(name.c_str());
        out.w().Uint64(count);
      }
      out.w().EndObject();
    }
    out.w().Key("mentions");
    out.w().Uint64(s.mentions);
    out.w().Key("mentions_by_status");
    out.w().StartObject();
    for (int i = 0; i < status_count; ++i) {
      out.w().Key(std::string(to_string(static_cast<Status>(i))).c_str());
      out.w().Uint64(s.mentions_by_status[i]);
    }
    out.w().EndObject();
    out.w().Key("components");
    out.w().Uint64(s.components);
    out.w().Key("largest_component");
    out.w().Uint64(s.largest_component);
    out.w().Key("top_edges");
    out.w().StartArray();
    for (EdgeDesc e : s.top_edges) out.edge(e, false);
    out.w().EndArray();
    out.w().Key("most_cited");
    out.w().StartArray();
    for (const auto& c : s.most_cited) {
      out.w().StartObject();
      out.w().Key("text");
      out.str(c.text);
      out.w().Key("doc");
      out.str(c.doc);
      out.w().Key("edges");
      out.w().Uint64(c.edges);
      out.w().EndObject();
    }
    out.w().EndArray();
    out.w().EndObject();
  } else {
    std::cout << fmt::format("{} nodes, {} edges, {} mentions; {} component{}, the largest {} nodes\n\n",
                             opened.graph().node_count(), opened.graph().edge_count(), s.mentions, s.components,
                             s.components == 1 ? "" : "s", s.largest_component);
    Table types({"type", "nodes"});
    for (const auto& [name, count] : s.nodes_by_type) types.add({name, std::to_string(count)});
    types.print(std::cout);
    std::cout << '\n';
    Table rels({"relation", "edges"});
    for (const auto& [name, count] : s.edges_by_relation) rels.add({name, std::to_string(count)});
    rels.print(std::cout);
    std::cout << '\n';
    Table statuses({"status", "mentions"});
    for (int i = 0; i < status_count; ++i)
      statuses.add({std::string(to_string(static_cast<Status>(i))), std::to_string(s.mentions_by_status[i])});
    statuses.print(std::cout);
    std::cout << "\nmost mentioned edges\n";
    Table top({"subject", "relation", "object", "status", "mentions", "articles", "first", "last"});
    for (EdgeDesc e : s.top_edges) top.add(out.edge_row({e, true}, false));
    top.print(std::cout);
    std::cout << "\nmost cited sentences (edges each supports)\n";
    Table cited({"edges", "doc", "sentence"});
    for (const auto& c : s.most_cited) cited.add({std::to_string(c.edges), c.doc, c.text});
    cited.print(std::cout, 100);
  }
}

}  // namespace chipgraph::cli
