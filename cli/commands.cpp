// build / extract / merge: read, extract in parallel, merge, export, report.
#include "cli/commands.h"

#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include <atomic>
#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <limits>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

#include "cli/progress.h"
#include "export/exporter.h"
#include "extract/article_reader.h"
#include "extract/extractor.h"
#include "graph/atomic_file.h"
#include "graph/error.h"
#include "graph/knowledge_graph.h"
#include "graph/mention_json.h"
#include "graph/snapshot.h"

namespace chipgraph::cli {
namespace {

using Clock = std::chrono::steady_clock;

void say(const CommonOptions& o, const std::string& line) {
  if (!o.quiet) std::cerr << line << '\n';
}

unsigned thread_count(const CommonOptions& o) {
  if (o.jobs > 0) return o.jobs;
  return std::max(1u, std::thread::hardware_concurrency());
}

// What an extraction run read and found.
struct ExtractRun {
  extract::InputReport report;
  extract::ExtractCounts counts;
};

using MentionSink = std::function<void(std::vector<Mention>&&)>;

// One batch of input records as the reader cut them, and what the workers made
// of each: the record parsed, its article's mentions and counts.
struct Batch {
  std::vector<extract::InputRecord> records;
  std::vector<std::vector<Mention>> results;
  std::vector<extract::ExtractCounts> counts;
  std::size_t bytes = 0;  // of unparsed input

  // Admits the records in input order (ids, messages, --strict), hands the
  // mentions of each admitted article to `sink` and empties the batch; returns
  // the number of articles admitted.
  std::size_t finish(extract::ArticleReader& reader, ExtractRun& run, const MentionSink& sink) {
    std::size_t admitted = 0;
    for (std::size_t i = 0; i < records.size(); ++i) {
      if (!reader.admit(records[i])) continue;
      ++admitted;
      run.counts.sentences += counts[i].sentences;
      run.counts.mentions += counts[i].mentions;
      run.counts.screened += counts[i].screened;
      sink(std::move(results[i]));
    }
    records.clear();
    bytes = 0;
    return admitted;
  }
};

// `jobs` threads that live for the whole run and parse and extract one batch at
// a time while the caller reads the next. Threads that last keep what each
// builds for itself (ICU's sentence iterator, the product-code memo, parse
// buffers); threads started per batch built it all again every 512 articles.
// Parsing is theirs too, not the reading thread's: that one only cuts the input,
// so it is seldom what the workers wait for.
class ExtractPool {
 public:
  ExtractPool(const extract::Extractor& extractor, unsigned jobs) : extractor_(&extractor) {
    for (unsigned t = 0; t < jobs; ++t) threads_.emplace_back([this] { work(); });
  }
  ExtractPool(const ExtractPool&) = delete;
  ExtractPool& operator=(const ExtractPool&) = delete;
  ~ExtractPool() {
    {
      std::lock_guard lock(mutex_);
      stop_ = true;
    }
    next_ = std::numeric_limits<std::size_t>::max() / 2;  // a batch left on an error: no further record
    wake_.notify_all();
    for (auto& t : threads_) t.join();
  }

  // Starts `batch` (the previous one must be done); it must outlive wait().
  void start(Batch& batch) {
    batch.results.assign(batch.records.size(), {});
    batch.counts.assign(batch.records.size(), {});
    {
      std::lock_guard lock(mutex_);
      batch_ = &batch;
      next_ = 0;
      busy_ = threads_.size();
      ++generation_;
    }
    wake_.notify_all();
  }
  // Waits until the started batch is parsed and extracted.
  void wait() {
    std::unique_lock lock(mutex_);
    done_.wait(lock, [this] { return busy_ == 0; });
    batch_ = nullptr;
  }

 private:
  void work() {
    std::uint64_t seen = 0;
    for (;;) {
      Batch* batch;
      {
        std::unique_lock lock(mutex_);
        wake_.wait(lock, [&] { return stop_ || generation_ != seen; });
        if (stop_) return;
        seen = generation_;
        batch = batch_;
      }
      for (std::size_t i; (i = next_.fetch_add(1)) < batch->records.size();) {
        extract::InputRecord& record = batch->records[i];
        extract::parse_record(record);
        if (!record.article) continue;
        batch->results[i] = extractor_->extract(*record.article, &batch->counts[i]);
        // Only the id and origin are read after this. Freed here, on the thread
        // that made them, so this thread's allocator takes them back.
        for (std::string* s : {&record.article->text, &record.article->title, &record.article->url,
                               &record.article->source, &record.article->date})
          std::string().swap(*s);
      }
      {
        std::lock_guard lock(mutex_);
        if (--busy_ == 0) done_.notify_all();
      }
    }
  }

  const extract::Extractor* extractor_;
  std::vector<std::thread> threads_;
  std::mutex mutex_;
  std::condition_variable wake_, done_;
  Batch* batch_ = nullptr;
  std::atomic<std::size_t> next_{0};
  std::size_t busy_ = 0;
  std::uint64_t generation_ = 0;
  bool stop_ = false;
};

// Reads the inputs and extracts in batches on `jobs` threads, reading the next
// batch while one is parsed and extracted; `sink` receives each article's
// mentions in input order, and every message comes in input order, so neither
// depends on timing.
void extract_all(const std::vector<std::string>& inputs, const extract::Extractor& extractor, const CommonOptions& o,
                 ExtractRun& run, const MentionSink& sink) {
  run.report.sink = [](const std::string& m) { std::cerr << m << '\n'; };
  extract::ArticleReader reader(extract::ReaderOptions{o.strict}, run.report);
  const unsigned jobs = thread_count(o);
  // A batch holds at most 512 records or 2 MiB of unparsed input a thread (and
  // one record more): two batches are alive, so memory does not grow with the input.
  const std::size_t batch_bytes = (std::size_t{2} << 20) * jobs;
  Progress progress(progress_wanted(o.quiet), progress_wanted(o.quiet) ? input_bytes(inputs) : 0);
  std::uint64_t articles_done = 0;
  // Two batches: one being extracted, the other being read (then admitted and
  // written out). Declared before the pool, so that on an error the pool's
  // threads are joined before the batches they work on go away.
  Batch batches[2];
  ExtractPool pool(extractor, jobs);
  Batch* in_flight = nullptr;
  Batch* reading = &batches[0];
  auto finish = [&](Batch& batch) {
    articles_done += batch.finish(reader, run, sink);
    progress.update(articles_done, run.report.bytes_read);
  };
  auto settle = [&] {
    if (!in_flight) return;
    pool.wait();
    finish(*in_flight);
    in_flight = nullptr;
  };
  auto flush = [&] {
    if (reading->records.empty()) {
      settle();
      return;
    }
    // The next batch starts as soon as the threads are free; the finished one is
    // admitted and its mentions go to the sink while it runs, in input order.
    Batch* done = in_flight;
    if (done) pool.wait();
    pool.start(*reading);
    in_flight = reading;
    reading = done ? done : &batches[1];
    if (done) finish(*done);
  };
  reader.split(inputs, [&](extract::InputRecord&& r) {
    reading->bytes += r.bytes.size();
    reading->records.push_back(std::move(r));
    if (reading->records.size() >= 512 || reading->bytes >= batch_bytes) flush();
  });
  flush();
  settle();
  progress.finish();
}

// A temporary file in $TMPDIR (or /tmp), removed when done.
struct Spool {
  std::string path;
  explicit Spool(const std::string& extension) {
    const char* dir = std::getenv("TMPDIR");
    std::string pattern = std::string(dir && *dir ? dir : "/tmp") + "/chipgraph-XXXXXX" + extension;
    const int fd = ::mkstemps(pattern.data(), static_cast<int>(extension.size()));
    if (fd < 0) fail("cannot create a temporary file in {}: {}", dir && *dir ? dir : "/tmp", std::strerror(errno));
    ::close(fd);
    path = pattern;
  }
  Spool(const Spool&) = delete;
  Spool& operator=(const Spool&) = delete;
  ~Spool() { std::remove(path.c_str()); }
};

// A graph chipgraph wrote (snapshot or GraphML) rather than edge records.
bool is_graph_file(const std::string& path) {
  if (is_snapshot(path)) return true;
  std::string ext = std::filesystem::path(path).extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return ext == ".graphml" || ext == ".cgz";
}

int exit_status(const extract::InputReport& report) {
  if (report.articles == 0) return failed;
  if (report.failed || report.skipped_records > 0) return partial;
  return ok;
}

// Sentences are counted in the articles read in full; the rest are named here.
std::string screened_note(const extract::ExtractCounts& c) {
  if (c.screened == 0) return {};
  return fmt::format("; {} article{} named nothing the pack knows or could discover and {} not read further",
                     c.screened, c.screened == 1 ? "" : "s", c.screened == 1 ? "was" : "were");
}

std::string skipped_note(const extract::InputReport& r) {
  std::string note;
  if (r.skipped_records) note += fmt::format(", {} skipped", r.skipped_records);
  if (r.duplicate_ids) note += fmt::format(" ({} duplicate ids)", r.duplicate_ids);
  if (r.replaced_bytes) note += fmt::format(", {} bad UTF-8 bytes replaced", r.replaced_bytes);
  if (r.failed) note += ", some inputs unreadable";
  return note;
}

// Finalizes the graph, applies the filters (the graph then becomes the filtered
// one, so the summary counts what was written) and writes every output.
void write_outputs(KnowledgeGraph& graph, const std::vector<std::string>& outputs, const std::string& to,
                   const std::string& layout, const FilterOptions& filter, bool yed, const CommonOptions& common) {
  graph.finalize(thread_count(common));
  if (filter.active()) {
    const std::size_t nodes = graph.node_count(), edges = graph.edge_count();
    graph = filter_graph(graph, filter);
    say(common, fmt::format("chipgraph: filters kept {} of {} nodes, {} of {} edges", graph.node_count(), nodes,
                            graph.edge_count(), edges));
  }
  exporters::ExportOptions options{layout, yed, thread_count(common)};
  for (const auto& path : outputs) {
    if (path != "-") {
      exporters::format_for(path)->write(graph, path, options);
      continue;
    }
    // Standard output: written whole to a temporary file first, so a failed
    // export sends nothing rather than half a graph.
    Spool spool("." + to);
    exporters::format_for(spool.path)->write(graph, spool.path, options);
    std::ifstream in(spool.path, std::ios::binary);
    std::cout << in.rdbuf();
    std::cout.flush();
    if (!std::cout) fail("cannot write to standard output");
  }
}

double seconds_since(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

void check_outputs(const std::vector<std::string>& outputs, const std::string& to) {
  if (outputs.empty())
    fail("no output: give at least one -o FILE (.graphml, .gexf, .json, .csv, .dot, .jsonl, .cgz, .svg, .png)");
  if (std::count(outputs.begin(), outputs.end(), "-") > 1) fail("-o -: standard output can take one output only");
  for (const auto& path : outputs)
    if (path == "-") {
      if (to.empty() || to == "csv" || !exporters::format_for("x." + to))
        fail("-o - needs --to FORMAT: graphml, gexf, json, dot, jsonl, cgz, svg or png");
    } else if (!exporters::format_for(path))
      fail("{}: unknown output format (use .graphml, .gexf, .json, .csv or DIR/, .dot, .gv, .jsonl, .svg or .png)",
           path);
}

}  // namespace

extract::Pack load_pack(const CommonOptions& o) {
  extract::Pack pack = extract::Pack::builtin();
  std::vector<extract::PackProblem> problems;
  for (const auto& folder : o.packs) pack.add_folder(folder, problems);
  if (!problems.empty()) {
    for (const auto& p : problems) std::cerr << p.where << ": [" << p.code << "] " << p.message << '\n';
    fail("{} problem{} in the pack; nothing was read", problems.size(), problems.size() == 1 ? "" : "s");
  }
  return pack;
}

int run_build(const BuildOptions& o) {
  const auto start = Clock::now();
  check_outputs(o.outputs, o.to);
  const extract::Pack pack = load_pack(o.common);
  validate(o.filter, pack.vocabulary());
  const extract::Extractor extractor(pack, {.screen = !o.common.no_screen});
  KnowledgeGraph graph(pack.vocabulary(), o.evidence_mib << 20);
  ExtractRun run;
  extract_all(o.inputs, extractor, o.common, run, [&](std::vector<Mention>&& mentions) {
    for (auto& m : mentions) graph.add(std::move(m));
  });
  if (run.report.articles == 0) {
    std::cerr << "chipgraph: no article could be read; nothing written\n";
    return failed;
  }
  write_outputs(graph, o.outputs, o.to, o.layout, o.filter, o.yed, o.common);
  say(o.common, fmt::format("chipgraph build: {} articles{}, {} sentences, {} mentions -> {} nodes, {} edges in {:.2f} s{}",
                            run.report.articles, skipped_note(run.report), run.counts.sentences, run.counts.mentions,
                            graph.node_count(), graph.edge_count(), seconds_since(start), screened_note(run.counts)));
  return exit_status(run.report);
}

int run_extract(const ExtractOptions& o) {
  const auto start = Clock::now();
  const extract::Pack pack = load_pack(o.common);
  const extract::Extractor extractor(pack, {.screen = !o.common.no_screen});
  std::unique_ptr<AtomicFile> file;
  if (!o.output.empty() && o.output != "-") file = std::make_unique<AtomicFile>(o.output);
  std::string buffer;
  auto drain = [&] {
    if (file) file->write(buffer);
    else std::cout.write(buffer.data(), static_cast<std::streamsize>(buffer.size()));
    buffer.clear();
  };
  ExtractRun run;
  extract_all(o.inputs, extractor, o.common, run, [&](std::vector<Mention>&& mentions) {
    for (const auto& m : mentions) {
      buffer += to_json_line(m);
      buffer += '\n';
    }
    if (buffer.size() > (1u << 20)) drain();
  });
  drain();
  if (file) file->commit();
  else std::cout.flush();
  if (!std::cout) fail("cannot write to standard output");
  say(o.common, fmt::format("chipgraph extract: {} articles{}, {} sentences, {} mentions in {:.2f} s{}",
                            run.report.articles, skipped_note(run.report), run.counts.sentences, run.counts.mentions,
                            seconds_since(start), screened_note(run.counts)));
  return exit_status(run.report);
}

int run_merge(const MergeOptions& o) {
  const auto start = Clock::now();
  check_outputs(o.outputs, o.to);
  const extract::Pack pack = load_pack(o.common);
  validate(o.filter, pack.vocabulary());
  KnowledgeGraph graph(pack.vocabulary(), o.evidence_mib << 20);
  std::uint64_t lines = 0, skipped = 0, mentions = 0;
  bool unreadable = false;
  // Lines are parsed in batches on `jobs` threads and merged in input order, so
  // the graph and every message are the same whatever the thread count.
  const unsigned jobs = thread_count(o.common);
  struct Parsed {
    std::size_t number = 0;
    std::optional<Mention> mention;
    std::size_t column = 0;
    std::string error;
  };
  // Whole lines, about 512 KB at a time: parsed on worker threads while the chunk
  // before is merged into the graph on this thread, in input order, so the graph
  // and every message are the same whatever the thread count.
  struct Chunk {
    std::string bytes;
    std::vector<std::string_view> lines;
    std::vector<std::size_t> numbers;  // of the lines
    std::vector<Parsed> parsed;
  };
  auto read = [&](std::istream& in, const std::string& name) {
    constexpr std::size_t chunk_size = std::size_t{1} << 19;
    std::string carry;  // a line cut by the end of the last read
    std::size_t number = 0;
    auto load = [&](Chunk& c) {
      c.bytes = std::move(carry);
      carry.clear();
      c.lines.clear();
      c.numbers.clear();
      c.parsed.clear();
      std::size_t old = c.bytes.size();
      c.bytes.resize(old + chunk_size);
      in.read(c.bytes.data() + old, static_cast<std::streamsize>(chunk_size));
      c.bytes.resize(old + static_cast<std::size_t>(in.gcount()));
      if (in) {  // more to come: keep the unfinished last line for the next chunk
        const std::size_t last = c.bytes.rfind('\n');
        const std::size_t keep = last == std::string::npos ? 0 : last + 1;
        carry.assign(c.bytes, keep, std::string::npos);
        c.bytes.resize(keep);
        if (keep == 0) {  // one line longer than a chunk: read on until its end
          std::string rest;
          std::getline(in, rest);
          c.bytes = std::move(carry) + rest + "\n";
          carry.clear();
        }
      }
      std::string_view all(c.bytes);
      while (!all.empty()) {
        const std::size_t end = all.find('\n');
        std::string_view line = all.substr(0, end);
        all.remove_prefix(end == std::string_view::npos ? all.size() : end + 1);
        ++number;
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        if (line.find_first_not_of(" \t") == std::string_view::npos) continue;
        c.lines.push_back(line);
        c.numbers.push_back(number);
      }
      c.parsed.resize(c.lines.size());  // exactly: a Parsed is about 500 bytes
      for (std::size_t i = 0; i < c.parsed.size(); ++i) c.parsed[i].number = c.numbers[i];
      lines += c.lines.size();
      return !c.lines.empty() || !carry.empty() || static_cast<bool>(in);
    };
    // Parses a chunk's lines on `helpers` threads, and on this one too once
    // `first` (the merge of the chunk before) has run: parsing costs about
    // twice what merging does, so this thread takes its share when it is free.
    auto parse = [&](Chunk& c, unsigned helpers, const auto& first) {
      std::atomic<std::size_t> next{0};
      auto work = [&] {
        for (std::size_t i; (i = next.fetch_add(1)) < c.lines.size();)
          c.parsed[i].mention = parse_mention(c.lines[i], pack.vocabulary(), c.parsed[i].column, c.parsed[i].error);
      };
      std::vector<std::thread> pool;
      for (unsigned t = 0; t < helpers && c.lines.size() >= 256; ++t) pool.emplace_back(work);
      try {
        first();
      } catch (...) {
        next = c.lines.size();  // the helpers stop after the line they are on
        for (auto& t : pool) t.join();
        throw;
      }
      work();
      for (auto& t : pool) t.join();
    };
    auto merge = [&](Chunk& c) {
      for (auto& p : c.parsed) {
        AddResult added;
        if (p.mention) {
          added = graph.add(std::move(*p.mention));
          if (!added.added) p.error = added.reason;
        }
        if (!p.mention || !added.added) {
          const std::string message = located(name, p.number, p.column, p.error);
          if (o.common.strict) fail("{}", message);
          std::cerr << "skipped: " << message << '\n';
          ++skipped;
          continue;
        }
        ++mentions;
      }
    };
    Chunk current, upcoming;
    bool more = load(current);
    parse(current, jobs - 1, [] {});
    while (!current.lines.empty() || more) {
      if (!more) {
        merge(current);
        break;
      }
      more = load(upcoming);
      parse(upcoming, jobs - 1, [&] { merge(current); });
      std::swap(current, upcoming);
    }
  };
  std::uint64_t graphs = 0;
  for (const auto& path : o.inputs) {
    std::optional<Spool> spool;  // a snapshot on standard input, read into a temporary file
    if (path == "-") {
      if (std::cin.peek() != 0x89) {  // the first byte of a snapshot
        read(std::cin, "<stdin>");
        continue;
      }
      spool.emplace(".cgz");
      std::ofstream(spool->path, std::ios::binary) << std::cin.rdbuf();
    }
    if (spool || is_graph_file(path)) {  // an earlier build or merge: its graph joins as it is
      try {
        graph.absorb(read_graph(spool ? spool->path : path, pack.vocabulary()));
        ++graphs;
      } catch (const Error& error) {
        if (o.common.strict) throw;
        std::cerr << "error: " << error.what() << '\n';
        unreadable = true;
      }
      continue;
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      std::cerr << "error: " << path << ": cannot open\n";
      unreadable = true;
      continue;
    }
    read(in, path);
  }
  if (mentions == 0 && graphs == 0) {
    std::cerr << "chipgraph: no edge record or graph could be read; nothing written\n";
    return failed;
  }
  write_outputs(graph, o.outputs, o.to, o.layout, o.filter, o.yed, o.common);
  say(o.common, fmt::format("chipgraph merge: {}{} records{} -> {} nodes, {} edges in {:.2f} s",
                            graphs ? fmt::format("{} graph{} + ", graphs, graphs == 1 ? "" : "s") : std::string(),
                            lines, skipped ? fmt::format(", {} skipped", skipped) : std::string(), graph.node_count(),
                            graph.edge_count(), seconds_since(start)));
  return skipped || unreadable ? partial : ok;
}

}  // namespace chipgraph::cli
