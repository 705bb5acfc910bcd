// The graph's vocabulary (node types, relations, statuses): the machine-readable
// copy of ../shared/ONTOLOGY.md, loaded from the pack's vocabulary.json.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace chipgraph {

struct NodeType {
  std::string name;
  std::string doc;
  std::string color;  // "#rrggbb", used by the exporters
  std::string shape;  // a Graphviz shape name
};

struct Relation {
  std::string name;
  std::set<std::string> subject_types;
  std::set<std::string> object_types;
  bool symmetric = false;
  std::string doc;
  // Relations that, found for the same pair in the same sentence, make this one
  // redundant ("uses" yields to "trains-on").
  std::set<std::string> yields_to;
  // Which of an edge's details ("quantity", "value", "when") the sentence may give.
  std::set<std::string> details;
  // No edge from a company to its own product ("Nvidia's order ... for Blackwell" is no purchase).
  bool not_own_product = false;
  // The relation this one is read as when its subject is a fabless company (an entity
  // with "fabless": true): "Nvidia made the H800 for China" develops it.
  std::string by_fabless;
  // Both ends are of one kind: a firm set against a product stands for its own
  // product named in the same sentence ("unveiled Gaudi 3, saying it outperforms
  // Nvidia's H100" is Gaudi 3 against the H100).
  bool like_for_like = false;
};

// A relation read with an object of another type means a different relation:
// "Tencent buys from Nvidia" is Nvidia -supplies-> Tencent.
struct Coercion {
  std::string relation;
  std::string object_type;
  std::string becomes;
  bool reverse = false;
  // When set, the coercion is for this subject type only, and applies although the
  // relation allows the pair: "the RTX Pro 6000D uses GDDR memory" (a chip using a
  // material) is the memory's part-of edge, not a use.
  std::string subject_type;
};

// Two edges of one sentence that share their object imply a third between their
// subjects: "TSMC makes Nvidia's H100" (TSMC manufactures H100, Nvidia develops
// H100) gives TSMC -supplies-> Nvidia.
struct Composition {
  std::string first;   // relation of the new edge's subject to the shared object
  std::string second;  // relation of the new edge's object to the shared object
  std::string becomes;
  // For a shared object of these types the second edge may come from the pack
  // instead: an entity's `vendor` is the developer of what it names ("Gaudi 3 is
  // fabricated by TSMC": Intel's chip)
  std::set<std::string> from_vendor;
  // Types the shared object must have (empty: any). A generic product ("SK Hynix
  // makes NAND ... after buying Intel's NAND business") has many makers and no one
  // developer a maker could supply.
  std::set<std::string> object_types;
};

// One step of an exposure walk (see `exposure` in packs/README.md): follow
// edges of `relation` from their subject to their object, or back (`inward`).
struct ExposureStep {
  std::string relation;
  bool inward = false;
};

enum class Status { asserted, planned, attempted, negated };
inline constexpr int status_count = 4;
std::string_view to_string(Status status);
std::optional<Status> parse_status(std::string_view text);

class Vocabulary {
 public:
  // The vocabulary built into the binary (packs/ai-hardware/vocabulary.json).
  static const Vocabulary& builtin();

  // Adds the types and relations of a vocabulary.json text. Existing entries may
  // not be changed: a pack can extend the contract, never rename or drop.
  void extend(std::string_view json, const std::string& file);

  const NodeType* type(std::string_view name) const;
  const Relation* relation(std::string_view name) const;
  const std::vector<NodeType>& types() const { return types_; }
  const std::vector<Relation>& relations() const { return relations_; }
  const std::vector<Coercion>& coercions() const { return coercions_; }
  const std::vector<Composition>& compositions() const { return compositions_; }
  const std::vector<ExposureStep>& exposure_steps() const { return exposure_steps_; }
  const std::set<std::string>& exposure_constraints() const { return exposure_constraints_; }

  // Whether subject -relation-> object is allowed by the type constraints.
  bool allows(std::string_view relation, std::string_view subject_type,
              std::string_view object_type) const;

  // The relation actually meant, after coercions; nullopt if none applies.
  // On return, `reversed` tells whether subject and object swap.
  const Coercion* coercion(std::string_view relation, std::string_view object_type) const;
  // The coercion that reads subject -relation-> object: one for this subject type
  // first (whether or not the pair is allowed), else, when the pair is not allowed,
  // one for the object type alone; nullptr when the relation stands as read.
  const Coercion* coercion(std::string_view relation, std::string_view subject_type,
                           std::string_view object_type) const;

 private:
  std::vector<NodeType> types_;
  std::vector<Relation> relations_;
  std::vector<Coercion> coercions_;
  std::vector<Composition> compositions_;
  std::vector<ExposureStep> exposure_steps_;
  std::set<std::string> exposure_constraints_;
  std::map<std::string, std::size_t, std::less<>> type_index_;
  std::map<std::string, std::size_t, std::less<>> relation_index_;
};

}  // namespace chipgraph
