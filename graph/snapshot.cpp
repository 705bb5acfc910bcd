// Snapshot writer and reader (the layout is described in snapshot.h).
#include "graph/snapshot.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <map>

#include "graph/atomic_file.h"
#include "graph/error.h"

namespace chipgraph {
namespace {

constexpr char magic[8] = {'\x89', 'C', 'G', 'Z', '\r', '\n', '\x1a', '\n'};
constexpr char end_magic[8] = {'C', 'G', 'Z', '-', 'E', 'N', 'D', '\n'};
constexpr std::size_t header_size = 12, block_header_size = 17, trailer_size = 16;
// Small evidence blocks: showing one edge's evidence decompresses 32 KB, not a megabyte.
constexpr std::size_t evidence_block_bytes = 32u << 10;

// --- encoding

class Encoder {
 public:
  void varint(std::uint64_t v) {
    while (v >= 0x80) {
      out_ += static_cast<char>((v & 0x7F) | 0x80);
      v >>= 7;
    }
    out_ += static_cast<char>(v);
  }
  void text(std::string_view s) {
    varint(s.size());
    out_ += s;
  }
  void real(double d) {
    std::uint64_t bits;
    std::memcpy(&bits, &d, sizeof bits);
    fixed(bits);
  }
  void fixed(std::uint64_t v, int size = 8) {  // little-endian, `size` bytes
    for (int i = 0; i < size; ++i) out_ += static_cast<char>((v >> (8 * i)) & 0xFF);
  }
  std::string& bytes() { return out_; }

 private:
  std::string out_;
};

class Decoder {
 public:
  Decoder(std::string_view in, const std::string& where) : p_(in.data()), end_(in.data() + in.size()), where_(where) {}
  std::uint64_t varint() {
    std::uint64_t v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      need(1);
      const auto byte = static_cast<unsigned char>(*p_++);
      v |= static_cast<std::uint64_t>(byte & 0x7F) << shift;
      if (!(byte & 0x80)) return v;
    }
    damaged();
  }
  std::string text() {
    const std::uint64_t n = varint();
    need(n);
    std::string s(p_, n);
    p_ += n;
    return s;
  }
  void skip_text() {
    const std::uint64_t n = varint();
    need(n);
    p_ += n;
  }
  double real() {
    const std::uint64_t bits = fixed();
    double d;
    std::memcpy(&d, &bits, sizeof d);
    return d;
  }
  std::uint64_t fixed(int size = 8) {
    need(static_cast<std::uint64_t>(size));
    std::uint64_t v = 0;
    for (int i = 0; i < size; ++i) v |= static_cast<std::uint64_t>(static_cast<unsigned char>(p_[i])) << (8 * i);
    p_ += size;
    return v;
  }
  // An index into a table of `size` entries.
  std::size_t index(std::size_t size) {
    const std::uint64_t i = varint();
    if (i >= size) damaged();
    return static_cast<std::size_t>(i);
  }
  bool done() const { return p_ == end_; }
  [[noreturn]] void damaged() const { fail("{}: damaged snapshot (a block does not decode)", where_); }

 private:
  void need(std::uint64_t n) const {
    if (static_cast<std::uint64_t>(end_ - p_) < n) damaged();
  }
  const char* p_;
  const char* end_;
  const std::string& where_;
};

std::string block(char kind, std::string_view raw, int level) {
  uLongf stored = compressBound(static_cast<uLong>(raw.size()));
  std::string out(block_header_size + stored, '\0');
  if (compress2(reinterpret_cast<Bytef*>(out.data() + block_header_size), &stored,
                reinterpret_cast<const Bytef*>(raw.data()), static_cast<uLong>(raw.size()), level) != Z_OK)
    fail("cannot compress a snapshot block");
  out.resize(block_header_size + stored);
  Encoder head;
  head.bytes() += kind;
  head.fixed(raw.size());
  head.fixed(stored);
  std::memcpy(out.data(), head.bytes().data(), block_header_size);
  return out;
}

void put_details(Encoder& e, const Details& d) {
  e.text(d.quantity);
  e.text(d.value);
  e.text(d.when);
}

Details get_details(Decoder& d) {
  Details out;
  out.quantity = d.text();
  out.value = d.text();
  out.when = d.text();
  return out;
}

void put_votes(Encoder& e, const std::map<std::string, std::uint64_t>& votes) {
  e.varint(votes.size());
  for (const auto& [name, weight] : votes) {
    e.text(name);
    e.varint(weight);
  }
}

std::map<std::string, std::uint64_t> get_votes(Decoder& d) {
  std::map<std::string, std::uint64_t> votes;
  for (std::uint64_t n = d.varint(); n > 0; --n) {
    std::string name = d.text();
    votes[std::move(name)] = d.varint();
  }
  return votes;
}

void put_evidence(Encoder& e, const std::vector<EvidenceRecord>& records) {
  e.varint(records.size());
  for (const auto& r : records) {
    e.text(r.doc);
    e.text(r.date);
    e.varint(static_cast<std::uint64_t>(r.status));
    e.real(r.confidence);
    e.text(r.evidence.text);
    e.varint(r.evidence.start);
    e.varint(r.evidence.end);
    e.text(r.evidence.part);
    put_details(e, r.details);
  }
}

void skip_record(Decoder& d) {
  d.skip_text();  // doc
  d.skip_text();  // date
  d.varint();     // status
  d.fixed();      // confidence
  d.skip_text();  // text
  d.varint();     // start
  d.varint();     // end
  for (int i = 0; i < 4; ++i) d.skip_text();  // part, quantity, value, when
}

EvidenceRecord get_record(Decoder& d) {
  EvidenceRecord r;
  r.doc = d.text();
  r.date = d.text();
  r.status = static_cast<Status>(d.index(status_count));
  r.confidence = d.real();
  r.evidence.text = d.text();
  r.evidence.start = d.varint();
  r.evidence.end = d.varint();
  r.evidence.part = d.text();
  r.details = get_details(d);
  return r;
}

// Names (relations or types) as a table, each written once.
class NameTable {
 public:
  std::size_t id(std::string_view name) {
    auto it = ids_.find(name);
    if (it == ids_.end()) {
      it = ids_.emplace(std::string(name), names_.size()).first;
      names_.emplace_back(name);
    }
    return it->second;
  }
  const std::vector<std::string>& names() const { return names_; }

 private:
  std::map<std::string, std::size_t, std::less<>> ids_;
  std::vector<std::string> names_;
};

}  // namespace

bool is_snapshot(const std::string& path) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return false;
  char head[sizeof magic];
  const bool yes = ::pread(fd, head, sizeof head, 0) == static_cast<ssize_t>(sizeof head) &&
                   std::memcmp(head, magic, sizeof magic) == 0;
  ::close(fd);
  return yes;
}

bool names_snapshot(const std::string& path) {
  return is_snapshot(path) || std::filesystem::path(path).extension() == ".cgz";
}

void write_snapshot(const KnowledgeGraph& kg, const std::string& path) {
  if (!kg.evidence_loaded()) fail("{}: cannot write a snapshot of a graph read without its evidence", path);
  const BoostGraph& g = kg.graph();
  AtomicFile file(path);
  std::uint64_t offset = 0;
  auto emit = [&](const std::string& bytes) {
    file.write(bytes);
    offset += bytes.size();
  };
  Encoder head;
  head.bytes().append(magic, sizeof magic);
  head.fixed(snapshot_version, 4);
  emit(head.bytes());

  NameTable relations, types;
  for (auto [e, end] = boost::edges(g); e != end; ++e) relations.id(g[*e].relation);
  for (auto [v, end] = boost::vertices(g); v != end; ++v) {
    types.id(g[*v].type);
    for (const auto& vote : kg.votes(*v).types) types.id(vote.first);
  }
  Encoder core;
  for (const auto* table : {&relations, &types}) {
    core.varint(table->names().size());
    for (const auto& name : table->names()) core.text(name);
  }
  core.varint(boost::num_vertices(g));
  for (auto [v, end] = boost::vertices(g); v != end; ++v) {
    const NodeProps& n = g[*v];
    core.text(n.key);
    core.text(n.label);
    core.varint(types.id(n.type));
    core.varint(n.discovered ? 1 : 0);
    core.varint(n.mentions);
    core.varint(n.articles);
    core.varint(kg.votes(*v).types.size());
    for (const auto& [type, weight] : kg.votes(*v).types) {
      core.varint(types.id(type));
      core.varint(weight);
    }
    put_votes(core, kg.votes(*v).labels);
  }
  core.varint(boost::num_edges(g));
  for (auto [e, end] = boost::edges(g); e != end; ++e) {
    const EdgeProps& p = g[*e];
    core.varint(boost::source(*e, g));
    core.varint(boost::target(*e, g));
    core.varint(relations.id(p.relation));
    core.varint(p.weight);
    core.varint(p.articles);
    core.text(p.first_seen);
    core.text(p.last_seen);
    for (auto count : p.status_counts) core.varint(count);
    core.real(p.confidence);
    put_details(core, p.details());
  }
  emit(block('C', core.bytes(), Z_DEFAULT_COMPRESSION));

  Encoder index;
  std::uint64_t blocks = 0;
  Encoder evidence;
  std::size_t first = 0, id = 0;
  auto flush = [&] {
    if (id == first) return;
    index.varint(offset);
    index.varint(first);
    ++blocks;
    Encoder framed;
    framed.varint(first);
    framed.varint(id - first);
    framed.bytes() += evidence.bytes();
    emit(block('E', framed.bytes(), 1));
    evidence.bytes().clear();
    first = id;
  };
  for (auto [e, end] = boost::edges(g); e != end; ++e, ++id) {
    if (evidence.bytes().size() >= evidence_block_bytes) flush();
    put_evidence(evidence, kg.evidence(*e));
  }
  flush();
  Encoder counted;
  counted.varint(blocks);
  counted.bytes() += index.bytes();
  const std::uint64_t index_offset = offset;
  emit(block('I', counted.bytes(), Z_DEFAULT_COMPRESSION));
  Encoder trailer;
  trailer.fixed(index_offset);
  trailer.bytes().append(end_magic, sizeof end_magic);
  emit(trailer.bytes());
  file.commit();
}

Snapshot::Snapshot(const std::string& path, const Vocabulary& vocabulary, bool with_evidence)
    : path_(path), graph_(vocabulary) {
  fd_ = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd_ < 0) fail("{}: cannot open: {}", path, std::strerror(errno));
  struct stat st {};
  if (::fstat(fd_, &st) != 0 || !S_ISREG(st.st_mode)) fail("{}: not a regular file", path);
  char head[header_size];
  if (::pread(fd_, head, header_size, 0) != static_cast<ssize_t>(header_size) ||
      std::memcmp(head, magic, sizeof magic) != 0)
    fail("{}: not a chipgraph snapshot", path);
  const std::uint64_t v = Decoder(std::string_view(head + sizeof magic, 4), path_).fixed(4);
  if (v != snapshot_version)
    fail("{}: snapshot format version {}, this chipgraph reads version {}", path, v, snapshot_version);
  size_ = static_cast<std::uint64_t>(st.st_size);
  const std::uint64_t size = size_;
  char tail[trailer_size];
  if (size < header_size + trailer_size ||
      ::pread(fd_, tail, trailer_size, static_cast<off_t>(size - trailer_size)) != static_cast<ssize_t>(trailer_size) ||
      std::memcmp(tail + 8, end_magic, sizeof end_magic) != 0)
    fail("{}: snapshot is cut short (no end marker): was it written completely?", path);

  // the core
  const std::string core = read_block(header_size, 'C');
  Decoder d(core, path_);
  std::vector<std::string> relations(d.varint()), types;
  for (auto& r : relations) r = d.text();
  types.resize(d.varint());
  for (auto& t : types) t = d.text();
  for (const auto& r : relations)
    if (!vocabulary.relation(r)) fail("{}: relation \"{}\" is not in the vocabulary; add the pack it was built with (--pack)", path, r);
  for (const auto& t : types)
    if (!vocabulary.type(t)) fail("{}: node type \"{}\" is not in the vocabulary; add the pack it was built with (--pack)", path, t);
  const std::uint64_t node_count = d.varint();
  if (node_count > core.size()) d.damaged();
  std::vector<NodeProps> nodes(node_count);
  std::vector<KnowledgeGraph::NodeVotes> votes(node_count);
  for (std::size_t i = 0; i < node_count; ++i) {
    NodeProps& n = nodes[i];
    n.key = d.text();
    n.label = d.text();
    n.type = types[d.index(types.size())];
    n.discovered = d.varint() != 0;
    n.mentions = d.varint();
    n.articles = d.varint();
    for (std::uint64_t k = d.varint(); k > 0; --k) {
      const std::string& type = types[d.index(types.size())];
      votes[i].types[type] = d.varint();
    }
    votes[i].labels = get_votes(d);
  }
  const std::uint64_t edge_count = d.varint();
  if (edge_count > core.size()) d.damaged();
  graph_ = KnowledgeGraph::assemble(vocabulary, std::move(nodes), std::move(votes), with_evidence);
  std::vector<EdgeProps*> edges;  // by id; Boost keeps edge properties in place
  edges.reserve(edge_count);
  for (std::uint64_t i = 0; i < edge_count; ++i) {
    const Vertex source = d.index(node_count);
    const Vertex target = d.index(node_count);
    EdgeProps& p = graph_.append_edge(source, target);
    edges.push_back(&p);
    p.relation = vocabulary.relation(relations[d.index(relations.size())])->name;
    p.weight = d.varint();
    p.articles = d.varint();
    p.first_seen = graph_.keep(d.text());
    p.last_seen = graph_.keep(d.text());
    for (auto& count : p.status_counts) count = d.varint();
    p.confidence = d.real();
    p.set_details(get_details(d));
  }
  if (!d.done()) d.damaged();

  // the index of evidence blocks
  const std::uint64_t index_offset = Decoder(std::string_view(tail, 8), path_).fixed();
  const std::string index = read_block(index_offset, 'I');
  Decoder x(index, path_);
  const std::uint64_t blocks = x.varint();
  if (blocks > index.size()) x.damaged();
  for (std::uint64_t b = 0; b < blocks; ++b) {
    block_offsets_.push_back(x.varint());
    block_first_.push_back(x.varint());
  }
  if (with_evidence) {
    for (std::size_t b = 0; b < block_offsets_.size(); ++b) {
      auto records = decode_block(b, all_edges);
      cache_.clear();  // each block is read once here
      for (std::size_t i = 0; i < records.size(); ++i) {
        const std::size_t id = block_first_[b] + i;
        if (id >= edges.size()) x.damaged();
        for (const auto& r : records[i]) graph_.add_evidence(*edges[id], r);
      }
    }
  }
}

Snapshot::~Snapshot() {
  if (fd_ >= 0) ::close(fd_);
}

std::string Snapshot::read_block(std::uint64_t offset, char kind) const {
  char head[block_header_size];
  if (::pread(fd_, head, block_header_size, static_cast<off_t>(offset)) != static_cast<ssize_t>(block_header_size) ||
      head[0] != kind)
    fail("{}: damaged snapshot (no '{}' block at byte {})", path_, kind, offset);
  Decoder d(std::string_view(head + 1, 16), path_);
  const std::uint64_t raw_size = d.fixed(), stored = d.fixed();
  // zlib cannot expand data more than about 1032 times, and a block lies inside the file
  if (stored > size_ || offset + block_header_size + stored > size_ || raw_size > stored * 1032 + 64) d.damaged();
  std::string packed(stored, '\0');
  if (::pread(fd_, packed.data(), stored, static_cast<off_t>(offset + block_header_size)) !=
      static_cast<ssize_t>(stored))
    fail("{}: damaged snapshot (a block is cut short at byte {})", path_, offset);
  std::string raw(raw_size, '\0');
  uLongf out = static_cast<uLongf>(raw_size);
  if (uncompress(reinterpret_cast<Bytef*>(raw.data()), &out, reinterpret_cast<const Bytef*>(packed.data()),
                 static_cast<uLong>(stored)) != Z_OK ||
      out != raw_size)
    fail("{}: damaged snapshot (a block at byte {} does not decompress)", path_, offset);
  return raw;
}

const std::string& Snapshot::raw_block(std::size_t b) const {
  for (auto it = cache_.begin(); it != cache_.end(); ++it)
    if (it->first == b) {
      cache_.splice(cache_.begin(), cache_, it);  // most recently used first
      return cache_.front().second;
    }
  cache_.emplace_front(b, read_block(block_offsets_[b], 'E'));
  if (cache_.size() > cached_blocks) cache_.pop_back();
  return cache_.front().second;
}

std::vector<std::vector<EvidenceRecord>> Snapshot::decode_block(std::size_t b, std::size_t only) const {
  const std::string& raw = raw_block(b);
  Decoder d(raw, path_);
  const std::uint64_t first = d.varint(), count = d.varint();
  if (first != block_first_[b] || count > raw.size()) d.damaged();
  std::vector<std::vector<EvidenceRecord>> records(count);
  for (std::size_t e = 0; e < count; ++e) {
    const std::uint64_t n = d.varint();
    if (n > raw.size()) d.damaged();
    const bool wanted = only == all_edges || e == only;
    if (wanted) records[e].reserve(n);
    for (std::uint64_t i = 0; i < n; ++i) {
      if (wanted) records[e].push_back(get_record(d));
      else skip_record(d);
    }
    if (e == only) return records;
  }
  if (!d.done()) d.damaged();
  return records;
}

std::vector<EvidenceRecord> Snapshot::evidence(std::size_t edge_id) const {
  auto it = std::upper_bound(block_first_.begin(), block_first_.end(), edge_id);
  if (it == block_first_.begin()) return {};
  const std::size_t b = static_cast<std::size_t>(it - block_first_.begin()) - 1;
  const std::size_t i = edge_id - block_first_[b];
  auto records = decode_block(b, i);
  return i < records.size() ? std::move(records[i]) : std::vector<EvidenceRecord>{};
}

}  // namespace chipgraph
