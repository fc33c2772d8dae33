// List queries to and from query parameters, with the same limits the contract states.
#include "list_query.h"

#include <charconv>

#include "json_reader.h"

namespace koo {
namespace {

constexpr int kMaxPage = 1'000'000;

// Reads the query parameters of one list, keeping the first problem.
class QueryReader {
 public:
  explicit QueryReader(const QueryParams& params) : params_(params) {}

  const std::string* find(const char* name) const {
    const auto it = params_.find(name);
    return it == params_.end() || it->second.empty() ? nullptr : &it->second;
  }
  void integer(const char* name, int& out, int min, int max) {
    const std::string* text = find(name);
    if (!text || context_.failed()) return;
    int value = 0;
    const auto [end, error] = std::from_chars(text->data(), text->data() + text->size(), value);
    if (error != std::errc() || end != text->data() + text->size() || value < min || value > max) {
      context_.fail(path(name), DecodeErrorKind::BadValue,
                    "must be an integer between " + std::to_string(min) + " and " + std::to_string(max));
      return;
    }
    out = value;
  }
  void text(const char* name, std::string& out, const TextRule& rule) {
    const std::string* text = find(name);
    if (text && !context_.failed() && checkText(*text, rule, path(name), context_)) out = *text;
  }
  template <class E>
  void enumeration(const char* name, E& out) {
    const std::string* text = find(name);
    if (text && !context_.failed()) decodeValue(Json(*text), path(name), context_, out);
  }
  template <class E>
  void enumeration(const char* name, std::optional<E>& out) {
    if (!find(name)) return;
    E value{};
    enumeration(name, value);
    if (!context_.failed()) out = value;
  }
  template <class Query>
  void paging(Query& query) {
    integer("page", query.page, 1, kMaxPage);
    integer("pageSize", query.pageSize, 1, limits::kMaxPageSize);
    text("q", query.q, TextRule{limits::kSearch});
    enumeration("sort", query.sort);
    enumeration("order", query.order);
  }
  template <class Query>
  Result<Query> finish(Query query) const {
    if (context_.failed()) return *context_.error();
    return query;
  }

 private:
  static std::string path(const char* name) { return std::string("query.") + name; }

  const QueryParams& params_;
  DecodeContext context_;
};

template <class Query>
QueryParams commonParams(const Query& query) {
  QueryParams params{{"page", std::to_string(query.page)},
                     {"pageSize", std::to_string(query.pageSize)},
                     {"sort", std::string(toString(query.sort))},
                     {"order", std::string(toString(query.order))}};
  if (!query.q.empty()) params["q"] = query.q;
  return params;
}

template <class E>
void putFilter(QueryParams& params, const char* name, const std::optional<E>& value) {
  if (value) params[name] = std::string(toString(*value));
}

}  // namespace

QueryParams toQueryParams(const PurchasedAppQuery& query) {
  QueryParams params = commonParams(query);
  putFilter(params, "status", query.status);
  putFilter(params, "billingMode", query.billingMode);
  return params;
}

QueryParams toQueryParams(const SupervisedOrderQuery& query) {
  QueryParams params = commonParams(query);
  putFilter(params, "stage", query.stage);
  return params;
}

QueryParams toQueryParams(const OrderQuery& query) {
  QueryParams params = commonParams(query);
  putFilter(params, "status", query.status);
  putFilter(params, "type", query.type);
  return params;
}

Result<PurchasedAppQuery> parsePurchasedAppQuery(const QueryParams& params) {
  QueryReader reader(params);
  PurchasedAppQuery query;
  reader.paging(query);
  reader.enumeration("status", query.status);
  reader.enumeration("billingMode", query.billingMode);
  return reader.finish(query);
}

Result<SupervisedOrderQuery> parseSupervisedOrderQuery(const QueryParams& params) {
  QueryReader reader(params);
  SupervisedOrderQuery query;
  reader.paging(query);
  reader.enumeration("stage", query.stage);
  return reader.finish(query);
}

Result<OrderQuery> parseOrderQuery(const QueryParams& params) {
  QueryReader reader(params);
  OrderQuery query;
  reader.paging(query);
  reader.enumeration("status", query.status);
  reader.enumeration("type", query.type);
  return reader.finish(query);
}

}  // namespace koo
