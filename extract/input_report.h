// What reading the inputs found: counts and located messages for the summary.
#pragma once

#include <cstdint>
#include <functional>
#include <mutex>
#include <string>
#include <vector>

namespace chipgraph::extract {

class InputReport {
 public:
  void warn(std::string message);   // kept going; nothing lost
  void skip(std::string message);   // some input was not used
  void fatal(std::string message);  // an input could not be read at all

  std::uint64_t articles = 0;
  std::uint64_t skipped_records = 0;  // JSONL lines and files not used
  std::uint64_t replaced_bytes = 0;   // invalid UTF-8 replaced by U+FFFD
  std::uint64_t duplicate_ids = 0;
  std::uint64_t ignored_files = 0;    // other extensions inside folders
  bool failed = false;                // a named input was missing or unreadable
  std::uint64_t bytes_read = 0;       // input bytes consumed so far (for progress)

  // When set, messages go here as they happen instead of being kept.
  std::function<void(const std::string&)> sink;

  const std::vector<std::string>& messages() const { return messages_; }

 private:
  void add(std::string message);
  std::mutex mutex_;
  std::vector<std::string> messages_;
};

}  // namespace chipgraph::extract
