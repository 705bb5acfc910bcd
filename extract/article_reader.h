// Reads articles from files, folders (recursive), JSON Lines and stdin.
//
// .txt/.md: optional leading "key: value" lines (date, url, source, title, id),
// then the title line, then the body. .jsonl: one article a line with "id" and
// "text" (strings), optional "title", "date", "url", "source". "-" is JSONL on
// stdin. Bad records are reported as file:line[:column]: message and skipped.
//
// In three steps (extract/input_record.h): split() cuts the inputs into
// records on the reading thread, parse_record() parses each on any thread,
// admit() takes them back in input order, checks ids and reports. read() does
// all three in turn on one thread.
#pragma once

#include <functional>
#include <istream>
#include <string>
#include <vector>

#include "extract/article.h"
#include "extract/id_set.h"
#include "extract/input_record.h"
#include "extract/input_report.h"
#include "extract/record_parser.h"

namespace chipgraph::extract {

using ArticleSink = std::function<void(Article&&)>;
using RecordSink = std::function<void(InputRecord&&)>;

struct ReaderOptions {
  bool strict = false;  // the first bad record is fatal (throws Error)
};

class ArticleReader {
 public:
  ArticleReader(ReaderOptions options, InputReport& report) : options_(options), report_(&report) {}

  // Cuts every path, in order, into unparsed records; folders are walked in
  // sorted order. Counts the bytes read; reports nothing itself.
  void split(const std::vector<std::string>& paths, const RecordSink& sink);
  void split_jsonl(std::istream& in, const std::string& origin, const RecordSink& sink);

  // Takes a parsed record, in input order: reports its notes, refuses an id
  // read before and counts the article. True when its article is to be used.
  // With --strict, throws Error at the first bad record.
  bool admit(InputRecord& record);

  // Splits, parses and admits on this thread.
  void read(const std::vector<std::string>& paths, const ArticleSink& sink);
  void read_jsonl(std::istream& in, const std::string& origin, const ArticleSink& sink);
  // Parses one article file's text (exposed for tests).
  void read_text_article(std::string content, const std::string& doc_id, const std::string& origin,
                         const ArticleSink& sink);

 private:
  void split_file(const std::string& path, const std::string& doc_id, const RecordSink& sink);
  bool readable_folder(const std::string& path, const RecordSink& sink);
  void bad_record(const std::string& message);
  RecordSink sequential(const ArticleSink& sink);

  ReaderOptions options_;
  InputReport* report_;
  IdSet seen_ids_;
  std::string block_;  // split_jsonl's read buffer
};

}  // namespace chipgraph::extract
