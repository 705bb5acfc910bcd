// Input formats and what happens to bad records.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <thread>

#include <unistd.h>

#include <fmt/format.h>

#include "extract/article_reader.h"
#include "graph/error.h"

using namespace chipgraph::extract;

namespace {
struct Collected {
  InputReport report;
  std::vector<Article> articles;
};
void read_jsonl(const std::string& text, Collected& c, bool strict = false) {
  ArticleReader reader(ReaderOptions{strict}, c.report);
  std::istringstream in(text);
  reader.read_jsonl(in, "in.jsonl", [&](Article&& a) { c.articles.push_back(std::move(a)); });
}
}  // namespace

TEST_CASE("a text article has header lines / a title and a body") {
  Collected c;
  ArticleReader reader({}, c.report);
  reader.read_text_article("\xEF\xBB\xBF" "date: 2025-08-14T09:00:00Z\r\nsource: wire\r\nDeepSeek delays R2\r\n\r\nBody one.\r\nMore.\r\n",
                           "a.txt", "dir/a.txt", [&](Article&& a) { c.articles.push_back(std::move(a)); });
  REQUIRE(c.articles.size() == 1);
  const Article& a = c.articles[0];
  CHECK(a.id == "a.txt");
  CHECK(a.date == "2025-08-14");
  CHECK(a.source == "wire");
  CHECK(a.title == "DeepSeek delays R2");
  CHECK(a.text == "Body one.\nMore.\n");
}

TEST_CASE("JSONL articles keep their ids / bad lines are reported with line and column and skipped") {
  Collected c;
  read_jsonl(R"({"id":"a1","text":"One.","date":"2025-01-02","title":"T"}
{"id":"a2","text":
not json at all
{"id":"a3"}
{"id":"a4","text":42}
{"id":5,"text":"numeric id"}

{"id":"a6","text":"dated badly","date":"last Tuesday"}
{"id":"a1","text":"duplicate id"})",
             c);
  REQUIRE(c.articles.size() == 3);
  CHECK(c.articles[0].id == "a1");
  CHECK(c.articles[0].date == "2025-01-02");
  CHECK(c.articles[1].id == "5");
  CHECK(c.articles[2].id == "a6");
  CHECK(c.articles[2].date.empty());
  CHECK(c.report.skipped_records == 5);
  CHECK(c.report.duplicate_ids == 1);
  const auto& msgs = c.report.messages();
  auto has = [&](const std::string& s) {
    for (const auto& m : msgs)
      if (m.find(s) != std::string::npos) return true;
    return false;
  };
  CHECK(has("in.jsonl:2:"));
  CHECK(has("in.jsonl:3:2: Invalid value."));  // RapidJSON's own position and text
  CHECK(has("in.jsonl:4: missing \"text\""));
  CHECK(has("in.jsonl:5: \"text\" must be a string"));
  CHECK(has("in.jsonl:8: date \"last Tuesday\""));
  CHECK(has("duplicate article id \"a1\""));
}

TEST_CASE("--strict makes the first bad record fatal") {
  Collected c;
  CHECK_THROWS_AS(read_jsonl("{\"id\":\"a\",\"text\":\"x\"}\n{broken\n", c, true), chipgraph::Error);
  CHECK(c.articles.size() == 1);
}

TEST_CASE("invalid UTF-8 is replaced / the article kept and the bytes counted") {
  Collected c;
  read_jsonl("{\"id\":\"a\",\"text\":\"bad \xFF byte\"}\n", c);
  // RapidJSON does not validate encoding by default; the reader repairs it.
  REQUIRE(c.articles.size() == 1);
  CHECK(c.articles[0].text == "bad \xEF\xBF\xBD byte");
  CHECK(c.report.replaced_bytes == 1);
}

TEST_CASE("dates are normalised to YYYY-MM-DD or dropped") {
  CHECK(normalise_date("2025-03-04") == "2025-03-04");
  CHECK(normalise_date(" 2025-03-04 10:00 ") == "2025-03-04");
  CHECK(normalise_date("2025-13-04").empty());
  CHECK(normalise_date("04/03/2025").empty());
}

TEST_CASE("fuzz regression: a header line without a newline at the end of the file") {
  std::ifstream in(std::string(CHIPGRAPH_SOURCE_DIR) + "/tests/data/fuzz-regressions/text-reader-header-at-end.txt",
                   std::ios::binary);
  REQUIRE(in.good());
  const std::string content((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  InputReport report;
  ArticleReader reader({}, report);
  std::size_t articles = 0;
  CHECK_NOTHROW(reader.read_text_article(content, "x.txt", "x.txt", [&](Article&&) { ++articles; }));
  CHECK_NOTHROW(reader.read_text_article("date: 2025-01-01", "y.txt", "y.txt", [&](Article&&) { ++articles; }));
}

TEST_CASE("HTML entities are decoded in JSONL and text articles before anything reads them") {
  Collected c;
  read_jsonl(R"({"id":"e1","title":"AT&amp;T &amp; Nvidia","source":"Wire &amp; Co","text":"AT&amp;T buys &quot;H20&quot; chips&#x2019; boxes."})"
             "\n",
             c);
  ArticleReader reader({}, c.report);
  reader.read_text_article("title: Nvidia&rsquo;s deal\n\nNvidia&nbsp;sold H20 chips to AT&amp;T.\n", "e2.txt", "e2.txt",
                           [&](Article&& a) { c.articles.push_back(std::move(a)); });
  REQUIRE(c.articles.size() == 2);
  CHECK(c.articles[0].title == "AT&T & Nvidia");
  CHECK(c.articles[0].source == "Wire & Co");
  CHECK(c.articles[0].text == "AT&T buys \"H20\" chips\xE2\x80\x99 boxes.");
  CHECK(c.articles[1].title == "Nvidia\xE2\x80\x99s deal");
  CHECK(c.articles[1].text == "Nvidia\xC2\xA0sold H20 chips to AT&T.\n");
}

TEST_CASE("a symbolic link in a folder is named by its own path there / not by its target's") {
  namespace fs = std::filesystem;
  const fs::path root = fs::temp_directory_path() / ("chipgraph-links-" + std::to_string(::getpid()));
  fs::remove_all(root);
  fs::create_directories(root / "corpus" / "sub");
  fs::create_directories(root / "elsewhere");
  std::ofstream(root / "corpus" / "a.txt") << "First title\n\nOne body.\n";
  std::ofstream(root / "elsewhere" / "far.txt") << "Second title\n\nAnother body.\n";
  fs::create_symlink("../a.txt", root / "corpus" / "sub" / "b.txt");  // a link to an article beside it
  fs::create_symlink(root / "elsewhere" / "far.txt", root / "corpus" / "c.txt");  // to one outside
  for (const std::string& given : {(root / "corpus").string(), (root / "corpus").string() + "/",
                                  (root / "corpus" / ".").string()}) {
    CAPTURE(given);
    InputReport report;
    ArticleReader reader({}, report);
    std::vector<std::string> ids;
    reader.read({given}, [&](Article&& a) { ids.push_back(a.id); });
    CHECK(ids == std::vector<std::string>{"a.txt", "c.txt", "sub/b.txt"});
    CHECK(report.duplicate_ids == 0);
  }
  fs::remove_all(root);
}

TEST_CASE("the id set finds every repeat among many ids / across its merges") {
  IdSet ids;
  for (int i = 0; i < 200000; ++i) REQUIRE(ids.insert(fmt::format("article-{}", i)));
  for (int i = 0; i < 200000; i += 997) CHECK_FALSE(ids.insert(fmt::format("article-{}", i)));
  CHECK(ids.insert("article-200000"));
  CHECK_FALSE(ids.insert("article-200000"));
  CHECK(ids.on_disk());  // past 131,072 ids the sorted hashes live in a temporary file
  CHECK(ids.size() == 200001);
}

TEST_CASE("the id set on disk: every repeat found / no new id refused / whatever the filter says") {
  // Tiny limits: many merges into the file and a Bloom filter so small it says
  // "maybe" for almost everything, so the file look-ups carry the answers.
  IdSet ids(IdSet::Limits{.recent = 97, .in_memory = 300, .bloom_bits = 1024});
  for (int i = 0; i < 30000; ++i) REQUIRE(ids.insert(fmt::format("doc/{}", i * 7)));
  CHECK(ids.on_disk());
  for (int i = 0; i < 30000; i += 13) CHECK_FALSE(ids.insert(fmt::format("doc/{}", i * 7)));
  int refused = 0;
  for (int i = 0; i < 30000; ++i) refused += !ids.insert(fmt::format("doc/{}", i * 7 + 3));
  CHECK(refused == 0);
  CHECK(ids.size() == 60000);
}

namespace {
// Messages, ids and counts: what a read leaves for the summary and the output.
std::string outcome(const InputReport& report, const std::vector<Article>& articles) {
  std::string s = fmt::format("{} articles, {} skipped, {} duplicate ids, {} replaced\n", report.articles,
                              report.skipped_records, report.duplicate_ids, report.replaced_bytes);
  for (const auto& m : report.messages()) s += m + '\n';
  for (const auto& a : articles) s += fmt::format("{} {} [{}] {}|{}\n", a.id, a.origin, a.date, a.title, a.text);
  return s;
}

// Bad records of every kind among good ones, lines longer than a read block,
// CRLF line ends, blank lines and no line end after the last.
std::string mixed_jsonl() {
  const std::string long_text(300000, 'x');
  // One line of each kind in turn; {i} is the record's number.
  const char* const kinds[] = {
      "{{\"id\":\"d{i}\",\"text\":\"T &amp; {i}\"}}\n",
      "not json\n",
      "{{\"id\":\"d{i}\",\"text\":\"dated\",\"date\":\"soon\"}}\r\n",
      "{{\"id\":\"d{earlier}\",\"text\":\"again\"}}\n",  // a repeat
      "{{\"id\":\"d{i}\",\"text\":\"bad \xFF byte\"}}\n",
      "{{\"id\":\"d{i}\",\"text\":\"{long}\"}}\n",
      "{{\"id\":\"d{i}\",\"text\":\"{long}\n",  // cut short
      "  \t \n\n",
      "{{\"id\":\"\",\"text\":\"empty id\",\"date\":\"2025-13-01\"}}\n",
      "{{\"id\":{i},\"text\":\"numeric\",\"date\":\"2025-02-03T10:00Z\"}}\n",
      "{{\"id\":\"d{i}\",\"title\":7,\"text\":\"x\"}}\n",
      "{{\"id\":\"d{i}\",\"text\":\"line one\\r\\nline two\"}}\r\n",
  };
  std::string s = "\xEF\xBB\xBF";
  for (int i = 0; i < 300; ++i)
    s += fmt::format(fmt::runtime(kinds[i % 12]), fmt::arg("i", i), fmt::arg("earlier", i - 3),
                     fmt::arg("long", long_text));
  return s + "{\"id\":\"last\",\"text\":\"" + long_text + "\"}";  // no line end
}
}  // namespace

TEST_CASE("split cuts JSONL into records and reports nothing until they are admitted") {
  InputReport report;
  ArticleReader reader({}, report);
  std::vector<InputRecord> records;
  std::istringstream in("\xEF\xBB\xBF{\"id\":\"a\",\"text\":\"x\"}\r\n\n{broken\n   \n{\"id\":\"a\",\"text\":\"y\"}");
  reader.split_jsonl(in, "in.jsonl", [&](InputRecord&& r) { records.push_back(std::move(r)); });
  REQUIRE(records.size() == 3);                                // blank lines are no records
  CHECK(records[0].bytes == "{\"id\":\"a\",\"text\":\"x\"}");  // no BOM, no CR
  CHECK(records[1].line == 3);
  CHECK(records[2].line == 5);
  CHECK(*records[2].origin == "in.jsonl");
  CHECK(report.messages().empty());
  CHECK(report.skipped_records == 0);
  for (auto& r : records) parse_record(r);
  CHECK(records[1].notes.size() == 1);
  CHECK(report.messages().empty());  // parsing reports nothing either
  std::vector<bool> admitted;
  for (auto& r : records) admitted.push_back(reader.admit(r));
  CHECK(admitted == std::vector<bool>{true, false, false});
  CHECK(report.messages() ==
        std::vector<std::string>{"skipped: in.jsonl:3:2: Missing a name for object member.",
                                 "skipped: in.jsonl:5: duplicate article id \"a\" (the first one read is kept)"});
}

TEST_CASE("records parsed on several threads in any order are admitted as one thread reads them") {
  const std::string text = mixed_jsonl();
  Collected one;
  read_jsonl(text, one);
  CHECK(one.report.duplicate_ids > 20);
  CHECK(one.report.replaced_bytes > 20);
  CHECK(one.articles.back().id == "last");

  Collected many;
  ArticleReader reader({}, many.report);
  std::vector<InputRecord> records;
  std::istringstream in(text);
  reader.split_jsonl(in, "in.jsonl", [&](InputRecord&& r) { records.push_back(std::move(r)); });
  // Four threads, each taking every fourth record from the end backwards.
  std::vector<std::thread> threads;
  for (std::size_t t = 0; t < 4; ++t)
    threads.emplace_back([&, t] {
      for (std::size_t i = records.size(); i-- > 0;)
        if (i % 4 == t) parse_record(records[i]);
    });
  for (auto& t : threads) t.join();
  for (auto& r : records)
    if (reader.admit(r)) many.articles.push_back(std::move(*r.article));
  CHECK(outcome(many.report, many.articles) == outcome(one.report, one.articles));
}

TEST_CASE("--strict stops at the first bad record in input order / also when a later one was parsed first") {
  InputReport report;
  ArticleReader reader(ReaderOptions{true}, report);
  std::vector<InputRecord> records;
  std::istringstream in(
      "{\"id\":\"a\",\"text\":\"x\",\"date\":\"soon\"}\n{\"id\":\"b\",\"text\":\"x\"}\n"
      "{\"id\":\"a\",\"text\":\"again\"}\n{\"id\":\"c\",\"text\":\"x\",\"date\":\"later\"}\n{broken\n");
  reader.split_jsonl(in, "in.jsonl", [&](InputRecord&& r) { records.push_back(std::move(r)); });
  REQUIRE(records.size() == 5);
  for (std::size_t i = records.size(); i-- > 0;) parse_record(records[i]);
  std::vector<std::string> ids;
  std::string stopped;
  try {
    for (auto& r : records)
      if (reader.admit(r)) ids.push_back(r.article->id);
  } catch (const chipgraph::Error& e) {
    stopped = e.what();
  }
  CHECK(ids == std::vector<std::string>{"a", "b"});
  CHECK(stopped == "in.jsonl:3: duplicate article id \"a\" (the first one read is kept)");
  // The warning about the first record is given; the one about the fourth never is.
  CHECK(report.messages() ==
        std::vector<std::string>{"warning: in.jsonl:1: date \"soon\" is not YYYY-MM-DD; the article is kept undated"});
}

TEST_CASE("a JSONL line longer than a read block is read whole / its error column counted from its start") {
  const std::string body(700000, 'y');
  Collected c;
  read_jsonl("{\"id\":\"a\",\"text\":\"" + body + "\"}\n{\"id\":\"b\",\"text\":\"" + body + "\"x}\n", c);
  REQUIRE(c.articles.size() == 1);
  CHECK(c.articles[0].text == body);
  CHECK(c.report.messages() ==
        std::vector<std::string>{
            fmt::format("skipped: in.jsonl:2:{}: Missing a comma or '}}' after an object member.", body.size() + 20)});
}
