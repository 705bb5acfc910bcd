// Formatting of located messages, shared by every reader.
#include "graph/error.h"

namespace chipgraph {

std::string located(const std::string& file, std::size_t line, std::size_t column,
                    const std::string& message) {
  if (line == 0) return fmt::format("{}: {}", file, message);
  if (column == 0) return fmt::format("{}:{}: {}", file, line, message);
  return fmt::format("{}:{}:{}: {}", file, line, column, message);
}

}  // namespace chipgraph
