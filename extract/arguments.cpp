// Argument search over a sentence's spans.
#include "extract/arguments.h"

#include <algorithm>
#include <cctype>

namespace chipgraph::extract {
namespace {

bool is_conjunction(const std::string& f) { return f == "and" || f == "or" || f == "nor" || f == "&" || f == "plus"; }

bool opens_apposition(const std::string& f) {
  static const WordSet openers = {"a",   "an",      "the",  "which", "who", "whose", "its",     "part",
                                  "one", "another", "whom", "once",  "now", "until", "formerly",
                                  // a comparison set off by commas: "The MI300X, like the H100, cannot"
                                  "like", "unlike"};
  return openers.count(f) > 0;
}

}  // namespace

// Whether a verb follows position `after` (over adverbs): "Nvidia said it would",
// "said it firmly opposed"; a reference before its verb is a subject.
bool verb_follows(const Sentence& s, std::size_t after) {
  static const WordSet verbs = {"would",   "will", "is",    "was",    "has",  "had",   "could",
                                "can",     "may",  "might", "should", "did",  "does",  "plans",
                                "expects", "said", "says",  "'s",     "also", "still", "then"};
  static const WordSet irregular = {"bought", "sold", "made",  "built", "took",  "won",   "paid", "told",
                                    "began",  "saw",  "led",   "ran",   "got",   "put",   "set",  "cut",
                                    "kept",   "sent", "spent", "went",  "chose", "became"};
  while (after + 1 < s.tokens.size() && s.tokens[after].folded.size() > 4 && s.tokens[after].folded.ends_with("ly")) ++after;
  const std::string next = after < s.tokens.size() ? static_cast<const std::string&>(s.tokens[after].folded) : std::string();
  return verbs.count(next) || irregular.count(next) || (next.size() > 3 && next.compare(next.size() - 2, 2, "ed") == 0);
}

Arguments::Arguments(const Sentence& sentence, Document& document, const Pack& pack)
    : sentence_(&sentence), document_(&document), pack_(&pack), apposition_open_(sentence.tokens.size(), -1) {
  // "X, a startup backed by Y, trained ...": the commas around an apposition
  // that follows an entity, so a left search from after it reaches X.
  const auto& tok = sentence.tokens;
  for (std::size_t c = 1; c + 1 < tok.size(); ++c) {
    if (tok[c].folded != ",") continue;
    // "The Kirin 9000S chip, designed by ...": generic nouns may follow the name
    std::size_t name_end = c;
    while (name_end > 1 && pack.lexicon().heads.count(tok[name_end - 1].folded) && c - name_end < 2) --name_end;
    // ", which ..., " is skipped after any noun: "The search company, which has been a
    // major Nvidia customer, intends to" has its subject before the clause
    const bool relative = tok[c + 1].folded == "which" || tok[c + 1].folded == "who";
    // ", the Financial Times reported last month, listing ...": an attribution between
    // commas is skipped after any word, like a relative clause
    if (const std::size_t close = attribution_closing(c); close > 0) {
      apposition_open_[close] = static_cast<long>(c);
      continue;
    }
    if (sentence.span_ending[c - 1] < 0 && sentence.span_ending[name_end - 1] < 0 && !relative) continue;
    const int next = sentence.span_starting[c + 1];
    const bool description = next >= 0 && !sentence.spans[static_cast<std::size_t>(next)].country.empty();
    // "The Kirin 9000S, designed by Huawei's HiSilicon unit, is ...", "its CloudMatrix
    // 384 system, built from 384 Ascend 910C chips, outperforms": a reduced relative clause
    static const WordSet participle_links = {"by", "from", "with", "on", "using", "around"};
    // "The company, linked to crypto-mining machine maker Bitmain, placed": a tie to someone
    static const WordSet ties = {"linked", "tied", "connected", "related", "affiliated", "allied"};
    const bool participle = c + 2 < tok.size() && tok[c + 1].folded.size() > 3 &&
                            ((participle_links.count(tok[c + 2].folded) &&
                              (tok[c + 1].folded.ends_with("ed") || tok[c + 1].folded == "made" ||
                               tok[c + 1].folded == "built" || tok[c + 1].folded == "run" || tok[c + 1].folded == "owned")) ||
                             (tok[c + 2].folded == "to" && ties.count(tok[c + 1].folded)));
    // "Kunlunxin, Baidu's chip unit, supplies": a possessor and its lower-case noun
    // between commas describe the name before them
    bool possessor = false;
    if (next >= 0) {
      std::size_t k = sentence.spans[static_cast<std::size_t>(next)].last;
      if (k + 1 < tok.size() && tok[k].folded == "'s" && tok[k + 1].word && !tok[k + 1].capitalised) {
        for (++k; k < tok.size() && k < c + 9 && tok[k].word && !tok[k].capitalised; ++k) {}
        possessor = k < tok.size() && tok[k].folded == ",";
      }
    }
    if (!opens_apposition(tok[c + 1].folded) && !description && !participle && !possessor) continue;
    // a relative clause may hold clauses of its own: "The H800, which is not the
    // newest chip but is still powerful, was restricted"
    for (std::size_t k = c + 2; k < tok.size() && (!relative || k < c + 25); ++k) {
      // "Samsung, which lost ground after its chips took a year to win approval, has":
      // a relative clause reaches over its own subordinate clauses to its closing comma
      if ((boundary_at(k) && !(relative && tok[k].word)) || tok[k].folded == ";" || tok[k].folded == ":") break;
      if (tok[k].folded == ",") {
        apposition_open_[k] = static_cast<long>(c);
        break;
      }
    }
  }
}

std::vector<int> Arguments::eligible(const Span& span, const std::set<std::string>& types) const {
  std::vector<int> out;
  // A city, or a capital in a role not open to a government, stands for its
  // country only where the role is a place: open to a country and nothing else
  // ("based in Hangzhou", "sales to Shenzhen"), not in "curbs Washington imposed".
  const bool place_role = types.size() == 1 && types.count("country");
  if (span.place) {
    if (place_role)
      for (int e : span.entities)
        if (document_->entity(e).type == "country") out.push_back(e);
    return out;
  }
  if (span.capital && place_role) {  // "headquartered in Beijing": the capital's country
    for (int e : span.entities)
      if (const Entity* gov = document_->entity(e).pack; gov && !gov->country.empty())
        if (const Entity* country = pack_->entity_by_name(gov->country); country && country->type == "country")
          out.push_back(document_->entity_for(*country));
    return out;
  }
  // "Zhipu AI, based in Beijing, was added": a capital where something is based
  // names a place, not a government acting
  if (span.capital && span.first >= 2 && sentence_->tokens[span.first - 1].folded == "in") {
    static const WordSet seats = {"based", "headquartered", "located", "registered", "incorporated"};
    if (seats.count(sentence_->tokens[span.first - 2].folded)) return out;
  }
  for (int e : span.entities) {
    const DocEntity& entity = document_->entity(e);
    if (types.count(entity.type)) {
      out.push_back(e);
    } else if (entity.type == "country" && types.count("government") && entity.pack &&
               !entity.pack->government.empty()) {
      if (const Entity* gov = pack_->entity(entity.pack->government)) out.push_back(document_->entity_for(*gov));
    }
  }
  return out;
}

// The closing comma of an attribution opening at the comma `c` (", the newspaper
// said,", ", people familiar with the matter said,", ", the FT reported last month,"),
// or 0: at most six words, then a reporting verb, then up to three words.
std::size_t Arguments::attribution_closing(std::size_t c) const {
  static const WordSet reporting = {"said", "says", "reported", "reports", "added", "noted", "wrote"};
  const auto& tok = sentence_->tokens;
  for (std::size_t v = c + 2; v < tok.size() && v <= c + 7; ++v) {
    if (tok[v].folded == "," || tok[v].folded == ";") return 0;
    if (!reporting.count(tok[v].folded)) continue;
    for (std::size_t k = v + 1; k < tok.size() && k <= v + 4; ++k) {
      // what follows continues the clause the attribution interrupts: a participle
      // or a verb ("listing ...", "has said"), not a phrase of its own (", in a deal")
      if (tok[k].folded == ",")
        return k + 1 < tok.size() && ((tok[k + 1].folded.size() > 5 && tok[k + 1].folded.ends_with("ing")) ||
                                      verb_follows(*sentence_, k + 1))
                   ? k
                   : 0;
      if (!tok[k].word) return 0;
    }
    return 0;
  }
  return 0;
}

std::size_t Arguments::skip_apposition(std::size_t pos) const {
  for (std::size_t close = pos + 1; close < apposition_open_.size(); ++close)
    if (apposition_open_[close] == static_cast<long>(pos)) return close + 1;
  return pos;
}

std::size_t Arguments::skip_heads(std::size_t pos) const {
  const auto& heads = pack_->lexicon().heads;
  while (pos < sentence_->tokens.size() && heads.count(sentence_->tokens[pos].folded)) ++pos;
  return pos;
}

// "The MI300X, like the H100, cannot be sold": a comparison set off by commas at
// `p` says the same of the name it holds (not ", unlike the H100,"). Whether one
// opens there.
bool Arguments::add_comparison(Found& found, std::size_t p, const std::set<std::string>& types) const {
  const auto& s = *sentence_;
  const auto& tok = s.tokens;
  if (p + 2 >= tok.size() || tok[p].folded != "," || tok[p + 1].folded != "like") return false;
  std::size_t q = p + 2;
  if (tok[q].folded == "the") ++q;
  const int member = q < tok.size() ? s.span_starting[q] : -1;
  const std::size_t past = skip_apposition(p);
  if (member >= 0 && past != p && s.spans[static_cast<std::size_t>(member)].last + 1 == past) {
    auto more = eligible(s.spans[static_cast<std::size_t>(member)], types);
    found.entities.insert(found.entities.end(), more.begin(), more.end());
  }
  return true;
}

Found Arguments::coordinate(const Span& span, std::vector<int> entities, const std::set<std::string>& types,
                            std::size_t floor) const {
  const auto& s = *sentence_;
  const auto& tok = s.tokens;
  Found found{std::move(entities), span.first, span.last, span.anaphor};
  // "MetaX and Enflame, the latter backed by Tencent": a reference picks one of a list
  // (its comparison still adds: "The full chip, like the H100, requires")
  if (span.anaphor && !span.pronoun) {
    add_comparison(found, found.last, types);
    return found;
  }
  // Rightwards: ", X", "and X", ", and X", "as well as X", ", including X and Y",
  // "X in 2026, followed by Y in 2027 and Z".
  for (std::size_t pos = found.last;;) {
    std::size_t p = skip_heads(pos);
    // "the MTT S4000 data centre accelerator and the MTT S80": describing words before a head noun
    if (p == pos) {
      std::size_t q = p;
      for (int described = 0; q < tok.size() && described < 2 && tok[q].word && !tok[q].capitalised &&
                              s.span_starting[q] < 0 && !is_conjunction(tok[q].folded) && !pack_->lexicon().heads.count(tok[q].folded);
           ++described)
        ++q;
      if (q > p && q < tok.size() && pack_->lexicon().heads.count(tok[q].folded)) p = skip_heads(q);
    }
    // "$6.6 billion for TSMC, which makes ..., and $7.86 billion for Intel"; "the Tianchi
    // 256, which will link ..., and the Tianchi 512": a relative clause between members
    // "Zhipu AI, one of the country's best-funded developers, and Sophgo": an
    // apposition between members
    auto member_after = [&](std::size_t q) {
      if (q < tok.size() && tok[q].folded == "the") ++q;
      return q < tok.size() && s.span_starting[q] >= 0 && p + 1 < tok.size() &&
             (tok[p + 1].folded == "which" || tok[p + 1].folded == "who" || opens_apposition(tok[p + 1].folded));
    };
    if (std::size_t past = skip_apposition(p);
        past != p && past + 1 < tok.size() && is_conjunction(tok[past].folded) &&
        (tok[past + 1].folded == "$" || tok[past + 1].folded == "us$" || member_after(past + 1) ||
         // "to Tencent, Baidu's rival, and to Alibaba": the preposition repeated after it
         (found.first > 0 && past + 2 < tok.size() && tok[past + 1].folded == tok[found.first - 1].folded &&
          (tok[past + 1].folded == "to" || tok[past + 1].folded == "from" || tok[past + 1].folded == "with")))) {
      found.gap_first = p;
      found.gap_last = past;
      found.gap_members = found.entities.size();
      p = past;
    }
    bool separated = false;
    if (p + 1 < tok.size() && tok[p].folded == "in" && tok[p + 1].word && tok[p + 1].folded[0] >= '0' &&
        tok[p + 1].folded[0] <= '9')
      p += 2;  // a date between list members
    // "lost ground to TSMC in manufacturing and to Nvidia and AMD in AI chips": the
    // preposition before the list repeated after "and" (over a short phrase of its own)
    if (static const WordSet repeatable = {"to", "from", "with", "against"};
        found.first > 0 && repeatable.count(tok[found.first - 1].folded)) {
      std::size_t q = p;
      if (q < tok.size() && (tok[q].folded == "in" || tok[q].folded == "for" || tok[q].folded == "on")) {
        std::size_t w = q + 1;
        while (w < tok.size() && w <= q + 3 && tok[w].word && !is_conjunction(tok[w].folded) && s.span_starting[w] < 0)
          ++w;
        q = w;
      }
      if (q < tok.size() && tok[q].folded == ",") ++q;
      if (q + 2 < tok.size() && tok[q].folded == "and") {
        std::size_t r = q + 1;
        // "to Samsung and SK Hynix and, increasingly, to Chinese producers such as CXMT":
        // an adverb between commas after "and", and a class named before its members
        if (r + 2 < tok.size() && tok[r].folded == ",") {
          std::size_t w = r + 1;
          while (w < tok.size() && w <= r + 3 && tok[w].word && s.span_starting[w] < 0) ++w;
          if (w < tok.size() && w > r + 1 && tok[w].folded == ",") r = w + 1;
        }
        if (r + 1 < tok.size() && tok[r].folded == tok[found.first - 1].folded) {
          std::size_t m = r + 1;
          if (s.span_starting[m] < 0) {
            std::size_t w = m;
            while (w < tok.size() && w <= m + 3 && tok[w].word && s.span_starting[w] < 0 && tok[w].folded != "such" &&
                   tok[w].folded != "like" && tok[w].folded != "including")
              ++w;
            if (w + 1 < tok.size() && tok[w].folded == "such" && tok[w + 1].folded == "as") w += 2;
            else if (w < tok.size() && (tok[w].folded == "like" || tok[w].folded == "including")) ++w;
            else w = m;
            m = w;
          }
          if (m < tok.size() && s.span_starting[m] >= 0) {
            p = m;
            separated = true;
          }
        }
      }
    }
    if (p + 2 < tok.size() && tok[p].folded == "," && tok[p + 1].folded == "followed" && tok[p + 2].folded == "by") {
      p += 3;
      separated = true;
      if (p < tok.size() && tok[p].folded == "the") ++p;
    }
    if (add_comparison(found, p, types)) break;
    // (after a group, without the comma: "urged Chinese firms including ByteDance to")
    const bool group_before = document_->entity(found.entities.back()).type == "group";
    if (p + 1 < tok.size() && ((tok[p].folded == "," && tok[p + 1].folded == "including") ||
                               (group_before && tok[p].folded == "including"))) {
      p += tok[p].folded == "," ? 2 : 1;
      const int member = p < tok.size() ? s.span_starting[p] : -1;
      if (member < 0) break;
      auto more = eligible(s.spans[static_cast<std::size_t>(member)], types);
      if (more.empty()) break;
      found.entities.insert(found.entities.end(), more.begin(), more.end());
      pos = found.last = s.spans[static_cast<std::size_t>(member)].last;
      continue;
    }
    // "the A800, a slower version of the A100, and the H800": a comma before "and"
    // after a single name closes an apposition; it joins no two-member list
    if (p + 1 < tok.size() && tok[p].folded == "," && is_conjunction(tok[p + 1].folded) && found.entities.size() == 1 &&
        found.first > 1 && tok[found.first - 1].folded == "the" && tok[found.first - 2].folded == "of")
      break;
    // "the Tianchi 256, which will link 256 P800 chips, and the Tianchi 512": a list
    // inside a relative clause ends at the comma that closes it
    // (but "Stargate, a joint venture of OpenAI, SoftBank and Oracle": a comma
    // before a member that a conjunction and another member follow is a list's)
    auto list_goes_on = [&](std::size_t comma) {
      if (comma + 1 >= tok.size() || s.span_starting[comma + 1] < 0) return false;
      const std::size_t end = s.spans[static_cast<std::size_t>(s.span_starting[comma + 1])].last;
      return end + 1 < tok.size() && is_conjunction(tok[end].folded) && s.span_starting[end + 1] >= 0;
    };
    if (p < tok.size() && tok[p].folded == "," && apposition_open_[p] >= 0 &&
        static_cast<long>(found.first) > apposition_open_[p] && !list_goes_on(p))
      break;
    // "Kunlunxin, Baidu's chip unit, supplies": a possessor opening an apposition
    // describes the name before it and is no member
    if (p + 1 < tok.size() && tok[p].folded == "," && skip_apposition(p) != p && s.span_starting[p + 1] >= 0) {
      const Span& owner = s.spans[static_cast<std::size_t>(s.span_starting[p + 1])];
      if (owner.last < tok.size() && tok[owner.last].folded == "'s") break;
    }
    if (p < tok.size() && tok[p].folded == ",") ++p, separated = true;
    if (p < tok.size() && is_conjunction(tok[p].folded)) ++p, separated = true;
    // "and the MTT S80"
    if (separated && p + 1 < tok.size() && tok[p].folded == "the" && s.span_starting[p + 1] >= 0) ++p;
    if (p + 2 < tok.size() && tok[p].folded == "as" && tok[p + 1].folded == "well" && tok[p + 2].folded == "as")
      p += 3, separated = true;
    if (!separated || p >= tok.size()) break;
    // "about 100,000 910C chips and around 300,000 910B chips": quantities before a member
    static const WordSet quantity = {"the", "its", "their", "about", "around", "some", "nearly", "roughly", "up", "to",
                                     "more", "than", "another", "over", "almost",
                                     // "the H100 and its newer Blackwell chips"
                                     "newer", "older", "latest", "earlier", "new", "own", "upcoming"};
    // "its" is a pronoun span of its own, skipped here like "the"
    auto pronoun_at = [&](std::size_t at) {
      const int starting = s.span_starting[at];
      return starting >= 0 && s.spans[static_cast<std::size_t>(starting)].possessive_pronoun &&
             s.spans[static_cast<std::size_t>(starting)].last == at + 1;
    };
    for (int skipped = 0; p + 1 < tok.size() && skipped < 4 && (s.span_starting[p] < 0 || pronoun_at(p)) &&
                          (quantity.count(tok[p].folded) || (tok[p].word && tok[p].folded[0] >= '0' && tok[p].folded[0] <= '9'));
         ++skipped)
      ++p;
    // "$6.6 billion for TSMC and $7.86 billion for Intel": an amount before each member
    if (p + 2 < tok.size() && (tok[p].folded == "$" || tok[p].folded == "us$")) {
      std::size_t q = p + 1;
      while (q < tok.size() && q < p + 4 && s.span_starting[q] < 0 &&
             (std::isdigit(static_cast<unsigned char>(tok[q].folded[0])) || tok[q].folded == "billion" ||
              tok[q].folded == "million" || tok[q].folded == "bn" || tok[q].folded == "."))
        ++q;
      if (q < tok.size() && tok[q].folded == "for") {
        p = q + 1;
        found.own_nationality_from = std::min(found.own_nationality_from, found.entities.size());
      }
    }
    // "..., and US-based Micron", "and Chinese rival SMIC": a nationality before a member
    if (p + 1 < tok.size() && s.span_starting[p] < 0 &&
        (tok[p].folded.ends_with("-based") || pack_->lexicon().demonyms.count(tok[p].folded))) {
      ++p;
      found.own_nationality_from = std::min(found.own_nationality_from, found.entities.size());
    }
    // "memory chipmaker YMTC and AI chip designer Cambricon": a description before a member
    if (p < tok.size() && s.span_starting[p] < 0) {
      const std::size_t longest = description_at(p);
      if (longest > 0 && p + longest < tok.size() && s.span_starting[p + longest] >= 0) p += longest;
    }
    int next = s.span_starting[p];
    if (next < 0) break;
    // "Nvidia's H100 and Apple's M-series chips": a possessor before a member
    // List members share a type: "bans the H20, Nvidia said" is no list; but "and"
    // joins two things a chip is made of or uses ("carry HBM and Nvidia's NVLink"),
    // or two inputs of chipmaking ("DUV lithography and multi-patterning", "gallium
    // and etching tools")
    static const std::set<std::string> parts = {"material", "technology", "equipment"};
    const std::string type = document_->entity(found.entities.back()).type;
    auto fits = [&](const std::vector<int>& more) {
      if (more.empty()) return false;
      const std::string& other = document_->entity(more[0]).type;
      return other == type || (p > 0 && is_conjunction(tok[p - 1].folded) && parts.count(type) && parts.count(other));
    };
    if (const Span& owner = s.spans[static_cast<std::size_t>(next)];
        owner.last + 1 < tok.size() && tok[owner.last].folded == "'s" && s.span_starting[owner.last + 1] >= 0 &&
        (eligible(owner, types).empty() ||
         fits(eligible(s.spans[static_cast<std::size_t>(s.span_starting[owner.last + 1])], types))))
      next = s.span_starting[owner.last + 1];
    auto more = eligible(s.spans[static_cast<std::size_t>(next)], types);
    if (!fits(more)) break;
    found.entities.insert(found.entities.end(), more.begin(), more.end());
    pos = found.last = s.spans[static_cast<std::size_t>(next)].last;
  }
  // "ByteDance, Alibaba and other large firms", "Nvidia and others": an open tail
  // adds no member, and the list ends after it
  if (std::size_t p = found.last; p + 1 < tok.size() && is_conjunction(tok[p].folded)) {
    if (tok[p + 1].folded == "others") {
      found.last = p + 2;
    } else if (tok[p + 1].folded == "other" && p + 2 < tok.size() && s.span_starting[p + 2] >= 0) {
      // "Huawei and other Chinese chip designers": the group named is a member
      const Span& group = s.spans[static_cast<std::size_t>(s.span_starting[p + 2])];
      if (auto more = eligible(group, types);
          !more.empty() && !group.anaphor && document_->entity(more[0]).type == "group") {
        found.entities.insert(found.entities.end(), more.begin(), more.end());
        found.last = group.last;
      }
    } else if (tok[p + 1].folded == "other") {
      std::size_t q = p + 2;
      while (q < tok.size() && q < p + 5 && tok[q].word && !tok[q].capitalised && s.span_starting[q] < 0 &&
             !is_conjunction(tok[q].folded) && tok[q].folded.back() != 's')
        ++q;
      if (q < tok.size() && q < p + 5 && tok[q].word && !tok[q].capitalised && s.span_starting[q] < 0 &&
          tok[q].folded.back() == 's')
        found.last = q + 1;
    }
  }
  // Leftwards: "X, Y and" before the span; "Chinese tech firms including X, Y and Z".
  for (std::size_t first = found.first; first > 0;) {
    long q = static_cast<long>(first) - 1;
    // "ByteDance, Baidu and state-owned carrier China Mobile": over a description
    // (and up to two words describing it) before the member
    for (long d = q; d >= 0 && d + 3 >= q; --d)
      if (static_cast<long>(description_at(static_cast<std::size_t>(d))) == q - d + 1) {
        long a = d - 1;
        for (int adjectives = 0; a >= 0 && adjectives < 2 && tok[static_cast<std::size_t>(a)].word &&
                                 !tok[static_cast<std::size_t>(a)].capitalised && !is_conjunction(tok[static_cast<std::size_t>(a)].folded) &&
                                 s.span_ending[static_cast<std::size_t>(a)] < 0;
             ++adjectives)
          --a;
        if (a >= 0 && is_conjunction(tok[static_cast<std::size_t>(a)].folded)) q = a;
        break;
      }
    // "the H20 and the RTX Pro 6000D" (but ", and the H800" may close an apposition:
    // "the A800, a slower version of the A100, and the H800")
    if (q >= 2 && tok[static_cast<std::size_t>(q)].folded == "the" &&
        is_conjunction(tok[static_cast<std::size_t>(q - 1)].folded) && tok[static_cast<std::size_t>(q - 2)].folded != ",")
      --q;
    bool separated = false;
    if (q >= 1 && (tok[static_cast<std::size_t>(q)].folded == "including" ||
                   (tok[static_cast<std::size_t>(q)].folded == "as" && tok[static_cast<std::size_t>(q - 1)].folded == "such"))) {
      long g = q - (tok[static_cast<std::size_t>(q)].folded == "as" ? 2 : 1);
      if (g >= 0 && tok[static_cast<std::size_t>(g)].folded == ",") --g;
      const int whole = g >= 0 ? s.span_ending[static_cast<std::size_t>(g)] : -1;
      if (whole >= 0) {
        auto group = eligible(s.spans[static_cast<std::size_t>(whole)], types);
        if (!group.empty()) {
          found.entities.insert(found.entities.begin(), group.begin(), group.end());
          found.first = s.spans[static_cast<std::size_t>(whole)].first;
        }
      }
      break;
    }
    if (q >= 0 && is_conjunction(tok[static_cast<std::size_t>(q)].folded)) --q, separated = true;
    if (q >= 0 && tok[static_cast<std::size_t>(q)].folded == ",") --q, separated = true;
    if (!separated) break;
    while (q >= 0 && pack_->lexicon().heads.count(tok[static_cast<std::size_t>(q)].folded)) --q;
    if (q < static_cast<long>(floor)) break;
    const int prev = s.span_ending[static_cast<std::size_t>(q)];
    if (prev < 0) break;
    const Span& ps = s.spans[static_cast<std::size_t>(prev)];
    // "X's Y and Z": a possessor is not a list member.
    if (ps.last < tok.size() && tok[ps.last].folded == "'s") break;
    // "Unlike Nvidia, Huawei does not": a contrast opens no list
    if (ps.first > 0 && tok[ps.first - 1].folded == "unlike") break;
    auto more = eligible(ps, types);
    if (more.empty() || document_->entity(more[0]).type != document_->entity(found.entities[0]).type) break;
    found.entities.insert(found.entities.begin(), more.begin(), more.end());
    first = found.first = ps.first;
  }
  return found;
}

std::size_t Arguments::description_at(std::size_t at) const {
  const auto& tok = sentence_->tokens;
  std::size_t longest = 0;
  // singular or plural: "as well as Chinese memory makers YMTC and CXMT"
  for (const auto& d : pack_->lexicon().descriptors) {
    const std::size_t n = d.words.size();
    if (n <= longest || at + n > tok.size()) continue;
    bool same = true;
    for (std::size_t w = 0; same && w < n; ++w)
      same = tok[at + w].folded == d.words[w] || (w + 1 == n && tok[at + w].folded == d.words[w] + "s");
    if (same) longest = n;
  }
  return longest;
}

std::optional<Found> Arguments::left(std::size_t from, const std::set<std::string>& types, std::size_t window) const {
  const auto& s = *sentence_;
  std::size_t seen = 0;
  for (long j = static_cast<long>(from) - 1; j >= 0 && seen < window; --j, ++seen) {
    const auto k = static_cast<std::size_t>(j);
    if (boundary_at(k) && k + static_cast<std::size_t>(s.boundary[k]) <= from) return std::nullopt;
    if (apposition_open_[k] >= 0) {
      j = apposition_open_[k];  // the loop's --j moves onto the entity before it
      continue;
    }
    const int span = s.span_ending[k];
    if (span < 0) continue;
    const Span& sp = s.spans[static_cast<std::size_t>(span)];
    // A possessor of a named thing ("Huawei's" in "Huawei's Ascend chips") is not
    // the clause's subject; a possessor of the trigger itself ("Washington's ban
    // on") is.
    if (possessor_of_name(sp) && sp.last + 1 < from && s.span_starting[sp.last + 1] >= 0) continue;
    if (possessor_of_name(sp)) {
      bool owned_before_trigger = false;
      for (std::size_t q = sp.last + 1; q < from && q <= sp.last + 3; ++q)
        owned_before_trigger = owned_before_trigger || s.span_starting[q] >= 0;
      if (owned_before_trigger) continue;
    }
    // "its" is no subject, except of the trigger it owns ("Its investors include",
    // "its biggest customers")
    if (sp.possessive_pronoun && !owns_trigger(sp, from)) continue;
    // "ByteDance's data centres in Malaysia are equipped with": a firm's own
    // facilities, named by a generic name, stand for the firm
    if (sp.first >= 2 && s.tokens[sp.first - 1].folded == "'s" && s.span_ending[sp.first - 2] >= 0 &&
        sp.last > sp.first && pack_->lexicon().facilities.count(s.tokens[sp.last - 1].folded)) {
      const Span& owner = s.spans[static_cast<std::size_t>(s.span_ending[sp.first - 2])];
      if (auto owners = eligible(owner, types); !owner.anaphor && !owners.empty())
        return coordinate(owner, std::move(owners), types);
    }
    auto entities = eligible(sp, types);
    if (entities.empty()) continue;
    return coordinate(sp, std::move(entities), types);
  }
  return std::nullopt;
}

// Whether only describing words stand between the possessive pronoun `sp` and
// the trigger at `trigger` ("its", "its two biggest").
bool Arguments::owns_trigger(const Span& sp, std::size_t trigger) const {
  const auto& s = *sentence_;
  if (trigger < sp.last || trigger > sp.last + 2) return false;
  for (std::size_t q = sp.last; q < trigger; ++q)
    if (!s.tokens[q].word || s.span_starting[q] >= 0 || boundary_at(q)) return false;
  return true;
}

bool Arguments::possessor_of_name(const Span& sp) const {
  const auto& s = *sentence_;
  if (sp.last >= s.tokens.size() || s.tokens[sp.last].folded != "'s") return false;
  // the owned name follows over describing words only: "Nvidia's approval for its
  // latest HBM" owns no name
  static const WordSet phrase_starts = {"of",   "for", "to",  "in", "on", "with", "by",
                                        "from", "at",  "and", "or", "as", "that", "which"};
  for (std::size_t q = sp.last + 1; q < s.tokens.size() && q <= sp.last + 3; ++q) {
    if (s.span_starting[q] >= 0) return !s.spans[static_cast<std::size_t>(s.span_starting[q])].pronoun;
    if (!s.tokens[q].word || phrase_starts.count(s.tokens[q].folded)) return false;
  }
  return false;
}

std::optional<Found> Arguments::subject_before(std::size_t before, const std::set<std::string>& types) const {
  const auto& s = *sentence_;
  const std::size_t start = clause_start(before);
  for (std::size_t k = before; k-- > start;) {
    const int span = s.span_ending[k];
    if (span < 0) continue;
    const Span& sp = s.spans[static_cast<std::size_t>(span)];
    if (possessor_of_name(sp) || !verb_follows(s, sp.last)) continue;
    auto entities = eligible(sp, types);
    if (entities.empty()) return std::nullopt;
    return coordinate(sp, std::move(entities), types);
  }
  return std::nullopt;
}

std::optional<Found> Arguments::first_in_clause(std::size_t before, const std::set<std::string>& types) const {
  const auto& s = *sentence_;
  const std::size_t start = clause_start(before);
  for (std::size_t k = start; k < before && k < start + 10; ++k) {
    const int span = s.span_starting[k];
    if (span < 0) continue;
    const Span& sp = s.spans[static_cast<std::size_t>(span)];
    if (possessor_of_name(sp) || (sp.last < s.tokens.size() && s.tokens[sp.last].folded == "'s")) {
      k = sp.last;
      continue;
    }
    auto entities = eligible(sp, types);
    if (entities.empty()) return std::nullopt;
    return coordinate(sp, std::move(entities), types);
  }
  return std::nullopt;
}

// "make chips for other firms and compete with TSMC": a conjunction after a noun
// that closes a phrase, with no article after it, starts a new verb phrase, not
// another member ("the memory unit and the battery maker", "medium and heavy").
bool Arguments::joins_clause(std::size_t k) const {
  const auto& tok = sentence_->tokens;
  static const WordSet articles = {"the", "a", "an", "its", "their", "his", "her", "our"};
  if (k == 0 || k + 1 >= tok.size() || (tok[k].folded != "and" && tok[k].folded != "or")) return false;
  if (articles.count(tok[k + 1].folded) || !tok[k + 1].word || tok[k + 1].capitalised) return false;
  const Folded& noun = tok[k - 1].folded;
  return pack_->lexicon().heads.count(noun) || pack_->lexicon().one_word_descriptor(noun);
}

std::optional<Found> Arguments::scan_right(std::size_t from, const std::set<std::string>& types, std::size_t limit,
                                           bool first_only, bool inside) const {
  const auto& s = *sentence_;
  // "use up to one million of Google's TPUs": an amount that opens the slot costs
  // it no reach
  static const WordSet amounts = {"one",      "two",       "three",   "four",     "five",    "six",
                                  "seven",    "eight",     "nine",    "ten",      "twenty",  "fifty",
                                  "hundred",  "hundreds",  "thousand", "thousands", "million", "millions",
                                  "billion",  "tens",      "dozens",  "$"};
  bool opening = first_only;
  for (std::size_t k = from; k < s.tokens.size() && k < from + limit; ++k) {
    const std::string& text = s.tokens[k].text;
    opening = opening && s.span_starting[k] < 0 &&
              (amounts.count(s.tokens[k].folded) || (!text.empty() && std::isdigit(static_cast<unsigned char>(text[0]))));
    if (opening) ++limit;
    // a slot stops at a comma and at a relative clause ("licences for products that contain rare earths")
    if (boundary_at(k) || (first_only && k > from &&
                           (s.tokens[k].folded == "," || s.tokens[k].folded == "that" || s.tokens[k].folded == "which" ||
                            joins_clause(k))))
      return named_later(from, k, types);
    const int span = s.span_starting[k];
    if (span < 0) continue;
    const Span& sp = s.spans[static_cast<std::size_t>(span)];
    // "Nvidia's H20", "its chips": the argument is what the possessor owns.
    if (possessor_of_name(sp) || sp.possessive_pronoun) {
      k = sp.possessive_pronoun ? sp.last - 1 : sp.last;  // past the name, and past its 's
      continue;
    }
    auto entities = eligible(sp, types);
    // "the sixth generation of high-bandwidth memory, HBM4": the apposition names the kind meant
    static const WordSet kinds = {"generation", "type", "kind", "class"};
    if (!entities.empty() && sp.first >= 2 && s.tokens[sp.first - 1].folded == "of" &&
        kinds.count(s.tokens[sp.first - 2].folded) && sp.last + 1 < s.tokens.size() &&
        s.tokens[sp.last].folded == "," && s.span_starting[sp.last + 1] >= 0) {
      const Span& named = s.spans[static_cast<std::size_t>(s.span_starting[sp.last + 1])];
      if (auto apposed = eligible(named, types);
          !named.anaphor && !apposed.empty() &&
          document_->entity(apposed[0]).type == document_->entity(entities[0]).type) {
        Found kind = coordinate(named, std::move(apposed), types);
        std::erase_if(kind.entities, [&](int e) {
          return std::find(entities.begin(), entities.end(), e) != entities.end();
        });  // the generic name the apposition narrows is no member
        return kind;
      }
    }
    // "on a TSMC 4nm process", "Samsung HBM3E": a company right before another name
    // is its maker, and the slot is the name it makes ("Blackwell wafers" stays Blackwell)
    const bool next_is_name = sp.last < s.tokens.size() && s.span_starting[sp.last] >= 0;
    if (next_is_name && !sp.anaphor && sp.entities.size() == 1 && document_->entity(sp.entities[0]).type == "company" &&
        !eligible(s.spans[static_cast<std::size_t>(s.span_starting[sp.last])], types).empty()) {
      k = sp.last - 1;
      continue;
    }
    if (entities.empty()) {
      // "by US cloud providers": a country right before a name modifies it
      const bool modifier =
          next_is_name && sp.entities.size() == 1 && document_->entity(sp.entities[0]).type == "country";
      // "designed a new chip for China, the B30A": a noun before the name may be
      // named by a later apposition
      if (first_only && !modifier) return named_later(from, k, types);
      k = sp.last - 1;
      continue;
    }
    return coordinate(sp, std::move(entities), types, inside ? from : 0);
  }
  return named_later(from, std::min(from + limit, s.tokens.size()), types);
}

// "developed three new AI chips for China, the H20, L20 and L2": a generic noun
// in [from, end) whose names follow in an apposition a little later.
std::optional<Found> Arguments::named_later(std::size_t from, std::size_t end, const std::set<std::string>& types) const {
  const auto& s = *sentence_;
  const auto& heads = pack_->lexicon().heads;
  // "including Nvidia's H20": a member's possessor gives way to the name it owns
  auto owned = [&](std::size_t n) {
    if (n >= s.tokens.size() || s.span_starting[n] < 0) return n;
    const Span& sp = s.spans[static_cast<std::size_t>(s.span_starting[n])];
    if (!possessor_of_name(sp)) return n;
    std::size_t q = sp.last + 1;
    while (q < s.tokens.size() && s.span_starting[q] < 0) ++q;
    return q;
  };
  std::size_t head = s.tokens.size();
  for (std::size_t k = from; k < end + 3 && k < s.tokens.size(); ++k) {
    // "for customers including Apple, Nvidia and AMD": the noun's members follow
    std::size_t members = 0;
    if (k > from && s.tokens[k].folded == "including") members = owned(k + 1);
    if (k > from && s.tokens[k].folded == "such" && k + 1 < s.tokens.size() && s.tokens[k + 1].folded == "as")
      members = owned(k + 2);
    if (members > 0 && members < s.tokens.size() && s.span_starting[members] >= 0) {
      const Span& sp = s.spans[static_cast<std::size_t>(s.span_starting[members])];
      auto entities = eligible(sp, types);
      if (entities.empty() || sp.anaphor) return std::nullopt;
      return coordinate(sp, std::move(entities), types);
    }
    if (s.span_starting[k] >= 0 || boundary_at(k) || s.tokens[k].folded == ",") return std::nullopt;
    if (heads.count(s.tokens[k].folded)) {
      head = k;
      break;
    }
  }
  if (head == s.tokens.size()) return std::nullopt;
  for (std::size_t c = head + 1; c < s.tokens.size() && c <= head + 14; ++c) {
    if (boundary_at(c) && s.tokens[c].folded != ",") return std::nullopt;
    // another name that could fill the slot comes first: no apposition of the noun
    if (s.span_starting[c] >= 0 && !eligible(s.spans[static_cast<std::size_t>(s.span_starting[c])], types).empty())
      return std::nullopt;
    if (s.tokens[c].folded != ",") continue;
    std::size_t n = c + 1;
    // "AI chips this year, including Nvidia H20s", ", such as the H20", ", notably the H20"
    static const WordSet lead_ins = {"including", "notably", "especially", "chiefly", "mainly", "mostly"};
    if (n + 1 < s.tokens.size() && s.tokens[n].folded == "such" && s.tokens[n + 1].folded == "as") n += 2;
    else if (n < s.tokens.size() && lead_ins.count(s.tokens[n].folded)) ++n;
    if (n < s.tokens.size() && (s.tokens[n].folded == "the" || s.tokens[n].folded == "its")) ++n;
    n = owned(n);
    if (n >= s.tokens.size() || s.span_starting[n] < 0) continue;
    const Span& sp = s.spans[static_cast<std::size_t>(s.span_starting[n])];
    auto entities = eligible(sp, types);
    if (entities.empty() || sp.anaphor) return std::nullopt;
    return coordinate(sp, std::move(entities), types);
  }
  return std::nullopt;
}

std::optional<Found> Arguments::named_after_head(std::size_t head, const std::set<std::string>& types) const {
  if (head >= sentence_->tokens.size() || !pack_->lexicon().heads.count(sentence_->tokens[head].folded))
    return std::nullopt;
  return named_later(head, head + 1, types);
}

std::optional<Found> Arguments::right(std::size_t from, const std::set<std::string>& types, std::size_t window) const {
  return scan_right(from, types, window, false);
}

std::optional<Found> Arguments::at(std::size_t from, const std::set<std::string>& types, std::size_t skip,
                                   bool inside) const {
  return scan_right(from, types, skip + 1, true, inside);
}

bool Arguments::has_other_subject(std::size_t trigger) const {
  static const WordSet determiners = {"the",  "a",       "an",   "this", "that", "these",  "those", "some",
                                      "many", "several", "such", "each", "most", "others", "all"};
  const auto& s = *sentence_;
  // "The Arizona fabs will make processors for ...": a subject that is the topic's
  // plant, named by no entity, is the topic acting
  bool facility = false, named = false;
  for (std::size_t k = clause_start(trigger); k < trigger; ++k) {
    facility = facility || pack_->lexicon().facilities.count(s.tokens[k].folded) > 0;
    named = named || (s.span_starting[k] >= 0 && !s.spans[static_cast<std::size_t>(s.span_starting[k])].anaphor &&
                      !s.spans[static_cast<std::size_t>(s.span_starting[k])].place);
  }
  if (facility && !named) return false;
  const std::size_t start = clause_start(trigger);
  for (std::size_t k = start; k < trigger; ++k) {
    const Token& t = s.tokens[k];
    if (determiners.count(t.folded)) return true;
    if (s.span_starting[k] < 0) continue;
    const Span& sp = s.spans[static_cast<std::size_t>(s.span_starting[k])];
    if (!sp.anaphor && !sp.place) return true;
    // "He urged Congress ..." with no one named for "he", "They also bar ..."
    // with "they" the rules: the pronoun is the clause's subject, the topic is not
    if (sp.pronoun && !sp.possessive_pronoun && k == start) return true;
  }
  return false;
}

std::size_t Arguments::clause_start(std::size_t pos) const {
  for (long j = static_cast<long>(pos) - 1; j >= 0; --j)
    if (boundary_at(static_cast<std::size_t>(j)) || sentence_->tokens[static_cast<std::size_t>(j)].folded == ";")
      return static_cast<std::size_t>(j) + static_cast<std::size_t>(std::max(1, sentence_->boundary[static_cast<std::size_t>(j)]));
  return 0;
}

std::size_t Arguments::clause_end(std::size_t pos) const {
  for (std::size_t k = pos; k < sentence_->tokens.size(); ++k)
    if (boundary_at(k) || sentence_->tokens[k].folded == ";") return k;
  return sentence_->tokens.size();
}

}  // namespace chipgraph::extract
