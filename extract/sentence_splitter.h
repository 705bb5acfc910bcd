// Sentence boundaries from ICU, paragraph by paragraph, as byte ranges.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace chipgraph::extract {

struct SentenceRange {
  std::size_t begin = 0;  // byte offsets into the text
  std::size_t end = 0;
  bool paragraph_start = false;
};

class SentenceSplitter {
 public:
  SentenceSplitter();
  ~SentenceSplitter();
  SentenceSplitter(const SentenceSplitter&) = delete;
  SentenceSplitter& operator=(const SentenceSplitter&) = delete;

  // Blank lines end paragraphs; single line breaks inside a paragraph do not
  // end a sentence. Ranges exclude surrounding white space. A sentence longer
  // than 8 KiB is cut into pieces of at most that size, at white space.
  // A break right after one of `abbreviations` ("U.S.", "Corp.") that ICU's own
  // suppressions miss is removed when the next sentence goes on in the same paragraph.
  std::vector<SentenceRange> split(std::string_view text, const std::vector<std::string>& abbreviations = {});

 private:
  struct Impl;
  Impl* impl_;
};

}  // namespace chipgraph::extract
