// Pipeline driver: sentences, discourse state, and conversion to Mentions.
#include "extract/extractor.h"

#include <algorithm>
#include <regex>
#include <set>

#include "extract/sentence_splitter.h"
#include "graph/text.h"

namespace chipgraph::extract {
namespace {

const std::set<std::string> topic_types = {"company", "government", "institute", "group", "person"};

std::string_view trim_view(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\n')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\n')) s.remove_suffix(1);
  return s;
}

}  // namespace

void Extractor::drop_redundant(std::vector<Candidate>& found) const {
  const Vocabulary& v = pack_->vocabulary();
  std::vector<Candidate> kept;
  for (const auto& c : found) {
    const Relation* r = v.relation(c.relation);
    bool redundant = false;
    for (const auto& other : found)
      if (r && r->yields_to.count(other.relation) &&
          ((other.subject == c.subject && other.object == c.object) || (other.subject == c.object && other.object == c.subject)))
        redundant = true;
    if (!redundant) kept.push_back(c);
  }
  found = std::move(kept);
}

std::size_t dateline_length(std::string_view text) {
  static const std::regex dateline(
      R"(^[A-Z][A-Z .'\-]{1,40}(,\s*[A-Z][A-Za-z]{2,9}\.?\s+\d{1,2}(,\s*\d{4})?)?\s*(\([^)\n]{1,40}\))?\s*(-|--|\xE2\x80\x93|\xE2\x80\x94)\s+)");
  const std::string head(text.substr(0, std::min<std::size_t>(text.size(), 120)));
  std::smatch m;
  if (std::regex_search(head, m, dateline)) return static_cast<std::size_t>(m.length(0));
  return 0;
}

Extractor::Extractor(const Pack& pack) : pack_(&pack), mentions_(pack), relations_(pack), constructions_(pack) {}

void Extractor::resolve(Sentence& s, Document& doc, Discourse& discourse) const {
  for (std::size_t i = 0; i < s.spans.size(); ++i) {
    Span& a = s.spans[i];
    if (!a.anaphor) continue;
    std::vector<int> chosen;
    auto consider = [&](int e) {
      if (static_cast<int>(chosen.size()) >= a.anaphor_count) return;
      if (!a.anaphor_types.count(doc.entity(e).type)) return;
      if (std::find(chosen.begin(), chosen.end(), e) == chosen.end()) chosen.push_back(e);
    };
    // Earlier in the same sentence, nearest first ("Nvidia said it ...").
    for (std::size_t j = i; j-- > 0;)
      if (!s.spans[j].anaphor)
        for (int e : s.spans[j].entities) consider(e);
    // Then the topic, then recent mentions (at most three sentences back).
    if (static_cast<int>(chosen.size()) < a.anaphor_count && discourse.topic >= 0 &&
        discourse.sentence - discourse.topic_sentence <= 3)
      consider(discourse.topic);
    for (auto it = discourse.recent.rbegin(); it != discourse.recent.rend(); ++it) {
      if (discourse.sentence - it->sentence > 3) break;
      consider(it->entity);
    }
    if (static_cast<int>(chosen.size()) == a.anaphor_count) a.entities = std::move(chosen);
  }
}

void Extractor::remember(const Sentence& s, const std::vector<Candidate>& found, Discourse& discourse,
                         Document& doc) const {
  for (const auto& sp : s.spans)
    for (int e : sp.entities) discourse.recent.push_back({e, discourse.sentence});
  if (discourse.recent.size() > 64)
    discourse.recent.erase(discourse.recent.begin(), discourse.recent.end() - 64);
  for (const auto& c : found)
    if (c.from_pattern) {
      discourse.topic = c.subject;
      discourse.topic_sentence = discourse.sentence;
      return;
    }
  // No verb pattern: the first agent named (not as a possessor) becomes the topic.
  for (const auto& sp : s.spans) {
    if (sp.entities.size() != 1 || !topic_types.count(doc.entity(sp.entities[0]).type)) continue;
    discourse.topic = sp.entities[0];
    discourse.topic_sentence = discourse.sentence;
    return;
  }
}

void Extractor::read_part(const Article& article, const std::string& text, const std::string& part,
                          std::size_t skip, Document& doc, Discourse& discourse, std::vector<Mention>& out,
                          ExtractCounts& counts) const {
  thread_local SentenceSplitter splitter;
  for (const auto& range : splitter.split(std::string_view(text).substr(skip), pack_->lexicon().abbreviations)) {
    Sentence s;
    s.begin = range.begin + skip;
    s.end = range.end + skip;
    s.part = part;
    s.paragraph_start = range.paragraph_start;
    const std::string_view sentence_text(text.data() + s.begin, s.end - s.begin);
    s.tokens = tokenize(sentence_text, s.begin);
    ++counts.sentences;
    if (s.tokens.empty()) continue;
    mentions_.find(s, doc);
    resolve(s, doc, discourse);
    s.index_spans();

    std::vector<Candidate> found;
    relations_.find(s, doc, discourse, found);
    constructions_.find(s, doc, found);

    drop_redundant(found);
    std::set<std::tuple<int, std::string, int>> seen;
    const std::string evidence = without_controls(trim_view(sentence_text));
    for (const auto& c : found) {
      const DocEntity* subject = &doc.entity(c.subject);
      const DocEntity* object = &doc.entity(c.object);
      std::string relation = c.relation;
      const Vocabulary& v = pack_->vocabulary();
      if (!v.allows(relation, subject->type, object->type)) {
        const Coercion* co = v.coercion(relation, object->type);
        if (!co) continue;
        relation = co->becomes;
        if (co->reverse) std::swap(subject, object);
        if (!v.allows(relation, subject->type, object->type)) continue;
      }
      if (fold(subject->name) == fold(object->name)) continue;
      if (v.relation(relation)->symmetric && fold(object->name) < fold(subject->name)) std::swap(subject, object);
      if (!seen.emplace(c.subject, relation, c.object).second) continue;
      Mention m;
      m.doc = article.id;
      m.subject = subject->name;
      m.subject_type = subject->type;
      m.subject_discovered = subject->discovered;
      m.relation = relation;
      m.object = object->name;
      m.object_type = object->type;
      m.object_discovered = object->discovered;
      m.status = c.status;
      m.confidence = std::clamp(c.confidence, 0.0, 1.0);
      m.date = article.date;
      m.evidence = Evidence{evidence, s.begin, s.end, part};
      m.pattern = c.pattern;
      out.push_back(std::move(m));
    }
    remember(s, found, discourse, doc);
    ++discourse.sentence;
  }
}

std::vector<Mention> Extractor::extract(const Article& article, ExtractCounts* counts) const {
  ExtractCounts local;
  std::vector<Mention> out;
  Document doc;
  Discourse discourse;
  if (!article.title.empty()) read_part(article, article.title, "title", 0, doc, discourse, out, local);
  read_part(article, article.text, "body", dateline_length(article.text), doc, discourse, out, local);
  local.mentions = out.size();
  if (counts) {
    counts->sentences += local.sentences;
    counts->mentions += local.mentions;
  }
  return out;
}

}  // namespace chipgraph::extract
