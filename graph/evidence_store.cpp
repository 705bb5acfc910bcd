// EvidenceStore: interned names, then sentences in a buffer that moves to a
// temporary file once it outgrows its memory.
#include "graph/evidence_store.h"

#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <functional>
#include <limits>
#include <utility>

#include "graph/error.h"
#include "graph/temp_file.h"

namespace chipgraph {
namespace {

constexpr std::size_t write_buffer = std::size_t{1} << 20;
constexpr std::size_t first_read = 512;  // one read for almost every record

void put_varint(std::string& out, std::uint64_t v) {
  while (v >= 0x80) {
    out += static_cast<char>((v & 0x7F) | 0x80);
    v >>= 7;
  }
  out += static_cast<char>(v);
}

void put_text(std::string& out, std::string_view s) {
  put_varint(out, s.size());
  out.append(s);
}

// Reads the stored form back; `more` is asked for a longer view when the
// record runs past the bytes at hand (a long sentence read from the file).
class Reader {
 public:
  Reader(std::string_view bytes, std::function<std::string_view(std::size_t)> more)
      : bytes_(bytes), more_(std::move(more)) {}

  std::uint64_t varint() {
    std::uint64_t v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      need(1);
      const auto b = static_cast<unsigned char>(bytes_[pos_++]);
      v |= static_cast<std::uint64_t>(b & 0x7F) << shift;
      if (b < 0x80) return v;
    }
    fail("damaged evidence store (a length does not end)");
  }
  // Where the next text lies; view() turns it into a view once everything is read
  // (a longer read for a later field moves the bytes, not their positions).
  std::pair<std::size_t, std::size_t> text() {
    const std::uint64_t n = varint();
    need(n);
    const std::size_t at = pos_;
    pos_ += n;
    return {at, n};
  }
  std::string_view view(std::pair<std::size_t, std::size_t> span) const {
    return bytes_.substr(span.first, span.second);
  }

 private:
  void need(std::uint64_t n) {
    if (pos_ + n <= bytes_.size()) return;
    bytes_ = more_(pos_ + n);
    if (pos_ + n > bytes_.size()) fail("damaged evidence store (a record is cut short)");
  }
  std::string_view bytes_;
  std::function<std::string_view(std::size_t)> more_;
  std::size_t pos_ = 0;
};

}  // namespace

EvidenceStore::EvidenceStore(std::size_t memory) : memory_(memory) {}

EvidenceStore::~EvidenceStore() {
  if (fd_ >= 0) ::close(fd_);
}

std::uint32_t EvidenceStore::intern(std::string_view text) {
  if (names_.size() * 4 >= slots_.size() * 3) {  // grow: at most three quarters of the slots in use
    std::vector<std::uint32_t> grown(std::max<std::size_t>(64, slots_.size() * 2), 0);
    const std::size_t mask = grown.size() - 1;
    for (std::uint32_t id = 0; id < names_.size(); ++id) {
      std::size_t i = std::hash<std::string_view>{}(name(id)) & mask;
      while (grown[i] != 0) i = (i + 1) & mask;
      grown[i] = id + 1;
    }
    slots_ = std::move(grown);
  }
  const std::size_t mask = slots_.size() - 1;
  std::size_t i = std::hash<std::string_view>{}(text)&mask;
  for (; slots_[i] != 0; i = (i + 1) & mask)
    if (name(slots_[i] - 1) == text) return slots_[i] - 1;
  if (names_.size() >= std::numeric_limits<std::uint32_t>::max() - 1) fail("too many distinct article ids and dates");
  if (text.size() > std::numeric_limits<std::uint32_t>::max()) fail("an article id or date of 4 GiB");
  const std::size_t need = sizeof(std::uint32_t) + text.size();
  if (block_used_ + need > block_size_) {
    block_size_ = std::max<std::size_t>(std::size_t{1} << 16, need);
    name_blocks_.push_back(std::make_unique<char[]>(block_size_));
    block_used_ = 0;
  }
  char* at = name_blocks_.back().get() + block_used_;
  const auto length = static_cast<std::uint32_t>(text.size());
  std::memcpy(at, &length, sizeof length);
  if (!text.empty()) std::memcpy(at + sizeof length, text.data(), text.size());
  block_used_ += need;
  const auto id = static_cast<std::uint32_t>(names_.size());
  names_.push_back(at);
  slots_[i] = id + 1;
  return id;
}

std::uint32_t EvidenceStore::part_id(std::string_view part) {
  for (std::uint32_t i = 0; i < parts_.size(); ++i)
    if (parts_[i] == part) return i;
  if (parts_.size() >= max_parts) fail("more than {} distinct evidence parts", max_parts);
  parts_.emplace_back(part);
  return static_cast<std::uint32_t>(parts_.size() - 1);
}

bool EvidenceStore::has_room(std::string_view part) const {
  return parts_.size() < max_parts || std::find(parts_.begin(), parts_.end(), part) != parts_.end();
}

EvidenceRef EvidenceStore::put(const EvidenceRecord& r) {
  constexpr std::uint64_t wide_from = 0xFFFFFFFF;
  const std::uint64_t at = size();
  if (at >> 40) fail("more than 1 TiB of evidence");
  const bool wide = r.evidence.start >= wide_from || r.evidence.end >= wide_from;
  EvidenceRef ref;
  const double c = r.confidence >= 0 ? std::min(r.confidence, 1.0) : 0.0;  // NaN too
  const auto milli = static_cast<std::uint64_t>(std::lround(c * 1000.0));
  ref.bits_ = at | std::uint64_t{part_id(r.evidence.part)} << 40 | static_cast<std::uint64_t>(r.status) << 50 |
              std::uint64_t{!r.details.empty()} << 52 | std::uint64_t{wide} << 53 | milli << 54;
  ref.start_ = wide ? wide_from : static_cast<std::uint32_t>(r.evidence.start);
  ref.end_ = wide ? wide_from : static_cast<std::uint32_t>(r.evidence.end);
  ref.doc_ = intern(r.doc);
  ref.date_ = intern(r.date);
  // The buffer is the largest allocation of a big merge until it spills: it
  // spills rather than grow (by doubling) past the memory limit.
  if (fd_ < 0) {
    const std::size_t record = 64 + r.evidence.text.size() + r.details.quantity.size() + r.details.value.size() +
                               r.details.when.size();
    if (buffer_.size() + record > buffer_.capacity() && buffer_.capacity() > memory_ / 2) spill();
  }
  put_text(buffer_, r.evidence.text);
  if (wide) {
    put_varint(buffer_, r.evidence.start);
    put_varint(buffer_, r.evidence.end);
  }
  if (ref.details())
    for (const std::string* s : {&r.details.quantity, &r.details.value, &r.details.when}) put_text(buffer_, *s);
  if (fd_ < 0 && buffer_.size() > memory_) spill();
  if (fd_ >= 0 && buffer_.size() >= write_buffer) flush();
  return ref;
}

void EvidenceStore::spill() {
  const int fd = unlinked_temporary_file("chipgraph-evidence");
  if (fd < 0) {
    memory_ = std::numeric_limits<std::size_t>::max();  // no file: everything stays in memory
    return;
  }
  fd_ = fd;
  flush();
  std::string().swap(buffer_);  // give back the memory it grew to
  buffer_.reserve(write_buffer + first_read);
}

void EvidenceStore::flush() {
  write_at(fd_, buffer_.data(), buffer_.size(), static_cast<off_t>(flushed_), "evidence");
  flushed_ += buffer_.size();
  buffer_.clear();
}

std::string_view EvidenceStore::bytes_at(std::uint64_t at, std::string& scratch) const {
  if (fd_ < 0) return std::string_view(buffer_).substr(at);
  if (at >= flushed_) return std::string_view(buffer_).substr(at - flushed_);
  const std::size_t want = std::max(scratch.size(), first_read);  // a caller asking for more sized scratch first
  scratch.resize(static_cast<std::size_t>(std::min<std::uint64_t>(want, flushed_ - at)));
  scratch.resize(read_at(fd_, scratch.data(), scratch.size(), static_cast<off_t>(at), "evidence"));
  return scratch;
}

EvidenceStore::Stored EvidenceStore::read(const EvidenceRef& ref, std::string& scratch) const {
  scratch.clear();
  Reader in(bytes_at(ref.at(), scratch), [&](std::size_t wanted) {
    scratch.resize(wanted + first_read);
    return bytes_at(ref.at(), scratch);
  });
  const auto text = in.text();
  Stored s;
  s.start = ref.wide() ? in.varint() : ref.start_;
  s.end = ref.wide() ? in.varint() : ref.end_;
  if (ref.details()) {
    const auto quantity = in.text(), value = in.text(), when = in.text();
    s.quantity = in.view(quantity);
    s.value = in.view(value);
    s.when = in.view(when);
  }
  s.text = in.view(text);
  return s;
}

EvidenceRecord EvidenceStore::get(const EvidenceRef& ref) const {
  std::string scratch;
  const Stored s = read(ref, scratch);
  EvidenceRecord r;
  r.doc = name(ref.doc_);
  r.date = name(ref.date_);
  r.status = ref.status();
  r.confidence = ref.confidence();
  r.evidence.text = s.text;
  r.evidence.start = s.start;
  r.evidence.end = s.end;
  r.evidence.part = parts_[ref.part()];
  r.details = {std::string(s.quantity), std::string(s.value), std::string(s.when)};
  return r;
}

bool EvidenceStore::less(const EvidenceRef& a, const EvidenceRef& b) const {
  if (a.date_ != b.date_) return name(a.date_) < name(b.date_);
  if (a.doc_ != b.doc_) return name(a.doc_) < name(b.doc_);
  if (a.part() != b.part()) return parts_[a.part()] < parts_[b.part()];
  if (!a.wide() && !b.wide()) {
    if (a.start_ != b.start_) return a.start_ < b.start_;
    if (a.end_ != b.end_) return a.end_ < b.end_;
  }
  if (a.at() == b.at()) return false;  // the same stored record
  return get(a) < get(b);
}

bool EvidenceStore::same(const EvidenceRef& a, const EvidenceRef& b) const {
  if (a.date_ != b.date_ || a.doc_ != b.doc_ || (a.bits_ >> 40) != (b.bits_ >> 40) || a.start_ != b.start_ ||
      a.end_ != b.end_)
    return false;
  return a.at() == b.at() || get(a) == get(b);
}

}  // namespace chipgraph
