// Snapshots (.cgz): the merged graph saved whole, read back fast.
//
// A snapshot keeps everything a merge needs to continue (node votes, every
// evidence record), so `merge OLD.cgz NEW...` equals a rebuild over all input
// and snapshots of shards merge in any grouping. Layout, little-endian:
//
//   header   8 bytes "\x89CGZ\r\n\x1a\n", u32 format version (1)
//   block    'C': the core: relation and type names, nodes (key, label, type,
//            discovered, mentions, articles, votes), edges (source, target,
//            relation, weight, articles, first/last seen, status counts,
//            confidence, details); everything a query needs but the evidence
//   block    'E', repeated: the evidence records of consecutive edges, about
//            1 MB of them a block, so one edge's evidence is one small read
//   block    'I': the file offset and first edge of every 'E' block
//   trailer  u64 offset of the 'I' block, 8 bytes "CGZ-END\n"
//
// A block is: u8 kind, u64 raw size, u64 stored size, then the raw bytes
// compressed by zlib. Inside, integers are LEB128 varints, strings a varint
// length and the bytes, confidences the 8 bytes of an IEEE double.
// Readers refuse an unknown version, a damaged block or a missing trailer
// (a snapshot cut short) with a message naming the file.
#pragma once

#include <cstdint>
#include <list>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "graph/knowledge_graph.h"

namespace chipgraph {

inline constexpr std::uint32_t snapshot_version = 1;

// Whether a file starts like a snapshot (by its magic bytes, not its name).
bool is_snapshot(const std::string& path);

// Whether a path is to be read as a snapshot: it starts like one, or is named
// .cgz (so a damaged snapshot is reported as one, not as bad GraphML).
bool names_snapshot(const std::string& path);

// Writes a finalized graph with its evidence; atomically, like every output.
void write_snapshot(const KnowledgeGraph& graph, const std::string& path);

// A snapshot opened for reading. The graph comes without evidence records
// (queries read an edge's evidence when they need it), or with all of them.
class Snapshot {
 public:
  // Throws Error for a file that is not a readable snapshot of this version, or
  // that names a type or relation the vocabulary lacks (pass the pack it was built with).
  Snapshot(const std::string& path, const Vocabulary& vocabulary, bool with_evidence);
  ~Snapshot();
  Snapshot(const Snapshot&) = delete;
  Snapshot& operator=(const Snapshot&) = delete;

  KnowledgeGraph& graph() { return graph_; }
  const KnowledgeGraph& graph() const { return graph_; }

  // The evidence records of one edge (by its canonical id), read from its block.
  std::vector<EvidenceRecord> evidence(std::size_t edge_id) const;

 private:
  std::string read_block(std::uint64_t offset, char kind) const;
  static constexpr std::size_t all_edges = static_cast<std::size_t>(-1);
  static constexpr std::size_t cached_blocks = 512;  // of 32 KB each
  const std::string& raw_block(std::size_t block) const;  // decompressed, through a small LRU cache
  // The records of every edge of a block, or only of its `only`-th edge (the rest left empty).
  std::vector<std::vector<EvidenceRecord>> decode_block(std::size_t block, std::size_t only) const;

  std::string path_;
  int fd_ = -1;
  std::uint64_t size_ = 0;  // of the file
  KnowledgeGraph graph_;
  std::vector<std::uint64_t> block_offsets_;  // of each 'E' block
  std::vector<std::uint64_t> block_first_;    // first edge id of each 'E' block
  mutable std::list<std::pair<std::size_t, std::string>> cache_;  // most recently used first
};

// Any graph file chipgraph can read back: a snapshot, or GraphML that
// chipgraph wrote (its evidence attribute carries every record). Always with evidence.
KnowledgeGraph read_graph(const std::string& path, const Vocabulary& vocabulary);

}  // namespace chipgraph
