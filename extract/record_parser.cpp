// Parsing input records: JSON Lines articles and text articles.
#include "extract/record_parser.h"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <algorithm>
#include <string_view>

#include "graph/error.h"
#include "graph/html_entities.h"
#include "graph/text.h"

namespace chipgraph::extract {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

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

void note(InputRecord& r, InputNote::Kind kind, std::string text) { r.notes.push_back({kind, std::move(text)}); }

// The bytes are parsed; a large record need not be held twice while it is extracted.
void release_bytes(InputRecord& r) {
  if (r.bytes.capacity() > (1u << 20))
    std::string().swap(r.bytes);
  else
    r.bytes.clear();
}

// The article as the extractor sees it; evidence offsets index this text.
void accept(InputRecord& r, Article&& a) {
  r.replaced_bytes = repair_utf8(a.text) + repair_utf8(a.title);
  for (std::string* field : {&a.text, &a.title, &a.source}) decode_html_entities(*field);
  r.article = std::move(a);
}

void parse_text(InputRecord& r) {
  const std::string& origin = *r.origin;
  if (r.bytes.find('\0') != std::string::npos) {
    note(r, InputNote::Kind::bad_record, fmt::format("{}: holds NUL bytes, looks binary", origin));
    release_bytes(r);
    return;
  }
  std::string content = std::move(r.bytes);
  r.bytes.clear();
  normalise_line_ends(content);
  Article a;
  a.id = r.doc_id;
  a.origin = origin;
  std::size_t pos = 0;
  // Header: "key: value" lines with known keys.
  while (pos < content.size()) {
    const std::size_t eol = std::min(content.find('\n', pos), content.size());
    const std::string_view line(content.data() + pos, eol - pos);
    const auto colon = line.find(':');
    if (colon == std::string_view::npos) break;
    std::string key = trim(line.substr(0, colon));
    std::transform(key.begin(), key.end(), key.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    const std::string value = trim(line.substr(colon + 1));
    if (key == "date") {
      a.date = normalise_date(value);
      if (a.date.empty())
        note(r, InputNote::Kind::warning,
             fmt::format("{}: date \"{}\" is not YYYY-MM-DD; the article is kept undated", origin, value));
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
    note(r, InputNote::Kind::bad_record, fmt::format("{}: empty article", origin));
    return;
  }
  accept(r, std::move(a));
}

void parse_jsonl(InputRecord& r) {
  const std::string& origin = *r.origin;
  const std::size_t number = r.line;
  auto bad = [&](std::size_t column, const std::string& message) {
    note(r, InputNote::Kind::bad_record, located(origin, number, column, message));
    release_bytes(r);
  };
  rapidjson::Document d;
  d.Parse(r.bytes.data(), r.bytes.size());
  if (d.HasParseError()) return bad(d.GetErrorOffset() + 1, rapidjson::GetParseError_En(d.GetParseError()));
  if (!d.IsObject()) return bad(1, "expected a JSON object");
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
  if (!problem.empty()) return bad(0, problem);
  if (!date.empty()) {
    a.date = normalise_date(date);
    if (a.date.empty())
      note(r, InputNote::Kind::warning,
           located(origin, number, 0, fmt::format("date \"{}\" is not YYYY-MM-DD; the article is kept undated", date)));
  }
  if (a.id.empty()) return bad(0, "empty \"id\"");
  // A huge line (100 MB of text) need not be held three times while it is extracted.
  rapidjson::Document().Swap(d);
  release_bytes(r);
  normalise_line_ends(a.text);
  accept(r, std::move(a));
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

void parse_record(InputRecord& record) {
  switch (record.kind) {
    case InputRecord::Kind::jsonl_line:
      parse_jsonl(record);
      break;
    case InputRecord::Kind::text_file:
      parse_text(record);
      break;
    case InputRecord::Kind::notes_only:
      break;
  }
}

}  // namespace chipgraph::extract
