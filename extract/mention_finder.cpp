// Mention finding: gazetteer first, then discovery cues, then anaphors.
#include "extract/mention_finder.h"

#include <algorithm>
#include <cctype>

namespace chipgraph::extract {

bool shouting(const Sentence& s);

MentionFinder::MentionFinder(const Pack& pack)
    : pack_(&pack), gazetteer_(pack), screen_(pack) {
  for (const auto& d : pack.lexicon().descriptors) descriptors_[d.words.front()].push_back(&d);
  for (const auto& a : pack.lexicon().anaphors) anaphors_[a.words.front()].push_back(&a);
  for (const auto& b : pack.lexicon().boundaries)
    if (!b.empty()) boundaries_[b.front()].push_back(&b);
  for (const auto& c : pack.lexicon().cities) cities_[c.words.front()].push_back(&c);
}

const City* MentionFinder::city_at(const std::vector<Token>& tokens, std::size_t at) const {
  const auto it = cities_.find(tokens[at].folded);
  if (it == cities_.end()) return nullptr;
  const City* best = nullptr;
  for (const City* c : it->second) {
    if (best && c->words.size() <= best->words.size()) continue;
    bool same = phrase_length(tokens, at, c->words) > 0;
    for (std::size_t k = 0; same && k < c->words.size(); ++k) same = tokens[at + k].capitalised;
    if (same) best = c;
  }
  return best;
}

std::size_t MentionFinder::phrase_length(const std::vector<Token>& tokens, std::size_t at,
                                         const std::vector<std::string>& words) const {
  if (at + words.size() > tokens.size()) return 0;
  for (std::size_t i = 0; i < words.size(); ++i)
    if (tokens[at + i].folded != words[i]) return 0;
  return words.size();
}

bool MentionFinder::stop_name(const Token& t) const {
  const auto& lex = pack_->lexicon();
  return lex.stop_names.count(t.folded) || lex.demonyms.count(t.folded) || lex.heads.count(t.folded);
}

bool MentionFinder::common_acronym(const Token& t) const {
  return t.text.size() <= 4 && std::all_of(t.text.begin(), t.text.end(), [](char c) { return c >= 'A' && c <= 'Z'; }) &&
         pack_->lexicon().stop_names.count(t.folded);
}

std::size_t MentionFinder::capitalised_run(const Sentence& s, std::size_t at, std::size_t max) const {
  std::size_t n = 0;
  while (at + n < s.tokens.size() && n < max) {
    const Token& t = s.tokens[at + n];
    if (!t.word || !t.capitalised || stop_name(t)) break;
    if (gazetteer_.match(s.tokens, at + n).length > 0) break;
    ++n;
  }
  return n;
}

std::size_t MentionFinder::descriptor_at(const Sentence& s, std::size_t at, std::string& type) const {
  std::size_t best = 0;
  // "startup X" but not "Unit Four": a descriptor is a common noun, written in lower case.
  if (at >= s.tokens.size()) return 0;
  auto it = descriptors_.find(s.tokens[at].folded);
  if (it == descriptors_.end()) return 0;
  for (const Descriptor* d : it->second) {
    // titles are often capitalised ("Commerce Secretary Gina Raimondo"); other descriptors are not
    // ("AI" in "the Chinese AI chip designer": an acronym the pack lists as no name; "Unit Four" stays a name)
    if (s.tokens[at].capitalised && at > 0 && d->type != "person" && !common_acronym(s.tokens[at])) continue;
    const std::size_t len = phrase_length(s.tokens, at, d->words);
    if (len > best) {
      best = len;
      type = d->type;
    }
  }
  return best;
}

bool MentionFinder::product_code(const Token& t, std::string& type) const {
  // std::regex costs a microsecond a word, and words repeat, so each thread
  // keeps the last answer (the index of the first shape that matches, or -1)
  // per slot of a small direct-mapped table indexed by the folded word's hash,
  // which the token already carries. A slot holds the exact text it answers
  // for; a collision only costs a regex run. The table stays in the cache,
  // where a map of every word seen did not.
  struct Slot {
    std::string text;
    int found = -2;  // -2: empty
  };
  static constexpr std::size_t slots = 8192;
  struct Memo {
    const MentionFinder* owner = nullptr;
    std::vector<Slot> slot;
  };
  thread_local Memo memo;
  if (memo.owner != this) {
    memo.owner = this;
    memo.slot.assign(slots, Slot{});
  }
  const auto& codes = pack_->lexicon().product_codes;
  Slot& s = memo.slot[t.folded.hash() & (slots - 1)];
  if (s.found == -2 || s.text != t.text) {
    int found = -1;
    for (std::size_t i = 0; i < codes.size() && found < 0; ++i)
      if (std::regex_match(t.text, codes[i].shape)) found = static_cast<int>(i);
    s.text = t.text;
    s.found = found;
  }
  if (s.found < 0) return false;
  type = codes[static_cast<std::size_t>(s.found)].type;
  return true;
}

std::string MentionFinder::join(const Sentence& s, std::size_t first, std::size_t last) const {
  std::string out;
  for (std::size_t i = first; i < last; ++i) {
    if (i > first && s.tokens[i].begin > s.tokens[i - 1].end) out += ' ';
    out += s.tokens[i].text;
  }
  return out;
}

bool MentionFinder::chip_noun(const Token& t) const {
  // a word ending in "s" is read as a plural: "chips" is "chip"
  const Folded& f = t.folded;
  const WordSet& nouns = pack_->lexicon().chip_nouns;
  if (f.size() > 2 && f.back() == 's') return nouns.count(std::string_view(f).substr(0, f.size() - 1)) > 0;
  return nouns.count(f) > 0;
}

bool shouting(const Sentence& s) {
  std::size_t words = 0, upper = 0;
  for (const auto& t : s.tokens) {
    if (!t.word || t.text.size() < 2) continue;
    ++words;
    bool all = true;
    for (char c : t.text) all = all && !(c >= 'a' && c <= 'z');
    upper += all;
  }
  return words >= 3 && upper * 10 >= words * 7;
}

void MentionFinder::find(Sentence& s, Document& doc) const {
  const auto& lex = pack_->lexicon();
  const auto& tok = s.tokens;
  std::size_t i = 0;
  // An all-capitals headline ("NVIDIA TO SELL ...") gives no discovered names.
  const bool discover = !shouting(s);
  auto add = [&](std::size_t first, std::size_t last, int entity) {
    Span span;
    span.first = first;
    span.last = last;
    span.entities.push_back(entity);
    s.spans.push_back(std::move(span));
  };
  auto previous_company = [&](std::size_t at) -> int {
    // "Biren's BR100" / "Biren BR100": the company span just before `at`.
    std::size_t k = at;
    if (k > 0 && tok[k - 1].folded == "'s") --k;
    if (k == 0 || s.spans.empty() || s.spans.back().last != k || s.spans.back().anaphor) return -1;
    const int e = s.spans.back().entities.front();
    return doc.entity(e).type == "company" ? e : -1;
  };
  // "the US chipmaker", "the Dutch chip equipment maker", "China's largest
  // contract chipmaker": a description that names a country, resolved later.
  // A city of one or two capitalised words at `at` ("Hangzhou", "Santa Clara"):
  // its length and country, or length 0.
  auto seat_city = [&](std::size_t at) -> std::pair<std::size_t, const std::string*> {
    if (at + 1 < tok.size() && tok[at + 1].capitalised)
      if (auto c = lex.city_countries.find(tok[at].folded + " " + tok[at + 1].folded); c != lex.city_countries.end())
        return {2, &c->second};
    if (auto c = lex.city_countries.find(tok[at].folded); c != lex.city_countries.end()) return {1, &c->second};
    return {0, nullptr};
  };
  auto description = [&](std::size_t at) -> std::size_t {
    std::string country;
    bool city = false;  // named by a city: only a firm ("the Beijing government" is no description of one)
    std::size_t after = at;
    // "both Korean companies", "the two US chipmakers": a description of a pair
    int count = 1;
    const bool definite = tok[at].folded == "the" || tok[at].folded == "both";
    if (tok[at].folded == "both") count = 2;
    if (definite) ++after;
    if (count == 1 && after + 1 < tok.size() && tok[after].folded == "two") count = 2, ++after;
    // "two Chinese nationals": an indefinite pair of people, named in the next sentence
    const bool indefinite_pair = !definite && count == 2;
    if (after >= tok.size()) return 0;
    // Demonyms and country names are proper nouns: only a capitalised word can
    // start the description (this skips the lookups below for most words).
    if (!tok[after].capitalised) return 0;
    const Folded& word = tok[after].folded;
    if (const std::string* two = after + 1 < tok.size() ? lex.two_word_demonym(word, tok[after + 1].folded) : nullptr) {
      if (!definite && !indefinite_pair) return 0;
      country = *two;
      after += 2;
    } else if (auto dem = lex.demonyms.find(word); dem != lex.demonyms.end()) {
      if (!definite && !indefinite_pair) return 0;
      country = dem->second;
      ++after;
    } else if (definite && word.size() > 6 && word.compare(word.size() - 6, 6, "-based") == 0) {
      // "the US-based company"
      country = pack_->country_of_place(word.substr(0, word.size() - 6));
      if (country.empty()) return 0;
      ++after;
    } else if (const auto m = gazetteer_.match(tok, after); m.length > 0 && m.entity->type == "country") {
      country = m.entity->name;
      after += m.length;
      if (!definite) {
        if (after >= tok.size() || tok[after].folded != "'s") return 0;
        ++after;
      }
    } else if (const auto seat = definite && count == 1 ? seat_city(after) : std::pair<std::size_t, const std::string*>{};
               seat.first > 0) {
      // "DeepSeek, the Hangzhou startup": a city names where a firm is
      country = *seat.second;
      after += seat.first;
      city = true;
    } else {
      return 0;
    }
    if (count == 2) {
      // one plural descriptor: "companies", "chipmakers", after up to two
      // lower-case words ("the two South Korean memory makers")
      std::size_t head = after;
      const std::string* type = nullptr;
      for (; head < tok.size() && head <= after + 2 && !type; ++head) {
        if (head > after && (!tok[head - 1].word || tok[head - 1].capitalised)) return 0;
        const Folded& w = tok[head].folded;
        const std::string singular = w.ends_with("ies") ? w.substr(0, w.size() - 3) + "y"
                                     : w.ends_with("s") ? w.substr(0, w.size() - 1) : std::string();
        auto it = singular.empty() ? descriptors_.end() : descriptors_.find(singular);
        if (it == descriptors_.end()) continue;
        for (const Descriptor* d : it->second)
          if (d->words.size() == 1 && d->type == (indefinite_pair ? "person" : "company")) type = &d->type;
      }
      if (!type) return 0;
      Span span;
      span.first = at;
      span.last = head;  // just past the descriptor
      span.anaphor = true;
      span.anaphor_types = {*type};
      span.anaphor_count = 2;
      span.country = country;
      span.cataphoric = indefinite_pair;
      s.spans.push_back(std::move(span));
      return head - at;
    }
    for (std::size_t fillers = 0; after < tok.size() && fillers <= 3; ++fillers, ++after) {
      std::string described;
      const std::size_t desc = descriptor_at(s, after, described);
      if (desc > 0 && (after + desc >= tok.size() || !tok[after + desc].capitalised)) {
        // take the longest run of descriptor words: "chip equipment maker"
        // the longest run of descriptor words, typed by its last: "chip equipment maker" is a company
        std::size_t end = after + desc;
        for (std::string more; end < tok.size();) {
          const std::size_t len = descriptor_at(s, end, more);
          if (len == 0) break;
          described = more;
          end += len;
        }
        if (end < tok.size() && tok[end].capitalised) return 0;  // "the Chinese startup DeepSeek" names it
        // "China's chip industry" describes no chip: a possessive description names an actor
        if (!definite && described != "company" && described != "institute" && described != "group" &&
            described != "government")
          return 0;
        // "Nvidia, China's biggest supplier of AI chips": a tie to the country, not a nationality
        if (!definite && lex.relational.count(tok[end - 1].folded)) return 0;
        if (city && described != "company" && described != "institute") return 0;
        Span span;
        span.first = at;
        span.last = end;
        span.anaphor = true;
        span.anaphor_types = {described};
        span.country = country;
        s.spans.push_back(std::move(span));
        return end - at;
      }
      // an acronym that names nothing describes too ("G42, the Abu Dhabi AI firm")
      const std::string& text = tok[after].text;
      const bool acronym = text.size() >= 2 && text.size() <= 4 &&
                           std::all_of(text.begin(), text.end(), [](char c) { return c >= 'A' && c <= 'Z'; }) &&
                           gazetteer_.match(tok, after).length == 0;
      if (!tok[after].word || (tok[after].capitalised && !acronym) || s.tokens[after].folded == "'s") return 0;
    }
    return 0;
  };
  // "American export controls", "US-led curbs": a state named by its demonym (or as
  // the leader of a measure) before a measure noun is its government, acting
  auto measure_state = [&](std::size_t at) -> int {
    if (!tok[at].capitalised) return -1;
    const Folded& word = tok[at].folded;
    std::string country;
    bool named_country = false;
    if (auto dem = lex.demonyms.find(word); dem != lex.demonyms.end()) {
      country = dem->second;
    } else if (word.size() > 4 && word.ends_with("-led")) {
      const std::string place = word.substr(0, word.size() - 4);
      if (auto d2 = lex.demonyms.find(place); d2 != lex.demonyms.end()) country = d2->second;
      else if (const Entity* e = pack_->entity_by_name(place); e && e->type == "country") country = e->name;
    } else {
      named_country = true;  // "US export controls", "a US licence": looked up once a measure follows
    }
    if (country.empty() && !named_country) return -1;
    // a demonym is an adjective and may stand before a run of words ("American
    // chip export controls"); a country's name is a noun modifier only right
    // before the compound ("US export controls", not "China without a licence")
    const std::size_t reach = named_country ? 2 : 3;
    static const WordSet function_words = {"a",  "an", "the", "of",   "for", "to",  "in",    "on",   "by",
                                           "at", "as", "and", "or",   "with", "without", "from", "its", "their"};
    bool measure = false;
    for (std::size_t k = at + 1; k < tok.size() && k <= at + reach && !measure; ++k) {
      if (!tok[k].word || tok[k].capitalised || (named_country && function_words.count(tok[k].folded))) break;
      measure = lex.measures.count(tok[k].folded) > 0;
    }
    if (!measure) return -1;
    const Entity* place = pack_->entity_by_name(named_country ? tok[at].text : country);
    if (!place || (named_country && place->type != "country")) return -1;
    const Entity* government = pack_->government_of(place);
    return government ? doc.entity_for(*government) : -1;
  };
  while (i < tok.size()) {
    if (const int state = measure_state(i); state >= 0) {
      add(i, i + 1, state);
      ++i;
      continue;
    }
    if (const std::size_t n = description(i); n > 0) {
      i += n;
      continue;
    }
    if (const auto m = gazetteer_.match(tok, i); m.length > 0) {
      // "the ChatGPT maker": a product before a company descriptor names its vendor
      std::string type;
      const std::size_t d = i > 0 && tok[i - 1].folded == "the" && !m.entity->vendor.empty()
                                ? descriptor_at(s, i + m.length, type) : 0;
      const Entity* vendor = d > 0 && type == "company" ? pack_->entity(m.entity->vendor) : nullptr;
      if (vendor && (i + m.length + d >= tok.size() || !tok[i + m.length + d].capitalised)) {
        add(i - 1, i + m.length + d, doc.entity_for(*vendor));
        s.spans.back().product = doc.entity_for(*m.entity);
        i += m.length + d;
        continue;
      }
      add(i, i + m.length, doc.entity_for(*m.entity));
      // "etching and deposition tools", "cleaning, etching and deposition tools": a
      // modifier that shares the name's head names another entity of its type
      if (m.length >= 2 && i >= 2 && (tok[i - 1].folded == "and" || tok[i - 1].folded == "or")) {
        std::vector<Span> shared;
        for (std::size_t w = i - 2;; w -= 2) {
          const std::size_t free_from = s.spans.size() >= 2 ? s.spans[s.spans.size() - 2].last : 0;
          if (w < free_from || !tok[w].word || tok[w].capitalised) break;
          std::vector<Token> probe{tok[w]};
          probe.insert(probe.end(), tok.begin() + static_cast<long>(i + 1), tok.begin() + static_cast<long>(i + m.length));
          const auto other = gazetteer_.match(probe, 0);
          if (other.length != probe.size() || other.entity == m.entity || other.entity->type != m.entity->type) break;
          Span span;
          span.first = w;
          span.last = w + 1;
          span.entities.push_back(doc.entity_for(*other.entity));
          shared.insert(shared.begin(), std::move(span));
          if (w < 2 || tok[w - 1].folded != ",") break;
        }
        s.spans.insert(s.spans.end() - 1, shared.begin(), shared.end());
      }
      // "Beijing": the government, and where a firm is based
      if (m.entity->type == "government")
        if (const City* c = city_at(tok, i); c && c->words.size() == m.length) s.spans.back().capital = true;
      i += m.length;
      continue;
    }
    // "ALX Solutions, a company in El Monte ... ALX Solutions shipped": a name discovered
    // earlier in the article is known when it comes again
    if (discover && tok[i].word && tok[i].capitalised) {
      std::size_t known = 0;
      int entity = -1;
      for (std::size_t k = capitalised_run(s, i, 5); k > 0 && entity < 0; --k)
        if ((entity = doc.alias(fold_key(join(s, i, i + k)))) >= 0) known = k;
      if (entity >= 0) {
        add(i, i + known, entity);
        i += known;
        continue;
      }
    }
    // "startup Xyz", "the chipmaker Xyz Micro": a descriptor before an unknown name.
    std::string type;
    std::size_t d = discover ? descriptor_at(s, i, type) : 0;
    if (d > 0) {
      const std::size_t run = capitalised_run(s, i + d, 4);
      if (run > 0) {
        add(i + d, i + d + run, doc.discovered(join(s, i + d, i + d + run), type));
        i += d + run;
        continue;
      }
    }
    // "Singapore-based Megaspeed": a firm's seat before an unknown name
    if (discover && i + 1 < tok.size() && tok[i].folded.size() > 6 && tok[i].folded.ends_with("-based") &&
        tok[i + 1].capitalised && !stop_name(tok[i + 1]) &&
        !pack_->country_of_place(tok[i].folded.substr(0, tok[i].folded.size() - 6)).empty()) {
      const std::size_t run = capitalised_run(s, i + 1, 4);
      // not a nationality or a direction ("London-based Swedish financier", "Tokyo-based
      // North Korean traders"), nor the start of a longer name the run stops inside
      // ("the Paris-based Organisation for Economic Cooperation")
      static const WordSet directions = {"north", "south", "east", "west", "central", "northern", "southern",
                                         "eastern", "western"};
      const Folded& lead = tok[i + 1].folded;
      const bool adjective = directions.count(lead) || lead.ends_with("ish") || lead.ends_with("ese") ||
                             lead.ends_with("ian") || lead.ends_with("ic");
      const std::size_t after = i + 1 + run;
      const bool longer = after + 1 < tok.size() &&
                          (tok[after].folded == "for" || tok[after].folded == "of" || tok[after].folded == "de") &&
                          tok[after + 1].capitalised;
      if (run > 0 && !adjective && !longer && !gazetteer_.match(tok, i + 1).length) {
        add(i + 1, i + 1 + run, doc.discovered(join(s, i + 1, i + 1 + run), "company"));
        i += 1 + run;
        continue;
      }
    }
    // "Xyz Technologies": an unknown capitalised name ending in an org suffix.
    const bool demonym = discover && tok[i].capitalised && lex.demonyms.count(tok[i].folded) > 0;
    if (discover && tok[i].word && tok[i].capitalised && (demonym || !stop_name(tok[i]))) {
      // "American Petroleum Institute": a leading demonym belongs to the name.
      const std::size_t lead = demonym ? 1 : 0;
      std::size_t run = lead + capitalised_run(s, i + lead, 5);
      // a suffix that is also a generic noun ends the name: "ZT Systems" (but not
      // inside a longer one: "Advanced Semiconductor Manufacturing"; and "Inc",
      // "Corp", written as stop names, stay out of names as before)
      if (run > lead && i + run < tok.size() && tok[i + run].capitalised && lex.org_suffixes.count(tok[i + run].folded) &&
          lex.heads.count(tok[i + run].folded) && !lex.stop_names.count(tok[i + run].folded) &&
          (i + run + 1 >= tok.size() || !tok[i + run + 1].capitalised))
        ++run;
      bool found = false;
      for (std::size_t k = run; k >= 2 + lead && !found; --k) {
        auto suffix = lex.org_suffixes.find(tok[i + k - 1].folded);
        if (suffix != lex.org_suffixes.end()) {
          add(i, i + k, doc.discovered(join(s, i, i + k), suffix->second));
          i += k;
          found = true;
        }
      }
      if (found) continue;
    }
    // "Chuan Geng, 28," and "Chuan Geng and Shiwei Yang, both 28,": an age after an
    // unknown name of two or three words makes it a person.
    if (discover && tok[i].word && tok[i].capitalised && !stop_name(tok[i])) {
      auto age_at = [&](std::size_t k) {
        if (k + 3 >= tok.size() || tok[k].folded != ",") return false;
        if (tok[k + 1].folded == "both") ++k;  // ", both 28,"
        if (tok[k + 2].folded != ",") return false;
        const Folded& n = tok[k + 1].folded;
        return n.size() == 2 && std::isdigit(static_cast<unsigned char>(n[0])) && std::isdigit(static_cast<unsigned char>(n[1]));
      };
      const std::size_t run = capitalised_run(s, i, 3);
      const std::size_t other = i + run + 1 < tok.size() && tok[i + run].folded == "and"
                                    ? capitalised_run(s, i + run + 1, 3) : 0;
      if (run >= 2 && (age_at(i + run) || (other >= 2 && age_at(i + run + 1 + other)))) {
        add(i, i + run, doc.discovered(join(s, i, i + run), "person"));
        i += run;
        continue;
      }
      // "ALX Solutions, a company in El Monte", "Spark X1, a reasoning model": a
      // description in apposition types the name, over up to two describing words
      // ("ZT Systems, a privately held company"; a lone word opening the sentence
      // may be an adverb: "Meanwhile, a firm", which the stop names hold)
      const std::size_t a = i + run;
      std::string described;
      // (an opening "-ly" word is an adverb too: "Separately, a firm"; others are stop names)
      const bool adverb = run == 1 && i == 0 && tok[i].folded.size() > 4 && tok[i].folded.ends_with("ly");
      if (run > 0 && !adverb && a + 2 < tok.size() && tok[a].folded == "," &&
          (tok[a + 1].folded == "a" || tok[a + 1].folded == "an")) {
        std::size_t at = a + 2;
        std::size_t length = descriptor_at(s, at, described);
        for (int describing = 0; length == 0 && describing < 2 && at + 1 < tok.size() && tok[at].word &&
                                 !lex.heads.count(tok[at].folded);
             ++describing) {
          ++at;
          length = descriptor_at(s, at, described);
        }
        // a person only by a name of two or three words ("Chuan Geng, a Chinese national")
        if (length > 0 && (described == "company" || described == "institute" || described == "chip" ||
                           described == "model" || (described == "person" && run >= 2))) {
          add(i, a, doc.discovered(join(s, i, a), described));
          i = a;
          continue;
        }
      }
    }
    // Product codes (MI308, BR100) next to a chip noun or a company name.
    if (discover && tok[i].word && product_code(tok[i], type)) {
      const bool head_after = i + 1 < tok.size() && chip_noun(tok[i + 1]);
      const int vendor = previous_company(i);
      if (head_after || vendor >= 0) {
        int e = doc.alias(tok[i].folded);
        if (e < 0) {
          const std::string name = vendor >= 0 ? doc.entity(vendor).name + " " + tok[i].text : tok[i].text;
          e = doc.discovered(name, type);
          doc.add_alias(tok[i].folded, e);
        }
        add(i, i + 1, e);
        ++i;
        continue;
      }
    }
    // "Xyz's Abc chips": an unknown vendor and product before a chip noun.
    if (discover && tok[i].word && tok[i].capitalised && i > 0) {
      const std::size_t run = capitalised_run(s, i, 3);
      if (run > 0 && i + run < tok.size() && chip_noun(tok[i + run])) {
        const int vendor = previous_company(i);
        if (vendor >= 0 && tok[i - 1].folded == "'s") {
          const std::string product = join(s, i, i + run);
          int e = doc.alias(fold_key(product));
          if (e < 0) {
            e = doc.discovered(doc.entity(vendor).name + " " + product, "chip");
            doc.add_alias(fold_key(product), e);
          }
          add(i, i + run, e);
          i += run;
          continue;
        }
      }
    }
    // "based in Hangzhou", "a Shanghai startup": a city stands for its country
    // ("TSMC's Arizona fabs" name a plant: the city is part of its name)
    if (tok[i].capitalised)
      if (const City* c = city_at(tok, i);
          c && (i + c->words.size() >= tok.size() || !lex.facilities.count(tok[i + c->words.size()].folded)))
        if (const Entity* country = pack_->entity_by_name(c->country); country && country->type == "country") {
          add(i, i + c->words.size(), doc.entity_for(*country));
          s.spans.back().place = true;
          i += c->words.size();
          continue;
        }
    // Anaphors: the longest phrase wins ("the two companies" over "the").
    const Anaphor* best = nullptr;
    std::size_t best_len = 0;
    if (auto candidates = anaphors_.find(tok[i].folded); candidates != anaphors_.end())
      for (const Anaphor* a : candidates->second) {
        const std::size_t len = phrase_length(tok, i, a->words);
        if (len > best_len) {
          best = a;
          best_len = len;
        }
      }
    // "the Bureau of Industry and Security" is a name, not the anaphor "the bureau".
    for (std::size_t k = i + 1; best && k < i + best_len; ++k)
      if (gazetteer_.match(tok, k).length > 0) best = nullptr;
    if (best && i + best_len < tok.size()) {
      const GazetteerMatch named = gazetteer_.match(tok, i + best_len);
      const std::size_t after = i + best_len + named.length;
      // "both Intel and Nvidia" is a list, not an anaphor
      if (named.length > 0 && best->count > 1) best = nullptr;
      // "including the chip designer Biren": a descriptor of the name's own type
      // right before it is its title, not an anaphor ("the processors Intel makes"
      // is a relative clause; "the company Nvidia's rival" keeps the anaphor)
      else if (named.length > 0 && best->count == 1 && tok[i].folded == "the" &&
               best->types.count(named.entity->type) && (after >= tok.size() || tok[after].folded != "'s"))
        best = nullptr;
    }
    if (best) {
      Span span;
      span.first = i;
      span.last = i + best_len;
      span.anaphor = true;
      span.anaphor_types = best->types;
      span.anaphor_count = best->count;
      span.possessive_pronoun = tok[i].folded == "its" || tok[i].folded == "their";
      span.pronoun = tok[i].folded != "the" && tok[i].folded != "both";
      s.spans.push_back(std::move(span));
      i += best_len;
      continue;
    }
    ++i;
  }
  // Clause boundaries, outside entity names.
  s.boundary.assign(tok.size(), 0);
  std::vector<bool> covered(tok.size(), false);
  for (const auto& span : s.spans)
    for (std::size_t k = span.first; k < span.last; ++k) covered[k] = true;
  // "has since signed", "had before agreed": after an auxiliary the word is an adverb
  static const WordSet auxiliaries = {"has", "have", "had", "'s", "'ve", "'d"};
  for (std::size_t k = 0; k < tok.size(); ++k) {
    if (covered[k] || (k > 0 && auxiliaries.count(tok[k - 1].folded))) continue;
    const auto it = boundaries_.find(tok[k].folded);
    if (it == boundaries_.end()) continue;
    for (const auto* b : it->second) {
      const std::size_t len = phrase_length(tok, k, *b);
      if (len > static_cast<std::size_t>(s.boundary[k])) s.boundary[k] = static_cast<int>(len);
    }
  }
  s.index_spans();
}

}  // namespace chipgraph::extract
