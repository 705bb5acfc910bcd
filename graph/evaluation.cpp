// Gold-edge scoring: fact normalisation, name matching and the tallies.
#include "graph/evaluation.h"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <fmt/format.h>

#include <algorithm>
#include <set>
#include <tuple>

#include "graph/json_field.h"
#include "graph/text.h"

namespace chipgraph {

bool parse_gold(std::string_view line, const Vocabulary& vocabulary, GoldEdge& out, std::size_t& error_column,
                std::string& error) {
  error_column = 0;
  rapidjson::Document d;
  d.Parse<rapidjson::kParseStopWhenDoneFlag>(line.data(), line.size());
  if (d.HasParseError()) {
    error_column = d.GetErrorOffset() + 1;
    error = rapidjson::GetParseError_En(d.GetParseError());
    return false;
  }
  if (!d.IsObject()) {
    error = "expected a JSON object";
    return false;
  }
  out = GoldEdge{};
  auto text = [&](const char* key, std::string& slot, bool required) {
    return string_field(d, key, slot, required, error);
  };
  auto list = [&](const char* key, std::vector<std::string>& slot) {
    auto it = d.FindMember(key);
    if (it == d.MemberEnd()) return true;
    if (!it->value.IsArray()) {
      error = fmt::format("\"{}\" must be an array of strings", key);
      return false;
    }
    for (const auto& v : it->value.GetArray()) {
      if (!v.IsString()) {
        error = fmt::format("\"{}\" must be an array of strings", key);
        return false;
      }
      slot.emplace_back(v.GetString(), v.GetStringLength());
    }
    return true;
  };
  std::string status;
  if (!text("doc", out.doc, true) || !text("subject", out.subject, true) || !text("relation", out.relation, true) ||
      !text("object", out.object, true) || !text("subject_type", out.subject_type, false) ||
      !text("object_type", out.object_type, false) || !text("status", status, false) ||
      !list("subject_aliases", out.subject_aliases) || !list("object_aliases", out.object_aliases))
    return false;
  if (auto ev = d.FindMember("evidence"); ev != d.MemberEnd()) {
    if (ev->value.IsString()) out.evidence.assign(ev->value.GetString(), ev->value.GetStringLength());
    else if (ev->value.IsObject() && ev->value.HasMember("text") && ev->value["text"].IsString())
      out.evidence = ev->value["text"].GetString();
  }
  if (!vocabulary.relation(out.relation)) {
    error = fmt::format("unknown relation \"{}\"", out.relation);
    return false;
  }
  for (const auto* t : {&out.subject_type, &out.object_type})
    if (!t->empty() && !vocabulary.type(*t)) {
      error = fmt::format("unknown type \"{}\"", *t);
      return false;
    }
  if (!status.empty()) {
    auto s = parse_status(status);
    if (!s) {
      error = fmt::format("unknown status \"{}\"", status);
      return false;
    }
    out.status = *s;
  }
  return true;
}

namespace {

// Folded, possessive dropped, spaces collapsed: "Nvidia’s  H20" -> "nvidia h20".
std::string normal(std::string_view name) {
  std::string f = fold(name);
  for (std::string_view tail : {"'s", "\u2019s", "'"})
    if (f.size() > tail.size() && f.compare(f.size() - tail.size(), tail.size(), tail) == 0) {
      f.resize(f.size() - tail.size());
      break;
    }
  std::string out;
  for (char c : f) {
    if (c == ' ' || c == '\t' || c == '-') {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += c;
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

// Every form a name may be matched by: its own (with its aliases and canonical
// name), and the short forms left when a leading vendor name is dropped.
struct Forms {
  std::set<std::string> full, short_forms;
};

Forms forms(const std::string& name, const std::vector<std::string>& aliases, const NameHelpers& names) {
  Forms out;
  auto add = [&](std::string_view n) {
    const std::string canonical = names.canonical ? names.canonical(n) : std::string(n);
    for (const std::string& v : {std::string(n), canonical}) {
      std::string f = normal(v);
      if (f.empty()) continue;
      // "Nvidia H20" is also "H20" when the first word names a vendor.
      if (auto space = f.find(' '); space != std::string::npos && names.is_vendor &&
                                    names.is_vendor(std::string_view(v).substr(0, v.find(' '))))
        out.short_forms.insert(f.substr(space + 1));
      out.full.insert(std::move(f));
    }
  };
  add(name);
  for (const auto& a : aliases) add(a);
  return out;
}

bool overlap(const std::set<std::string>& a, const std::set<std::string>& b) {
  for (const auto& x : a)
    if (b.count(x)) return true;
  return false;
}

// "H20" matches "Nvidia H20" (one side's short form is the other's name), but
// "Huawei Cloud" never matches "Tencent Cloud" (two short forms alike).
bool overlap(const Forms& a, const Forms& b) {
  return overlap(a.full, b.full) || overlap(a.short_forms, b.full) || overlap(a.full, b.short_forms);
}

struct Fact {
  std::string doc, relation;
  Forms subject, object;
  Status status;
  bool symmetric;
};

// Applies the vocabulary's coercions (a company-to-company "buys" is the
// "supplies" edge it means); returns whether subject and object swap.
bool coerce(const Vocabulary& v, std::string& relation, const std::string& subject_type,
            const std::string& object_type) {
  if (subject_type.empty() || object_type.empty()) return false;
  const Coercion* c = v.coercion(relation, subject_type, object_type);
  if (!c) return false;
  relation = c->becomes;
  return c->reverse;
}

bool matches(const Fact& g, const Fact& p, bool with_status) {
  if (g.doc != p.doc || g.relation != p.relation) return false;
  if (with_status ? g.status != p.status
                  : (g.status == Status::negated) != (p.status == Status::negated))
    return false;
  if (overlap(g.subject, p.subject) && overlap(g.object, p.object)) return true;
  return g.symmetric && overlap(g.subject, p.object) && overlap(g.object, p.subject);
}

// One-to-one matching, gold in file order against predictions in fact order.
Score match(const std::vector<Fact>& gold, const std::vector<Fact>& predicted, bool with_status,
            std::vector<bool>* gold_hit = nullptr, std::vector<bool>* predicted_hit = nullptr) {
  std::vector<bool> used(predicted.size(), false), hit(gold.size(), false);
  std::multimap<std::pair<std::string, std::string>, std::size_t> index;
  for (std::size_t i = 0; i < predicted.size(); ++i) index.emplace(std::pair{predicted[i].doc, predicted[i].relation}, i);
  Score s;
  for (std::size_t g = 0; g < gold.size(); ++g) {
    auto [lo, hi] = index.equal_range({gold[g].doc, gold[g].relation});
    for (auto it = lo; it != hi; ++it)
      if (!used[it->second] && matches(gold[g], predicted[it->second], with_status)) {
        used[it->second] = true;
        hit[g] = true;
        break;
      }
    if (hit[g]) ++s.tp;
    else ++s.fn;
  }
  s.fp = static_cast<std::size_t>(std::count(used.begin(), used.end(), false));
  if (gold_hit) *gold_hit = std::move(hit);
  if (predicted_hit) *predicted_hit = std::move(used);
  return s;
}

}  // namespace

Evaluation evaluate(const std::vector<GoldEdge>& gold_edges, const std::vector<Mention>& predicted,
                    const Vocabulary& vocabulary, const NameHelpers& names, const std::vector<double>& thresholds) {
  Evaluation ev;
  std::set<std::string> docs;
  for (const auto& g : gold_edges) docs.insert(g.doc);

  // Gold facts, each once.
  std::vector<Fact> gold;
  std::vector<GoldEdge> gold_kept;
  std::set<std::tuple<std::string, std::string, std::string, std::string, Status>> seen;
  for (const auto& g : gold_edges) {
    std::string relation = g.relation;
    const bool swap = coerce(vocabulary, relation, g.subject_type, g.object_type);
    auto s = forms(g.subject, g.subject_aliases, names);
    auto o = forms(g.object, g.object_aliases, names);
    if (swap) std::swap(s, o);
    auto first = [](const Forms& f) { return f.full.empty() ? std::string() : *f.full.begin(); };
    if (!seen.emplace(g.doc, first(s), relation, first(o), g.status).second) continue;
    const Relation* r = vocabulary.relation(relation);
    gold.push_back({g.doc, relation, std::move(s), std::move(o), g.status, r && r->symmetric});
    gold_kept.push_back(g);
  }

  // Predicted facts: one per (doc, subject, relation, object, status), best confidence.
  std::map<std::tuple<std::string, std::string, std::string, std::string, Status>, PredictedFact> facts;
  for (const auto& m : predicted) {
    if (!docs.count(m.doc)) continue;
    std::string relation = m.relation;
    std::string subject = names.canonical ? names.canonical(m.subject) : m.subject;
    std::string object = names.canonical ? names.canonical(m.object) : m.object;
    if (coerce(vocabulary, relation, m.subject_type, m.object_type)) std::swap(subject, object);
    const Relation* r = vocabulary.relation(relation);
    if (r && r->symmetric && normal(object) < normal(subject)) std::swap(subject, object);
    auto key = std::make_tuple(m.doc, normal(subject), relation, normal(object), m.status);
    auto [it, fresh] = facts.try_emplace(key);
    PredictedFact& f = it->second;
    if (fresh || m.confidence > f.confidence) {
      f = PredictedFact{m.doc, subject, relation, object, m.status, m.confidence, m.evidence.text, m.pattern};
    }
  }
  std::vector<Fact> pred;
  std::vector<PredictedFact> pred_facts;
  for (auto& [key, f] : facts) {
    const Relation* r = vocabulary.relation(f.relation);
    pred.push_back({f.doc, f.relation, forms(f.subject, {}, names), forms(f.object, {}, names), f.status,
                    r && r->symmetric});
    pred_facts.push_back(f);
  }
  ev.gold_facts = gold.size();
  ev.predicted_facts = pred.size();

  std::vector<bool> gold_hit, pred_hit;
  ev.micro = match(gold, pred, true, &gold_hit, &pred_hit);
  ev.micro_ignoring_status = match(gold, pred, false);
  for (const auto& r : vocabulary.relations()) ev.by_relation[r.name];
  for (std::size_t i = 0; i < gold.size(); ++i) {
    auto& s = ev.by_relation[gold[i].relation];
    if (gold_hit[i]) ++s.tp;
    else {
      ++s.fn;
      ev.missed.push_back(gold_kept[i]);
    }
  }
  for (std::size_t i = 0; i < pred.size(); ++i) {
    auto& s = ev.by_pattern[pred_facts[i].pattern.empty() ? "-" : pred_facts[i].pattern];
    ++(pred_hit[i] ? s.tp : s.fp);
  }
  for (std::size_t i = 0; i < pred.size(); ++i)
    if (!pred_hit[i]) {
      ++ev.by_relation[pred[i].relation].fp;
      ev.spurious.push_back(pred_facts[i]);
    }
  for (double t : thresholds) {
    std::vector<Fact> kept;
    for (std::size_t i = 0; i < pred.size(); ++i)
      if (pred_facts[i].confidence + 1e-9 >= t) kept.push_back(pred[i]);
    ev.by_confidence.push_back({t, match(gold, kept, true)});
  }
  return ev;
}

}  // namespace chipgraph
