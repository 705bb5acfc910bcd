// Input formats: text/markdown files, JSON Lines, stdin; folder walking.
#include "extract/article_reader.h"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include <unistd.h>

#include "graph/error.h"
#include "graph/html_entities.h"
#include "graph/text.h"

namespace chipgraph::extract {
namespace fs = std::filesystem;

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

std::string lower_ext(const fs::path& p) {
  std::string e = p.extension().string();
  std::transform(e.begin(), e.end(), e.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return e;
}

// CRLF and lone CR become LF; a leading BOM goes.
void normalise_line_ends(std::string& s) {
  if (s.rfind("\xEF\xBB\xBF", 0) == 0) s.erase(0, 3);
  if (s.find('\r') == std::string::npos) return;
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\r') {
      out += '\n';
      if (i + 1 < s.size() && s[i + 1] == '\n') ++i;
    } else {
      out += s[i];
    }
  }
  s = std::move(out);
}

std::string trim(std::string_view s) {
  const auto b = s.find_first_not_of(" \t");
  if (b == std::string_view::npos) return {};
  const auto e = s.find_last_not_of(" \t");
  return std::string(s.substr(b, e - b + 1));
}

}  // namespace

std::string normalise_date(const std::string& text) {
  const std::string t = trim(text);
  if (t.size() < 10) return {};
  for (int i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (!is_digit(t[i])) return {};
  if (t[4] != '-' || t[7] != '-') return {};
  if (t.size() > 10 && t[10] != 'T' && t[10] != ' ') return {};
  const int month = (t[5] - '0') * 10 + (t[6] - '0');
  const int day = (t[8] - '0') * 10 + (t[9] - '0');
  if (month < 1 || month > 12 || day < 1 || day > 31) return {};
  return t.substr(0, 10);
}

void ArticleReader::bad_record(const std::string& message) {
  if (options_.strict) fail("{}", message);
  report_->skip(message);
}

void ArticleReader::emit(Article&& article, const ArticleSink& sink) {
  if (!seen_ids_.insert(article.id)) {
    ++report_->duplicate_ids;
    bad_record(fmt::format("{}: duplicate article id \"{}\" (the first one read is kept)", article.origin, article.id));
    return;
  }
  if (const std::size_t bad = repair_utf8(article.text) + repair_utf8(article.title); bad > 0) {
    report_->replaced_bytes += bad;
    report_->warn(fmt::format("{}: {} bytes of invalid UTF-8 replaced", article.origin, bad));
  }
  // Before extraction, so evidence offsets index the decoded text.
  for (std::string* field : {&article.text, &article.title, &article.source}) decode_html_entities(*field);
  ++report_->articles;
  sink(std::move(article));
}

void ArticleReader::read(const std::vector<std::string>& paths, const ArticleSink& sink) {
  for (const auto& path : paths) {
    if (path == "-") {
      read_jsonl(std::cin, "<stdin>", sink);
      continue;
    }
    std::error_code ec;
    const auto status = fs::status(path, ec);
    if (ec || !fs::exists(status)) {
      report_->fatal(fmt::format("{}: no such file or folder", path));
      continue;
    }
    if (fs::is_directory(status)) {
      if (!readable_folder(path)) continue;
      std::vector<fs::path> files;
      fs::recursive_directory_iterator it(path, fs::directory_options::skip_permission_denied, ec), end;
      if (ec) {
        report_->fatal(fmt::format("{}: cannot read folder: {}", path, ec.message()));
        continue;
      }
      for (; it != end; it.increment(ec)) {
        if (ec) {
          report_->skip(fmt::format("{}: {}", it->path().string(), ec.message()));
          ec.clear();
          continue;
        }
        std::error_code fe;
        if (it->is_directory(fe) && !readable_folder(it->path().string())) {
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
      for (const auto& f : files) read_file(f.string(), f.lexically_normal().lexically_relative(base).generic_string(), sink);
    } else {
      read_file(path, fs::path(path).filename().generic_string(), sink);
    }
  }
}

// The folder walk skips folders it may not enter without a word; this says so.
bool ArticleReader::readable_folder(const std::string& path) {
  if (::access(path.c_str(), R_OK | X_OK) == 0) return true;
  report_->fatal(fmt::format("{}: cannot read folder: {}", path, std::strerror(errno)));
  return false;
}

void ArticleReader::read_file(const std::string& path, const std::string& doc_id, const ArticleSink& sink) {
  const std::string ext = lower_ext(path);
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    report_->fatal(fmt::format("{}: cannot open: {}", path, std::strerror(errno)));
    return;
  }
  if (ext == ".jsonl") {
    read_jsonl(in, path, sink);
    return;
  }
  std::ostringstream buffer;
  buffer << in.rdbuf();
  std::string content = buffer.str();
  report_->bytes_read += content.size();
  if (in.bad()) {
    report_->fatal(fmt::format("{}: read error", path));
    return;
  }
  if (content.find('\0') != std::string::npos) {
    bad_record(fmt::format("{}: holds NUL bytes, looks binary", path));
    return;
  }
  read_text_article(std::move(content), doc_id, path, sink);
}

void ArticleReader::read_text_article(std::string content, const std::string& doc_id, const std::string& origin,
                                      const ArticleSink& sink) {
  normalise_line_ends(content);
  Article a;
  a.id = doc_id;
  a.origin = origin;
  std::size_t pos = 0;
  // Header: "key: value" lines with known keys.
  while (pos < content.size()) {
    const std::size_t eol = std::min(content.find('\n', pos), content.size());
    const std::string_view line(content.data() + pos, eol - pos);
    const auto colon = line.find(':');
    if (colon == std::string_view::npos) break;
    std::string key = trim(line.substr(0, colon));
    std::transform(key.begin(), key.end(), key.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    const std::string value = trim(line.substr(colon + 1));
    if (key == "date") {
      a.date = normalise_date(value);
      if (a.date.empty()) report_->warn(fmt::format("{}: date \"{}\" is not YYYY-MM-DD; the article is kept undated", origin, value));
    } else if (key == "url") {
      a.url = value;
    } else if (key == "source") {
      a.source = value;
    } else if (key == "title") {
      a.title = value;
    } else if (key == "id") {
      if (!value.empty()) a.id = value;
    } else {
      break;
    }
    pos = std::min(eol + 1, content.size());
  }
  while (pos < content.size() && (content[pos] == '\n' || content[pos] == ' ' || content[pos] == '\t')) ++pos;
  if (a.title.empty() && pos < content.size()) {
    const std::size_t eol = std::min(content.find('\n', pos), content.size());
    std::string title = trim(std::string_view(content).substr(pos, eol - pos));
    while (!title.empty() && title[0] == '#') title.erase(0, 1);
    a.title = trim(title);
    pos = std::min(eol + 1, content.size());
  }
  while (pos < content.size() && content[pos] == '\n') ++pos;
  a.text = content.substr(pos);
  if (a.title.empty() && a.text.empty()) {
    bad_record(fmt::format("{}: empty article", origin));
    return;
  }
  emit(std::move(a), sink);
}

void ArticleReader::read_jsonl(std::istream& in, const std::string& origin, const ArticleSink& sink) {
  std::string line;
  std::size_t number = 0;
  while (std::getline(in, line)) {
    ++number;
    report_->bytes_read += line.size() + 1;
    if (number == 1 && line.rfind("\xEF\xBB\xBF", 0) == 0) line.erase(0, 3);
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.find_first_not_of(" \t") == std::string::npos) continue;
    rapidjson::Document d;
    d.Parse(line.data(), line.size());
    if (d.HasParseError()) {
      bad_record(located(origin, number, d.GetErrorOffset() + 1, rapidjson::GetParseError_En(d.GetParseError())));
      continue;
    }
    if (!d.IsObject()) {
      bad_record(located(origin, number, 1, "expected a JSON object"));
      continue;
    }
    Article a;
    a.origin = fmt::format("{}:{}", origin, number);
    std::string problem;
    auto field = [&](const char* key, std::string& out, bool required) {
      auto it = d.FindMember(key);
      if (it == d.MemberEnd() || it->value.IsNull()) {
        if (required && problem.empty()) problem = fmt::format("missing \"{}\"", key);
        return;
      }
      if (it->value.IsString()) {
        out.assign(it->value.GetString(), it->value.GetStringLength());
      } else if (std::string_view(key) == "id" && (it->value.IsInt64() || it->value.IsUint64())) {
        out = it->value.IsInt64() ? std::to_string(it->value.GetInt64()) : std::to_string(it->value.GetUint64());
      } else if (problem.empty()) {
        problem = fmt::format("\"{}\" must be a string", key);
      }
    };
    field("id", a.id, true);
    field("text", a.text, true);
    field("title", a.title, false);
    field("url", a.url, false);
    field("source", a.source, false);
    std::string date;
    field("date", date, false);
    if (!problem.empty()) {
      bad_record(located(origin, number, 0, problem));
      continue;
    }
    if (!date.empty()) {
      a.date = normalise_date(date);
      if (a.date.empty())
        report_->warn(located(origin, number, 0, fmt::format("date \"{}\" is not YYYY-MM-DD; the article is kept undated", date)));
    }
    if (a.id.empty()) {
      bad_record(located(origin, number, 0, "empty \"id\""));
      continue;
    }
    // A huge line (100 MB of text) need not be held three times while it is extracted.
    rapidjson::Document().Swap(d);
    if (line.capacity() > (1u << 20)) std::string().swap(line);
    normalise_line_ends(a.text);
    emit(std::move(a), sink);
  }
  if (in.bad()) report_->fatal(fmt::format("{}: read error", origin));
}

}  // namespace chipgraph::extract
