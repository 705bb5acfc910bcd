// Rendering many records on several threads while writing them in their order:
// the output is the same bytes for any thread count.
#pragma once

#include <algorithm>
#include <atomic>
#include <string>
#include <thread>
#include <vector>

#include "export/exporter.h"

namespace chipgraph::exporters {

// Calls render(i, text) for i in [0, count), appending record i's text, on
// `threads` threads, and writes the texts to `out` in order. Work goes in
// chunks, a bounded window of them at a time, so memory stays small.
template <typename Render>
void render_in_order(std::size_t count, unsigned threads, Sink& out, const Render& render) {
  // Small chunks and a small window: one record can be megabytes (an edge with
  // tens of thousands of evidence sentences), and a window of a few thousand
  // such records held hundreds of megabytes at once.
  constexpr std::size_t chunk = 64;
  threads = std::max(1u, threads);
  const std::size_t window = chunk * threads * 8;
  std::vector<std::string> pieces;
  for (std::size_t start = 0; start < count; start += window) {
    const std::size_t end = std::min(count, start + window);
    const std::size_t n = (end - start + chunk - 1) / chunk;
    pieces.assign(n, std::string());
    std::atomic<std::size_t> next{0};
    auto work = [&] {
      for (std::size_t p; (p = next.fetch_add(1)) < n;)
        for (std::size_t i = start + p * chunk; i < std::min(end, start + (p + 1) * chunk); ++i) render(i, pieces[p]);
    };
    if (threads == 1 || n == 1) {
      work();
    } else {
      std::vector<std::thread> pool;
      for (unsigned t = 0; t < std::min<std::size_t>(threads, n); ++t) pool.emplace_back(work);
      for (auto& t : pool) t.join();
    }
    for (auto& piece : pieces) {
      out += piece;
      out.checkpoint();
    }
  }
}

}  // namespace chipgraph::exporters
