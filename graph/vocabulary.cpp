// Loading and querying the vocabulary.
#include "graph/vocabulary.h"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <array>

#include "graph/error.h"

namespace chipgraph {
namespace embedded {
const std::vector<std::pair<std::string_view, std::string_view>>& builtin_vocabulary_files();
}

namespace {

constexpr std::array<std::string_view, status_count> status_names = {"asserted", "planned",
                                                                      "attempted", "negated"};

std::string string_member(const rapidjson::Value& object, const char* key,
                          const std::string& where, bool required = true) {
  auto it = object.FindMember(key);
  if (it == object.MemberEnd()) {
    if (required) fail("{}: missing \"{}\"", where, key);
    return {};
  }
  if (!it->value.IsString()) fail("{}: \"{}\" must be a string", where, key);
  return std::string(it->value.GetString(), it->value.GetStringLength());
}

std::set<std::string> string_set(const rapidjson::Value& object, const char* key,
                                 const std::string& where) {
  std::set<std::string> out;
  auto it = object.FindMember(key);
  if (it == object.MemberEnd() || !it->value.IsArray())
    fail("{}: \"{}\" must be an array of type names", where, key);
  for (const auto& v : it->value.GetArray()) {
    if (!v.IsString()) fail("{}: \"{}\" must hold strings", where, key);
    out.emplace(v.GetString(), v.GetStringLength());
  }
  return out;
}

}  // namespace

std::string_view to_string(Status status) { return status_names[static_cast<int>(status)]; }

std::optional<Status> parse_status(std::string_view text) {
  for (int i = 0; i < status_count; ++i)
    if (status_names[i] == text) return static_cast<Status>(i);
  return std::nullopt;
}

const Vocabulary& Vocabulary::builtin() {
  static const Vocabulary vocabulary = [] {
    Vocabulary v;
    for (const auto& [name, text] : embedded::builtin_vocabulary_files())
      v.extend(text, std::string("builtin:") + std::string(name));
    return v;
  }();
  return vocabulary;
}

void Vocabulary::extend(std::string_view json, const std::string& file) {
  rapidjson::Document doc;
  doc.Parse(json.data(), json.size());
  if (doc.HasParseError())
    fail("{}: offset {}: {}", file, doc.GetErrorOffset(), rapidjson::GetParseError_En(doc.GetParseError()));
  if (!doc.IsObject()) fail("{}: expected a JSON object", file);

  if (auto it = doc.FindMember("types"); it != doc.MemberEnd()) {
    if (!it->value.IsArray()) fail("{}: \"types\" must be an array", file);
    for (const auto& t : it->value.GetArray()) {
      const std::string where = fmt::format("{}: type", file);
      if (!t.IsObject()) fail("{} entries must be objects", where);
      NodeType type{string_member(t, "name", where), string_member(t, "doc", where, false),
                    string_member(t, "color", where, false), string_member(t, "shape", where, false)};
      if (type.color.empty()) type.color = "#999999";
      if (type.shape.empty()) type.shape = "ellipse";
      if (type_index_.count(type.name)) {
        if (file.rfind("builtin:", 0) == 0) fail("{}: type \"{}\" defined twice", file, type.name);
        continue;  // a user pack may restate a known type; it cannot change it
      }
      type_index_.emplace(type.name, types_.size());
      types_.push_back(std::move(type));
    }
  }
  if (auto it = doc.FindMember("relations"); it != doc.MemberEnd()) {
    if (!it->value.IsArray()) fail("{}: \"relations\" must be an array", file);
    for (const auto& r : it->value.GetArray()) {
      const std::string where = fmt::format("{}: relation", file);
      if (!r.IsObject()) fail("{} entries must be objects", where);
      Relation relation;
      relation.name = string_member(r, "name", where);
      relation.subject_types = string_set(r, "subject", where + " " + relation.name);
      relation.object_types = string_set(r, "object", where + " " + relation.name);
      relation.doc = string_member(r, "doc", where, false);
      if (auto s = r.FindMember("symmetric"); s != r.MemberEnd()) relation.symmetric = s->value.IsTrue();
      if (r.HasMember("yields_to")) relation.yields_to = string_set(r, "yields_to", where + " " + relation.name);
      if (auto o = r.FindMember("not_own_product"); o != r.MemberEnd()) relation.not_own_product = o->value.IsTrue();
      relation.by_fabless = string_member(r, "by_fabless", where, false);
      if (auto l = r.FindMember("like_for_like"); l != r.MemberEnd()) relation.like_for_like = l->value.IsTrue();
      if (r.HasMember("details")) relation.details = string_set(r, "details", where + " " + relation.name);
      for (const auto& d : relation.details)
        if (d != "quantity" && d != "value" && d != "when")
          fail("{}: relation \"{}\" names unknown detail \"{}\" (quantity, value or when)", file, relation.name, d);
      for (const auto* side : {&relation.subject_types, &relation.object_types})
        for (const auto& t : *side)
          if (!type_index_.count(t)) fail("{}: relation \"{}\" names unknown type \"{}\"", file, relation.name, t);
      if (auto known = relation_index_.find(relation.name); known != relation_index_.end()) {
        // Extending a relation may only widen its type constraints.
        auto& old = relations_[known->second];
        old.subject_types.insert(relation.subject_types.begin(), relation.subject_types.end());
        old.object_types.insert(relation.object_types.begin(), relation.object_types.end());
        old.yields_to.insert(relation.yields_to.begin(), relation.yields_to.end());
        old.details.insert(relation.details.begin(), relation.details.end());
        if (!relation.by_fabless.empty()) old.by_fabless = relation.by_fabless;
        old.like_for_like = old.like_for_like || relation.like_for_like;
        continue;
      }
      relation_index_.emplace(relation.name, relations_.size());
      relations_.push_back(std::move(relation));
    }
  }
  for (const auto& r : relations_)
    for (const auto& y : r.yields_to)
      if (!relation(y)) fail("{}: relation \"{}\" yields to unknown relation \"{}\"", file, r.name, y);
  for (const auto& r : relations_)
    if (!r.by_fabless.empty() && !relation(r.by_fabless))
      fail("{}: relation \"{}\" is read by fabless firms as unknown relation \"{}\"", file, r.name, r.by_fabless);
  if (auto it = doc.FindMember("coercions"); it != doc.MemberEnd()) {
    if (!it->value.IsArray()) fail("{}: \"coercions\" must be an array", file);
    for (const auto& c : it->value.GetArray()) {
      const std::string where = fmt::format("{}: coercion", file);
      if (!c.IsObject()) fail("{} entries must be objects", where);
      Coercion coercion{string_member(c, "relation", where), string_member(c, "object", where),
                        string_member(c, "becomes", where), false, {}};
      if (auto rev = c.FindMember("reverse"); rev != c.MemberEnd()) coercion.reverse = rev->value.IsTrue();
      if (c.HasMember("subject")) coercion.subject_type = string_member(c, "subject", where);
      if (!relation(coercion.relation) || !relation(coercion.becomes) || !type(coercion.object_type) ||
          (!coercion.subject_type.empty() && !type(coercion.subject_type)))
        fail("{}: coercion {} -> {} names an unknown relation or type", file, coercion.relation, coercion.becomes);
      coercions_.push_back(std::move(coercion));
    }
  }
  if (auto it = doc.FindMember("exposure"); it != doc.MemberEnd()) {
    const std::string where = fmt::format("{}: exposure", file);
    if (!it->value.IsObject()) fail("{} must be an object", where);
    if (auto up = it->value.FindMember("upstream"); up != it->value.MemberEnd()) {
      if (!up->value.IsArray()) fail("{}: \"upstream\" must be an array", where);
      for (const auto& step : up->value.GetArray()) {
        if (!step.IsObject()) fail("{}: upstream entries must be objects", where);
        ExposureStep e{string_member(step, "relation", where), false};
        const std::string direction = string_member(step, "direction", where);
        if (direction != "in" && direction != "out") fail("{}: direction must be \"in\" or \"out\", not \"{}\"", where, direction);
        e.inward = direction == "in";
        if (!relation(e.relation)) fail("{}: unknown relation \"{}\"", where, e.relation);
        exposure_steps_.push_back(std::move(e));
      }
    }
    if (auto c = it->value.FindMember("constraints"); c != it->value.MemberEnd()) {
      if (!c->value.IsArray()) fail("{}: \"constraints\" must be an array", where);
      for (const auto& name : c->value.GetArray()) {
        if (!name.IsString() || !relation(name.GetString())) fail("{}: constraints must name known relations", where);
        exposure_constraints_.insert(name.GetString());
      }
    }
  }
  if (auto it = doc.FindMember("compositions"); it != doc.MemberEnd()) {
    if (!it->value.IsArray()) fail("{}: \"compositions\" must be an array", file);
    for (const auto& c : it->value.GetArray()) {
      const std::string where = fmt::format("{}: composition", file);
      if (!c.IsObject()) fail("{} entries must be objects", where);
      Composition composition{string_member(c, "first", where), string_member(c, "second", where),
                              string_member(c, "becomes", where), {}, {}};
      for (auto [field, types] : {std::pair{"from_vendor", &composition.from_vendor},
                                  std::pair{"object_types", &composition.object_types}}) {
        auto v = c.FindMember(field);
        if (v == c.MemberEnd()) continue;
        if (!v->value.IsArray()) fail("{}: \"{}\" must be an array of node types", where, field);
        for (const auto& type : v->value.GetArray()) {
          if (!type.IsString() || !this->type(type.GetString()))
            fail("{}: \"{}\" must name known node types", where, field);
          types->insert(type.GetString());
        }
      }
      if (!relation(composition.first) || !relation(composition.second) || !relation(composition.becomes))
        fail("{}: composition {} + {} -> {} names an unknown relation", file, composition.first, composition.second,
             composition.becomes);
      compositions_.push_back(std::move(composition));
    }
  }
}

const NodeType* Vocabulary::type(std::string_view name) const {
  auto it = type_index_.find(name);
  return it == type_index_.end() ? nullptr : &types_[it->second];
}

const Relation* Vocabulary::relation(std::string_view name) const {
  auto it = relation_index_.find(name);
  return it == relation_index_.end() ? nullptr : &relations_[it->second];
}

bool Vocabulary::allows(std::string_view relation_name, std::string_view subject_type,
                        std::string_view object_type) const {
  const Relation* r = relation(relation_name);
  return r && r->subject_types.count(std::string(subject_type)) &&
         r->object_types.count(std::string(object_type));
}

const Coercion* Vocabulary::coercion(std::string_view relation_name, std::string_view object_type) const {
  for (const auto& c : coercions_)
    if (c.relation == relation_name && c.object_type == object_type && c.subject_type.empty()) return &c;
  return nullptr;
}

const Coercion* Vocabulary::coercion(std::string_view relation_name, std::string_view subject_type,
                                     std::string_view object_type) const {
  for (const auto& c : coercions_)
    if (c.relation == relation_name && c.object_type == object_type && !c.subject_type.empty() &&
        c.subject_type == subject_type)
      return &c;
  return allows(relation_name, subject_type, object_type) ? nullptr : coercion(relation_name, object_type);
}

}  // namespace chipgraph
