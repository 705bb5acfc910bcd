// Pipeline driver: sentences, discourse state, and conversion to Mentions.
#include "extract/extractor.h"

#include <algorithm>
#include <cmath>
#include <regex>
#include <set>

#include "extract/arguments.h"
#include "extract/sentence_splitter.h"
#include "graph/text.h"

namespace chipgraph::extract {
namespace {

// What a span offers a later pronoun or description: a city ("based in
// Hangzhou") is where something is, and nothing refers back to it.
const std::vector<int>& antecedents(const Span& span) {
  static const std::vector<int> none;
  return span.place ? none : span.entities;
}

const std::set<std::string> topic_types = {"company", "government", "institute", "group", "person"};

std::string_view trim_view(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\n')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\n')) s.remove_suffix(1);
  return s;
}

// Whether tokenize() finds a token in text the name screen rejected (ASCII, a
// no-break space or the punctuation the screen splits at): any byte but white
// space, controls and a no-break space.
bool has_token(std::string_view text) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xA0) {
      ++i;
      continue;
    }
    if (c > 0x20 && c != 0x7F) return true;
  }
  return false;
}

}  // namespace

void Extractor::drop_redundant(const Sentence& s, std::vector<Candidate>& found) const {
  const Vocabulary& v = pack_->vocabulary();
  // "requirements it had imposed", "a licence which had allowed": the trigger opens a
  // relative clause of its own (a pronoun right before it, over auxiliaries)
  auto in_relative_clause = [&](std::size_t trigger) {
    static const WordSet aux = {"had", "has", "have", "was", "were", "is", "are", "been", "once", "earlier"};
    static const WordSet openers = {"it", "they", "which", "that", "who"};
    std::size_t k = trigger;
    while (k > 0 && k + 4 > trigger && aux.count(s.tokens[k - 1].folded)) --k;
    return k > 0 && openers.count(s.tokens[k - 1].folded) > 0;
  };
  std::vector<Candidate> kept;
  for (const auto& c : found) {
    const Relation* r = v.relation(c.relation);
    bool redundant = false;
    for (const auto& other : found)
      // "revoked a licence that allowed ASML": a reading whose match holds the other's
      // trigger is the more specific one and does not yield to it
      if (r && r->yields_to.count(other.relation) &&
          ((other.subject == c.subject && other.object == c.object) ||
           (other.subject == c.object && other.object == c.subject)) &&
          !(other.trigger > c.trigger && other.trigger < c.match_end) &&
          // "lifted requirements it had imposed on sales of EDA software": a relative
          // clause inside the other's match states a fact of its own
          !(c.trigger > other.trigger && c.trigger < other.match_end && c.trigger < s.tokens.size() &&
            in_relative_clause(c.trigger)))
        redundant = true;
    if (!redundant) kept.push_back(c);
  }
  found = std::move(kept);
}

std::size_t dateline_length(std::string_view text) {
  static const std::regex dateline(
      R"(^[A-Z][A-Z .'\-]{1,40}(,\s*[A-Z][a-z]+( [A-Z][a-z]+)?)?(,\s*[A-Z][A-Za-z]{2,9}\.?\s+\d{1,2}(,\s*\d{4})?)?\s*(\([^)\n]{1,40}\))?\s*(-|--|\xE2\x80\x93|\xE2\x80\x94)\s+)");
  const std::string head(text.substr(0, std::min<std::size_t>(text.size(), 120)));
  // The regex needs a capital first and a dash (ASCII or the UTF-8 en or em
  // dash, whose bytes start E2 80); most articles have neither, and std::regex
  // is slow to say so.
  if (head.empty() || head[0] < 'A' || head[0] > 'Z' ||
      (head.find('-') == std::string::npos && head.find("\xE2\x80") == std::string::npos))
    return 0;
  std::smatch m;
  if (std::regex_search(head, m, dateline)) return static_cast<std::size_t>(m.length(0));
  return 0;
}

Extractor::Extractor(const Pack& pack, ExtractorOptions options)
    : pack_(&pack), options_(options), mentions_(pack), relations_(pack), constructions_(pack) {}

int Extractor::named_vendor_of_owned(const Sentence& s, const Span& pronoun, Document& doc,
                                     const Discourse& discourse) const {
  std::size_t k = pronoun.last;
  if (k < s.tokens.size() && s.tokens[k].folded == "'s") ++k;  // "the chip designer's H100"
  for (int skipped = 0; k < s.tokens.size() && skipped < 3 && s.span_starting[k] < 0 && s.tokens[k].word &&
                        !s.tokens[k].capitalised;
       ++skipped)
    ++k;
  if (k >= s.tokens.size() || s.span_starting[k] < 0) return -1;
  const Span& owned = s.spans[static_cast<std::size_t>(s.span_starting[k])];
  if (owned.anaphor || owned.entities.size() != 1) return -1;
  const Entity* product = doc.entity(owned.entities[0]).pack;
  const Entity* vendor = product && !product->vendor.empty() ? pack_->entity(product->vendor) : nullptr;
  if (!vendor) return -1;
  auto is_vendor = [&](int e) { return doc.entity(e).pack == vendor; };
  for (const auto& sp : s.spans) {
    if (sp.first >= pronoun.first) break;
    if (std::any_of(sp.entities.begin(), sp.entities.end(), is_vendor)) return doc.entity_for(*vendor);
  }
  for (const auto& r : discourse.recent)
    if (discourse.sentence - r.sentence <= 2 && is_vendor(r.entity)) return r.entity;
  return -1;
}

namespace {
// "said", "expects": the verbs after which "X, which said it ..." makes "it" X.
bool reporting_verb(const Folded& folded) {
  static const WordSet verbs = {"said", "says", "added", "announced", "expects", "expected", "hopes", "believes"};
  return verbs.count(folded) > 0;
}
}  // namespace

// The name a description is given right after it: "The chip, tentatively called the
// B30A, ...", "a new processor dubbed Ascend 910C".
const Span* Extractor::named_right_after(const Sentence& s, const Span& description) const {
  static const WordSet naming = {"called", "named", "dubbed", "codenamed", "code-named", "branded"};
  std::size_t k = description.last;
  if (description.pronoun || k >= s.tokens.size()) return nullptr;
  if (s.tokens[k].folded == ",") ++k;
  if (k < s.tokens.size() && s.tokens[k].folded.size() > 4 && s.tokens[k].folded.ends_with("ly")) ++k;
  if (k >= s.tokens.size() || !naming.count(s.tokens[k].folded)) return nullptr;
  ++k;
  if (k < s.tokens.size() && s.tokens[k].folded == "the") ++k;
  if (k >= s.tokens.size() || s.span_starting[k] < 0) return nullptr;
  const Span& named = s.spans[static_cast<std::size_t>(s.span_starting[k])];
  return named.anaphor || named.entities.empty() ? nullptr : &named;
}

void Extractor::resolve(Sentence& s, Document& doc, Discourse& discourse, const Sentence* next) const {
  for (std::size_t i = 0; i < s.spans.size(); ++i) {
    Span& a = s.spans[i];
    if (!a.anaphor) continue;
    std::vector<int> chosen;
    auto consider = [&](int e) {
      if (static_cast<int>(chosen.size()) >= a.anaphor_count) return;
      // "the Netherlands said it would restrict": a pronoun for a state is its government
      if (a.pronoun && doc.entity(e).type == "country" && a.anaphor_types.count("government") && doc.entity(e).pack &&
          !doc.entity(e).pack->government.empty())
        if (const Entity* gov = pack_->entity(doc.entity(e).pack->government)) e = doc.entity_for(*gov);
      if (!a.anaphor_types.count(doc.entity(e).type)) return;
      if (std::find(chosen.begin(), chosen.end(), e) == chosen.end()) chosen.push_back(e);
    };
    if (a.cataphoric) {
      // "charged two Chinese nationals ... . Chuan Geng and Shiwei Yang, both 28, ran":
      // the people the next sentence opens with
      if (next && !next->spans.empty() && next->spans[0].first == 0) {
        std::vector<int> named;
        for (std::size_t j = 0; j < next->spans.size() && static_cast<int>(named.size()) < a.anaphor_count; ++j) {
          const Span& n = next->spans[j];
          const bool joined =
              j == 0 || (n.first == next->spans[j - 1].last + 1 &&
                         (next->tokens[n.first - 1].folded == "and" || next->tokens[n.first - 1].folded == ","));
          if (!joined || n.anaphor || n.entities.size() != 1 || doc.entity(n.entities[0]).type != "person") break;
          named.push_back(n.entities[0]);
        }
        if (static_cast<int>(named.size()) == a.anaphor_count)
          for (int e : named) consider(e);
      }
    } else if (a.anaphor_count == 2) {
      // "the two", "both companies": the first two names of one type before it in
      // the sentence, else in an earlier one
      auto pick = [&](std::vector<int> names) {
        // "both Korean companies": only names of that country
        if (!a.country.empty())
          std::erase_if(names, [&](int e) { return !doc.entity(e).pack || doc.entity(e).pack->country != a.country; });
        for (std::size_t x = 0; x < names.size() && chosen.size() < 2; ++x)
          for (std::size_t y = x + 1; y < names.size() && chosen.size() < 2; ++y)
            if (names[x] != names[y] && doc.entity(names[x]).type == doc.entity(names[y]).type &&
                a.anaphor_types.count(doc.entity(names[x]).type))
              chosen = {names[x], names[y]};
      };
      // "ByteDance and Baidu have both bought it": a floating "both" after a pair
      // joined by "and" (over an auxiliary) is that pair, whatever was named first
      static const WordSet auxiliaries = {"have", "has", "had", "are", "were", "will", "would",
                                          "could", "can", "did", "do", "may", "might", "should"};
      if (a.last == a.first + 1 && s.tokens[a.first].folded == "both" && i >= 2) {
        const Span& second = s.spans[i - 1];
        const Span& first = s.spans[i - 2];
        const std::size_t gap = a.first - second.last;
        const bool pair = first.last + 1 == second.first && s.tokens[first.last].folded == "and" && !first.anaphor &&
                          !second.anaphor && (gap == 0 || (gap == 1 && auxiliaries.count(s.tokens[second.last].folded)));
        if (pair && first.entities.size() == 1 && second.entities.size() == 1)
          pick({first.entities[0], second.entities[0]});
      }
      std::vector<int> here;
      for (std::size_t j = 0; j < i; ++j)
        for (int e : antecedents(s.spans[j])) here.push_back(e);
      if (chosen.empty()) pick(here);
      // else the nearest earlier sentence (of the last three) that names two
      for (std::size_t back = 1; chosen.empty() && back <= 3 && back <= discourse.sentence; ++back) {
        std::vector<int> before;
        for (const auto& r : discourse.recent)
          if (r.sentence == discourse.sentence - back) before.push_back(r.entity);
        pick(before);
      }
    } else if (a.pronoun) {
      // "Nvidia said it ...": the nearest name before it in the same sentence,
      // but not in its own clause unless it is a possessive ("DeepSeek trained
      // its model"); then, sentence by sentence backwards, names in the order
      // they appear (the earlier, the likelier the subject).
      // A pronoun is not the subject of the verb right before it ("Beijing asked
      // why they ..."), unless it is a possessive ("DeepSeek trained its model").
      const std::size_t own_clause = Arguments(s, doc, *pack_).clause_start(a.first);
      // a pronoun followed by a verb is a subject ("Nvidia said it would"); one that
      // follows its verb is an object ("the US government told it")
      const bool verb_next = verb_follows(s, a.last);
      const bool object_pronoun = !verb_next;
      const bool skip_nearest = !a.possessive_pronoun && i > 0 && s.spans[i - 1].last + 3 >= a.first &&
                                (s.spans[i - 1].first >= own_clause || object_pronoun);
      // ... nor that subject's possessor ("Huawei's Ascend 910C competes with it")
      const bool skip_possessor = skip_nearest && i >= 2 && s.spans[i - 2].last + 1 == s.spans[i - 1].first &&
                                  s.tokens[s.spans[i - 2].last].folded == "'s";
      // Clause by clause backwards from the pronoun's own; within a clause its
      // first name (the likely subject) first.
      const Arguments clauses(s, doc, *pack_);
      std::vector<std::size_t> earlier;
      for (std::size_t j = 0; j < i; ++j)
        if (!(skip_nearest && j == i - 1) && !(skip_possessor && j == i - 2)) earlier.push_back(j);
      // "a processor that Huawei cannot obtain from TSMC because it ...": a relative
      // clause still open at the pronoun (no comma closed it) has the likelier
      // subject, before the names of the clause it hangs from
      std::size_t open_relative = 0;
      for (std::size_t k = a.first; k-- > 0;) {
        const Folded& w = s.tokens[k].folded;
        if (w == "," || w == ";") break;
        if (w == "that" || w == "which" || w == "who") {
          open_relative = k + 1;
          break;
        }
      }
      auto rank = [&](std::size_t x) {
        const std::size_t start = clauses.clause_start(s.spans[x].first);
        return std::pair{start, open_relative > 0 && start < open_relative && s.spans[x].first >= open_relative};
      };
      std::stable_sort(earlier.begin(), earlier.end(), [&](std::size_t x, std::size_t y) { return rank(x) > rank(y); });
      // "Nvidia, which said it would invest": the pronoun after a reporting verb in a
      // relative clause is the clause's antecedent
      if (const std::size_t k = a.first; !a.possessive_pronoun && k >= 4 && reporting_verb(s.tokens[k - 1].folded) &&
                                         (s.tokens[k - 2].folded == "which" || s.tokens[k - 2].folded == "who") &&
                                         s.tokens[k - 3].folded == "," && s.span_ending[k - 4] >= 0)
        for (int e : s.spans[static_cast<std::size_t>(s.span_ending[k - 4])].entities) consider(e);
      // "Huawei's Ascend lineup is the obvious substitute; ByteDance and Baidu have
      // both bought it": the object of a verb of goods is the last thing named,
      // nearest first in this sentence, then sentence by sentence backwards
      if (!a.possessive_pronoun && object_pronoun && a.first >= 1 &&
          pack_->lexicon().thing_verbs.count(s.tokens[a.first - 1].folded)) {
        static const std::set<std::string> things = {"chip", "model"};
        for (std::size_t j = i; j-- > 0;)
          for (int e : antecedents(s.spans[j]))
            if (things.count(doc.entity(e).type)) consider(e);
        for (std::size_t k = discourse.recent.size(); k-- > 0;) {
          if (discourse.sentence - discourse.recent[k].sentence > 2) break;
          if (things.count(doc.entity(discourse.recent[k].entity).type)) consider(discourse.recent[k].entity);
        }
      }
      if (a.possessive_pronoun) {
        // "deployed DeepSeek's models on its MTT S4000": what the pack knows to be a
        // product of a firm named in reach is that firm's
        if (const int vendor = named_vendor_of_owned(s, a, doc, discourse); vendor >= 0) consider(vendor);
        // a possessive refers back to the nearest owner, an organisation before a
        // product ("told it that exports of its H20", "use the PPU to serve its models")
        std::sort(earlier.rbegin(), earlier.rend());
        // "Samsung passed Nvidia's qualification tests for its HBM3E": a possessor of a
        // plain noun in the pronoun's own clause yields to the clause's subject
        auto plain_possessor = [&](std::size_t j) {
          const Span& sp = s.spans[j];
          return sp.last < s.tokens.size() && s.tokens[sp.last].folded == "'s" && !clauses.possessor_of_name(sp);
        };
        auto fits = [&](std::size_t j) {
          const auto es = antecedents(s.spans[j]);
          return std::any_of(es.begin(), es.end(), [&](int e) { return topic_types.count(doc.entity(e).type) > 0; });
        };
        if (!earlier.empty() && clauses.clause_start(s.spans[earlier[0]].first) == own_clause &&
            plain_possessor(earlier[0]) && fits(earlier[0]))
          for (std::size_t x = 1; x < earlier.size(); ++x) {
            const std::size_t j = earlier[x];
            if (clauses.clause_start(s.spans[j].first) != own_clause) break;
            if (plain_possessor(j) || !fits(j) || s.spans[j].anaphor) continue;
            std::rotate(earlier.begin(), earlier.begin() + static_cast<long>(x), earlier.begin() + static_cast<long>(x) + 1);
            break;
          }
        for (std::size_t j : earlier)
          for (int e : antecedents(s.spans[j]))
            if (topic_types.count(doc.entity(e).type)) consider(e);
      }
      // "SK Hynix has led since the launch of ..., giving it an advantage": the object of
      // a participle after a comma is the sentence's subject
      if (!a.possessive_pronoun && a.first >= 2 && s.tokens[a.first - 2].folded == "," &&
          s.tokens[a.first - 1].folded.size() > 4 && s.tokens[a.first - 1].folded.ends_with("ing") && i > 0 &&
          !s.spans[0].anaphor)
        for (int e : s.spans[0].entities) consider(e);
      for (std::size_t j : earlier)
        for (int e : antecedents(s.spans[j])) consider(e);
      std::size_t back = discourse.sentence;
      for (std::size_t k = discourse.recent.size(); k > 0 && static_cast<int>(chosen.size()) < a.anaphor_count;) {
        // the block of recent mentions from one sentence, in text order
        const std::size_t sentence = discourse.recent[k - 1].sentence;
        if (back - sentence > 3) break;
        std::size_t first = k;
        while (first > 0 && discourse.recent[first - 1].sentence == sentence) --first;
        for (std::size_t m = first; m < k; ++m) consider(discourse.recent[m].entity);
        k = first;
      }
    } else if (const Span* given = named_right_after(s, a)) {
      // "The chip, tentatively called the B30A, ...": the description is the name it is given
      for (int e : given->entities) consider(e);
    } else if (a.last == a.first + 2 && s.tokens[a.first + 1].folded == "latter") {
      // "such as MetaX and Enflame, the latter backed by Tencent": the last one named
      for (std::size_t j = i; j-- > 0 && chosen.empty();)
        for (int e : antecedents(s.spans[j])) consider(e);
    } else if (a.first >= 2 && s.tokens[a.first - 1].folded == "," && s.span_ending[a.first - 2] >= 0 &&
               !s.spans[static_cast<std::size_t>(s.span_ending[a.first - 2])].anaphor) {
      // An apposition: "ASML, the Dutch chip equipment maker".
      for (int e : s.spans[static_cast<std::size_t>(s.span_ending[a.first - 2])].entities) consider(e);
    } else if (const int vendor =
                   a.last < s.tokens.size() && s.tokens[a.last].folded == "'s" && a.anaphor_count == 1 && a.first > 1
                       ? named_vendor_of_owned(s, a, doc, discourse)
                       : -1;
               vendor >= 0 &&
               (a.country.empty() || (doc.entity(vendor).pack && doc.entity(vendor).pack->country == a.country))) {
      // "since the launch of the chip designer's H100": a description owning a product
      // the pack knows is its vendor's, named in reach
      consider(vendor);
    } else {
      // "the startup", "the company": the most named of the entities that fit
      // in the last five sentences; ties go to the topic, then to the most recent.
      std::vector<int> order;
      // At the start of a sentence a description continues the previous
      // sentence's subject (its first name), when that fits.
      // So does an object later in a sentence that names nothing of its kind before
      // it ("Huawei has been listed since 2019. Washington ..., cutting the company off").
      bool named_before = false;
      for (std::size_t j = 0; j < i; ++j)
        for (int e : antecedents(s.spans[j])) named_before = named_before || a.anaphor_types.count(doc.entity(e).type) > 0;
      const bool object = !named_before && a.first > 1 && s.tokens[a.first - 1].word && !verb_follows(s, a.last);
      // "the ministry" after "... that Washington uses": a body whose name holds the
      // head word, named in the text, is meant rather than the last subject
      const std::string head_word = s.tokens[a.last - 1].folded;
      bool head_named = false;
      for (const auto& [e, count] : discourse.mentions)
        head_named = head_named || fold(doc.entity(e).name).find(head_word) != std::string::npos;
      if ((a.first <= 1 || object) && discourse.sentence > 0) {
        for (const auto& r : discourse.recent)
          if (r.sentence == discourse.sentence - 1) {
            // "the US chipmaker" cannot be a Chinese company.
            if (!a.country.empty() && (!doc.entity(r.entity).pack || doc.entity(r.entity).pack->country != a.country))
              break;
            if (head_named && fold(doc.entity(r.entity).name).find(head_word) == std::string::npos) break;
            consider(r.entity);
            break;
          }
      }
      for (auto it = discourse.recent.rbegin(); it != discourse.recent.rend(); ++it) {
        if (discourse.sentence - it->sentence > 5) break;
        if (std::find(order.begin(), order.end(), it->entity) == order.end()) order.push_back(it->entity);
      }
      for (std::size_t j = i; j-- > 0;)
        for (int e : antecedents(s.spans[j]))
          if (std::find(order.begin(), order.end(), e) == order.end()) order.insert(order.begin(), e);
      // "the administration", "the ministry": a name holding the description's head word fits
      // best, wherever the article named it.
      const std::string head = s.tokens[a.last - 1].folded;
      for (const auto& [e, count] : discourse.mentions)
        if (fold(doc.entity(e).name).find(head) != std::string::npos &&
            std::find(order.begin(), order.end(), e) == order.end())
          order.push_back(e);
      auto score = [&](int e) {
        const bool named = fold(doc.entity(e).name).find(head) != std::string::npos;
        return discourse.salience(e) + (named ? 100 : 0);
      };
      std::stable_sort(order.begin(), order.end(), [&](int x, int y) {
        if (score(x) != score(y)) return score(x) > score(y);
        return (x == discourse.topic) > (y == discourse.topic);
      });
      // else the most named of the text so far ("the American tools" ten sentences after
      // "electronic design automation software"), the earliest on a tie
      std::vector<std::pair<int, int>> earlier_named;  // (-count, entity)
      for (const auto& [e, count] : discourse.mentions) earlier_named.emplace_back(-count, e);
      std::sort(earlier_named.begin(), earlier_named.end());
      for (const auto& [count, e] : earlier_named)
        if (std::find(order.begin(), order.end(), e) == order.end()) order.push_back(e);
      for (int e : order) {
        // "the US chipmaker" cannot be a Chinese company.
        const Entity* known = doc.entity(e).pack;
        if (!a.country.empty() && (!known || (!known->country.empty() && known->country != a.country))) continue;
        consider(e);
      }
    }
    if (static_cast<int>(chosen.size()) == a.anaphor_count) a.entities = std::move(chosen);
  }
}

void Extractor::remember(const Sentence& s, const std::vector<Candidate>& found, Discourse& discourse,
                         Document& doc) const {
  for (const auto& sp : s.spans)
    for (int e : sp.entities) {
      // a city says where something is: no later "it" or "the country" refers to it
      if (sp.place) continue;
      discourse.recent.push_back({e, discourse.sentence});
      ++discourse.mentions[e];  // referring back makes an entity more salient too
    }
  for (const auto& t : s.tokens)
    if (t.word && pack_->lexicon().measures.count(t.folded)) {
      discourse.measure_sentence = static_cast<long>(discourse.sentence);
      break;
    }
  // the sentence's first edge of a relation is its main clause's, as a rule ("The
  // Netherlands will require licences ..., joining a campaign led by Washington to limit")
  for (const auto& c : found) {
    if (c.status == Status::negated) continue;
    auto& last = discourse.last_subject[c.relation];
    if (last.sentence != discourse.sentence || last.entity < 0) last = {c.subject, discourse.sentence};
  }
  if (discourse.recent.size() > 64)
    discourse.recent.erase(discourse.recent.begin(), discourse.recent.end() - 64);
  for (const auto& c : found)
    if (c.from_pattern && topic_types.count(doc.entity(c.subject).type)) {
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

// The vocabulary's compositions over this sentence's edges: A -first-> C and
// B -second-> C give A -becomes-> B.
void Extractor::compose(std::vector<Candidate>& found, Document& doc) const {
  const auto& compositions = pack_->vocabulary().compositions();
  if (compositions.empty()) return;
  std::vector<Candidate> added;
  for (const auto& rule : compositions)
    for (const auto& a : found) {
      if (a.relation != rule.first || a.status == Status::negated) continue;
      if (!rule.object_types.empty() && !rule.object_types.count(doc.entity(a.object).type)) continue;
      // "Micron began production of its own HBM3E ..., while Samsung developed an
      // HBM3E product": a maker of its own design supplies no other developer
      if (std::any_of(found.begin(), found.end(), [&](const Candidate& own) {
            return own.relation == rule.second && own.subject == a.subject && own.object == a.object;
          }))
        continue;
      bool stated = false;
      for (const auto& b : found) {
        if (b.relation != rule.second || b.object != a.object || b.subject == a.subject) continue;
        Candidate c = a;
        c.object = b.subject;
        c.relation = rule.becomes;
        c.confidence = std::min(a.confidence, b.confidence) * 0.9;
        c.pattern = "composition/" + rule.first + "+" + rule.second;
        c.from_pattern = false;
        added.push_back(std::move(c));
        stated = true;
      }
      // "Gaudi 3 is fabricated by TSMC": the sentence names no developer, the
      // pack does (the product's vendor), unless the maker is that vendor
      // ("Samsung makes its Exynos chips")
      if (stated || !rule.from_vendor.count(doc.entity(a.object).type)) continue;
      const Entity* product = doc.entity(a.object).pack;
      const Entity* maker = doc.entity(a.subject).pack;
      if (!product || product->vendor.empty() || (maker && maker->id == product->vendor)) continue;
      const Entity* vendor = pack_->entity(product->vendor);
      if (!vendor) continue;
      Candidate c = a;
      c.object = doc.entity_for(*vendor);
      c.relation = rule.becomes;
      c.confidence = a.confidence * 0.85;
      c.pattern = "composition/" + rule.first + "+vendor";
      c.from_pattern = false;
      added.push_back(std::move(c));
    }
  found.insert(found.end(), added.begin(), added.end());
}

// "China will restrict exports of gallium, the Commerce Ministry said": a measure
// a country takes, announced by one of its own bodies, is that body's.
void Extractor::attribute_to_speaker(const Sentence& s, Document& doc, std::vector<Candidate>& found) const {
  static const WordSet reporting = {"said", "says", "announced", "announces", "stated", "confirmed"};
  const auto& tok = s.tokens;
  // a single body of a state, not its government
  auto body_of_state = [&](int span) -> int {
    if (span < 0) return -1;
    const Span& sp = s.spans[static_cast<std::size_t>(span)];
    if (sp.anaphor || sp.entities.size() != 1) return -1;
    const DocEntity& e = doc.entity(sp.entities[0]);
    return e.type == "government" && e.pack && !e.pack->country.empty() ? sp.entities[0] : -1;
  };
  std::vector<int> speakers;
  for (std::size_t k = 1; k < tok.size() && speakers.empty(); ++k) {
    if (!reporting.count(tok[k].folded)) continue;
    int span = s.span_ending[k - 1];  // ", the Commerce Ministry said"
    if (span < 0 && k + 1 < tok.size()) {  // "said the Commerce Ministry"
      std::size_t n = k + 1;
      if (tok[n].folded == "the" && n + 1 < tok.size()) ++n;
      span = s.span_starting[n];
    }
    const int speaker = body_of_state(span);
    if (speaker < 0) continue;
    speakers.push_back(speaker);
    // "The Commerce Ministry and the General Administration of Customs said": each speaks
    for (std::size_t first = s.spans[static_cast<std::size_t>(span)].first; s.span_ending[k - 1] >= 0;) {
      std::size_t q = first;
      if (q > 0 && tok[q - 1].folded == "the") --q;
      if (q < 2 || (tok[q - 1].folded != "and" && tok[q - 1].folded != ",")) break;
      span = s.span_ending[q - 2];
      const int also = body_of_state(span);
      if (also < 0) break;
      speakers.insert(speakers.begin(), also);  // text order: the first named leads
      first = s.spans[static_cast<std::size_t>(span)].first;
    }
  }
  if (speakers.empty()) return;
  std::vector<Candidate> spoken;
  for (const auto& c : found) {
    const DocEntity& subject = doc.entity(c.subject);
    bool reassigned = false;
    for (int speaker : speakers) {
      const Entity* country = pack_->entity_by_name(doc.entity(speaker).pack->country);
      if (!country || country->government.empty() || country->government == doc.entity(speaker).pack->id) continue;
      if (!c.from_pattern || !subject.pack || subject.pack->id != country->government) continue;
      Candidate by_speaker = c;
      by_speaker.subject = speaker;
      spoken.push_back(std::move(by_speaker));
      reassigned = true;
    }
    if (!reassigned) spoken.push_back(c);
  }
  found = std::move(spoken);
}

// The detail of each kind the relation takes that stands nearest the trigger in
// its own clause: "ordered 100,000 chips in March" gives quantity and when.
Details Extractor::details_for(const Sentence& s, Document& doc, std::size_t trigger, int object,
                               const Relation& relation, const std::vector<Detail>& details) const {
  Details out;
  if (relation.details.empty()) return out;
  const Arguments args(s, doc, *pack_);
  std::size_t from = args.clause_start(trigger), to = args.clause_end(trigger);
  // a trigger inside ", which ... ," reaches only as far as the closing comma
  for (std::size_t k = trigger; k > from && k + 1 > trigger - std::min<std::size_t>(trigger, 8); --k) {
    const Folded& w = s.tokens[k - 1].folded;
    if ((w == "which" || w == "who" || w == "whose") && k >= 2 && s.tokens[k - 2].folded == ",") {
      for (std::size_t e = trigger; e < to; ++e)
        if (s.tokens[e].folded == ",") {
          to = e;
          break;
        }
      from = k - 1;
      break;
    }
  }
  static const char* const names[] = {"quantity", "value", "when"};
  // an amount that names the object's share wins: "100,000 Ascend 910C chips and
  // 300,000 910B chips", "$6.6 billion for TSMC and $7.86 billion for Intel"
  auto owns_object = [&](const Detail& d) {
    for (const auto& sp : s.spans) {
      if (std::find(sp.entities.begin(), sp.entities.end(), object) == sp.entities.end()) continue;
      if (sp.first >= d.first && sp.last <= d.last) return true;  // inside the quantity phrase
      if (sp.first >= d.last && sp.first <= d.last + 1 && s.tokens[d.last].folded == "for") return true;
    }
    return false;
  };
  auto relative_between = [&](std::size_t a, std::size_t b) {
    for (std::size_t k = std::min(a, b); k < std::max(a, b) && k < s.tokens.size(); ++k)
      if (s.tokens[k].folded == "which" || s.tokens[k].folded == "who" || s.tokens[k].folded == "whose") return true;
    return false;
  };
  std::size_t best_distance[3] = {SIZE_MAX, SIZE_MAX, SIZE_MAX};
  for (const auto& d : details) {
    if (!relation.details.count(names[d.kind])) continue;
    std::size_t distance = d.first >= trigger ? d.first - trigger : trigger - d.last + 1;
    if (d.kind != Detail::when && owns_object(d)) distance = 0;
    else if (d.first < from || d.last > to || relative_between(d.first, trigger)) continue;
    if (distance >= best_distance[d.kind]) continue;
    best_distance[d.kind] = distance;
    std::string& slot = d.kind == Detail::quantity ? out.quantity : d.kind == Detail::value ? out.value : out.when;
    slot = d.text;
  }
  return out;
}

void Extractor::read_part(const Article& article, const std::string& text, const std::string& part,
                          std::size_t skip, Document& doc, Discourse& discourse, std::vector<Mention>& out,
                          ExtractCounts& counts) const {
  thread_local SentenceSplitter splitter;
  const auto ranges = splitter.split(std::string_view(text).substr(skip), pack_->lexicon().abbreviations);
  // The tokens and mentions of sentence `r`, or nothing when the screen passes over it.
  auto prepare = [&](std::size_t r) -> std::optional<Sentence> {
    Sentence s;
    s.begin = ranges[r].begin + skip;
    s.end = ranges[r].end + skip;
    s.part = part;
    s.paragraph_start = ranges[r].paragraph_start;
    const std::string_view sentence_text(text.data() + s.begin, s.end - s.begin);
    if (options_.screen && !mentions_.may_refer(sentence_text)) return std::nullopt;
    s.tokens = tokenize(sentence_text, s.begin);
    if (!s.tokens.empty()) mentions_.find(s, doc);
    return s;
  };
  std::optional<Sentence> prepared;  // the next sentence, read ahead for a cataphoric description
  for (std::size_t r = 0; r < ranges.size(); ++r) {
    const std::string_view sentence_text(text.data() + ranges[r].begin + skip, ranges[r].end - ranges[r].begin);
    ++counts.sentences;
    std::optional<Sentence> current = prepared ? std::move(prepared) : prepare(r);
    prepared.reset();
    // Nothing in it to make a span of: no edge, no change to the discourse but
    // its sentence count (kept as if it had been read, for the distances).
    if (!current) {
      if (has_token(sentence_text)) ++discourse.sentence;
      continue;
    }
    Sentence& s = *current;
    if (s.tokens.empty()) continue;
    if (r + 1 < ranges.size() &&
        std::any_of(s.spans.begin(), s.spans.end(), [](const Span& sp) { return sp.cataphoric; }))
      prepared = prepare(r + 1);
    resolve(s, doc, discourse, prepared ? &*prepared : nullptr);
    s.index_spans();

    std::vector<Candidate> found;
    // A shouted headline has lost the case that tells names from words: mentions
    // are kept for coreference, but no relation is read from it.
    // A sentence that names nothing (no entity, no pronoun for one) yields no edge:
    // most sentences of a news crawl stop here.
    if (!shouting(s) && !s.spans.empty()) {
      relations_.find(s, doc, discourse, found);
      constructions_.find(s, doc, discourse, found);
    }

    attribute_to_speaker(s, doc, found);
    compose(found, doc);
    drop_redundant(s, found);
    std::vector<Detail> details;
    if (!found.empty()) details = find_details(s, pack_->lexicon(), article.date);
    std::set<std::tuple<int, std::string, int>> seen;
    const std::string evidence = found.empty() ? std::string() : without_controls(trim_view(sentence_text));
    for (const auto& c : found) {
      const DocEntity* subject = &doc.entity(c.subject);
      const DocEntity* object = &doc.entity(c.object);
      std::string relation = c.relation;
      const Vocabulary& v = pack_->vocabulary();
      if (const Coercion* co = v.coercion(relation, subject->type, object->type)) {
        relation = co->becomes;
        if (co->reverse) std::swap(subject, object);
      }
      if (!v.allows(relation, subject->type, object->type)) continue;
      // "Nvidia made the H800 for China": a fabless firm develops what it is said to make
      if (const std::string& alt = v.relation(relation)->by_fabless;
          !alt.empty() && subject->pack && subject->pack->fabless && v.allows(alt, subject->type, object->type))
        relation = alt;
      // "unveiled Gaudi 3, saying it outperforms Nvidia's H100": a firm set against a
      // product stands for its own product named in the sentence
      int subject_id = c.subject, object_id = c.object;
      if (v.relation(relation)->like_for_like && subject->type != object->type &&
          (subject->type == "company" || object->type == "company")) {
        const bool firm_is_subject = subject->type == "company";
        const DocEntity* firm = firm_is_subject ? subject : object;
        const std::string& kind = firm_is_subject ? object->type : subject->type;
        int product = -1;
        for (const auto& sp : s.spans)
          for (int e : sp.entities)
            if (product < 0 && firm->pack && doc.entity(e).pack && doc.entity(e).type == kind &&
                doc.entity(e).pack->vendor == firm->pack->id && e != (firm_is_subject ? c.object : c.subject))
              product = e;
        if (product >= 0) {
          (firm_is_subject ? subject : object) = &doc.entity(product);
          (firm_is_subject ? subject_id : object_id) = product;
        }
      }
      if (fold(subject->name) == fold(object->name)) continue;
      if (v.relation(relation)->not_own_product && subject->pack && object->pack &&
          object->pack->vendor == subject->pack->id)
        continue;
      // "China restricted exports to China" is the country acting on itself.
      if (object->pack && subject->pack && object->pack->government == subject->pack->id) continue;
      if (v.relation(relation)->symmetric && fold(object->name) < fold(subject->name)) std::swap(subject, object);
      if (!seen.emplace(subject_id, relation, object_id).second) continue;
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
      // Three decimals, as written in JSONL, so build and extract+merge agree exactly.
      m.confidence = std::round(std::clamp(c.confidence, 0.0, 1.0) * 1000.0) / 1000.0;
      m.date = article.date;
      m.evidence = Evidence{evidence, s.begin, s.end, part};
      m.pattern = c.pattern;
      if (!details.empty() && c.trigger < s.tokens.size()) m.details = details_for(s, doc, c.trigger, c.object, *v.relation(relation), details);
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
  // Names nothing (most of a news crawl): not even split into sentences, which
  // would cost as much as the screen; its sentences are not counted.
  if (options_.screen && !mentions_.may_name(article.title) && !mentions_.may_name(article.text)) {
    if (counts) ++counts->screened;
    return out;
  }
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
