// Scoring extracted edges against hand-written gold edges (`chipgraph eval`).
//
// The unit is a fact of one article: (doc, subject, relation, object, status).
// Repeated mentions of a fact in one article count once. Names match through
// the gold's aliases, the caller's canonical names (a pack), case, possessives
// and a leading vendor word ("H20" matches "Nvidia H20"); symmetric relations
// match in either order; a company-to-company `buys` or `sells-to` is read as
// the `supplies` edge it means. Status must agree, so a negated edge never
// counts as the positive fact.
#pragma once

#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "graph/mention.h"
#include "graph/vocabulary.h"

namespace chipgraph {

struct GoldEdge {
  std::string doc;
  std::string subject;
  std::string subject_type;
  std::string relation;
  std::string object;
  std::string object_type;
  Status status = Status::asserted;
  std::vector<std::string> subject_aliases;
  std::vector<std::string> object_aliases;
  std::string evidence;  // the sentence the annotator read, when given
};

// Parses one gold line; on failure returns false with `error` (and the JSON
// error's column, 1-based, or 0).
bool parse_gold(std::string_view line, const Vocabulary& vocabulary, GoldEdge& out, std::size_t& error_column,
                std::string& error);

struct Score {
  std::size_t tp = 0, fp = 0, fn = 0;
  double precision() const { return tp + fp ? static_cast<double>(tp) / static_cast<double>(tp + fp) : 0.0; }
  double recall() const { return tp + fn ? static_cast<double>(tp) / static_cast<double>(tp + fn) : 0.0; }
  double f1() const {
    const double p = precision(), r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
  }
};

// A predicted fact after deduplication, with the best confidence and one evidence.
struct PredictedFact {
  std::string doc, subject, relation, object;
  Status status = Status::asserted;
  double confidence = 0.0;
  std::string evidence;
  std::string pattern;
};

struct Evaluation {
  Score micro;
  Score micro_ignoring_status;  // asserted/planned/attempted as one; negated kept apart
  std::map<std::string, Score> by_relation;
  std::map<std::string, Score> by_pattern;  // tp and fp of the rule that produced each predicted fact
  std::vector<GoldEdge> missed;
  std::vector<PredictedFact> spurious;
  struct Threshold {
    double confidence;
    Score score;
  };
  std::vector<Threshold> by_confidence;  // precision and recall keeping facts at or above each threshold
  std::size_t gold_facts = 0, predicted_facts = 0;
};

struct NameHelpers {
  // Canonical name of a known entity (a pack's), or the name unchanged.
  std::function<std::string(std::string_view)> canonical;
  // Whether a word names a vendor that may lead a product name ("Nvidia").
  std::function<bool(std::string_view)> is_vendor;
};

// Scores `predicted` against `gold`. Only the docs that appear in the gold
// count (a prediction for an article with no gold line is ignored), so a gold
// file may cover part of a corpus.
Evaluation evaluate(const std::vector<GoldEdge>& gold, const std::vector<Mention>& predicted,
                    const Vocabulary& vocabulary, const NameHelpers& names,
                    const std::vector<double>& thresholds = {0.5, 0.6, 0.7, 0.8, 0.9});

}  // namespace chipgraph
