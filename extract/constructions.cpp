// Possessive, nationality and title constructions.
#include "extract/constructions.h"

#include <algorithm>
#include <cctype>

#include "graph/text.h"

namespace chipgraph::extract {
namespace {

bool filler(const Sentence& s, std::size_t k) {
  // Words that may sit between a possessor and what it owns: "Huawei's latest home-grown
  // Ascend", but not a phrase of its own ("Nvidia's main supplier of the memory").
  static const WordSet stops = {"of",  "for", "to", "in",  "on", "with", "by",    "from", "at",
                                "the", "a",   "an", "and", "or", "that", "which", "as"};
  const Token& t = s.tokens[k];
  // "its China-specific H20", "Nvidia's US-made chips": a hyphenated describing word
  // may start with a name
  const std::size_t hyphen = t.text.rfind('-');
  const bool described = hyphen != std::string::npos && hyphen > 0 && hyphen + 1 < t.text.size() &&
                         std::islower(static_cast<unsigned char>(t.text[hyphen + 1]));
  return t.word && (!t.capitalised || described) && s.span_starting[k] < 0 && s.boundary[k] == 0 &&
         !stops.count(t.folded);
}

const std::set<std::string> agents = {"company", "institute", "person"};

Candidate candidate(int subject, int object, std::string relation, double confidence, std::string pattern) {
  Candidate c;
  c.subject = subject;
  c.object = object;
  c.relation = std::move(relation);
  c.confidence = confidence;
  c.pattern = std::move(pattern);
  return c;
}

}  // namespace

Constructions::Constructions(const Pack& pack) : pack_(&pack) {
  for (const auto& t : pack.lexicon().titles)
    if (!t.words.empty()) titles_by_first_[t.words[0]].push_back(&t);
}

void Constructions::find(const Sentence& s, Document& doc, const Discourse& discourse,
                         std::vector<Candidate>& out) const {
  Arguments args(s, doc, *pack_);
  possessives(s, doc, args, out);
  possessive_heads(s, args, out);
  nationalities(s, doc, args, discourse, out);
  titles(s, doc, args, discourse, out);
}

void Constructions::possessives(const Sentence& s, Document& doc, const Arguments& args,
                                std::vector<Candidate>& out) const {
  const auto& tok = s.tokens;
  // "the ChatGPT maker" (one span for OpenAI) develops ChatGPT
  for (const auto& b : s.spans)
    if (b.product >= 0 && b.entities.size() == 1)
      out.push_back(candidate(b.entities[0], b.product, "develops", 0.8, "construction/product-maker"));
  // "DeepSeek's R1 and V3 models" read as one name: the possessor is the vendor
  for (const auto& b : s.spans) {
    if (b.anaphor || b.entities.size() != 1) continue;
    bool possessive_inside = false;
    for (std::size_t q = b.first; q + 1 < b.last; ++q) possessive_inside = possessive_inside || tok[q].folded == "'s";
    const DocEntity& owned = doc.entity(b.entities[0]);
    if (!possessive_inside || !owned.pack || owned.pack->vendor.empty()) continue;
    const Entity* vendor = pack_->entity(owned.pack->vendor);
    if (!vendor) continue;
    const std::string owned_type = owned.type;  // entity_for may grow the document's entities, moving `owned`
    const int owner = doc.entity_for(*vendor);
    for (const auto& rule : pack_->lexicon().possessives) {
      if (!rule.possessor.count(vendor->type) || !rule.possessed.count(owned_type) || rule.reverse) continue;
      const auto list = args.at(b.first, rule.possessed, 0);
      if (!list) continue;
      for (int x : list->modified())
        if (x != owner) out.push_back(candidate(owner, x, rule.relation, rule.confidence, "construction/possessive/" + rule.relation));
      break;
    }
  }
  for (const auto& a : s.spans) {
    std::size_t k = a.last;
    if (a.possessive_pronoun) {
      // "its R1 model"
    } else if (k < tok.size() && (tok[k].folded == "'s" || tok[k].folded == "'")) {
      ++k;
    } else if (k + 1 < tok.size() && tok[k].folded == "," && tok[k + 1].folded == "whose") {
      k += 2;  // "Nvidia, whose Blackwell GPUs ..."
    } else {
      continue;
    }
    std::size_t skipped = 0;
    while (k < tok.size() && skipped < 3 && filler(s, k)) ++k, ++skipped;
    // "Huawei's flagship system, the CloudMatrix 384": an apposition names what is owned
    if (skipped > 0 && k + 1 < tok.size() && tok[k].folded == "," && pack_->lexicon().heads.count(tok[k - 1].folded)) {
      ++k;
      if (k < tok.size() && tok[k].folded == "the") ++k;
    }
    if (k >= tok.size() || s.span_starting[k] < 0) continue;
    const Span& b = s.spans[static_cast<std::size_t>(s.span_starting[k])];
    // "Nvidia's main HBM supplier": the name modifies a noun of a tie, it is not owned
    if (b.last < tok.size() && pack_->lexicon().relational.count(tok[b.last].folded)) continue;
    for (const auto& rule : pack_->lexicon().possessives) {
      if (rule.adjacent && (skipped > 0 || a.possessive_pronoun)) continue;
      auto owners = args.eligible(a, rule.possessor);
      auto owned = args.eligible(b, rule.possessed);
      if (owners.empty() || owned.empty()) continue;
      const auto at = args.at(b.first, rule.possessed, 0);  // "Huawei's Ascend 910B and 910C chips"
      if (!at) continue;
      const Found& list = *at;
      // "Nvidia's H100 and Apple's M-series": a member with a possessor of its own is not this one's
      auto owned_by_another = [&](int x) {
        for (const auto& sp : s.spans)
          if (sp.first > b.first && sp.first < list.last && sp.first > 0 && tok[sp.first - 1].folded == "'s" &&
              std::find(sp.entities.begin(), sp.entities.end(), x) != sp.entities.end())
            return true;
        return false;
      };
      // "Meta's H100 cluster": a thing the pack gives a vendor is another possessor's only in use
      auto not_the_vendor = [&](int o, int x) {
        const Entity* thing = doc.entity(x).pack;
        const Entity* owner = doc.entity(o).pack;
        if (!rule.vendor_only || !thing || thing->vendor.empty()) return false;
        if (!owner) return true;
        const Entity* vendor = pack_->entity(thing->vendor);  // "Baidu's P800": Kunlunxin's parent
        return owner->id != thing->vendor && !(vendor && vendor->parent == owner->id);
      };
      for (int o : owners)
        for (int x : list.modified()) {
          if (o == x || owned_by_another(x) || not_the_vendor(o, x)) continue;
          out.push_back(candidate(rule.reverse ? x : o, rule.reverse ? o : x, rule.relation, rule.confidence * (a.anaphor ? 0.9 : 1.0), "construction/possessive/" + rule.relation));
        }
      break;
    }
  }
}

void Constructions::possessive_heads(const Sentence& s, const Arguments& args, std::vector<Candidate>& out) const {
  const auto& tok = s.tokens;
  // Y 's [words] HEAD , X [and Z]: "Seagate's main competitors, Western Digital and Toshiba";
  // also after a colon and from a description ("the Chinese company's chips: the
  // Ascend 910B, the 910C and the 910D")
  for (const auto& y : s.spans) {
    if ((y.anaphor && y.pronoun) || y.last >= tok.size() || tok[y.last].folded != "'s") continue;
    std::size_t k = y.last + 1;
    while (k < tok.size() && k <= y.last + 3 && filler(s, k) && !pack_->lexicon().possessive_head_words.count(tok[k].folded)) ++k;
    if (k + 2 >= tok.size() || !pack_->lexicon().possessive_head_words.count(tok[k].folded) ||
        (tok[k + 1].folded != "," && tok[k + 1].folded != ":"))
      continue;
    std::size_t n = k + 2;
    if (tok[n].folded == "the") ++n;
    if (n >= tok.size() || s.span_starting[n] < 0) continue;
    for (const auto& rule : pack_->lexicon().possessive_heads) {
      if (!rule.heads.count(tok[k].folded)) continue;
      const Relation* r = pack_->vocabulary().relation(rule.relation);
      auto owners = args.eligible(y, rule.reverse ? r->subject_types : r->object_types);
      const auto owned = args.at(n, rule.reverse ? r->object_types : r->subject_types, 0);
      if (owners.empty() || !owned) break;
      for (int a : owners)
        for (int b : owned->entities)
          if (a != b)
            out.push_back(candidate(rule.reverse ? a : b, rule.reverse ? b : a, rule.relation, rule.confidence,
                                    "construction/possessive-head/" + rule.relation));
      break;
    }
  }
  // Y 's [word] X HEAD, its X HEAD: "Huawei's HiSilicon unit", "through its T-Head unit"
  for (const auto& y : s.spans) {
    std::size_t k = y.last;
    if (!y.possessive_pronoun) {
      if (y.anaphor || k >= tok.size() || tok[k].folded != "'s") continue;
      ++k;
    }
    if (k < tok.size() && filler(s, k) && !pack_->lexicon().possessive_head_words.count(tok[k].folded)) ++k;
    if (k >= tok.size() || s.span_starting[k] < 0) continue;
    const Span& x = s.spans[static_cast<std::size_t>(s.span_starting[k])];
    if (x.anaphor || x.last >= tok.size() || !pack_->lexicon().possessive_head_words.count(tok[x.last].folded)) continue;
    for (const auto& rule : pack_->lexicon().possessive_heads) {
      if (!rule.heads.count(tok[x.last].folded)) continue;
      const Relation* r = pack_->vocabulary().relation(rule.relation);
      auto owners = args.eligible(y, rule.reverse ? r->subject_types : r->object_types);
      auto owned = args.eligible(x, rule.reverse ? r->object_types : r->subject_types);
      for (int a : owners)
        for (int b : owned)
          if (a != b)
            out.push_back(candidate(rule.reverse ? a : b, rule.reverse ? b : a, rule.relation, rule.confidence,
                                    "construction/possessive-head/" + rule.relation));
      break;
    }
  }
  for (const auto& y : s.spans) {
    // X , Y 's [words] HEAD
    if (y.first < 2 || tok[y.first - 1].folded != "," || s.span_ending[y.first - 2] < 0) continue;
    if (y.last >= tok.size() || tok[y.last].folded != "'s") continue;
    const Span& x = s.spans[static_cast<std::size_t>(s.span_ending[y.first - 2])];
    // ("the B30A, Nvidia's planned China chip": a country may describe the head)
    auto describing = [&](std::size_t k) {
      if (s.span_starting[k] < 0) return true;
      const Span& sp = s.spans[static_cast<std::size_t>(s.span_starting[k])];
      static const std::set<std::string> country = {"country"};
      return !sp.anaphor && !args.eligible(sp, country).empty() && sp.last < tok.size() && tok[sp.last].folded != "'s";
    };
    for (std::size_t k = y.last + 1; k < tok.size() && k <= y.last + 4 && describing(k); ++k)
      for (const auto& rule : pack_->lexicon().possessive_heads) {
        if (!rule.heads.count(tok[k].folded)) continue;
        const Relation* r = pack_->vocabulary().relation(rule.relation);
        auto owners = args.eligible(y, rule.reverse ? r->subject_types : r->object_types);
        auto owned = args.eligible(x, rule.reverse ? r->object_types : r->subject_types);
        // a head that fits neither name ("chip" in "Huawei's chip design unit") lets a later one decide
        if (owners.empty() || owned.empty()) continue;
        for (int a : owners)
          for (int b : owned) {
            if (a == b) continue;
            out.push_back(candidate(rule.reverse ? a : b, rule.reverse ? b : a, rule.relation, rule.confidence, "construction/possessive-head/" + rule.relation));
          }
        k = tok.size();
        break;
      }
  }
}

namespace {
// The country named last before token `at`, by its name or a demonym ("Chinese
// entities ... Zhipu AI, one of the country's"): in the sentence, else in the four before.
std::string country_named_last(const Sentence& s, const Document& doc, const Discourse& discourse,
                               const Lexicon& lex, std::size_t at) {
  for (std::size_t k = at; k-- > 0;) {
    if (const int sp = s.span_ending[k]; sp >= 0) {
      const Span& named = s.spans[static_cast<std::size_t>(sp)];
      if (!named.anaphor && named.entities.size() == 1 && doc.entity(named.entities[0]).type == "country")
        return doc.entity(named.entities[0]).name;
    }
    if (s.tokens[k].capitalised)
      if (auto demonym = lex.demonyms.find(s.tokens[k].folded); demonym != lex.demonyms.end()) return demonym->second;
  }
  for (auto r = discourse.recent.rbegin(); r != discourse.recent.rend(); ++r) {
    if (discourse.sentence - r->sentence > 4) break;
    if (doc.entity(r->entity).type == "country") return doc.entity(r->entity).name;
  }
  return {};
}
}  // namespace

void Constructions::nationalities(const Sentence& s, Document& doc, const Arguments& args, const Discourse& discourse,
                                  std::vector<Candidate>& out) const {
  const auto& lex = pack_->lexicon();
  const auto& tok = s.tokens;
  // "the US chipmaker" resolved to Nvidia: Nvidia is based in the United States.
  for (const auto& sp : s.spans) {
    if (sp.country.empty() || sp.entities.empty()) continue;
    const Entity* place = pack_->entity_by_name(sp.country);
    if (!place || place->type != "country") continue;
    for (int e : args.eligible(sp, agents))  // "both Korean companies": each of the two
      out.push_back(candidate(e, doc.entity_for(*place), "based-in", 0.75, "construction/nationality-description"));
  }
  static const std::set<std::string> firms = {"company", "institute"};  // what a place can be the seat of
  // "Samsung Electronics of South Korea", "Wingtech of China": a firm of a country
  for (const auto& sp : s.spans) {
    if (sp.anaphor || sp.entities.size() != 1 || sp.last + 1 >= tok.size() || tok[sp.last].folded != "of") continue;
    const int c = s.span_starting[sp.last + 1];
    if (c < 0) continue;
    const Span& where = s.spans[static_cast<std::size_t>(c)];
    if (where.anaphor || where.capital || where.entities.size() != 1 ||
        doc.entity(where.entities[0]).type != "country")
      continue;
    if (where.last < tok.size() && tok[where.last].folded == "'s") continue;  // "a unit of China's Wingtech"
    for (int e : args.eligible(sp, firms))
      out.push_back(candidate(e, where.entities[0], "based-in", 0.75, "construction/firm-of-country"));
  }
  // The country a place span stands for: a country, or a city or capital in one.
  auto seat_of = [&](const Span& where) -> int {
    if (where.anaphor || where.entities.size() != 1) return -1;
    const DocEntity& named = doc.entity(where.entities[0]);
    if (named.type == "country") return where.entities[0];
    if (!where.capital || !named.pack || named.pack->country.empty()) return -1;
    const Entity* country = pack_->entity_by_name(named.pack->country);
    return country && country->type == "country" ? doc.entity_for(*country) : -1;
  };
  for (const auto& where : s.spans) {
    const std::size_t at = where.first;
    if (at < 4 || (tok[at - 1].folded != "in" && tok[at - 1].folded != "from")) continue;
    if (where.last < tok.size() && tok[where.last].folded == "'s") continue;
    const int seat = seat_of(where);
    if (seat < 0) continue;
    // "Zhipu, a startup in Beijing": an apposition whose head is a descriptor
    if (lex.one_word_descriptor(tok[at - 2].folded)) {
      std::size_t o = at - 2;
      // (a capitalised word that names nothing describes too: "a GPU startup from Shanghai")
      for (int words = 0; o > 0 && words < 3 && tok[o - 1].word && s.span_ending[o - 1] < 0 &&
                          tok[o - 1].folded != "a" && tok[o - 1].folded != "an" && tok[o - 1].folded != ",";
           ++words)
        --o;
      if (const Span* named = o > 0 ? apposed_before(s, o) : nullptr)
        based_in_list(s, *named, seat, 0.75, "construction/apposition-in-place", args, out, firms);
    }
  }
  // "Based in Hangzhou, DeepSeek ...": a fronted participle is the subject's
  if (tok.size() > 5 && (tok[0].folded == "based" || tok[0].folded == "headquartered") && tok[1].folded == "in" &&
      s.span_starting[2] >= 0) {
    const Span& where = s.spans[static_cast<std::size_t>(s.span_starting[2])];
    const int seat = seat_of(where);
    if (seat >= 0 && where.last + 1 < tok.size() && tok[where.last].folded == "," &&
        s.span_starting[where.last + 1] >= 0) {
      const Span& named = s.spans[static_cast<std::size_t>(s.span_starting[where.last + 1])];
      if (!named.anaphor) based_in_list(s, named, seat, 0.8, "construction/fronted-based-in", args, out, firms);
    }
  }
  for (std::size_t i = 0; i < tok.size(); ++i) {
    std::string country;
    bool need_descriptor = false;
    bool city = false;  // "Shanghai chipmaker X", "Hefei-based X": where a firm is, no person's nationality
    const std::size_t modifier_at = i;  // where the country's name or demonym starts
    if (s.span_starting[i] >= 0) {
      // "US chipmaker Nvidia": a country name used as a modifier.
      // "a Beijing startup": a capital that names its government also says where
      const Span& sp = s.spans[static_cast<std::size_t>(s.span_starting[i])];
      if (sp.anaphor || sp.entities.size() != 1) continue;
      const DocEntity& named = doc.entity(sp.entities[0]);
      const bool capital = sp.capital && named.pack && !named.pack->country.empty();
      if (named.type != "country" && !capital) continue;
      if (sp.last < tok.size() && tok[sp.last].folded == "'s") {
        if (!capital) one_of_country(s, sp, doc, args, out);
        continue;
      }
      country = capital ? named.pack->country : named.name;
      city = capital || sp.place;
      need_descriptor = true;
      i = sp.last - 1;
    } else if (const std::string* two =
                   i + 1 < tok.size() ? lex.two_word_demonym(tok[i].folded, tok[i + 1].folded) : nullptr) {
      country = *two;  // "South Korean memory maker SK Hynix"
      ++i;
    } else if (auto d = lex.demonyms.find(tok[i].folded); d != lex.demonyms.end()) {
      country = d->second;
    } else if (tok[i].folded == "country" && i >= 3 && tok[i - 1].folded == "the" && i + 1 < tok.size() &&
               tok[i + 1].folded == "'s") {
      // "Tokyo Electron, the country's biggest maker of chipmaking tools", "Zhipu AI, one of
      // the country's best-funded developers": the country the text named last
      std::size_t comma = i - 2;
      if (comma >= 2 && tok[comma].folded == "of" && tok[comma - 1].folded == "one") comma -= 2;
      const int named = comma >= 1 && tok[comma].folded == "," ? s.span_ending[comma - 1] : -1;
      if (named < 0 || s.spans[static_cast<std::size_t>(named)].anaphor) continue;
      country = country_named_last(s, doc, discourse, lex, i);
      const Entity* place = country.empty() ? nullptr : pack_->entity_by_name(country);
      bool descriptor = false;
      for (std::size_t k = i + 2; k < tok.size() && k <= i + 6 && !descriptor && tok[k].word && s.span_starting[k] < 0;
           ++k)
        descriptor = lex.one_word_descriptor(tok[k].folded);
      if (place && place->type == "country" && descriptor)
        based_in_list(s, s.spans[static_cast<std::size_t>(named)], doc.entity_for(*place), 0.75,
                      "construction/nationality-country-apposition", args, out, agents);
      continue;
    } else if (tok[i].folded.size() > 6 && tok[i].folded.ends_with("-based")) {
      // "US-based", "Hangzhou-based" (cities are demonyms in the lexicon)
      const std::string place = tok[i].folded.substr(0, tok[i].folded.size() - 6);
      country = pack_->country_of_place(place);
      city = lex.city_countries.count(place) > 0 && !lex.demonyms.count(place);
    }
    const std::set<std::string>& members = city ? firms : agents;
    if (country.empty()) continue;
    const Entity* place = pack_->entity_by_name(country);
    if (!place || place->type != "country") continue;
    // Up to four describing words, then the entity: "Chinese AI startup DeepSeek".
    static const WordSet to_members = {"such", "as", "including", "like"};
    std::size_t k = i + 1, described = 0;
    bool descriptor = false;
    while (k < tok.size() && described < 4 && s.span_starting[k] < 0 && tok[k].word && s.boundary[k] == 0) {
      const Folded& f = tok[k].folded;
      const bool this_descriptor = lex.one_word_descriptor(f);
      // after the descriptor only more of it, or "such as" / "including" / "like", comes
      // before the name: "Chinese nationals charged with smuggling Nvidia chips" names no one
      if (descriptor && !this_descriptor && !to_members.count(f)) break;
      descriptor = descriptor || this_descriptor;
      ++k, ++described;
    }
    // "Japanese chip equipment maker Tokyo Electron": the describing words run on
    // past a first descriptor ("chip") to the head noun right before the name,
    // over the name of a kind of thing ("chip equipment" in "chip equipment maker")
    auto thing = [&](std::size_t at) -> const Span* {
      if (s.span_starting[at] < 0) return nullptr;
      const Span& t = s.spans[static_cast<std::size_t>(s.span_starting[at])];
      return !t.anaphor && t.entities.size() == 1 && !agents.count(doc.entity(t.entities[0]).type) ? &t : nullptr;
    };
    if (k < tok.size() && ((descriptor && s.span_starting[k] < 0) || thing(k))) {
      std::size_t j = k;
      while (j < tok.size() && described < 4 && tok[j].word && !tok[j].capitalised && s.boundary[j] == 0 &&
             !to_members.count(tok[j].folded)) {
        if (const Span* t = thing(j)) j = t->last;
        else if (s.span_starting[j] < 0) ++j;
        else break;
        ++described;
      }
      // the head before a name, or before the end of an apposition ("Naura, a Chinese chip equipment maker,")
      const bool named = j < tok.size() && s.span_starting[j] >= 0 && !thing(j);
      const bool ends = j >= tok.size() || !tok[j].word || to_members.count(tok[j].folded);
      if (j > k && (named || ends) && lex.one_word_descriptor(tok[j - 1].folded)) k = j, descriptor = true;
    }
    if (need_descriptor && !descriptor) continue;
    if (described > 0 && !descriptor) continue;
    // "Moore Threads, a Chinese maker of graphics processors": an apposition;
    // "Enflame is a Chinese chip designer": a predicate noun
    if (descriptor) {
      const bool two_words = i > 0 && lex.two_word_demonym(tok[i - 1].folded, tok[i].folded);
      const std::size_t opening = need_descriptor ? modifier_at : i - (two_words ? 1 : 0);
      if (const Span* named = apposed_before(s, opening)) {
        based_in_list(s, *named, doc.entity_for(*place), 0.8, "construction/nationality-apposition", args, out, members);
        continue;
      }
      if (const Span* named = copula_before(s, opening, false)) {
        based_in_list(s, *named, doc.entity_for(*place), 0.8, "construction/nationality-copula", args, out, members);
        continue;
      }
    }
    // "Chinese chip designers such as HiSilicon", "... including HiSilicon"
    if (descriptor && k + 1 < tok.size() && tok[k].folded == "such" && tok[k + 1].folded == "as") k += 2;
    else if (descriptor && k < tok.size() && (tok[k].folded == "including" || tok[k].folded == "like")) k += 1;
    if (k >= tok.size() || s.span_starting[k] < 0) continue;
    const Span& b = s.spans[static_cast<std::size_t>(s.span_starting[k])];
    based_in_list(s, b, doc.entity_for(*place), 0.85, "construction/nationality", args, out, members);
  }
  group_members(s, doc, args, out);
}

// "Chinese chip designers such as HiSilicon": a national group's named members.
void Constructions::group_members(const Sentence& s, Document& doc, const Arguments& args,
                                  std::vector<Candidate>& out) const {
  const auto& lex = pack_->lexicon();
  const auto& tok = s.tokens;
  for (const auto& g : s.spans) {
    if (g.anaphor || g.entities.size() != 1 || doc.entity(g.entities[0]).type != "group") continue;
    // "Chinese chip designers", and a country's name as well: "US defence contractors"
    auto d = lex.demonyms.find(tok[g.first].folded);
    const Entity* place =
        d != lex.demonyms.end() ? pack_->entity_by_name(d->second) : pack_->entity_by_name(tok[g.first].text);
    if (!place || place->type != "country") continue;
    // "Loongson and Phytium, two Chinese chip designers, ...": the group is an apposition
    if (const Span* named = apposed_before(s, g.first)) {
      based_in_list(s, *named, doc.entity_for(*place), 0.8, "construction/group-member", args, out, agents);
      continue;
    }
    std::size_t k = g.last;
    if (k < tok.size() && tok[k].folded == ",") ++k;
    if (k + 1 < tok.size() && tok[k].folded == "such" && tok[k + 1].folded == "as") k += 2;
    else if (k < tok.size() && (tok[k].folded == "including" || tok[k].folded == "like")) k += 1;
    else if (k != g.last || k >= tok.size() || s.span_starting[k] < 0) continue;  // "American chipmakers Intel and AMD"
    if (k >= tok.size() || s.span_starting[k] < 0) continue;
    based_in_list(s, s.spans[static_cast<std::size_t>(s.span_starting[k])], doc.entity_for(*place), 0.8,
                  "construction/group-member", args, out, agents);
  }
}

// The name an apposition opening at `at` describes: "X, a ...", "X and Y, two ...".
const Span* Constructions::apposed_before(const Sentence& s, std::size_t at) const {
  static const WordSet openers = {"a", "an", "the", "two", "three", "four", "both", "several"};
  // "Micron, the largest American memory maker": up to two describing words after the opener
  static const WordSet not_describing = {"of", "the", "a", "an", "to", "for", "and", "or", "in", "with", "by", "its", "their"};
  int words = 0;
  for (; words < 2 && at > 3 && s.tokens[at - 1].word && !s.tokens[at - 1].capitalised && s.span_ending[at - 1] < 0 &&
         !openers.count(s.tokens[at - 1].folded) && !not_describing.count(s.tokens[at - 1].folded);
       ++words)
    --at;
  if (at < 3 || !openers.count(s.tokens[at - 1].folded) || s.tokens[at - 2].folded != ",") return nullptr;
  // "the" opens an apposition only with a describing word ("the largest"): "With Finance
  // Minister Kiichi Miyazawa, the U.S. group also urged" starts the main clause
  if (s.tokens[at - 1].folded == "the" && words == 0) return nullptr;
  const int named = s.span_ending[at - 3];
  if (named < 0 || s.spans[static_cast<std::size_t>(named)].anaphor) return nullptr;
  return &s.spans[static_cast<std::size_t>(named)];
}

// "Zhipu AI, one of China's best-funded startups", "Cambricon is one of China's
// leading chip designers": the name is based in the country.
void Constructions::one_of_country(const Sentence& s, const Span& country, Document& doc, const Arguments& args,
                                   std::vector<Candidate>& out) const {
  const auto& tok = s.tokens;
  if (country.first < 4 || tok[country.first - 1].folded != "of" || tok[country.first - 2].folded != "one") return;
  // up to four words after "'s", the last a plural descriptor
  // (a relational noun is no nationality: "one of China's biggest suppliers")
  const WordSet& relational = pack_->lexicon().relational;
  bool head = false;
  for (std::size_t k = country.last + 1; k < tok.size() && k <= country.last + 4 && !head; ++k) {
    if (!tok[k].word || s.span_starting[k] >= 0 || relational.count(tok[k].folded)) break;
    head = tok[k].folded.ends_with("s") && pack_->lexicon().one_word_descriptor(tok[k].folded);
  }
  if (!head) return;
  const std::size_t before = country.first - 3;  // "," or the copula
  const Span* named = nullptr;
  if (tok[before].folded == ",") {
    if (const int n = s.span_ending[before - 1]; n >= 0) named = &s.spans[static_cast<std::size_t>(n)];
  } else {
    named = copula_before(s, country.first, true);
  }
  const Entity* place = doc.entity(country.entities[0]).pack;
  if (!named || named->anaphor || !place) return;
  based_in_list(s, *named, doc.entity_for(*place), 0.8, "construction/one-of-country",
                args, out, agents);
}

const Span* Constructions::copula_before(const Sentence& s, std::size_t at, bool one_of) const {
  static const WordSet articles = {"a", "an"};
  static const WordSet copulas = {"is", "was", "remains", "remained", "became", "becomes"};
  static const WordSet adverbs = {"also", "now", "still", "itself", "already", "essentially"};
  if (at < 3) return nullptr;
  std::size_t k = at - 2;
  if (one_of && s.tokens[at - 1].folded == "of" && s.tokens[k].folded == "one" && k >= 2) --k;  // "is one of China's ..."
  else if (!articles.count(s.tokens[at - 1].folded)) return nullptr;
  if (adverbs.count(s.tokens[k].folded) && k > 1) --k;
  if (!copulas.count(s.tokens[k].folded)) return nullptr;
  const int named = s.span_ending[k - 1];
  if (named < 0 || s.spans[static_cast<std::size_t>(named)].anaphor) return nullptr;
  return &s.spans[static_cast<std::size_t>(named)];
}

// Every named member of the list opening with `first` is based in `place`,
// except those with a nationality of their own.
void Constructions::based_in_list(const Sentence& s, const Span& first, int place, double confidence,
                                  const char* pattern, const Arguments& args, std::vector<Candidate>& out,
                                  const std::set<std::string>& members) const {
  if (first.anaphor || args.eligible(first, members).empty()) return;
  // "such as Huawei's HiSilicon": the member is what the possessor owns
  if (first.last + 1 < s.tokens.size() && s.tokens[first.last].folded == "'s" && s.span_starting[first.last + 1] >= 0) {
    based_in_list(s, s.spans[static_cast<std::size_t>(s.span_starting[first.last + 1])], place, confidence, pattern,
                  args, out, members);
    return;
  }
  const auto list = args.at(first.first, members, 0);
  if (!list) return;
  for (int x : list->modified()) {
    out.push_back(candidate(x, place, "based-in", confidence, pattern));
  }
}

const Lexicon::Title* Constructions::title_at(const Sentence& s, std::size_t at) const {
  const Lexicon::Title* best = nullptr;
  auto it = titles_by_first_.find(s.tokens[at].folded);
  if (it == titles_by_first_.end()) return nullptr;
  for (const Lexicon::Title* t : it->second) {
    if (at + t->words.size() > s.tokens.size()) continue;
    bool same = true;
    for (std::size_t i = 1; same && i < t->words.size(); ++i) same = s.tokens[at + i].folded == t->words[i];
    if (same && (!best || t->words.size() > best->words.size())) best = t;
  }
  return best;
}

// "Trade minister Yasutoshi Nishimura", "Economy minister Vincent Karremans": the
// state body the text named whose name holds the word before the title (its first
// five letters: "economy" finds the Ministry of Economic Affairs), else -1.
int body_named_by_domain(const Document& doc, const Discourse& discourse, const Sentence& s, std::size_t title) {
  if (title == 0 || !s.tokens[title - 1].word || s.tokens[title - 1].folded.size() < 5) return -1;
  const std::string stem = s.tokens[title - 1].folded.substr(0, 5);
  int best = -1, best_count = 0;
  for (const auto& [e, count] : discourse.mentions)
    if (doc.entity(e).type == "government" && fold(doc.entity(e).name).find(stem) != std::string::npos &&
        count > best_count) {
      best = e;
      best_count = count;
    }
  return best;
}

// The token after the span that starts at `at`, or `at` when none starts there.
std::size_t person_span_end(const Sentence& s, std::size_t at) {
  if (at >= s.tokens.size() || s.span_starting[at] < 0) return at;
  return s.spans[static_cast<std::size_t>(s.span_starting[at])].last;
}

// Whether the rest of the sentence names a body a person could lead ("... co-founded the company").
// Whether the title at `t` opens the sentence, after other titles at most ("Founder
// and chief executive Chen Tianshi").
bool opens_sentence(const Sentence& s, std::size_t t) {
  static const WordSet before = {"founder", "co-founder", "cofounder", "and", "chairman", "chairwoman", "president"};
  for (std::size_t k = 0; k < t; ++k)
    if (!before.count(s.tokens[k].folded)) return false;
  return true;
}

// The description of a body in the clause from `from` on ("said the company"),
// or null.
const Span* body_described(const Sentence& s, std::size_t from) {
  std::size_t end = from;
  while (end < s.tokens.size() && s.boundary[end] == 0) ++end;  // the title's own clause
  for (const auto& sp : s.spans)
    if (sp.first >= from && sp.first < end && sp.anaphor &&
        (sp.anaphor_types.count("company") || sp.anaphor_types.count("government") || sp.anaphor_types.count("institute")))
      return &sp;
  return nullptr;
}

// "Chief executive Sam Altman said OpenAI ...": the company named right after the
// person's "said" (or "said that"), when no other company has been named as often
// in the article so far (so "Jensen Huang said Huawei ..." in an Nvidia story
// leads nothing), else -1.
int body_said(const Sentence& s, const Document& doc, const Discourse& discourse, std::size_t person) {
  static const WordSet saying = {"said", "says", "told", "added"};
  std::size_t k = person_span_end(s, person);
  if (k == person || k >= s.tokens.size() || !saying.count(s.tokens[k].folded)) return -1;
  ++k;
  if (k < s.tokens.size() && s.tokens[k].folded == "that") ++k;
  if (k >= s.tokens.size() || s.span_starting[k] < 0) return -1;
  const Span& sp = s.spans[static_cast<std::size_t>(s.span_starting[k])];
  if (sp.anaphor || sp.entities.size() != 1 || doc.entity(sp.entities[0]).type != "company") return -1;
  const int firm = sp.entities[0];
  const int named = discourse.salience(firm);
  for (const auto& [e, count] : discourse.mentions)
    if (e != firm && count >= named && doc.entity(e).type == "company") return -1;
  return named > 0 ? firm : -1;
}

// The body named most often in the article so far among `types`, when one leads
// alone, else -1.
int leading_body(const Document& doc, const Discourse& discourse, const std::set<std::string>& types) {
  int best = -1, most = 0;
  bool tie = false;
  for (const auto& [e, count] : discourse.mentions) {
    if (!types.count(doc.entity(e).type)) continue;
    if (count > most) best = e, most = count, tie = false;
    else if (count == most) tie = true;
  }
  return tie ? -1 : best;
}

void Constructions::titles(const Sentence& s, Document& doc, const Arguments& args, const Discourse& discourse,
                           std::vector<Candidate>& out) const {
  static const std::set<std::string> person = {"person"};
  static const std::set<std::string> led = {"company", "government", "institute"};
  const auto& tok = s.tokens;
  const Lexicon::Title* title = nullptr;  // the one being read
  auto emit = [&](int p, int org) {
    if (p == org) return;
    // "Chief executive Peter Wennink": a firm's title heads no government
    if (title && !title->bodies.empty() && !title->bodies.count(doc.entity(org).type)) return;
    out.push_back(candidate(p, org, "leads", 0.85, "construction/title"));
  };
  auto org_ending_at = [&](long k) -> std::vector<int> {
    if (k < 0) return {};
    const int sp = s.span_ending[static_cast<std::size_t>(k)];
    return sp < 0 ? std::vector<int>{} : args.eligible(s.spans[static_cast<std::size_t>(sp)], led);
  };
  for (std::size_t t = 0; t < tok.size(); ++t) {
    if (s.span_starting[t] >= 0) continue;
    title = title_at(s, t);
    if (!title) continue;
    const std::size_t len = title->words.size();
    // ORG ['s] TITLE PERSON: "Nvidia chief executive Jensen Huang".
    long before = static_cast<long>(t) - 1;
    if (before >= 0 && tok[static_cast<std::size_t>(before)].folded == "'s") --before;
    auto orgs = org_ending_at(before);
    std::vector<int> people;
    if (t + len < tok.size() && s.span_starting[t + len] >= 0)
      people = args.eligible(s.spans[static_cast<std::size_t>(s.span_starting[t + len])], person);
    // "Nvidia's chief executive, Jensen Huang, said": the name apposed to an owned title
    if (people.empty() && !orgs.empty() && tok[t - 1].folded == "'s" && t + len + 1 < tok.size() &&
        tok[t + len].folded == "," && s.span_starting[t + len + 1] >= 0) {
      const Span& named = s.spans[static_cast<std::size_t>(s.span_starting[t + len + 1])];
      if (named.last < tok.size() && tok[named.last].folded == ",") people = args.eligible(named, person);
    }
    // "US Commerce Secretary Gina Raimondo", "Chinese President Xi Jinping": the
    // country before the title is the person's; so is that of a state body named
    // before it ("US Treasury Secretary Janet Yellen")
    if (!people.empty() && t > 0) {
      std::string country;
      if (const int c = s.span_ending[t - 1]; c >= 0) {
        const Span& sp = s.spans[static_cast<std::size_t>(c)];
        const DocEntity* named = !sp.anaphor && sp.entities.size() == 1 ? &doc.entity(sp.entities[0]) : nullptr;
        // a city before the title ("Texas Commerce chairman") is no nationality
        if (sp.place || sp.capital) named = nullptr;
        if (named && named->type == "country") country = named->name;
        else if (named && named->type == "government" && named->pack && sp.last - sp.first > 1)
          country = named->pack->country;
      } else if (auto d = pack_->lexicon().demonyms.find(tok[t - 1].folded); d != pack_->lexicon().demonyms.end()) {
        country = d->second;
      }
      if (const Entity* place = country.empty() ? nullptr : pack_->entity_by_name(country)) {
        out.push_back(candidate(people[0], doc.entity_for(*place), "based-in", 0.8, "construction/title-nationality"));
      }
    }
    if (title->state) continue;  // heads of state: state_titles()
    if (!orgs.empty() && !people.empty()) {
      // a title that names its body wins: "US Commerce Secretary Gina Raimondo"
      const Entity* body = title->org.empty() ? nullptr : pack_->entity_by_name(title->org);
      if (body) emit(people[0], doc.entity_for(*body));
      else for (int o : orgs) emit(people[0], o);
      continue;
    }
    // TITLE PERSON with no organisation named: "Commerce Secretary Gina Raimondo"
    // (the title names its body), "Chief executive Lisa Su said" (the company
    // the text is about).
    if (!people.empty() && (before < 0 || s.span_ending[static_cast<std::size_t>(before)] < 0)) {
      if (!title->org.empty()) {
        if (const Entity* body = pack_->entity_by_name(title->org)) emit(people[0], doc.entity_for(*body));
      } else if (const int body = body_named_by_domain(doc, discourse, s, t); body >= 0) {
        emit(people[0], body);
      } else if (const Span* described = opens_sentence(s, t) ? body_described(s, t + len) : nullptr) {
        // "Chief executive Lip-Bu Tan said the company was grateful": the body the
        // description stands for
        // described: ("Chief executive Pat Gelsinger told the company's conference"
        // after a sentence about Dell in an Intel story: Intel)
        if (described->entities.size() == 1 && led.count(doc.entity(described->entities[0]).type)) {
          const int named = described->entities[0];
          const int lead = leading_body(doc, discourse, {doc.entity(named).type});
          emit(people[0], lead >= 0 && discourse.salience(lead) > discourse.salience(named) ? lead : named);
        }
      } else if (const int said = opens_sentence(s, t) ? body_said(s, doc, discourse, t + len) : -1; said >= 0) {
        // "Chief executive Sam Altman said OpenAI had been working with Broadcom": the
        // article's main firm, named as the subject of what the person said
        emit(people[0], said);
      } else if (t == 0 && discourse.topic >= 0 && discourse.sentence - discourse.topic_sentence <= 1 &&
                 led.count(doc.entity(discourse.topic).type)) {
        // the topic, unless the article has named another body more often
        // ("Chairman Liu Qingfeng said" after "..., when Washington accused it" in an
        // iFlytek story)
        const int lead = leading_body(doc, discourse, led);
        emit(people[0], lead >= 0 && discourse.salience(lead) > discourse.salience(discourse.topic) ? lead : discourse.topic);
      } else if (t > 0 && (((tok[t - 1].folded == "," || tok[t - 1].folded == "and") &&
                            person_span_end(s, t + len) < tok.size() &&
                            (tok[person_span_end(s, t + len)].folded == "said" ||
                             tok[person_span_end(s, t + len)].folded == "says")) ||
                           tok[t - 1].folded == "which" || tok[t - 1].folded == "that")) {
        // "Nvidia's share ... has fallen, chief executive Jensen Huang said", "Nvidia
        // plans to use HBM3E in the B200, which chief executive Jensen Huang unveiled":
        // the company the sentence opened with
        for (const auto& sp : s.spans) {
          if (sp.first >= t) break;
          auto firms = args.eligible(sp, {"company"});
          // a pronoun that opens the sentence is its subject too ("It is ..., and chief
          // executive X said")
          if ((!sp.anaphor || sp.first == 0) && !firms.empty()) {
            emit(people[0], firms[0]);
            break;
          }
        }
      }
      continue;
    }
    // PERSON, [the] [ORG's] TITLE [of|at ORG]: "Jensen Huang, Nvidia's chief executive".
    long k = static_cast<long>(t) - 1;
    std::vector<int> org_before;
    if (k >= 0 && tok[static_cast<std::size_t>(k)].folded == "'s") {
      org_before = org_ending_at(k - 1);
      if (org_before.empty()) continue;
      k = static_cast<long>(s.spans[static_cast<std::size_t>(s.span_ending[static_cast<std::size_t>(k - 1)])].first) - 1;
    }
    if (k >= 0 && (tok[static_cast<std::size_t>(k)].folded == "the" || tok[static_cast<std::size_t>(k)].folded == "a" ||
                   tok[static_cast<std::size_t>(k)].folded == "its"))
      --k;
    // "Lip-Bu Tan, who became Intel's chief executive in March": the relative clause's title
    static const WordSet becoming = {"became", "becomes", "is", "was", "remains", "remained", "serves", "served"};
    if (k >= 2 && becoming.count(tok[static_cast<std::size_t>(k)].folded) &&
        tok[static_cast<std::size_t>(k - 1)].folded == "who")
      k -= 2;
    else if (k >= 3 && tok[static_cast<std::size_t>(k)].folded == "as" &&
             becoming.count(tok[static_cast<std::size_t>(k - 1)].folded) &&
             tok[static_cast<std::size_t>(k - 2)].folded == "who")
      k -= 3;  // "who serves as"
    if (k < 1 || tok[static_cast<std::size_t>(k)].folded != ",") continue;
    const int ps = s.span_ending[static_cast<std::size_t>(k - 1)];
    if (ps < 0) continue;
    people = args.eligible(s.spans[static_cast<std::size_t>(ps)], person);
    if (people.empty()) continue;
    std::vector<int> org_after;
    std::size_t a = t + len;
    if (a < tok.size() && (tok[a].folded == "of" || tok[a].folded == "at")) {
      ++a;
      if (a < tok.size() && tok[a].folded == "the") ++a;
      if (a < tok.size() && s.span_starting[a] >= 0)
        org_after = args.eligible(s.spans[static_cast<std::size_t>(s.span_starting[a])], led);
    }
    for (int o : org_before) emit(people[0], o);
    for (int o : org_after) emit(people[0], o);
  }
  state_titles(s, doc, args, out);
}

// "US President Donald Trump", "Chinese President Xi Jinping", "President Trump
// said": a head of state leads the government of the country named before the
// title, else of the person's own country.
void Constructions::state_titles(const Sentence& s, Document& doc, const Arguments& args,
                                 std::vector<Candidate>& out) const {
  static const std::set<std::string> person = {"person"};
  const auto& tok = s.tokens;
  for (std::size_t t = 0; t < tok.size(); ++t) {
    const Lexicon::Title* title = title_at(s, t);
    if (!title || !title->state) continue;
    const std::size_t len = title->words.size();
    int span = s.span_starting[t];  // the title inside the name ("President Donald Trump")
    if (span < 0 || args.eligible(s.spans[static_cast<std::size_t>(span)], person).empty())
      span = t + len < tok.size() ? s.span_starting[t + len] : -1;
    if (span < 0) continue;
    const Span& sp = s.spans[static_cast<std::size_t>(span)];
    const auto people = args.eligible(sp, person);
    if (sp.anaphor || people.size() != 1) continue;
    // "president of X" names a company or body, not a state
    if (sp.last < tok.size() && tok[sp.last].folded == "of") continue;
    std::string country;
    if (t > 0 && s.span_ending[t - 1] >= 0) {
      const Span& before = s.spans[static_cast<std::size_t>(s.span_ending[t - 1])];
      if (before.place || before.capital) continue;  // "Texas Air chairman", "Tokyo branch president"
      if (before.entities.size() == 1 && doc.entity(before.entities[0]).type == "country")
        country = doc.entity(before.entities[0]).name;
      else if (!before.anaphor)
        continue;  // "Nvidia president X"
    } else if (t > 0) {
      if (auto d = pack_->lexicon().demonyms.find(tok[t - 1].folded); d != pack_->lexicon().demonyms.end())
        country = d->second;
    }
    if (country.empty() && doc.entity(people[0]).pack) country = doc.entity(people[0]).pack->country;
    const Entity* place = country.empty() ? nullptr : pack_->entity_by_name(country);
    const Entity* government = pack_->government_of(place);
    if (!government) continue;
    out.push_back(candidate(people[0], doc.entity_for(*government), "leads", 0.85, "construction/state-title"));
    // "US President Donald Trump": the country named before the title is the person's
    if (t > 0 && s.span_ending[t - 1] >= 0 && !country.empty())
      out.push_back(candidate(people[0], doc.entity_for(*place), "based-in", 0.8, "construction/title-nationality"));
    t = sp.last - 1;
  }
}

}  // namespace chipgraph::extract
