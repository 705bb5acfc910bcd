// Rendering many records on several threads while writing them in their order:
// the output is the same bytes for any thread count.
#pragma once

#include <algorithm>
#include <atomic>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include "export/exporter.h"

namespace chipgraph::exporters {

// Calls render(i, text) for i in [0, count), appending record i's text, on
// `threads` threads, and writes the texts to `out` in order. Work goes in
// chunks, a bounded window of them at a time, so memory stays small: a chunk
// holds up to 64 records and closes early once their cost(i) (about a
// kilobyte a unit) reaches 128.
template <typename Render, typename Cost>
void render_in_order(std::size_t count, unsigned threads, Sink& out, const Render& render, const Cost& cost) {
  constexpr std::size_t chunk_records = 64, chunk_cost = 128;
  threads = std::max(1u, threads);
  const std::size_t window = std::size_t{threads} * 4;  // chunks rendered before they are written
  std::vector<std::pair<std::size_t, std::size_t>> chunks;
  std::vector<std::string> pieces(window);
  for (std::size_t start = 0; start < count;) {
    chunks.clear();
    while (start < count && chunks.size() < window) {
      std::size_t end = start, spent = 0;
      do spent += cost(end++);
      while (end < count && end - start < chunk_records && spent < chunk_cost);
      // Reserved here, so the pieces' memory is this thread's and is reused
      // window after window (grown on a worker, each would stay in its arena).
      pieces[chunks.size()].clear();
      pieces[chunks.size()].reserve(spent * 1024);
      chunks.emplace_back(start, end);
      start = end;
    }
    std::atomic<std::size_t> next{0};
    auto work = [&] {
      for (std::size_t p; (p = next.fetch_add(1)) < chunks.size();)
        for (std::size_t i = chunks[p].first; i < chunks[p].second; ++i) render(i, pieces[p]);
    };
    if (threads == 1 || chunks.size() == 1) {
      work();
    } else {
      std::vector<std::thread> pool;
      for (unsigned t = 0; t < std::min<std::size_t>(threads, chunks.size()); ++t) pool.emplace_back(work);
      for (auto& t : pool) t.join();
    }
    for (std::size_t p = 0; p < chunks.size(); ++p) {
      out += pieces[p];
      out.checkpoint();
    }
  }
}

template <typename Render>
void render_in_order(std::size_t count, unsigned threads, Sink& out, const Render& render) {
  render_in_order(count, threads, out, render, [](std::size_t) { return std::size_t{1}; });
}

// An edge's text cut into parts of at most `records` evidence records
// [from, to), so that an edge with tens of thousands of mentions is rendered
// and written a slice at a time; the first part opens the edge, the last
// (to == the edge's mention count) closes it. Ids are canonical edge ids.
struct EdgePart {
  EdgeDesc edge;
  std::size_t id;
  std::size_t from, to;
};

inline std::vector<EdgePart> edge_parts(const KnowledgeGraph& kg, std::size_t records = 1024) {
  const BoostGraph& g = kg.graph();
  std::vector<EdgePart> parts;
  parts.reserve(boost::num_edges(g));
  std::size_t id = 0;
  for (auto [e, end] = boost::edges(g); e != end; ++e, ++id) {
    const std::size_t n = g[*e].evidence.size();
    std::size_t from = 0;
    do {
      const std::size_t to = std::min(n, from + records);
      parts.push_back({*e, id, from, to});
      from = to;
    } while (from < n);
  }
  return parts;
}

// About a kilobyte of text per unit: the render_in_order cost of a part.
inline std::size_t part_cost(const EdgePart& p) { return 1 + (p.to - p.from) / 2; }

}  // namespace chipgraph::exporters
