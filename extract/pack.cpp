// Loading and validating packs; every bad record is reported with file:line.
#include "extract/pack.h"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "extract/tokenizer.h"
#include "graph/error.h"
#include "graph/text.h"

namespace chipgraph::embedded {
const std::vector<std::pair<std::string_view, std::string_view>>& builtin_pack_files();
}

namespace chipgraph::extract {
namespace {

using Problems = std::vector<PackProblem>;

// Calls `each(document, line_number)` for every non-blank, non-comment line.
template <typename F>
void for_each_json_line(const std::string& text, const std::string& file, Problems& problems, F&& each) {
  std::istringstream in(text);
  std::string line;
  std::size_t number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    const auto first = line.find_first_not_of(" \t");
    if (first == std::string::npos || line.compare(first, 2, "//") == 0) continue;
    rapidjson::Document d;
    d.Parse(line.data(), line.size());
    const std::string where = fmt::format("{}:{}", file, number);
    if (d.HasParseError()) {
      problems.push_back({fmt::format("{}:{}", where, d.GetErrorOffset() + 1), "bad-json",
                          rapidjson::GetParseError_En(d.GetParseError())});
      continue;
    }
    if (!d.IsObject()) {
      problems.push_back({where, "bad-json", "expected a JSON object"});
      continue;
    }
    each(d, where);
  }
}

std::optional<std::string> get_string(const rapidjson::Value& o, const char* key, const std::string& where,
                                      Problems& problems, bool required) {
  auto it = o.FindMember(key);
  if (it == o.MemberEnd()) {
    if (required) problems.push_back({where, "missing-field", fmt::format("missing \"{}\"", key)});
    return std::nullopt;
  }
  if (!it->value.IsString()) {
    problems.push_back({where, "bad-field", fmt::format("\"{}\" must be a string", key)});
    return std::nullopt;
  }
  return std::string(it->value.GetString(), it->value.GetStringLength());
}

std::vector<std::string> get_strings(const rapidjson::Value& o, const char* key, const std::string& where,
                                     Problems& problems) {
  std::vector<std::string> out;
  auto it = o.FindMember(key);
  if (it == o.MemberEnd()) return out;
  if (!it->value.IsArray()) {
    problems.push_back({where, "bad-field", fmt::format("\"{}\" must be an array of strings", key)});
    return out;
  }
  for (const auto& v : it->value.GetArray()) {
    if (!v.IsString()) {
      problems.push_back({where, "bad-field", fmt::format("\"{}\" must hold strings", key)});
      continue;
    }
    out.emplace_back(v.GetString(), v.GetStringLength());
  }
  return out;
}

double get_number(const rapidjson::Value& o, const char* key, double fallback, const std::string& where,
                  Problems& problems) {
  auto it = o.FindMember(key);
  if (it == o.MemberEnd()) return fallback;
  if (!it->value.IsNumber()) {
    problems.push_back({where, "bad-field", fmt::format("\"{}\" must be a number", key)});
    return fallback;
  }
  return it->value.GetDouble();
}

std::string read_text_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

}  // namespace

std::vector<std::string> phrase_tokens(const std::string& text) {
  std::vector<std::string> out;
  for (auto& t : tokenize(text)) out.push_back(std::move(t.folded));
  return out;
}

Pack Pack::builtin() {
  static const Pack pack = [] {
    Pack p;
    std::vector<std::pair<std::string, std::string>> files;
    // The vocabulary is already built into the core (Vocabulary::builtin()).
    for (const auto& [name, text] : embedded::builtin_pack_files())
      if (name != "vocabulary.json") files.emplace_back(name, text);
    Problems problems;
    p.add_files(files, "builtin:", problems);
    if (!problems.empty())
      fail("the built-in pack is broken: {}: [{}] {}", problems[0].where, problems[0].code, problems[0].message);
    return p;
  }();
  return pack;
}

void Pack::add_folder(const std::string& folder, Problems& problems) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!fs::is_directory(folder, ec)) {
    problems.push_back({folder, "no-pack", "not a folder"});
    return;
  }
  std::vector<std::pair<std::string, std::string>> files;
  bool any = false;
  for (const char* name : {"vocabulary.json", "entities.jsonl", "patterns.jsonl", "lexicon.jsonl"}) {
    fs::path p = fs::path(folder) / name;
    if (fs::exists(p, ec)) {
      files.emplace_back(name, read_text_file(p));
      any = true;
    }
  }
  if (!any) {
    problems.push_back({folder, "no-pack",
                        "holds none of vocabulary.json, entities.jsonl, patterns.jsonl, lexicon.jsonl"});
    return;
  }
  add_files(files, (fs::path(folder) / "").string(), problems);
}

void Pack::add_files(const std::vector<std::pair<std::string, std::string>>& files, const std::string& origin,
                     Problems& problems) {
  // The vocabulary first: entities and patterns are checked against it.
  for (const auto& [name, text] : files)
    if (name == "vocabulary.json") {
      try {
        vocabulary_.extend(text, origin + name);
      } catch (const Error& e) {
        problems.push_back({origin + name, "bad-vocabulary", e.what()});
      }
    }
  for (const auto& [name, text] : files) {
    if (name == "entities.jsonl") load_entities(text, origin + name, problems);
    if (name == "patterns.jsonl") load_patterns(text, origin + name, problems);
    if (name == "lexicon.jsonl") load_lexicon(text, origin + name, problems);
  }
  check_references(problems);
}

void Pack::load_entities(const std::string& text, const std::string& file, Problems& problems) {
  for_each_json_line(text, file, problems, [&](const rapidjson::Document& d, const std::string& where) {
    Entity e;
    auto id = get_string(d, "id", where, problems, true);
    auto name = get_string(d, "name", where, problems, true);
    auto type = get_string(d, "type", where, problems, true);
    if (!id || !name || !type) return;
    e.id = *id;
    e.name = *name;
    e.type = *type;
    e.origin = where;
    if (e.id.empty() || e.name.empty()) {
      problems.push_back({where, "empty", "empty id or name"});
      return;
    }
    if (!vocabulary_.type(e.type)) {
      problems.push_back({where, "unknown-type", fmt::format("unknown type \"{}\"", e.type)});
      return;
    }
    e.aliases = get_strings(d, "aliases", where, problems);
    if (auto it = d.FindMember("case_sensitive"); it != d.MemberEnd()) e.case_sensitive = it->value.IsTrue();
    e.vendor = get_string(d, "vendor", where, problems, false).value_or("");
    e.parent = get_string(d, "parent", where, problems, false).value_or("");
    e.country = get_string(d, "country", where, problems, false).value_or("");
    e.government = get_string(d, "government", where, problems, false).value_or("");
    if (auto it = d.FindMember("fabless"); it != d.MemberEnd()) {
      if (!it->value.IsBool() || e.type != "company") {
        problems.push_back({where, "bad-field", "\"fabless\" must be true or false, on a company"});
        return;
      }
      e.fabless = it->value.GetBool();
    }
    if (entity_index_.count(e.id)) {
      problems.push_back({where, "duplicate-id", fmt::format("id \"{}\" already defined at {}", e.id,
                                                              entities_[entity_index_[e.id]].origin)});
      return;
    }
    const std::size_t index = entities_.size();
    std::vector<std::string> surfaces{e.name};
    surfaces.insert(surfaces.end(), e.aliases.begin(), e.aliases.end());
    std::set<std::string> own;
    for (const auto& s : surfaces) {
      std::string key = fold(s);
      if (key.empty() || phrase_tokens(s).empty()) {
        problems.push_back({where, "empty-alias", fmt::format("empty alias in \"{}\"", e.id)});
        continue;
      }
      if (!own.insert(key).second) continue;
      if (auto it = surface_index_.find(key); it != surface_index_.end()) {
        const Entity& other = entities_[it->second];
        problems.push_back({where, "alias-conflict",
                            fmt::format("\"{}\" of \"{}\" is already a name of \"{}\" ({})", s, e.id, other.id,
                                        other.origin)});
        continue;
      }
      surface_index_.emplace(std::move(key), index);
    }
    entity_index_.emplace(e.id, index);
    entities_.push_back(std::move(e));
  });
}

namespace {

std::optional<ArgumentSide> parse_side(const std::string& s) {
  if (s == "left") return ArgumentSide::left;
  if (s == "right") return ArgumentSide::right;
  if (s == "topic") return ArgumentSide::topic;
  if (s == "sentence") return ArgumentSide::sentence;
  if (s == "pair") return ArgumentSide::pair;
  if (s == "state") return ArgumentSide::state;
  if (s == "home_state") return ArgumentSide::home_state;
  if (s == "measure") return ArgumentSide::measure;
  return std::nullopt;
}

// "trained|trains *3 on|using {O}" -> elements; returns an error text or "".
std::string compile_match(const std::string& match, std::vector<PatternElement>& out) {
  std::istringstream in(match);
  std::string word;
  while (in >> word) {
    PatternElement el;
    if (word == "{S}") {
      el.kind = PatternElement::Kind::subject_slot;
    } else if (word == "{O}") {
      el.kind = PatternElement::Kind::object_slot;
    } else if (word[0] == '*' || word[0] == '~') {
      el.kind = PatternElement::Kind::gap;
      el.unnamed = word[0] == '~';
      try {
        el.gap = std::stoi(word.substr(1));
      } catch (...) {
        return fmt::format("bad gap \"{}\" (write *N or ~N)", word);
      }
      if (el.gap < 1 || el.gap > 12) return fmt::format("gap \"{}\" must be {}1 to {}12", word, word[0], word[0]);
    } else {
      if (word.size() > 1 && word.back() == '?') {
        el.optional = true;
        word.pop_back();
      }
      std::istringstream alts(word);
      std::string alt;
      while (std::getline(alts, alt, '|')) {
        if (alt.empty()) return fmt::format("empty alternative in \"{}\"", word);
        auto folded = phrase_tokens(alt);
        if (folded.size() != 1) return fmt::format("\"{}\" is not one token", alt);
        el.words.push_back(folded[0]);
      }
    }
    out.push_back(std::move(el));
  }
  if (out.empty()) return "empty pattern";
  if (out.front().kind != PatternElement::Kind::literal || out.front().optional)
    return "a pattern must start with a required word";
  auto literal_has = [&](std::size_t e, const char* w) {
    return out[e].kind == PatternElement::Kind::literal &&
           std::find(out[e].words.begin(), out[e].words.end(), w) != out[e].words.end();
  };
  // a copula before the slot, over a gap: "is now Nvidia's main HBM supplier"
  auto copula_before = [&](std::size_t e) {
    if (out[e - 1].kind == PatternElement::Kind::gap && e >= 2) --e;
    for (const char* w : {"is", "are", "was", "were", "been", "became", "becomes", "become", "remains", "remained", "as"})
      if (literal_has(e - 1, w)) return true;
    return false;
  };
  for (std::size_t e = 1; e + 1 < out.size(); ++e)
    out[e].possessor_slot = (out[e].kind == PatternElement::Kind::subject_slot ||
                             out[e].kind == PatternElement::Kind::object_slot) &&
                            (literal_has(e - 1, "for") || literal_has(e - 1, "to") || literal_has(e - 1, "among") ||
                             copula_before(e)) &&
                            literal_has(e + 1, "'s");
  return {};
}

}  // namespace

void Pack::load_patterns(const std::string& text, const std::string& file, Problems& problems) {
  for_each_json_line(text, file, problems, [&](const rapidjson::Document& d, const std::string& where) {
    Pattern p;
    auto id = get_string(d, "id", where, problems, true);
    auto relation = get_string(d, "relation", where, problems, true);
    auto match = get_string(d, "match", where, problems, true);
    if (!id || !relation || !match) return;
    p.id = *id;
    p.relation = *relation;
    p.origin = where;
    if (!vocabulary_.relation(p.relation)) {
      problems.push_back({where, "unknown-relation", fmt::format("unknown relation \"{}\"", p.relation)});
      return;
    }
    if (std::string err = compile_match(*match, p.elements); !err.empty()) {
      problems.push_back({where, "bad-pattern", fmt::format("{}: {}", p.id, err)});
      return;
    }
    bool has_s = false, has_o = false;
    for (const auto& el : p.elements) {
      has_s = has_s || el.kind == PatternElement::Kind::subject_slot;
      has_o = has_o || el.kind == PatternElement::Kind::object_slot;
    }
    for (auto [key, side, has_slot, fallback] :
         {std::tuple{"subject", &p.subject, has_s, ArgumentSide::left},
          std::tuple{"object", &p.object, has_o, ArgumentSide::right}}) {
      if (has_slot) {
        *side = ArgumentSide::slot;
        continue;
      }
      auto s = get_string(d, key, where, problems, false);
      if (!s) {
        *side = fallback;
        continue;
      }
      auto parsed = parse_side(*s);
      if (!parsed) {
        problems.push_back({where, "bad-field", fmt::format("\"{}\" must be left, right, topic or sentence", key)});
        return;
      }
      *side = *parsed;
    }
    p.confidence = get_number(d, "confidence", p.confidence, where, problems);
    p.window = static_cast<int>(get_number(d, "window", p.window, where, problems));
    p.reach = static_cast<int>(get_number(d, "reach", p.reach, where, problems));
    if (auto it = d.FindMember("voice"); it != d.MemberEnd()) {
      const std::string voice = it->value.IsString() ? it->value.GetString() : "";
      if (voice != "any" && voice != "active" && voice != "passive") {
        problems.push_back({where, "bad-field", "\"voice\" must be \"active\", \"passive\" or \"any\""});
        return;
      }
      p.any_voice = voice == "any" || voice == "passive";
      p.passive_only = voice == "passive";
    }
    for (auto& w : get_strings(d, "object_not_after", where, problems)) p.object_not_after.insert(fold(w));
    for (auto& w : get_strings(d, "object_not_beyond", where, problems)) p.object_not_beyond.insert(fold(w));
    for (auto& w : get_strings(d, "object_not_before", where, problems)) p.object_not_before.insert(fold(w));
    for (auto& w : get_strings(d, "subject_not_beyond", where, problems)) p.subject_not_beyond.insert(fold(w));
    for (auto& w : get_strings(d, "not_after", where, problems)) p.not_after.insert(fold(w));
    for (auto& t : get_strings(d, "object_types", where, problems)) {
      const Relation* r = vocabulary_.relation(p.relation);
      if (!vocabulary_.type(t)) {
        problems.push_back({where, "unknown-type", fmt::format("unknown type \"{}\"", t)});
        return;
      }
      if (r && !r->object_types.count(t)) {
        problems.push_back({where, "bad-field", fmt::format("\"{}\" is not an object type of {}", t, p.relation)});
        return;
      }
      p.object_types.insert(t);
    }
    for (auto& t : get_strings(d, "maker_types", where, problems)) {
      if (!vocabulary_.type(t)) {
        problems.push_back({where, "unknown-type", fmt::format("unknown type \"{}\"", t)});
        return;
      }
      p.maker_types.insert(t);
    }
    if (auto status = get_string(d, "status", where, problems, false)) {
      p.status = parse_status(*status);
      if (!p.status) {
        problems.push_back({where, "bad-field", fmt::format("unknown status \"{}\"", *status)});
        return;
      }
    }
    for (auto [name, flag] : {std::pair{"overlap", &p.overlap}, std::pair{"object_not_possessed", &p.object_not_possessed},
                              std::pair{"object_not_modifier", &p.object_not_modifier},
                              std::pair{"object_not_possessor", &p.object_not_possessor},
                              std::pair{"gap_subject", &p.gap_subject}}) {
      auto it = d.FindMember(name);
      if (it == d.MemberEnd()) continue;
      if (!it->value.IsBool()) {
        problems.push_back({where, "bad-field", fmt::format("\"{}\" must be true or false", name)});
        return;
      }
      *flag = it->value.GetBool();
    }
    for (const auto& other : patterns_)
      if (other.id == p.id) {
        problems.push_back({where, "duplicate-id", fmt::format("pattern id \"{}\" already defined at {}", p.id, other.origin)});
        return;
      }
    patterns_.push_back(std::move(p));
  });
}

bool Lexicon::one_word_descriptor(std::string_view folded) const {
  if (one_word_descriptors.count(folded)) return true;
  // "companies": a plural in "-ies" of a descriptor in "-y"
  if (folded.size() > 4 && folded.ends_with("ies") &&
      one_word_descriptors.count(std::string(folded.substr(0, folded.size() - 3)) + "y"))
    return true;
  return !folded.empty() && folded.back() == 's' && one_word_descriptors.count(folded.substr(0, folded.size() - 1));
}

const std::string* Lexicon::two_word_demonym(const std::string& first, const std::string& second) const {
  if (!demonym_firsts.count(first)) return nullptr;
  const auto it = demonyms.find(first + " " + second);
  return it == demonyms.end() ? nullptr : &it->second;
}

void Pack::load_lexicon(const std::string& text, const std::string& file, Problems& problems) {
  for_each_json_line(text, file, problems, [&](const rapidjson::Document& d, const std::string& where) {
    auto kind = get_string(d, "kind", where, problems, true);
    if (!kind) return;
    auto phrase = [&]() -> std::vector<std::string> {
      auto t = get_string(d, "text", where, problems, true);
      if (!t) return {};
      auto words = phrase_tokens(*t);
      if (words.empty()) problems.push_back({where, "empty", "empty \"text\""});
      return words;
    };
    auto types_of = [&](const char* key) {
      std::set<std::string> types;
      for (auto& t : get_strings(d, key, where, problems)) {
        if (!vocabulary_.type(t)) problems.push_back({where, "unknown-type", fmt::format("unknown type \"{}\"", t)});
        types.insert(t);
      }
      return types;
    };
    auto type_of = [&]() -> std::string {
      auto t = get_string(d, "type", where, problems, true).value_or("");
      if (!t.empty() && !vocabulary_.type(t)) problems.push_back({where, "unknown-type", fmt::format("unknown type \"{}\"", t)});
      return t;
    };
    const std::string& k = *kind;
    // kinds that are one word each, kept in a word set
    const std::pair<const char*, WordSet*> one_word[] = {
        {"directive", &lexicon_.directives}, {"preventive", &lexicon_.preventives},
        {"commitment", &lexicon_.commitments}, {"facility", &lexicon_.facilities},
        {"measure", &lexicon_.measures},       {"unit", &lexicon_.units},
        {"derivative", &lexicon_.derivatives}, {"relational", &lexicon_.relational},
        {"thing-verb", &lexicon_.thing_verbs}};
    for (const auto& [name, words] : one_word)
      if (k == name) {
        auto w = phrase();
        if (w.size() == 1) words->insert(w[0]);
        else problems.push_back({where, "bad-field", fmt::format("a {} is one word", name)});
        return;
      }
    if (k == "status") {
      auto words = phrase();
      auto s = parse_status(get_string(d, "status", where, problems, true).value_or(""));
      if (!s) {
        problems.push_back({where, "bad-field", "\"status\" must be asserted, planned, attempted or negated"});
        return;
      }
      if (!words.empty())
        lexicon_.status_cues.push_back({words, *s, get_string(d, "where", where, problems, false).value_or("before") == "after"});
    } else if (k == "hypothetical") {
      if (auto w = phrase(); !w.empty()) lexicon_.hypothetical.push_back(w);
    } else if (k == "currency") {
      auto w = phrase();
      auto code = get_string(d, "code", where, problems, true);
      if (w.size() == 1 && code && code->size() == 3) lexicon_.currencies[w[0]] = *code;
      else problems.push_back({where, "bad-field", "a currency is one word or sign with a three-letter \"code\""});
    } else if (k == "boundary") {
      if (auto w = phrase(); !w.empty()) lexicon_.boundaries.push_back(w);
    } else if (k == "anaphor") {
      auto w = phrase();
      auto types = types_of("types");
      if (types.empty()) problems.push_back({where, "missing-field", "an anaphor needs \"types\""});
      if (!w.empty() && !types.empty())
        lexicon_.anaphors.push_back({w, types, static_cast<int>(get_number(d, "count", 1, where, problems))});
    } else if (k == "demonym") {
      auto w = phrase();
      auto country = get_string(d, "country", where, problems, true);
      // one token ("Korean"), or two ("South Korean"), kept as the words joined by a space
      if (w.empty() || w.size() > 2) problems.push_back({where, "bad-field", "a demonym is one or two tokens"});
      else if (country) {
        lexicon_.demonyms[w.size() == 1 ? w[0] : w[0] + " " + w[1]] = *country;
        if (w.size() == 2) lexicon_.demonym_firsts.insert(w[0]);
      }
    } else if (k == "city") {
      auto w = phrase();
      auto country = get_string(d, "country", where, problems, true);
      if (w.empty() || w.size() > 3) {
        problems.push_back({where, "bad-field", "a city is one to three tokens"});
      } else if (country) {
        std::string joined;
        for (const auto& word : w) joined += (joined.empty() ? "" : " ") + word;
        lexicon_.city_countries[joined] = *country;
        lexicon_.cities.push_back({w, *country});
      }
    } else if (k == "descriptor") {
      auto w = phrase();
      auto t = type_of();
      if (!w.empty() && !t.empty()) {
        if (w.size() == 1) {
          lexicon_.one_word_descriptors.insert(w[0]);
          if (t == "chip") lexicon_.chip_nouns.insert(w[0]);
        }
        lexicon_.descriptors.push_back({w, t});
      }
    } else if (k == "title") {
      if (auto w = phrase(); !w.empty()) {
        Lexicon::Title title{w, get_string(d, "org", where, problems, false).value_or(""),
                             d.HasMember("state") && d["state"].IsTrue(), {}};
        for (auto& t : get_strings(d, "bodies", where, problems)) {
          if (!vocabulary_.type(t)) problems.push_back({where, "unknown-type", fmt::format("unknown type \"{}\"", t)});
          title.bodies.insert(t);
        }
        lexicon_.titles.push_back(std::move(title));
      }
    } else if (k == "head") {
      auto w = phrase();
      if (w.size() != 1) problems.push_back({where, "bad-field", "a head noun is one token"});
      else lexicon_.heads.insert(w[0]);
    } else if (k == "org-suffix") {
      auto w = phrase();
      auto t = type_of();
      if (w.size() != 1) problems.push_back({where, "bad-field", "an org suffix is one token"});
      else if (!t.empty()) lexicon_.org_suffixes[w[0]] = t;
    } else if (k == "stop-name") {
      auto w = phrase();
      if (w.size() == 1) lexicon_.stop_names.insert(w[0]);
      else problems.push_back({where, "bad-field", "a stop name is one token"});
    } else if (k == "abbreviation") {
      auto t = get_string(d, "text", where, problems, true);
      if (t && (t->empty() || t->back() != '.')) problems.push_back({where, "bad-field", "an abbreviation ends with a full stop"});
      else if (t) lexicon_.abbreviations.push_back(*t);
    } else if (k == "product-code") {
      auto shape = get_string(d, "shape", where, problems, true);
      auto t = type_of();
      if (!shape || t.empty()) return;
      if (shape->empty()) {
        problems.push_back({where, "empty", "empty \"shape\""});
        return;
      }
      try {
        lexicon_.product_codes.push_back({std::regex(*shape, std::regex::ECMAScript), *shape, t});
      } catch (const std::regex_error& e) {
        problems.push_back({where, "bad-pattern", fmt::format("bad shape \"{}\": {}", *shape, e.what())});
      }
    } else if (k == "possessive-head") {
      PossessiveHead h;
      for (auto& w : get_strings(d, "heads", where, problems)) {
        auto t = phrase_tokens(w);
        if (t.size() == 1) h.heads.insert(t[0]);
        else problems.push_back({where, "bad-field", "a head is one word"});
      }
      h.relation = get_string(d, "relation", where, problems, true).value_or("");
      if (auto it = d.FindMember("reverse"); it != d.MemberEnd()) h.reverse = it->value.IsTrue();
      h.confidence = get_number(d, "confidence", h.confidence, where, problems);
      if (!vocabulary_.relation(h.relation)) {
        problems.push_back({where, "unknown-relation", fmt::format("unknown relation \"{}\"", h.relation)});
        return;
      }
      if (h.heads.empty()) {
        problems.push_back({where, "empty", "no \"heads\""});
        return;
      }
      lexicon_.possessive_head_words.insert(h.heads.begin(), h.heads.end());
      lexicon_.possessive_heads.push_back(std::move(h));
    } else if (k == "possessive") {
      PossessiveRule r;
      r.possessor = types_of("possessor");
      r.possessed = types_of("possessed");
      r.relation = get_string(d, "relation", where, problems, true).value_or("");
      if (auto it = d.FindMember("reverse"); it != d.MemberEnd()) r.reverse = it->value.IsTrue();
      if (auto it = d.FindMember("adjacent"); it != d.MemberEnd()) r.adjacent = it->value.IsTrue();
      if (auto it = d.FindMember("vendor_only"); it != d.MemberEnd()) r.vendor_only = it->value.IsTrue();
      r.confidence = get_number(d, "confidence", r.confidence, where, problems);
      if (!vocabulary_.relation(r.relation)) {
        problems.push_back({where, "unknown-relation", fmt::format("unknown relation \"{}\"", r.relation)});
        return;
      }
      lexicon_.possessives.push_back(std::move(r));
    } else {
      problems.push_back({where, "unknown-kind", fmt::format("unknown lexicon kind \"{}\"", k)});
    }
  });
}

void Pack::check_references(Problems& problems) {
  for (const auto& e : entities_) {
    if (!e.vendor.empty() && !entity_index_.count(e.vendor))
      problems.push_back({e.origin, "unknown-entity", fmt::format("vendor \"{}\" is not an entity id", e.vendor)});
    if (!e.parent.empty() && !entity_index_.count(e.parent))
      problems.push_back({e.origin, "unknown-entity", fmt::format("parent \"{}\" is not an entity id", e.parent)});
    if (!e.government.empty()) {
      auto it = entity_index_.find(e.government);
      if (it == entity_index_.end() || entities_[it->second].type != "government")
        problems.push_back({e.origin, "unknown-entity", fmt::format("government \"{}\" is not a government id", e.government)});
    }
  }
}

const Entity* Pack::entity(const std::string& id) const {
  auto it = entity_index_.find(id);
  return it == entity_index_.end() ? nullptr : &entities_[it->second];
}

const Entity* Pack::entity_by_name(const std::string& name) const {
  auto it = surface_index_.find(fold(name));
  return it == surface_index_.end() ? nullptr : &entities_[it->second];
}

std::string Pack::country_of_place(const std::string& place) const {
  if (auto d = lexicon_.demonyms.find(place); d != lexicon_.demonyms.end()) return d->second;
  if (auto c = lexicon_.city_countries.find(place); c != lexicon_.city_countries.end()) return c->second;
  if (const Entity* e = entity_by_name(place); e && e->type == "country") return e->name;
  return {};
}

const Entity* Pack::government_of(const Entity* country) const {
  return country && !country->government.empty() ? entity(country->government) : nullptr;
}

NameHelpers Pack::name_helpers() const {
  NameHelpers names;
  names.canonical = [this](std::string_view name) {
    const Entity* e = entity_by_name(std::string(name));
    return e ? e->name : std::string(name);
  };
  names.is_vendor = [this](std::string_view word) {
    const Entity* e = entity_by_name(std::string(word));
    return e && e->type == "company";
  };
  return names;
}

}  // namespace chipgraph::extract
