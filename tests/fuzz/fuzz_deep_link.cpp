// libFuzzer target: the deep-link parser (ui/navigation.h: the URL hash to a route) and the
// list-query parsers (core/list_query.h) that read a route's query. Beyond "no crash, no UB":
// a route that parses formats to a hash that parses back to it, and a list query that parses
// writes query parameters that parse back to the same parameters.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/list_query.h"
#include "fuzz_check.h"
#include "navigation.h"

using namespace koo;

namespace {

template <class Query, class Parse>
void checkListQuery(const QueryParams& params, Parse parse, const char* property) {
  const auto query = parse(params);
  if (!query.ok()) return;
  const QueryParams written = toQueryParams(query.value());
  const auto again = parse(written);
  fuzz::fuzzCheck(again.ok() && toQueryParams(again.value()) == written, property, encodeQueryString(written));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view hash(reinterpret_cast<const char*>(data), size);
  ui::Navigator navigator;
  navigator.followRoute(hash);  // the browser's hashchange path
  const auto route = ui::parseRoute(hash);
  if (!route) return 0;
  const std::string formatted = ui::formatRoute(*route);
  const auto again = ui::parseRoute(formatted);
  fuzz::fuzzCheck(again && *again == *route, "a parsed route formats to a hash naming the same route", formatted);
  (void)ui::breadcrumbs(*route);
  // Every list parser on every query: the pages read whichever their view has.
  checkListQuery<PurchasedAppQuery>(route->query, parsePurchasedAppQuery, "Purchased Apps query round trip");
  checkListQuery<SupervisedOrderQuery>(route->query, parseSupervisedOrderQuery, "supervision query round trip");
  checkListQuery<OrderQuery>(route->query, parseOrderQuery, "My Orders query round trip");
  return 0;
}
