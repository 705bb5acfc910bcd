// One error family for the whole project, thrown through one helper.
#pragma once

#include <fmt/format.h>

#include <stdexcept>
#include <string>

namespace chipgraph {

// A user-facing error: short, lower-case, names the bad value and where it was.
class Error : public std::runtime_error {
 public:
  explicit Error(const std::string& message) : std::runtime_error(message) {}
};

template <typename... Args>
[[noreturn]] void fail(fmt::format_string<Args...> format, Args&&... args) {
  throw Error(fmt::format(format, std::forward<Args>(args)...));
}

// "file:line: message" or "file:line:column: message"; line/column 0 are left out.
std::string located(const std::string& file, std::size_t line, std::size_t column,
                    const std::string& message);

}  // namespace chipgraph
