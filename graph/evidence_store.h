// Where a graph keeps the evidence of its edges, so that memory grows with the
// facts and not with the mentions behind them.
//
// Each mention's record is split in two. What orders and counts it (doc, date,
// part, offsets, status, confidence) stays in memory as a small EvidenceRef,
// the three names interned once each; what only an exporter reads (the
// sentence, the numbers and time) goes to an append-only store. The store is a
// buffer in memory until it would grow past `memory` bytes, then an unlinked temporary
// file (nothing is left behind, whatever happens to the process) written
// through a 1 MiB buffer and read back with pread. Where no temporary file can
// be made, the store stays in memory.
//
// Reading (get, less, same, name) is safe from many threads at once as long as
// nothing is put at the same time, like a standard container.
#pragma once

#include <cstdint>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "graph/mention.h"

namespace chipgraph {

// One supporting mention of an edge.
struct EvidenceRecord {
  std::string doc;
  std::string date;
  Status status = Status::asserted;
  double confidence = 1.0;
  Evidence evidence;
  Details details;

  auto tie() const {
    return std::tie(date, doc, evidence.part, evidence.start, evidence.end, evidence.text, status, confidence, details);
  }
  friend bool operator<(const EvidenceRecord& a, const EvidenceRecord& b) { return a.tie() < b.tie(); }
  friend bool operator==(const EvidenceRecord& a, const EvidenceRecord& b) { return a.tie() == b.tie(); }
};

// A record as the graph holds it: 24 bytes whatever the length of its sentence.
// Offsets of 2^32 - 1 and more are kept in the store (wide()). The confidence
// is kept in thousandths, as every writer prints it: a record's confidence
// comes back rounded to three decimals (see EvidenceStore::put).
class EvidenceRef {
 public:
  std::uint64_t at() const { return bits_ & ((std::uint64_t{1} << 40) - 1); }  // its sentence in the store
  std::uint32_t part() const { return static_cast<std::uint32_t>((bits_ >> 40) & 0x3FF); }
  Status status() const { return static_cast<Status>((bits_ >> 50) & 3); }
  bool details() const { return (bits_ >> 52) & 1; }  // it gives a quantity, value or time
  bool wide() const { return (bits_ >> 53) & 1; }
  std::uint32_t milli() const { return static_cast<std::uint32_t>(bits_ >> 54); }  // confidence * 1000
  double confidence() const { return milli() / 1000.0; }
  std::uint32_t doc() const { return doc_; }  // names in the store's table
  std::uint32_t date() const { return date_; }

 private:
  friend class EvidenceStore;
  std::uint64_t bits_ = 0;  // at: 40, part: 10, status: 2, details: 1, wide: 1, milli: 10
  std::uint32_t start_ = 0, end_ = 0;
  std::uint32_t doc_ = 0, date_ = 0;
};
static_assert(sizeof(EvidenceRef) == 24);

class EvidenceStore {
 public:
  static constexpr std::size_t default_memory = std::size_t{32} << 20;

  explicit EvidenceStore(std::size_t memory = default_memory);
  ~EvidenceStore();
  EvidenceStore(const EvidenceStore&) = delete;
  EvidenceStore& operator=(const EvidenceStore&) = delete;

  // At most this many distinct parts ("title", "body", ...) in one store.
  static constexpr std::size_t max_parts = 1024;

  // The record's confidence is kept rounded to thousandths (a NaN as 0).
  // Throws Error past 1 TiB of evidence, 2^32 names or max_parts parts:
  // has_room() says beforehand whether a record's part fits.
  EvidenceRef put(const EvidenceRecord& record);
  bool has_room(std::string_view part) const;
  EvidenceRecord get(const EvidenceRef& ref) const;

  // What get() reads from the store, as views into it or into `scratch`
  // (valid until the next put, or the next use of `scratch`): for exporters
  // that write a record without making one.
  struct Stored {
    std::string_view text, quantity, value, when;
    std::uint64_t start = 0, end = 0;
  };
  Stored read(const EvidenceRef& ref, std::string& scratch) const;
  std::string_view part(const EvidenceRef& ref) const { return parts_[ref.part()]; }

  // Interns a name (an article id, a date): its id for name(). Names never move.
  std::uint32_t intern(std::string_view text);

  // The interned doc or date of a ref.
  std::string_view name(std::uint32_t id) const {
    const char* at = names_[id];  // its length, then its bytes
    std::uint32_t length;
    std::memcpy(&length, at, sizeof length);
    return {at + sizeof length, length};
  }

  // The order of EvidenceRecord (date, doc, part, offsets, then sentence,
  // status, confidence, details) and its equality; the store is read only
  // when two refs agree on everything they hold.
  bool less(const EvidenceRef& a, const EvidenceRef& b) const;
  bool same(const EvidenceRef& a, const EvidenceRef& b) const;

  std::size_t memory() const { return memory_; }
  bool on_disk() const { return fd_ >= 0; }
  std::uint64_t size() const { return flushed_ + buffer_.size(); }  // bytes put so far

 private:
  std::uint32_t part_id(std::string_view part);
  void spill();
  void flush();
  // The stored bytes of the record at `at`: a view into memory, or read into `scratch`.
  std::string_view bytes_at(std::uint64_t at, std::string& scratch) const;

  std::size_t memory_;
  std::string buffer_;         // everything (in memory) or what is not yet written (on disk)
  std::uint64_t flushed_ = 0;  // bytes in the file
  int fd_ = -1;
  std::vector<const char*> names_;                    // id -> its length and bytes in a block
  std::vector<std::unique_ptr<char[]>> name_blocks_;  // where the names' bytes live
  std::size_t block_used_ = 0, block_size_ = 0;
  std::vector<std::uint32_t> slots_;  // open addressing: id + 1, 0 for empty
  std::vector<std::string> parts_;    // "body", "title": a few at most
};

}  // namespace chipgraph
