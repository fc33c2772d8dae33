// Looking up the endpoint table and filling a path template's parameter.
#include "endpoints.h"

#include <iterator>

#include "url_codec.h"

namespace koo {

// The table is in enum order, so an operation is its own index.
constexpr bool inEnumOrder() {
  for (size_t i = 0; i < std::size(kEndpoints); ++i)
    if (static_cast<size_t>(kEndpoints[i].operation) != i) return false;
  return true;
}
static_assert(inEnumOrder(), "kEndpoints must list the operations in the order of the enum");
static_assert(std::size(kEndpoints) == static_cast<size_t>(Operation::CreateConversionOrder) + 1);

const Endpoint& endpointOf(Operation operation) { return kEndpoints[static_cast<size_t>(operation)]; }

std::string endpointPath(Operation operation, const std::string& id) {
  const std::string_view path = endpointOf(operation).path;
  const size_t open = path.find('{');
  if (open == std::string_view::npos) return std::string(path);
  const size_t close = path.find('}', open);
  return std::string(path.substr(0, open)) + percentEncode(id) + std::string(path.substr(close + 1));
}

}  // namespace koo
