// Pattern matching with backtracking over gaps and optional words.
#include "extract/relation_finder.h"

#include <algorithm>

namespace chipgraph::extract {
namespace {

bool phrase_at(const std::vector<Token>& tok, std::size_t at, const std::vector<std::string>& words) {
  if (at + words.size() > tok.size()) return false;
  for (std::size_t i = 0; i < words.size(); ++i)
    if (tok[at + i].folded != words[i]) return false;
  return true;
}

constexpr std::size_t left_window = 40;

// "a chip that Nvidia designed and that was later restricted": a relative clause
// opening with "and" at `k` shares the antecedent of the one before it; the earlier
// relative pronoun's token, or -1.
long shared_relative(const std::vector<Token>& tok, long k, const WordSet& relative) {
  long first = k - 2;
  while (first >= 0 && first + 16 > k && !relative.count(tok[static_cast<std::size_t>(first)].folded)) --first;
  return first < 0 || first + 16 <= k ? -1 : first;
}

// Whether a token is written in lower case, or is an acronym's plural ("GPUs",
// "TPUs"), which a capitalised name word ("Systems" in "ZT Systems") is not.
bool common_word(const Token& t) {
  if (!t.capitalised) return true;
  const std::string& w = t.text;
  return w.size() > 2 && w.back() == 's' && std::all_of(w.begin(), w.end() - 1, [](char c) { return c >= 'A' && c <= 'Z'; });
}

// A form of "to be" right before a participle trigger: "was fined", "had been told".
bool passive_before(const std::vector<Token>& tok, std::size_t i) {
  static const WordSet be = {"was", "were",   "been",    "being",    "is",   "are",   "be",
                             "'s",  "remain", "remains", "remained", "stay", "stays", "stayed"};
  static const WordSet irregular = {"made", "built", "sold",  "told",  "bought", "led",   "run",  "held", "set",
                                    "put",  "given", "taken", "found", "known",  "shown", "seen", "done", "paid",
                                    "won",  "drawn", "grown", "hit",   "cut",    "shut",  "sent"};
  // over an adverb: "which are also restricted", "has since been barred"
  // ... and over a negation: "are not affected", "was never approved"
  static const WordSet adverbs = {"also",     "still",   "now",        "already", "later", "since", "effectively",
                                  "since",    "subsequently", "recently", "largely", "previously", "not", "n't",
                                  "never"};
  std::size_t b = i;
  if (b >= 2 && adverbs.count(tok[b - 1].folded)) --b;
  if (b == 0 || !be.count(tok[b - 1].folded)) return false;
  // only a participle makes a passive: "was fined", "is made", not "are rivals"
  const Folded& f = tok[i].folded;
  return (f.size() > 3 && f.compare(f.size() - 2, 2, "ed") == 0) || irregular.count(f) > 0;
}

}  // namespace

RelationFinder::RelationFinder(const Pack& pack) : pack_(&pack) {
  for (const auto& p : pack.patterns())
    for (const auto& w : p.elements.front().words) by_first_word_[w].push_back(&p);
  for (const auto& cue : pack.lexicon().status_cues) cues_[cue.words.front()].push_back(&cue);
  const Vocabulary& v = pack.vocabulary();
  for (const auto& r : v.relations()) {
    Sides sides{r.subject_types, r.object_types};
    for (const auto& c : v.coercions())
      if (c.relation == r.name) sides.object.insert(c.object_type);
    sides_.emplace(r.name, std::move(sides));
  }
  for (const auto& p : pack.patterns())
    if (!p.object_types.empty()) narrowed_.emplace(&p, Sides{sides_.at(p.relation).subject, p.object_types});
}

bool RelationFinder::match(const Pattern& p, std::size_t element, std::size_t pos, const Arguments& args,
                           const Sides& sides, const Sentence& s, Binding& binding) const {
  if (element == p.elements.size()) {
    binding.end = pos;
    return true;
  }
  const PatternElement& el = p.elements[element];
  const auto& tok = s.tokens;
  switch (el.kind) {
    case PatternElement::Kind::literal:
      if (pos < tok.size() && std::find(el.words.begin(), el.words.end(), tok[pos].folded) != el.words.end() &&
          match(p, element + 1, pos + 1, args, sides, s, binding))
        return true;
      return el.optional && match(p, element + 1, pos, args, sides, s, binding);
    case PatternElement::Kind::gap:
      for (std::size_t g = 0; g <= static_cast<std::size_t>(el.gap) && pos + g <= tok.size(); ++g) {
        if (g > 0 && (args.boundary_at(pos + g - 1) || tok[pos + g - 1].folded == ";")) break;
        // "~N": nothing named or referred to in the gap but a possessive pronoun
        // ("restricted exports of its AI chips to Malaysia", not "exports of the H20
        // to China", where the chip is what is restricted)
        if (g > 0 && el.unnamed && s.span_starting[pos + g - 1] >= 0 &&
            !s.spans[static_cast<std::size_t>(s.span_starting[pos + g - 1])].possessive_pronoun)
          break;
        // nor across ", and" / ", but", which join clauses
        if (g > 1 && tok[pos + g - 2].folded == "," && (tok[pos + g - 1].folded == "and" || tok[pos + g - 1].folded == "but")) break;
        if (match(p, element + 1, pos + g, args, sides, s, binding)) return true;
      }
      return false;
    case PatternElement::Kind::subject_slot:
    case PatternElement::Kind::object_slot: {
      const bool subject = el.kind == PatternElement::Kind::subject_slot;
      const auto& types = subject ? sides.subject : sides.object;
      // (the list it heads reaches no member over the pattern's own words before it)
      auto found = args.at(pos, types, static_cast<std::size_t>(p.reach), true);
      auto& slot = subject ? binding.subject : binding.object;
      // "17% of its revenue": a possessive pronoun fills a slot the pattern goes on after
      if (element + 1 < p.elements.size() && pos < tok.size() && s.span_starting[pos] >= 0) {
        const Span& sp = s.spans[static_cast<std::size_t>(s.span_starting[pos])];
        if (auto owners = args.eligible(sp, types); sp.possessive_pronoun && !owners.empty()) {
          auto saved = slot;
          slot = Found{std::move(owners), sp.first, sp.last, true};
          if (match(p, element + 1, sp.last, args, sides, s, binding)) return true;
          slot = saved;
        }
      }
      // "supplying HBM3E for Nvidia's H200" with the pattern going on at "'s": after
      // "for" or "to" the possessor fills the slot (after other words, the owner of a
      // name is no argument: "makes Nvidia's H100" is left to the name)
      if (el.possessor_slot) {
        const std::size_t at = pos < tok.size() && tok[pos].folded == "the" ? pos + 1 : pos;
        if (at < tok.size() && s.span_starting[at] >= 0) {
          const Span& sp = s.spans[static_cast<std::size_t>(s.span_starting[at])];
          if (auto owners = args.eligible(sp, types);
              !sp.anaphor && !owners.empty() && sp.last < tok.size() && tok[sp.last].folded == "'s") {
            auto saved = slot;
            slot = Found{std::move(owners), sp.first, sp.last, false};
            if (match(p, element + 1, sp.last, args, sides, s, binding)) return true;
            slot = saved;
          }
        }
      }
      if (!found && !subject && binding.relative) {
        // the object was named before the relative clause: nothing to consume here
        auto saved = binding.object;
        binding.object = binding.relative;
        if (match(p, element + 1, pos, args, sides, s, binding)) return true;
        binding.object = saved;
        return false;
      }
      if (!found) return false;
      auto saved = slot;
      slot = found;
      // the pattern's last slot ends the match at the name: an apposition after
      // it ("the H800, which is based on the H100") is no part of the trigger
      const std::size_t next = element + 1 == p.elements.size() ? args.skip_heads(found->last)
                                                                : args.skip_apposition(args.skip_heads(found->last));
      if (match(p, element + 1, next, args, sides, s, binding)) return true;
      // the pattern may name the generic noun itself: "part of Nvidia's Blackwell family"
      if (next != found->last && match(p, element + 1, found->last, args, sides, s, binding)) return true;
      slot = saved;
      return false;
    }
  }
  return false;
}

std::optional<Status> RelationFinder::status(const Sentence& s, std::size_t clause, std::size_t from,
                                             std::size_t trigger_first, std::size_t trigger_last,
                                             std::size_t until) const {
  const auto& lex = pack_->lexicon();
  const auto& tok = s.tokens;
  if (!tok.empty() && tok.back().folded == "?") return std::nullopt;
  // "told Chinese firms not to buy", "urged them to use": a directive's infinitive is no fact.
  // "told them to stop supplying": the gerund after a directive's "to stop" is no fact either
  static const WordSet aspect = {"stop", "cease", "halt", "start", "begin", "keep", "resume"};
  std::size_t infinitive = trigger_first;
  // "to stop testing and ordering": the second of two verbs shares the infinitive
  if (infinitive >= 3 && (tok[infinitive - 1].folded == "and" || tok[infinitive - 1].folded == "or")) infinitive -= 2;
  if (infinitive >= 2 && aspect.count(tok[infinitive - 1].folded)) --infinitive;
  if (infinitive >= 1 && tok[infinitive - 1].folded == "to") {
    const std::size_t k = infinitive - 1;
    for (std::size_t j = k > 20 ? k - 20 : 0; j < k; ++j)
      if (lex.directives.count(tok[j].folded)) return std::nullopt;
  }
  // "barred Nvidia from selling", "blocked it from buying": what is prevented
  // did not happen.
  if (trigger_first >= 1 && tok[trigger_first - 1].folded == "from") {
    const std::size_t k = trigger_first - 1;
    for (std::size_t j = k > 8 ? k - 8 : 0; j < k; ++j)
      if (lex.preventives.count(tok[j].folded)) return std::nullopt;
  }
  // "signed a contract to make", "letters of intent to supply", "a memorandum of
  // understanding with TSMC to develop": what a commitment is to do is planned.
  bool committed = false;
  if (infinitive >= 1 && tok[infinitive - 1].folded == "to") {
    const std::size_t k = infinitive - 1;
    // the noun heads its phrase: "a contract chipmaker, rushed to buy" commits to nothing
    static const WordSet after_head = {"to", "with", "of", "worth", "for", "between", "under", "signed", ","};
    for (std::size_t j = std::max(clause, k > 12 ? k - 12 : 0); j < k; ++j)
      if (lex.commitments.count(tok[j].folded) && after_head.count(tok[j + 1].folded)) committed = true;
  }
  for (std::size_t k = clause; k < trigger_first; ++k)
    for (const auto& h : lex.hypothetical)
      if (phrase_at(tok, k, h)) return std::nullopt;
  // At each position the longest cue wins ("could not" is attempted, not the
  // negation inside it); the strongest status found in the window wins.
  int best = static_cast<int>(Status::asserted);
  // "agreed on Monday to buy", "agreed earlier in the week to buy": a cue ending
  // in "to" may have a time phrase before its "to"; the tokens it spans, or 0
  auto timed_cue_length = [&](std::size_t k, const std::vector<std::string>& words) -> std::size_t {
    static const WordSet time_openers = {"on", "in", "last", "this", "earlier", "later", "early", "late", "next"};
    const std::size_t n = words.size();
    if (n < 2 || words.back() != "to" || k + n > tok.size()) return 0;
    for (std::size_t w = 0; w + 1 < n; ++w)
      if (tok[k + w].folded != words[w]) return 0;
    if (!time_openers.count(tok[k + n - 1].folded)) return 0;
    for (std::size_t q = k + n; q < tok.size() && q <= k + n + 3; ++q) {
      if (tok[q].folded == "to") return q + 1 - k;
      if (!tok[q].word || s.span_starting[q] >= 0) return 0;
    }
    return 0;
  };
  auto scan = [&](std::size_t a, std::size_t b, bool after) {
    for (std::size_t k = a; k < b;) {
      const StatusCue* longest = nullptr;
      std::size_t length = 0;
      if (auto it = cues_.find(tok[k].folded); it != cues_.end())
        for (const StatusCue* cue : it->second) {
          if (cue->after != after) continue;
          const std::size_t n = phrase_at(tok, k, cue->words) ? cue->words.size() : timed_cue_length(k, cue->words);
          if (n > length) {
            longest = cue;
            length = n;
          }
        }
      if (longest) {
        best = std::max(best, static_cast<int>(longest->status));
        k += length;
      } else {
        ++k;
      }
    }
  };
  // ", and most still use it": a new coordinated clause starts its own status
  for (std::size_t k = trigger_first; k > from + 1; --k)
    if (tok[k - 2].folded == "," && (tok[k - 1].folded == "and" || tok[k - 1].folded == "but")) {
      from = k;
      break;
    }
  if (committed) best = std::max(best, static_cast<int>(Status::planned));
  scan(from, trigger_first, false);
  scan(trigger_last, until, true);
  // Headlines write the future as "to": "Nvidia to invest $5 billion in Intel".
  if (s.part == "title" && trigger_first > 0 && tok[trigger_first - 1].folded == "to")
    best = std::max(best, static_cast<int>(Status::planned));
  return static_cast<Status>(best);
}

std::optional<Found> RelationFinder::relative_object(const Sentence& s, const Arguments& args, std::size_t i,
                                                    const std::set<std::string>& types) const {
  static const WordSet aux = {"has",  "had",   "have",       "now",  "also",  "already", "later", "then",
                              "will", "would", "could",      "is",   "was",   "were",    "are",   "be",
                              "been", "first", "originally", "once", "still", "did",     "does",  "do"};
  static const WordSet relative = {"which", "that", "whom"};
  const auto& tok = s.tokens;
  long k = static_cast<long>(i) - 1;
  while (k >= 0 && aux.count(tok[static_cast<std::size_t>(k)].folded)) --k;
  const bool auxiliary = k + 1 < static_cast<long>(i);
  // "which Huawei's chips compete with": the clause's subject may be a name's generic noun
  if (long h = k; h >= 2 && s.span_ending[static_cast<std::size_t>(h)] < 0) {
    while (h >= 2 && pack_->lexicon().heads.count(tok[static_cast<std::size_t>(h)].folded)) --h;
    if (h < k && tok[static_cast<std::size_t>(h)].folded == "'s") k = h - 1;
  }
  if (k < 0 || s.span_ending[static_cast<std::size_t>(k)] < 0) return std::nullopt;
  const Span& who = s.spans[static_cast<std::size_t>(s.span_ending[static_cast<std::size_t>(k)])];
  k = static_cast<long>(who.first) - 1;
  if (k >= 1 && tok[static_cast<std::size_t>(k)].folded == "the") --k;  // "which the Netherlands has barred"
  bool marked = false;
  if (k >= 0 && relative.count(tok[static_cast<std::size_t>(k)].folded)) {
    marked = true;
    // "the H20, which is less powerful, and which Huawei's chips compete with"
    if (k >= 1 && tok[static_cast<std::size_t>(k - 1)].folded == "and") k = shared_relative(tok, k, relative);
    if (k < 0) return std::nullopt;
    // "the H20 and the RTX Pro 6000D, both of which Nvidia designed": the clause is
    // about every member
    static const WordSet whole = {"both", "all", "each"};
    if (k >= 2 && tok[static_cast<std::size_t>(k - 1)].folded == "of" && whole.count(tok[static_cast<std::size_t>(k - 2)].folded))
      k -= 2;
    --k;
  }
  // without "which"/"that" only a pronoun may open the clause ("the chips it produces"),
  // or a name after a generic noun with an auxiliary before the verb ("the A100 chips
  // Baidu has bought")
  const bool contact =
      !who.anaphor && auxiliary && k >= 0 && pack_->lexicon().heads.count(tok[static_cast<std::size_t>(k)].folded);
  if (!marked && !(who.anaphor && who.pronoun) && !contact) return std::nullopt;
  // "the H20, a processor it designed": a pronoun subject opens the clause as "that" would
  return antecedent(s, args, k, marked, types, who.anaphor && who.pronoun);
}

std::optional<Found> RelationFinder::antecedent(const Sentence& s, const Arguments& args, long k, bool marked,
                                                const std::set<std::string>& types, bool pronoun_subject) const {
  const auto& tok = s.tokens;
  if (k >= 0 && tok[static_cast<std::size_t>(k)].folded == "," && marked) --k;
  const long after_heads = k;
  // "EUV lithography machines, which ...": a name may end in a generic noun itself
  while (k >= 0 && s.span_ending[static_cast<std::size_t>(k)] < 0 &&
         pack_->lexicon().heads.count(tok[static_cast<std::size_t>(k)].folded))
    --k;
  // "the Ascend AI processors that SMIC makes": describing words between the name and its noun
  if (k < after_heads) {
    static const WordSet stops = {"the", "a", "an", "of", "and", "or", "its", "their"};
    long q = k;
    for (int described = 0; described < 2 && q >= 0 && s.span_ending[static_cast<std::size_t>(q)] < 0 &&
                            tok[static_cast<std::size_t>(q)].word && !stops.count(tok[static_cast<std::size_t>(q)].folded);
         ++described)
      --q;
    if (q >= 0 && q < k && s.span_ending[static_cast<std::size_t>(q)] >= 0) k = q;
  }
  // "the H800, a chip that Nvidia designed": the apposition's noun stands for the name
  // before it, over describing words ("the H20, a less powerful chip that Nvidia designed")
  if ((marked || pronoun_subject) && k < after_heads) {
    long a = k;
    for (int described = 0; a >= 0 && described < 3 && s.span_ending[static_cast<std::size_t>(a)] < 0 &&
                             tok[static_cast<std::size_t>(a)].word && !tok[static_cast<std::size_t>(a)].capitalised &&
                             tok[static_cast<std::size_t>(a)].folded != "a" && tok[static_cast<std::size_t>(a)].folded != "an";
         ++described)
      --a;
    if (a >= 2 && (tok[static_cast<std::size_t>(a)].folded == "a" || tok[static_cast<std::size_t>(a)].folded == "an") &&
        tok[static_cast<std::size_t>(a - 1)].folded == ",")
      k = a - 2;
  }
  if (k < 0 || s.span_ending[static_cast<std::size_t>(k)] < 0) return std::nullopt;
  const Span* antecedent = &s.spans[static_cast<std::size_t>(s.span_ending[static_cast<std::size_t>(k)])];
  // "the B30A, a cut-down version of Blackwell that Nvidia designed": the clause
  // is about the version, which the apposition names.
  // ("a cut-down version of the H100 that Nvidia designed")
  const std::size_t article = antecedent->first >= 1 && tok[antecedent->first - 1].folded == "the" ? 1 : 0;
  if (antecedent->first >= 2 + article && tok[antecedent->first - 1 - article].folded == "of" &&
      pack_->lexicon().derivatives.count(tok[antecedent->first - 2 - article].folded)) {
    long c = static_cast<long>(antecedent->first - article) - 3;
    while (c >= 0 && tok[static_cast<std::size_t>(c)].folded != "," && c + 6 > static_cast<long>(antecedent->first)) --c;
    if (c > 0 && tok[static_cast<std::size_t>(c)].folded == "," && s.span_ending[static_cast<std::size_t>(c - 1)] >= 0)
      antecedent = &s.spans[static_cast<std::size_t>(s.span_ending[static_cast<std::size_t>(c - 1)])];
  }
  if (args.eligible(*antecedent, types).empty()) return std::nullopt;
  return args.at(antecedent->first, types, 0);
}

std::optional<Found> RelationFinder::passive_relative_object(const Sentence& s, const Arguments& args, std::size_t i,
                                                             const std::set<std::string>& types) const {
  static const WordSet aux = {"has",  "had",     "have",  "was",          "were",     "is",   "are",
                              "be",   "been",    "being", "later",        "also",     "since", "now",
                              "then", "already", "still", "subsequently", "recently", "once", "effectively"};
  static const WordSet relative = {"which", "that"};
  const auto& tok = s.tokens;
  long k = static_cast<long>(i) - 1;
  bool passive = false;
  for (; k >= 0 && aux.count(tok[static_cast<std::size_t>(k)].folded); --k)
    passive = passive || tok[static_cast<std::size_t>(k)].folded.starts_with("be") ||
              tok[static_cast<std::size_t>(k)].folded == "was" || tok[static_cast<std::size_t>(k)].folded == "were" ||
              tok[static_cast<std::size_t>(k)].folded == "is" || tok[static_cast<std::size_t>(k)].folded == "are";
  if (!passive || k < 1 || !relative.count(tok[static_cast<std::size_t>(k)].folded)) return std::nullopt;
  if (tok[static_cast<std::size_t>(k - 1)].folded == "and") {
    k = shared_relative(tok, k, relative);
    if (k < 0) return std::nullopt;
  }
  return antecedent(s, args, k - 1, true, types);
}

std::optional<Found> RelationFinder::colon_list(const Sentence& s, const Arguments& args, std::size_t from,
                                               const std::set<std::string>& types) const {
  // only when the clause opens with a count of actors: "Three companies", "Two firms"
  static const WordSet counts = {"two", "three", "four", "five", "several", "a", "few", "both"};
  const auto& tok = s.tokens;
  if (tok.empty() || !counts.count(tok[0].folded)) return std::nullopt;
  for (std::size_t k = from; k < tok.size(); ++k)
    if (tok[k].folded == ":") return args.right(k + 1, types, 8);
  return std::nullopt;
}

bool RelationFinder::object_owned_by_other(const Sentence& s, const Document& doc, const Found& object,
                                           const Found& subject) const {
  const auto& tok = s.tokens;
  // "DeepSeek's R1" read as one name: its possessor is the product's vendor
  if (object.first < tok.size() && s.span_starting[object.first] >= 0) {
    const Span& sp = s.spans[static_cast<std::size_t>(s.span_starting[object.first])];
    bool possessive_inside = false;
    for (std::size_t q = sp.first; q < sp.last; ++q) possessive_inside = possessive_inside || tok[q].folded == "'s";
    if (possessive_inside && !sp.entities.empty()) {
      const DocEntity& owned = doc.entity(sp.entities[0]);
      if (owned.pack && !owned.pack->vendor.empty()) {
        bool subject_is_vendor = false;
        for (int e : subject.entities)
          if (doc.entity(e).pack && doc.entity(e).pack->id == owned.pack->vendor) subject_is_vendor = true;
        return !subject_is_vendor;
      }
    }
  }
  // the possessor right before the object, over up to two describing words
  long k = static_cast<long>(object.first) - 1;
  for (int skipped = 0; k >= 0 && skipped < 2 && s.span_ending[static_cast<std::size_t>(k)] < 0 &&
                        tok[static_cast<std::size_t>(k)].word && !tok[static_cast<std::size_t>(k)].capitalised &&
                        tok[static_cast<std::size_t>(k)].folded != "'s";
       ++skipped)
    --k;
  if (k < 1 || tok[static_cast<std::size_t>(k)].folded != "'s") return false;
  const int owner = s.span_ending[static_cast<std::size_t>(k - 1)];
  if (owner < 0) return false;
  for (int e : s.spans[static_cast<std::size_t>(owner)].entities)
    if (std::find(subject.entities.begin(), subject.entities.end(), e) != subject.entities.end()) return false;
  return !s.spans[static_cast<std::size_t>(owner)].entities.empty();
}

bool RelationFinder::committed_partner_before(const Sentence& s, const Arguments& args, std::size_t i) const {
  const auto& tok = s.tokens;
  if (i < 4 || tok[i - 1].folded != "to" || s.span_ending[i - 2] < 0) return false;
  std::size_t k = s.spans[static_cast<std::size_t>(s.span_ending[i - 2])].first;
  // "with Taiwan's TSMC": over a possessor
  if (k >= 2 && tok[k - 1].folded == "'s" && s.span_ending[k - 2] >= 0)
    k = s.spans[static_cast<std::size_t>(s.span_ending[k - 2])].first;
  if (k < 2 || tok[k - 1].folded != "with") return false;
  const std::size_t start = args.clause_start(k);
  for (std::size_t j = k - 1; j-- > start && j + 8 > k;)
    if (pack_->lexicon().commitments.count(tok[j].folded)) return true;
  return false;
}

std::optional<Found> RelationFinder::predicate_antecedent(const Sentence& s, const Arguments& args, std::size_t i,
                                                          const Found& subject,
                                                          const std::set<std::string>& types) const {
  static const WordSet predicate_openers = {"a", "an", "as", "is", "are", "was", "were", "be", "been"};
  static const WordSet relative = {"which", "that", "whom"};
  const auto& tok = s.tokens;
  // the trigger is a noun or adjective ("an alternative to", "is comparable to"), and
  // the subject is not right before it: the relative clause has a verb of its own
  if (i < 1 || !predicate_openers.count(tok[i - 1].folded) || subject.first == 0 || subject.last + 1 >= i)
    return std::nullopt;
  long k = static_cast<long>(subject.first) - 1;
  if (k >= 1 && tok[static_cast<std::size_t>(k)].folded == "the") --k;
  if (!relative.count(tok[static_cast<std::size_t>(k)].folded)) return std::nullopt;
  // nothing between the clause's subject and the trigger closes the clause
  for (std::size_t q = subject.last; q < i; ++q)
    if (args.boundary_at(q) || tok[q].folded == "," || relative.count(tok[q].folded)) return std::nullopt;
  return antecedent(s, args, k - 1, true, types);
}

std::optional<Found> RelationFinder::versions_named_after(const Sentence& s, const Arguments& args, std::size_t i,
                                                          std::size_t end, const std::set<std::string>& types) const {
  const auto& tok = s.tokens;
  const auto& derivatives = pack_->lexicon().derivatives;
  const Folded& word = tok[i].folded;
  const bool plural = word.size() > 1 && word.back() == 's';
  if (!derivatives.count(word) && !(plural && derivatives.count(word.substr(0, word.size() - 1)))) return std::nullopt;
  for (std::size_t k = end; k < tok.size() && k < end + 8; ++k) {
    if (tok[k].folded == ";" || (args.boundary_at(k) && tok[k].folded != ",")) return std::nullopt;
    // another name that could be the versions comes first
    if (s.span_starting[k] >= 0 && !args.eligible(s.spans[static_cast<std::size_t>(s.span_starting[k])], types).empty())
      return std::nullopt;
    if (tok[k].folded != ",") continue;
    std::size_t n = k + 1;
    if (n < tok.size() && tok[n].folded == "the") ++n;
    if (n >= tok.size() || s.span_starting[n] < 0 || s.spans[static_cast<std::size_t>(s.span_starting[n])].anaphor)
      return std::nullopt;
    return args.at(n, types, 0);
  }
  return std::nullopt;
}

long RelationFinder::reported_relative(const Sentence& s, std::size_t i) const {
  static const WordSet reporting = {"says", "said", "say", "believes", "believe", "claims", "claimed", "claim"};
  static const WordSet relative = {"that", "which"};
  const auto& tok = s.tokens;
  if (i < 4 || !reporting.count(tok[i - 1].folded)) return -1;
  // the reporter: a name or description, or one plain plural noun ("analysts say")
  long k = static_cast<long>(i) - 2;
  if (s.span_ending[static_cast<std::size_t>(k)] >= 0)
    k = static_cast<long>(s.spans[static_cast<std::size_t>(s.span_ending[static_cast<std::size_t>(k)])].first) - 1;
  else if (tok[static_cast<std::size_t>(k)].word && !tok[static_cast<std::size_t>(k)].capitalised &&
           tok[static_cast<std::size_t>(k)].folded.ends_with("s"))
    --k;
  else
    return -1;
  if (k >= 1 && tok[static_cast<std::size_t>(k)].folded == "the") --k;
  if (k < 1 || !relative.count(tok[static_cast<std::size_t>(k)].folded)) return -1;
  return k;
}

long RelationFinder::conjoined_relative(const Sentence& s, const Arguments& args, std::size_t i) const {
  static const WordSet relative = {"which", "who"};
  const auto& tok = s.tokens;
  // "and began shipping": up to two plain words may stand between "and" and the trigger
  std::size_t conj = i;
  while (conj > 0 && conj + 3 > i && tok[conj - 1].folded != "and") {
    const Token& w = tok[conj - 1];
    if (!w.word || w.capitalised || s.span_ending[conj - 1] >= 0) return -1;
    --conj;
  }
  if (conj < 5 || tok[conj - 1].folded != "and") return -1;
  // within a dozen words, over "since 2022", "after tests" (as prepositions) but no
  // other clause boundary
  static const WordSet prepositions = {"since", "after", "before"};
  const std::size_t start = conj > 14 ? conj - 14 : 0;
  for (std::size_t k = conj - 1; k-- > start + 1;) {
    if (args.boundary_at(k) && !prepositions.count(tok[k].folded)) return -1;
    // a comma may close the relative clause before the conjunction
    if (tok[k].folded == "," || tok[k].folded == "and" || tok[k].folded == "but") return -1;
    if (!relative.count(tok[k].folded)) continue;
    // the pronoun is the clause's subject ("which has supplied"), not its object
    // ("which Huawei makes"), and the clause is set off by a comma
    if (tok[k - 1].folded != "," || s.span_starting[k + 1] >= 0) return -1;
    return static_cast<long>(k);
  }
  return -1;
}

bool RelationFinder::native_object(const std::string& relation, const std::string& type) const {
  const Relation* r = pack_->vocabulary().relation(relation);
  return r && r->object_types.count(type) > 0;
}

bool RelationFinder::descriptor_word(const std::string& folded) const {
  return pack_->lexicon().one_word_descriptor(folded);
}

void RelationFinder::find(const Sentence& s, Document& doc, const Discourse& discourse,
                          std::vector<Candidate>& out) const {
  Arguments args(s, doc, *pack_);
  const auto& tok = s.tokens;
  // Trigger spans already used, per relation: an earlier, more specific pattern wins.
  std::vector<std::pair<std::string, std::pair<std::size_t, std::size_t>>> claimed;
  std::vector<bool> inside_name(tok.size(), false);
  for (const auto& sp : s.spans)
    if (!sp.anaphor)
      for (std::size_t k = sp.first; k < sp.last; ++k) inside_name[k] = true;
  for (std::size_t i = 0; i < tok.size(); ++i) {
    auto it = by_first_word_.find(tok[i].folded);
    if (it == by_first_word_.end()) continue;
    // a trigger word inside an entity name ("Applied Materials") is not a trigger
    if (inside_name[i]) continue;
    const bool passive_voice = passive_before(tok, i);
    for (const Pattern* p : it->second) {
      // "sells servers built around the H100": the trigger modifies a noun the pattern excludes
      // (a name's last word is no noun the trigger modifies: "Cerebras Systems manufactures")
      if (i > 0 && !inside_name[i - 1] && p->not_after.count(tok[i - 1].folded)) continue;
      const auto narrowed = narrowed_.find(p);
      const Sides& sides = narrowed != narrowed_.end() ? narrowed->second : sides_.at(p->relation);
      // "Moscow had been told": an active pattern read in the passive voice
      // would swap the roles, so it does not apply.
      if (passive_voice && !p->any_voice && p->subject == ArgumentSide::left && p->object != ArgumentSide::left) continue;
      if (p->passive_only && !passive_voice) continue;
      Binding b;
      b.relative = relative_object(s, args, i, sides.object);
      if (!match(*p, 0, i, args, sides, s, b)) continue;
      bool overlap = false;
      for (const auto& [rel, range] : claimed)
        overlap = overlap || (rel == p->relation && range.first < b.end && i < range.second);
      if (overlap && !p->overlap) continue;

      double confidence = p->confidence;
      std::optional<Found> subject = b.subject, object = b.object;
      bool topic_used = false;
      const bool participle_adjunct = i >= 2 && tok[i - 1].folded == "," && tok[i].folded.size() > 5 &&
                                      tok[i].folded.ends_with("ing") && tok[i].folded != "including" &&
                                      tok[i].folded != "according";
      auto by_side = [&](ArgumentSide side, const std::set<std::string>& types) -> std::optional<Found> {
        switch (side) {
          case ArgumentSide::left:
            // inside "X, which did A and did B", B is said of X too; when X cannot
            // take the relation, nobody in the sentence does
            if (const long which = conjoined_relative(s, args, i); which >= 0)
              return antecedent(s, args, which - 1, true, types);
            // "an accelerator that the US company says outperforms the H100": a relative
            // clause's subject gap before a reported verb is its antecedent
            if (const long that = reported_relative(s, i); that >= 0) return antecedent(s, args, that - 1, true, types);
            // "X is built from Y and competes with Z": after "and", the subject is the clause's;
            // so after a comma for a participle adjunct ("SMIC made it ..., relying on DUV tools")
            if (i > 0 && (tok[i - 1].folded == "and" || tok[i - 1].folded == "but" || participle_adjunct)) {
              if (auto first = args.first_in_clause(i - 1, types)) return first;
            }
            // "by" with a gerund: the subject of the verb it modifies ("they achieved results
            // similar to those obtained with Nvidia's H800 by using ...")
            if (i > 0 && tok[i - 1].folded == "by" && tok[i].folded.ends_with("ing")) {
              if (auto before = args.subject_before(i - 1, types)) return before;
            }
            // "signed a memorandum with TSMC to develop": the clause's subject and the
            // partner after "with" both do what the commitment is to do
            if (committed_partner_before(s, args, i))
              if (auto first = args.first_in_clause(i - 1, types)) {
                for (int e : args.eligible(s.spans[static_cast<std::size_t>(s.span_ending[i - 2])], types))
                  if (std::find(first->entities.begin(), first->entities.end(), e) == first->entities.end())
                    first->entities.push_back(e);
                return first;
              }
            return args.left(i, types, left_window);
          case ArgumentSide::right:
            return args.right(b.end, types, static_cast<std::size_t>(p->window));
          case ArgumentSide::sentence:
            // the body named in the sentence, the last first ("..., the Justice
            // Department said"); a name used as a modifier ("Chinese military
            // university") does not count, nor does a possessor ("charged Taiwan's UMC and
            // China's Fujian Jinhua", the US Justice Department the sentence opened with)
            for (auto sp = s.spans.rbegin(); sp != s.spans.rend(); ++sp) {
              if (sp->last < tok.size() && !tok[sp->last].capitalised && descriptor_word(tok[sp->last].folded)) continue;
              if (args.possessor_of_name(*sp)) continue;
              if (auto e = args.eligible(*sp, types); !e.empty()) return Found{e, sp->first, sp->last, sp->anaphor};
            }
            return std::nullopt;
          default:
            return std::nullopt;
        }
      };
      auto from_topic = [&](const std::set<std::string>& types) -> std::optional<Found> {
        const bool topic_fits = discourse.topic >= 0 && discourse.sentence - discourse.topic_sentence <= 3 &&
                                types.count(doc.entity(discourse.topic).type);
        if (!topic_fits && p->subject == ArgumentSide::topic) {
          // "Blackwell remains barred from China" after sentences about Nvidia: the
          // actor is the body of that type named last in the paragraph's reach
          for (auto r = discourse.recent.rbegin(); r != discourse.recent.rend(); ++r) {
            if (discourse.sentence - r->sentence > 4) break;
            if (!types.count(doc.entity(r->entity).type)) continue;
            topic_used = true;
            return Found{{r->entity}, 0, 0, true};
          }
        }
        if (!topic_fits) return std::nullopt;
        topic_used = true;
        return Found{{discourse.topic}, 0, 0, true};
      };
      // "Blackwell remains barred from China": no agent is named; the state whose
      // government, body or capital was named last acts, as its government
      auto from_state = [&]() -> std::optional<Found> {
        std::vector<int> named;
        for (const auto& r : discourse.recent)
          if (discourse.sentence - r.sentence <= 4) named.push_back(r.entity);
        for (const auto& sp : s.spans)
          if (sp.last <= i) named.insert(named.end(), sp.entities.begin(), sp.entities.end());
        // a country named inside the pattern's own words modifies them: "cannot be
        // sold without a US licence"
        const std::size_t inside = named.size();
        for (const auto& sp : s.spans)
          if (sp.first > i && sp.last < b.end) named.insert(named.end(), sp.entities.begin(), sp.entities.end());
        for (auto e = named.rbegin(); e != named.rend(); ++e) {
          const DocEntity& d = doc.entity(*e);
          // a country named as a place or market ("sells the H20 in China") is no actor
          const bool modifier = static_cast<std::size_t>(named.rend() - e) > inside && d.type == "country";
          if (!d.pack || (d.type != "government" && !modifier)) continue;
          const Entity* government = pack_->government_of(modifier ? d.pack : pack_->entity_by_name(d.pack->country));
          if (!government && !modifier) government = d.pack;
          if (!government) continue;
          topic_used = true;
          return Found{{doc.entity_for(*government)}, 0, 0, true};
        }
        return std::nullopt;
      };
      // "The rules, published on Friday, cover immersion DUV systems", "it also covers
      // gallium oxide" after a sentence about the rule, "TSMC and Samsung fall under
      // it": the author of the state measure the clause is about. A body named with
      // the measure ("rules from the Commerce Department", "Japan's own curbs") wins,
      // then the last one named, then the state named last. No measure, no edge
      // ("The deal covers Nvidia's H20").
      auto from_measure = [&]() -> std::optional<Found> {
        // a measure noun that is no part of a name
        auto measure_at = [&](std::size_t q) {
          return tok[q].word && s.span_ending[q] < 0 && pack_->lexicon().measures.count(tok[q].folded) > 0;
        };
        static const WordSet pronouns = {"it", "they", "both", "these", "this"};
        static const WordSet adverbs = {"also", "now", "still", "only", "already", "all", "each"};
        const bool recent_measure = discourse.measure_sentence >= 0 &&
                                    static_cast<long>(discourse.sentence) - discourse.measure_sentence <= 2;
        std::size_t noun = tok.size();
        for (std::size_t k = i; k-- > 0 && i - k <= 14;) {
          const auto& f = tok[k].folded;
          if (f == ";" || f == ":" || args.boundary_at(k)) break;
          if (k + 1 < i && f == "," && (tok[k + 1].folded == "and" || tok[k + 1].folded == "but")) break;
          if (measure_at(k)) {
            noun = k;
            break;
          }
        }
        bool referred = false;
        if (noun == tok.size()) {
          std::size_t k = i;
          while (k > 0 && adverbs.count(tok[k - 1].folded)) --k;
          // "it covers", or an object before "fall under it" (the measure after the match)
          if (k > 0 && pronouns.count(tok[k - 1].folded) &&
              (k == 1 || !tok[k - 2].word || tok[k - 2].folded == "and" || tok[k - 2].folded == "but"))
            referred = recent_measure;
          if (!referred && b.end < tok.size() && pronouns.count(tok[b.end].folded)) referred = recent_measure;
          for (std::size_t q = b.end; !referred && q < tok.size() && q < b.end + 4; ++q)
            referred = measure_at(q);
          if (!referred) return std::nullopt;
        }
        if (noun < tok.size()) {
          // the body named with the measure, nearest to it ("Japan's own curbs", "A
          // Commerce Department spokesperson said the licence requirement covers")
          const Span* best = nullptr;
          std::size_t distance = 0;
          for (const auto& sp : s.spans) {
            if (sp.last > i || sp.first + 10 < noun || sp.first > noun + 6) continue;
            if (args.eligible(sp, sides.subject).empty()) continue;
            const std::size_t d = sp.first > noun ? sp.first - noun : noun - sp.first;
            if (!best || d < distance) best = &sp, distance = d;
          }
          if (best) return Found{args.eligible(*best, sides.subject), best->first, best->last, best->anaphor};
        }
        // else the actor of the last edge of this relation ("The Netherlands will require
        // export licences for ... The rules, published in the gazette, cover ...")
        if (auto last = discourse.last_subject.find(p->relation);
            last != discourse.last_subject.end() && discourse.sentence - last->second.sentence <= 3 &&
            sides.subject.count(doc.entity(last->second.entity).type)) {
          topic_used = true;
          return Found{{last->second.entity}, 0, 0, true};
        }
        // else the state body named most in the article among those of the last
        // sentences ("The rule would affect data centres built with funding from
        // local governments. It applies to chips from Nvidia" is Beijing's rule)
        if (!sides.subject.count("government")) return from_state();
        int author = -1;
        auto consider = [&](int e) {
          if (doc.entity(e).type == "government" && (author < 0 || discourse.salience(e) > discourse.salience(author)))
            author = e;
        };
        for (const auto& sp : s.spans)
          if (sp.last <= i && !sp.anaphor)
            for (int e : sp.entities) consider(e);
        for (auto r = discourse.recent.rbegin(); r != discourse.recent.rend(); ++r) {
          if (discourse.sentence - r->sentence > 4) break;
          consider(r->entity);
        }
        if (author >= 0) {
          topic_used = true;
          return Found{{author}, 0, 0, true};
        }
        return from_state();
      };
      if (p->object != ArgumentSide::slot && p->object == ArgumentSide::left) {
        // "the H800, a chip that was later restricted by Washington": a passive
        // relative clause is about its antecedent; else an object to the left is
        // searched only as far as the pattern's window
        object = passive_relative_object(s, args, i, sides.object);
        // "its chips are fabricated by SMIC": a possessive pronoun that starts the
        // trigger is the object itself, as a possessor's name would be
        if (!object && s.span_starting[i] >= 0) {
          const Span& own = s.spans[static_cast<std::size_t>(s.span_starting[i])];
          if (auto owners = args.eligible(own, sides.object); own.possessive_pronoun && !owners.empty())
            object = Found{std::move(owners), own.first, own.last, true};
        }
        if (!object) object = args.left(i, sides.object, static_cast<std::size_t>(p->window));
        // "two processors developed by Kunlunxin, the M100 and the M300": a generic noun
        // right before a passive trigger is named by a later apposition
        if (!object && i > 0) object = args.named_after_head(i - 1, sides.object);
      }
      if (p->subject != ArgumentSide::slot) {
        if (p->subject == ArgumentSide::state) subject = from_state();
        else if (p->subject == ArgumentSide::measure) subject = from_measure();
        else if (p->subject != ArgumentSide::topic && p->subject != ArgumentSide::home_state)
          subject = by_side(p->subject, sides.subject);
        // Only a clause with no subject of its own takes the topic.
        // A clause with no subject of its own takes the topic ("... will be used
        // for inference"; "and kept the chips for inference").
        // "Three companies make nearly all HBM: SK Hynix, Samsung and Micron"
        if (!subject && p->subject == ArgumentSide::left) subject = colon_list(s, args, b.end, sides.subject);
        // "two lower-powered versions of Gaudi 3 for the Chinese market, the HL-328 and
        // HL-388": versions named by an apposition after the match
        if (!subject && p->subject == ArgumentSide::left)
          subject = versions_named_after(s, args, i, b.end, sides.subject);
        // "AMD launched the MI300X, an accelerator that the company says ..., and named
        // Microsoft among its customers": a predicate after ", and" is the sentence subject's
        if (!subject && p->subject == ArgumentSide::left && i >= 2 && tok[i - 1].folded == "and" &&
            tok[i - 2].folded == ",")
          for (const auto& sp : s.spans) {
            if (sp.first >= i) break;
            if (sp.anaphor || (sp.last < tok.size() && tok[sp.last].folded == "'s")) continue;
            if (auto e = args.eligible(sp, sides.subject); !e.empty()) subject = Found{e, sp.first, sp.last, false};
            break;
          }
        if (!subject && p->subject != ArgumentSide::right && p->subject != ArgumentSide::sentence &&
            p->subject != ArgumentSide::state && p->subject != ArgumentSide::home_state &&
            p->subject != ArgumentSide::measure &&
            (p->object == ArgumentSide::left || p->subject == ArgumentSide::topic || !args.has_other_subject(i)))
          subject = from_topic(sides.subject);
      }
      // "the 910B, which Huawei pitches as an alternative to the A100": a predicate
      // inside a relative clause is said of the clause's antecedent
      if (subject && p->subject == ArgumentSide::left)
        if (auto described = predicate_antecedent(s, args, i, *subject, sides.subject)) subject = described;
      if (p->object == ArgumentSide::pair) {
        // "the two chipmakers will jointly develop": the subjects relate to each other
        if (!subject || subject->entities.size() < 2) continue;
        object = subject;
      } else if (p->object != ArgumentSide::slot && p->object != ArgumentSide::left) {
        object = p->object == ArgumentSide::topic ? from_topic(sides.object) : by_side(p->object, sides.object);
      }
      // "state-owned carrier China Mobile": the state is the object's own, when
      // the pack places every object in one country; else there is none
      if (p->subject == ArgumentSide::home_state && object) {
        const Entity* home = nullptr;
        bool one_home = !object->entities.empty();
        for (int e : object->entities) {
          const Entity* known = doc.entity(e).pack;
          const Entity* government =
              known && !known->country.empty() ? pack_->government_of(pack_->entity_by_name(known->country)) : nullptr;
          if (!government || (home && home != government)) one_home = false;
          home = government;
        }
        // a firm the pack does not place ("Poland's state-owned FSO") gives none
        subject = one_home && home ? std::optional<Found>(Found{{doc.entity_for(*home)}, 0, 0, true}) : std::nullopt;
      }
      if (p->gap_subject && subject && object && b.relative && b.relative->first < i &&
          object->first != b.relative->first) {
        std::vector<int> made;
        for (int e : b.relative->entities)
          if (sides.subject.count(doc.entity(e).type)) made.push_back(e);
        if (!made.empty()) subject = Found{made, b.relative->first, b.relative->last, b.relative->anaphor};
      }
      if (!subject || !object) continue;
      // "every export regulation that applies to it": a measure's pronoun object is the
      // speaker's own generic claim, not a named target
      if (p->subject == ArgumentSide::measure && object->anaphor && object->first < tok.size() &&
          s.span_starting[object->first] >= 0 && s.spans[static_cast<std::size_t>(s.span_starting[object->first])].pronoun)
        continue;
      // "based in Tokyo": a city says where a firm is, not a person's nationality
      if (object->first < tok.size() && s.span_starting[object->first] >= 0) {
        const Span& where = s.spans[static_cast<std::size_t>(s.span_starting[object->first])];
        const bool country = std::any_of(object->entities.begin(), object->entities.end(),
                                         [&](int e) { return doc.entity(e).type == "country"; });
        if ((where.place || where.capital) && country)
          subject->entities.erase(std::remove_if(subject->entities.begin(), subject->entities.end(),
                                                 [&](int e) { return doc.entity(e).type == "person"; }),
                                  subject->entities.end());
        if (subject->entities.empty()) continue;
      }
      // a possessor read only through a coercion is no argument: "deployed inference
      // for DeepSeek's models" is no use of DeepSeek the company; but a firm's
      // counted goods are its supply ("ByteDance uses Cambricon's chips", not its units)
      auto goods_owned = [&] {
        for (std::size_t k = object->last + 1; k < tok.size() && k <= object->last + 3; ++k) {
          if (!tok[k].word || s.span_starting[k] >= 0) return false;
          if (pack_->lexicon().units.count(tok[k].folded)) return tok[k].folded != "unit" && tok[k].folded != "units";
        }
        return false;
      };
      if (object->last < tok.size() && tok[object->last].folded == "'s" &&
          std::none_of(object->entities.begin(), object->entities.end(), [&](int e) {
            return native_object(p->relation, doc.entity(e).type);
          }) &&
          !goods_owned())
        continue;
      // "launched services that run DeepSeek's R1": what another names as its own
      // is not the subject's
      if (p->object_not_possessed && object_owned_by_other(s, doc, *object, *subject)) continue;
      // "bought Nvidia chips": a name before a generic noun modifies it
      // "ran Nvidia's business in China": what a possessor owns is the object, not it
      if (p->object_not_possessor && object->last < tok.size() && tok[object->last].folded == "'s") continue;
      // "agreed to buy ZT Systems": a firm is bought as a maker of goods only
      // ("bought Nvidia chips", "orders Huawei AI chips": over up to two
      // describing words)
      // (or after its possessive: "bought Cambricon's AI chips")
      if (!p->maker_types.empty() && [&] {
            const std::size_t from = object->last + (object->last < tok.size() && tok[object->last].folded == "'s");
            for (std::size_t k = from; k < tok.size() && k <= from + 2; ++k) {
              if (common_word(tok[k]) && pack_->lexicon().heads.count(tok[k].folded)) return false;
              if (!tok[k].word || s.span_starting[k] >= 0) return true;
            }
            return true;
          }()) {
        std::erase_if(object->entities, [&](int e) { return p->maker_types.count(doc.entity(e).type) > 0; });
        if (object->entities.empty()) continue;
      }
      // (a capitalised "head" is part of a name: "bought ZT Systems")
      // ("the use of H20 chips": a product named before its own generic noun is the product)
      if (p->object_not_modifier && object->last < tok.size() && object->last > object->first &&
          common_word(tok[object->last]) &&
          !std::all_of(object->entities.begin(), object->entities.end(),
                       [&](int e) {
                         const std::string& t = doc.entity(e).type;
                         return t == "chip" || t == "material" || t == "equipment";
                       }) &&
          (pack_->lexicon().heads.count(tok[object->last].folded) || descriptor_word(tok[object->last].folded) ||
           (tok[object->last].folded.ends_with("ies") &&
            descriptor_word(tok[object->last].folded.substr(0, tok[object->last].folded.size() - 3) + "y"))))
        continue;
      // "Solidigm, the unit it set up": a pronoun right after a noun opens a relative
      // clause as its subject, and is no object of the noun
      if (p->object == ArgumentSide::slot && object->first > 0 && object->first < tok.size() &&
          s.span_starting[object->first] >= 0) {
        const Span& sp = s.spans[static_cast<std::size_t>(s.span_starting[object->first])];
        const Folded& noun = tok[object->first - 1].folded;
        if (sp.pronoun && !sp.possessive_pronoun &&
            (pack_->lexicon().heads.count(noun) || descriptor_word(noun)))
          continue;
      }
      // "plans to build an advanced packaging plant": the name modifies the noun after it
      if (object->last < tok.size() && p->object_not_before.count(tok[object->last].folded)) continue;
      // a word of `words` outside names between the trigger and an argument after it
      auto word_before = [&](const WordSet& words, std::size_t until) {
        for (std::size_t k = i + 1; k < until; ++k)
          if (!inside_name[k] && words.count(tok[k].folded)) return true;
        return false;
      };
      // "builds servers that use the H20": the object lies beyond a noun that is what is built
      if (object->first > i && word_before(p->object_not_beyond, object->first)) continue;
      // "secured fresh funding from Tencent": a subject beyond one of these words
      // after the trigger is not this relation's
      if (subject->first > i && word_before(p->subject_not_beyond, subject->first)) continue;
      // "a cluster of Ascend processors that the company built": before the
      // trigger, the word the object's "of" hangs on is what is built
      if (!p->object_not_beyond.empty() && object->first < i && [&] {
            std::size_t k = object->first;
            if (k >= 1 && tok[k - 1].folded == "the") --k;
            return k >= 2 && tok[k - 1].folded == "of" && p->object_not_beyond.count(tok[k - 2].folded);
          }())
        continue;
      if (!p->object_not_after.empty()) {
        // "banned sales of its processors to China": a destination is not the target
        // "exports to Malaysia and Thailand": a member joined to an excluded one is
        // excluded with it
        std::vector<int> kept;
        bool previous_excluded = false;
        for (const auto& sp : s.spans) {
          if (sp.first < object->first || sp.first >= object->last || sp.first == 0) continue;
          const Folded& before = tok[sp.first - 1].folded;
          const bool joined = before == "," || before == "and" || before == "or";
          // "banned approvals of equipment from Huawei": goods from a maker restrict the maker
          static const WordSet goods = {"equipment", "products", "gear", "goods", "components", "parts", "technology"};
          const Folded* noun = sp.first >= 2 ? &tok[sp.first - 2].folded : nullptr;
          const bool source =
              before == "from" && noun && (goods.count(*noun) || pack_->lexicon().heads.count(*noun));
          const bool excluded = (p->object_not_after.count(before) > 0 && !source) || (joined && previous_excluded);
          previous_excluded = excluded;
          if (excluded) {
            for (int e : sp.entities) std::erase(object->entities, e);
            // a country read as its government ("pressured China") goes with it
            for (int e : args.eligible(sp, sides.object)) std::erase(object->entities, e);
          }
        }
        kept = object->entities;
        // "EUV machines, which the Netherlands has barred from sale to China": the
        // relative clause's antecedent is what it targets
        if (kept.empty() && b.relative && b.relative->first < i) {
          kept = b.relative->entities;
          object = b.relative;
        }
        if (kept.empty()) continue;
        object->entities = std::move(kept);
      }
      subject->drop_members_after_gap_holding(i);
      object->drop_members_after_gap_holding(i);
      if (topic_used) confidence *= 0.85;
      if (subject->anaphor || object->anaphor) confidence *= 0.9;

      // status cues count from the argument standing before the trigger
      std::size_t from = args.clause_start(i);
      // ("dropped its planned purchase": a possessive subject leaves the clause's cues in)
      const bool possessive_subject = subject->last == subject->first + 1 && subject->first < s.tokens.size() &&
                                      (s.tokens[subject->first].folded == "its" || s.tokens[subject->first].folded == "their");
      if (possessive_subject) {
        // a relative clause the pronoun stands in starts its own cues
        for (std::size_t k = from; k < subject->first; ++k)
          if (s.tokens[k].folded == "which" || s.tokens[k].folded == "who" || s.tokens[k].folded == "that") from = k + 1;
      } else if (subject->last > 0 && subject->last <= i) {
        from = subject->last;
      }
      else if (object->last > 0 && object->last <= i) from = std::max(from, object->last);
      // "Nvidia, whose Rubin accelerators are expected to carry HBM4, counts SK Hynix
      // as ...": the apposition's cues are its own
      if (from < i && args.skip_apposition(from) <= i) from = args.skip_apposition(from);
      if (participle_adjunct) from = i;  // "without access to EUV tools, relying on DUV": the cue is the main clause's
      auto st = status(s, args.clause_start(i), std::min(from, i), i, b.end, args.clause_end(b.end));
      if (!st) continue;
      // "Neither Nvidia nor AMD sells ...": the cue opens the subject list itself
      if (subject->last > subject->first && subject->first > 0 && tok[subject->first - 1].folded == "neither")
        st = Status::negated;
      if (p->status) st = p->status;
      // an entity related to itself only is no reading of the trigger: it leaves the
      // trigger to a later pattern
      if (std::all_of(subject->entities.begin(), subject->entities.end(), [&](int se) {
            return std::all_of(object->entities.begin(), object->entities.end(), [&](int oe) { return se == oe; });
          }))
        continue;
      claimed.push_back({p->relation, {i, b.end}});
      // "runs Huawei's CANN software rather than Nvidia's CUDA": the object set
      // against the one taken is negated
      std::vector<int> contrasted;
      if (*st != Status::negated && object->last > 0 && object->first >= i) {
        std::size_t q = args.skip_heads(object->last);
        if (q + 2 < tok.size() && ((tok[q].folded == "rather" && tok[q + 1].folded == "than") ||
                                   (tok[q].folded == "instead" && tok[q + 1].folded == "of"))) {
          q += 2;
          // "networked with Broadcom's gear rather than with Nvidia's InfiniBand"
          static const WordSet repeated = {"with", "on", "over", "to", "from", "for"};
          if (q < tok.size() && repeated.count(tok[q].folded)) ++q;
          if (auto other = args.at(q, sides.object, 2, true))
            for (int e : other->entities)
              if (std::find(object->entities.begin(), object->entities.end(), e) == object->entities.end())
                contrasted.push_back(e);
        }
      }
      auto add = [&](int se, int oe, Status status) {
        Candidate c;
        c.subject = se;
        c.object = oe;
        c.relation = p->relation;
        c.status = status;
        c.confidence = confidence * (doc.entity(se).discovered || doc.entity(oe).discovered ? 0.9 : 1.0);
        c.pattern = p->id;
        c.from_pattern = true;
        c.trigger = i;
        c.match_end = b.end;
        out.push_back(std::move(c));
      };
      for (int se : subject->entities)
        for (int oe : object->entities)
          if (se != oe && !(p->object == ArgumentSide::pair && se > oe)) add(se, oe, *st);
      for (int se : subject->entities)
        for (int oe : contrasted)
          if (se != oe) add(se, oe, Status::negated);
    }
  }
}

}  // namespace chipgraph::extract
