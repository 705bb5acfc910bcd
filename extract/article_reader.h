// Reads articles from files, folders (recursive), JSON Lines and stdin.
//
// .txt/.md: optional leading "key: value" lines (date, url, source, title, id),
// then the title line, then the body. .jsonl: one article a line with "id" and
// "text" (strings), optional "title", "date", "url", "source". "-" is JSONL on
// stdin. Bad records are reported as file:line[:column]: message and skipped.
#pragma once

#include <functional>
#include <istream>
#include <string>
#include <vector>

#include "extract/article.h"
#include "extract/id_set.h"
#include "extract/input_report.h"

namespace chipgraph::extract {

using ArticleSink = std::function<void(Article&&)>;

struct ReaderOptions {
  bool strict = false;  // the first bad record is fatal (throws Error)
};

class ArticleReader {
 public:
  ArticleReader(ReaderOptions options, InputReport& report) : options_(options), report_(&report) {}

  // Reads every path in order; folders are walked in sorted order.
  void read(const std::vector<std::string>& paths, const ArticleSink& sink);

  // Parses one article file's text (exposed for tests).
  void read_text_article(std::string content, const std::string& doc_id, const std::string& origin,
                         const ArticleSink& sink);
  void read_jsonl(std::istream& in, const std::string& origin, const ArticleSink& sink);

 private:
  void read_file(const std::string& path, const std::string& doc_id, const ArticleSink& sink);
  bool readable_folder(const std::string& path);
  void emit(Article&& article, const ArticleSink& sink);
  void bad_record(const std::string& message);

  ReaderOptions options_;
  InputReport* report_;
  IdSet seen_ids_;
};

// "2025-03-04", "2025-03-04T10:00:00Z", "2025-03-04 10:00" -> "2025-03-04"; else "".
std::string normalise_date(const std::string& text);

}  // namespace chipgraph::extract
