// ICU BreakIterator over UTF-8 text (UText keeps indexes in bytes).
#include "extract/sentence_splitter.h"

#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <memory>
#include <string>

#include "graph/error.h"

namespace chipgraph::extract {

struct SentenceSplitter::Impl {
  std::unique_ptr<icu::BreakIterator> iterator;
};

SentenceSplitter::SentenceSplitter() : impl_(new Impl) {
  UErrorCode status = U_ZERO_ERROR;
  // Plain UAX #29 breaks; the pack's abbreviations and the initials rule below
  // glue what must not end a sentence. ICU's own suppression list ("en@ss=standard")
  // is not used: it holds words that end news sentences ("Pro.", "Link.", "Job.",
  // "Long.") and matches them inside longer words ("NVLink."), so "... such as
  // Nvidia's NVLink. Among the companies ..." stayed one sentence.
  impl_->iterator.reset(icu::BreakIterator::createSentenceInstance(icu::Locale::getEnglish(), status));
  if (U_FAILURE(status) || !impl_->iterator) fail("cannot create an ICU sentence iterator: {}", u_errorName(status));
}

SentenceSplitter::~SentenceSplitter() { delete impl_; }

namespace {
bool space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

// No news sentence is this long; a run without a sentence end (a table, a
// base64 image, a page of junk) is cut into pieces of at most this size, at
// white space where there is some, so what extraction holds per sentence stays
// small and an article of any size is read in time and memory linear in it.
constexpr std::size_t kMaxSentenceBytes = 8192;

// Appends [s, t) of `text` as sentences of at most kMaxSentenceBytes each.
void add_capped(std::vector<SentenceRange>& out, std::string_view text, std::size_t s, std::size_t t, bool first) {
  while (t - s > kMaxSentenceBytes) {
    std::size_t cut = s + kMaxSentenceBytes;
    while (cut > s && !space(text[cut])) --cut;
    if (cut == s) {  // no white space: cut between UTF-8 characters
      cut = s + kMaxSentenceBytes;
      while (cut > s + 1 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
    }
    std::size_t end = cut;
    while (end > s && space(text[end - 1])) --end;
    out.push_back({s, end, first});
    first = false;
    s = cut;
    while (s < t && space(text[s])) ++s;
  }
  if (s < t) out.push_back({s, t, first});
}
}  // namespace

std::vector<SentenceRange> SentenceSplitter::split(std::string_view text, const std::vector<std::string>& abbreviations) {
  std::vector<SentenceRange> out;
  std::size_t pos = 0;
  while (pos < text.size()) {
    // One paragraph: up to a line holding only white space.
    std::size_t end = pos;
    for (;;) {
      const std::size_t nl = text.find('\n', end);
      if (nl == std::string_view::npos) {
        end = text.size();
        break;
      }
      std::size_t k = nl + 1;
      while (k < text.size() && (text[k] == ' ' || text[k] == '\t' || text[k] == '\r')) ++k;
      if (k >= text.size() || text[k] == '\n') {
        end = nl;
        break;
      }
      end = nl + 1;
    }
    // Line breaks inside the paragraph become spaces (same length, offsets kept).
    std::string paragraph(text.substr(pos, end - pos));
    for (char& c : paragraph)
      if (c == '\n' || c == '\r') c = ' ';
    UErrorCode status = U_ZERO_ERROR;
    UText* ut = utext_openUTF8(nullptr, paragraph.data(), static_cast<int64_t>(paragraph.size()), &status);
    if (U_SUCCESS(status)) {
      impl_->iterator->setText(ut, status);
      bool first = true;
      int32_t b = impl_->iterator->first();
      for (int32_t e = impl_->iterator->next(); e != icu::BreakIterator::DONE; b = e, e = impl_->iterator->next()) {
        std::size_t s = static_cast<std::size_t>(b), t = static_cast<std::size_t>(e);
        while (s < t && space(paragraph[s])) ++s;
        while (t > s && space(paragraph[t - 1])) --t;
        if (s == t) continue;
        if (!first && !out.empty()) {
          const std::string_view previous = text.substr(out.back().begin, out.back().end - out.back().begin);
          bool glued = false;
          for (const auto& a : abbreviations)
            if (previous.size() >= a.size() && previous.substr(previous.size() - a.size()) == a &&
                (previous.size() == a.size() || previous[previous.size() - a.size() - 1] == ' ')) {
              glued = true;
              break;
            }
          // Initials: "C.C. Wei", "Jay Y. Lee": the sentence ends in (capital, dot) pairs
          // preceded by a space or nothing.
          if (!glued && previous.size() >= 2 && previous.back() == '.') {
            std::size_t k = previous.size();
            while (k >= 2 && previous[k - 1] == '.' && previous[k - 2] >= 'A' && previous[k - 2] <= 'Z') k -= 2;
            glued = k < previous.size() && (k == 0 || previous[k - 1] == ' ');
          }
          if (glued) {
            out.back().end = pos + t;
            continue;
          }
        }
        add_capped(out, text, pos + s, pos + t, first);
        first = false;
      }
    }
    utext_close(ut);
    pos = end;
    while (pos < text.size() && space(text[pos])) ++pos;
  }
  return out;
}

}  // namespace chipgraph::extract
