// Collecting reader messages.
#include "extract/input_report.h"

namespace chipgraph::extract {

void InputReport::add(std::string message) {
  std::lock_guard lock(mutex_);
  if (sink) {
    sink(message);
  } else {
    messages_.push_back(std::move(message));
  }
}

void InputReport::warn(std::string message) { add("warning: " + std::move(message)); }

void InputReport::skip(std::string message) {
  ++skipped_records;
  add("skipped: " + std::move(message));
}

void InputReport::fatal(std::string message) {
  failed = true;
  add("error: " + std::move(message));
}

}  // namespace chipgraph::extract
