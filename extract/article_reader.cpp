// Input formats: text/markdown files, JSON Lines, stdin; folder walking; ids
// and messages in input order.
#include "extract/article_reader.h"

#include <algorithm>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string_view>

#include <unistd.h>

#include "graph/error.h"

namespace chipgraph::extract {
namespace fs = std::filesystem;

namespace {

std::string lower_ext(const fs::path& p) {
  std::string e = p.extension().string();
  std::transform(e.begin(), e.end(), e.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return e;
}

// A problem met while reading, reported in its place among the records.
void problem(const RecordSink& sink, InputNote::Kind kind, std::string text) {
  InputRecord r;
  r.notes.push_back({kind, std::move(text)});
  sink(std::move(r));
}

}  // namespace

void ArticleReader::bad_record(const std::string& message) {
  if (options_.strict) fail("{}", message);
  report_->skip(message);
}

bool ArticleReader::admit(InputRecord& record) {
  for (auto& n : record.notes) {
    switch (n.kind) {
      case InputNote::Kind::warning:
        report_->warn(std::move(n.text));
        break;
      case InputNote::Kind::skipped:
        report_->skip(std::move(n.text));
        break;
      case InputNote::Kind::bad_record:
        bad_record(n.text);
        break;
      case InputNote::Kind::error:
        report_->fatal(std::move(n.text));
        break;
    }
  }
  if (!record.article) return false;
  const Article& article = *record.article;
  if (!seen_ids_.insert(article.id)) {
    ++report_->duplicate_ids;
    bad_record(fmt::format("{}: duplicate article id \"{}\" (the first one read is kept)", article.origin, article.id));
    return false;
  }
  if (record.replaced_bytes > 0) {
    report_->replaced_bytes += record.replaced_bytes;
    report_->warn(fmt::format("{}: {} bytes of invalid UTF-8 replaced", article.origin, record.replaced_bytes));
  }
  ++report_->articles;
  return true;
}

RecordSink ArticleReader::sequential(const ArticleSink& sink) {
  return [this, &sink](InputRecord&& record) {
    parse_record(record);
    if (admit(record)) sink(std::move(*record.article));
  };
}

void ArticleReader::read(const std::vector<std::string>& paths, const ArticleSink& sink) {
  split(paths, sequential(sink));
}

void ArticleReader::read_jsonl(std::istream& in, const std::string& origin, const ArticleSink& sink) {
  split_jsonl(in, origin, sequential(sink));
}

void ArticleReader::read_text_article(std::string content, const std::string& doc_id, const std::string& origin,
                                      const ArticleSink& sink) {
  InputRecord r;
  r.kind = InputRecord::Kind::text_file;
  r.bytes = std::move(content);
  r.origin = std::make_shared<const std::string>(origin);
  r.doc_id = doc_id;
  sequential(sink)(std::move(r));
}

void ArticleReader::split(const std::vector<std::string>& paths, const RecordSink& sink) {
  for (const auto& path : paths) {
    if (path == "-") {
      split_jsonl(std::cin, "<stdin>", sink);
      continue;
    }
    std::error_code ec;
    const auto status = fs::status(path, ec);
    if (ec || !fs::exists(status)) {
      problem(sink, InputNote::Kind::error, fmt::format("{}: no such file or folder", path));
      continue;
    }
    if (fs::is_directory(status)) {
      if (!readable_folder(path, sink)) continue;
      std::vector<fs::path> files;
      fs::recursive_directory_iterator it(path, fs::directory_options::skip_permission_denied, ec), end;
      if (ec) {
        problem(sink, InputNote::Kind::error, fmt::format("{}: cannot read folder: {}", path, ec.message()));
        continue;
      }
      for (; it != end; it.increment(ec)) {
        if (ec) {
          problem(sink, InputNote::Kind::skipped, fmt::format("{}: {}", it->path().string(), ec.message()));
          ec.clear();
          continue;
        }
        std::error_code fe;
        if (it->is_directory(fe) && !readable_folder(it->path().string(), sink)) {
          it.disable_recursion_pending();
          continue;
        }
        if (!it->is_regular_file(fe)) continue;
        const std::string ext = lower_ext(it->path());
        if (ext == ".txt" || ext == ".md" || ext == ".jsonl") files.push_back(it->path());
        else ++report_->ignored_files;
      }
      std::sort(files.begin(), files.end());
      // Lexically, not fs::relative: that resolves symbolic links, so a linked
      // article would be named by its target (outside the folder, or a duplicate).
      const fs::path base = fs::path(path).lexically_normal();
      for (const auto& f : files)
        split_file(f.string(), f.lexically_normal().lexically_relative(base).generic_string(), sink);
    } else {
      split_file(path, fs::path(path).filename().generic_string(), sink);
    }
  }
}

// The folder walk skips folders it may not enter without a word; this says so.
bool ArticleReader::readable_folder(const std::string& path, const RecordSink& sink) {
  if (::access(path.c_str(), R_OK | X_OK) == 0) return true;
  problem(sink, InputNote::Kind::error, fmt::format("{}: cannot read folder: {}", path, std::strerror(errno)));
  return false;
}

void ArticleReader::split_file(const std::string& path, const std::string& doc_id, const RecordSink& sink) {
  const std::string ext = lower_ext(path);
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    problem(sink, InputNote::Kind::error, fmt::format("{}: cannot open: {}", path, std::strerror(errno)));
    return;
  }
  if (ext == ".jsonl") {
    split_jsonl(in, path, sink);
    return;
  }
  std::ostringstream buffer;
  buffer << in.rdbuf();
  InputRecord r;
  r.kind = InputRecord::Kind::text_file;
  r.bytes = std::move(buffer).str();
  report_->bytes_read += r.bytes.size();
  if (in.bad()) {
    problem(sink, InputNote::Kind::error, fmt::format("{}: read error", path));
    return;
  }
  r.origin = std::make_shared<const std::string>(path);
  r.doc_id = doc_id;
  sink(std::move(r));
}

// Lines are cut from large blocks rather than read one by one; each goes out
// as it is, only a byte order mark, a CR before the LF and blank lines dropped.
void ArticleReader::split_jsonl(std::istream& in, const std::string& origin, const RecordSink& sink) {
  const auto name = std::make_shared<const std::string>(origin);
  std::size_t number = 0;
  // `whole`: the string that holds the line, when it may be moved rather than copied
  auto line_done = [&](std::string_view line, std::string* whole) {
    ++number;
    if (number == 1 && line.substr(0, 3) == "\xEF\xBB\xBF") line.remove_prefix(3);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.find_first_not_of(" \t") == std::string_view::npos) return;
    InputRecord r;
    r.kind = InputRecord::Kind::jsonl_line;
    if (whole && line.size() == whole->size())
      r.bytes = std::move(*whole);
    else
      r.bytes.assign(line);
    r.origin = name;
    r.line = number;
    sink(std::move(r));
  };
  block_.resize(std::size_t{1} << 18);
  std::string partial;  // a line cut by the end of a block
  auto partial_done = [&] {
    line_done(partial, &partial);
    if (partial.capacity() > (1u << 20))
      std::string().swap(partial);  // after a huge line that was copied
    else
      partial.clear();
  };
  while (in) {
    in.read(block_.data(), static_cast<std::streamsize>(block_.size()));
    const auto got = static_cast<std::size_t>(in.gcount());
    if (got == 0) break;
    report_->bytes_read += got;
    std::string_view rest(block_.data(), got);
    for (std::size_t eol; (eol = rest.find('\n')) != std::string_view::npos; rest.remove_prefix(eol + 1)) {
      if (partial.empty()) {
        line_done(rest.substr(0, eol), nullptr);
      } else {
        partial.append(rest.data(), eol);
        partial_done();
      }
    }
    partial.append(rest);
  }
  if (!partial.empty()) partial_done();  // the last line, without a line end
  if (in.bad()) problem(sink, InputNote::Kind::error, fmt::format("{}: read error", origin));
}

}  // namespace chipgraph::extract
