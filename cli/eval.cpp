// chipgraph eval: precision and recall of extracted edges against gold edges.
#include <fmt/format.h>

#include <fstream>
#include <iostream>

#include "cli/commands.h"
#include "extract/pack.h"
#include "graph/error.h"
#include "graph/evaluation.h"
#include "graph/mention_json.h"
#include "graph/text.h"

namespace chipgraph::cli {
namespace {

// Reads a JSON Lines file line by line; bad lines are reported and skipped.
template <typename Parse>
std::size_t read_lines(const std::string& path, bool strict, Parse parse) {
  std::ifstream in(path, std::ios::binary);
  if (!in) fail("{}: cannot open", path);
  std::string line, error;
  std::size_t number = 0, skipped = 0;
  while (std::getline(in, line)) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.find_first_not_of(" \t") == std::string::npos) continue;
    std::size_t column = 0;
    if (parse(line, column, error)) continue;
    const std::string message = located(path, number, column, error);
    if (strict) fail("{}", message);
    std::cerr << "skipped: " << message << '\n';
    ++skipped;
  }
  return skipped;
}

std::string fact_line(const std::string& doc, const std::string& s, const std::string& r, const std::string& o,
                      Status status) {
  return fmt::format("{}: {} -{}-> {} [{}]", doc, s, r, o, to_string(status));
}

// A JSON string literal (pack names may hold any character).
std::string quoted(const std::string& s) {
  std::string out = "\"";
  for (unsigned char c : s) {
    if (c == '"' || c == '\\') out += '\\', out += static_cast<char>(c);
    else if (c < 0x20) out += fmt::format("\\u{:04x}", c);
    else out += static_cast<char>(c);
  }
  return out + "\"";
}

void print_json(const Evaluation& ev) {
  auto score = [](const Score& s) {
    return fmt::format(R"({{"tp":{},"fp":{},"fn":{},"precision":{:.4f},"recall":{:.4f},"f1":{:.4f}}})", s.tp, s.fp,
                       s.fn, s.precision(), s.recall(), s.f1());
  };
  std::string out = fmt::format(R"({{"gold":{},"predicted":{},"micro":{},"micro_ignoring_status":{},"relations":{{)",
                                ev.gold_facts, ev.predicted_facts, score(ev.micro), score(ev.micro_ignoring_status));
  bool first = true;
  for (const auto& [r, s] : ev.by_relation) {
    out += fmt::format(R"({}{}:{})", first ? "" : ",", quoted(r), score(s));
    first = false;
  }
  out += R"(},"patterns":{)";
  first = true;
  for (const auto& [p, s] : ev.by_pattern) {
    out += fmt::format(R"({}{}:{{"tp":{},"fp":{}}})", first ? "" : ",", quoted(p), s.tp, s.fp);
    first = false;
  }
  out += R"(},"confidence":[)";
  first = true;
  for (const auto& t : ev.by_confidence) {
    out += fmt::format(R"({}{{"threshold":{:.2f},"score":{}}})", first ? "" : ",", t.confidence, score(t.score));
    first = false;
  }
  out += "]}";
  std::cout << out << '\n';
}

void print_table(const Evaluation& ev, bool verbose) {
  std::cout << fmt::format("{:<15} {:>5} {:>5} {:>5} {:>9} {:>7} {:>6}\n", "relation", "tp", "fp", "fn", "precision",
                           "recall", "f1");
  auto row = [](const std::string& name, const Score& s) {
    return fmt::format("{:<15} {:>5} {:>5} {:>5} {:>9.3f} {:>7.3f} {:>6.3f}\n", name, s.tp, s.fp, s.fn,
                       s.precision(), s.recall(), s.f1());
  };
  for (const auto& [r, s] : ev.by_relation)
    if (s.tp + s.fp + s.fn) std::cout << row(r, s);
  std::cout << row("micro", ev.micro) << row("  any status", ev.micro_ignoring_status);
  std::cout << "\nconfidence >=  kept  precision  recall\n";
  for (const auto& t : ev.by_confidence)
    std::cout << fmt::format("{:>13.2f} {:>5} {:>10.3f} {:>7.3f}\n", t.confidence, t.score.tp + t.score.fp,
                             t.score.precision(), t.score.recall());
  std::cout << fmt::format("\n{} gold facts, {} predicted facts\n", ev.gold_facts, ev.predicted_facts);
  if (!verbose) return;
  std::cout << "\nmissed (" << ev.missed.size() << "):\n";
  for (const auto& g : ev.missed) {
    std::cout << "  " << fact_line(g.doc, g.subject, g.relation, g.object, g.status) << '\n';
    if (!g.evidence.empty()) std::cout << "      | " << g.evidence << '\n';
  }
  std::cout << "\nspurious (" << ev.spurious.size() << "):\n";
  for (const auto& p : ev.spurious) {
    std::cout << "  " << fact_line(p.doc, p.subject, p.relation, p.object, p.status)
              << fmt::format("  ({:.2f}, {})\n", p.confidence, p.pattern);
    std::cout << "      | " << p.evidence << '\n';
  }
}

}  // namespace

int run_eval(const EvalOptions& o) {
  extract::Pack pack = extract::Pack::builtin();
  std::vector<extract::PackProblem> problems;
  for (const auto& folder : o.common.packs) pack.add_folder(folder, problems);
  if (!problems.empty()) {
    for (const auto& p : problems) std::cerr << p.where << ": [" << p.code << "] " << p.message << '\n';
    fail("{} problem{} in the pack", problems.size(), problems.size() == 1 ? "" : "s");
  }
  std::vector<GoldEdge> gold;
  std::size_t skipped = read_lines(o.gold, o.common.strict, [&](const std::string& line, std::size_t& column,
                                                                 std::string& error) {
    GoldEdge g;
    if (!parse_gold(line, pack.vocabulary(), g, column, error)) return false;
    gold.push_back(std::move(g));
    return true;
  });
  std::vector<Mention> predicted;
  for (const auto& path : o.predicted)
    skipped += read_lines(path, o.common.strict, [&](const std::string& line, std::size_t& column, std::string& error) {
      auto m = parse_mention(line, pack.vocabulary(), column, error);
      if (!m) return false;
      predicted.push_back(std::move(*m));
      return true;
    });
  if (gold.empty()) fail("{}: no gold edge", o.gold);

  const Evaluation ev = evaluate(gold, predicted, pack.vocabulary(), pack.name_helpers());
  if (o.json) print_json(ev);
  else print_table(ev, o.verbose);
  return skipped ? partial : ok;
}

}  // namespace chipgraph::cli
