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

// Writes the parameters of one list: paging and sort always, q and filters when set.
class QueryWriter {
 public:
  template <class Query>
  void paging(const Query& query) {
    params_ = {{"page", std::to_string(query.page)},
               {"pageSize", std::to_string(query.pageSize)},
               {"sort", std::string(toString(query.sort))},
               {"order", std::string(toString(query.order))}};
    if (!query.q.empty()) params_["q"] = query.q;
  }
  template <class E>
  void enumeration(const char* name, const std::optional<E>& value) {
    if (value) params_[name] = std::string(toString(*value));
  }
  QueryParams take() { return std::move(params_); }

 private:
  QueryParams params_;
};

// The filters of each list, visited by QueryWriter and QueryReader.
template <class V, MaybeConst<PurchasedAppQuery> Q>
void filters(V& v, Q& query) {
  v.enumeration("status", query.status);
  v.enumeration("billingMode", query.billingMode);
}
template <class V, MaybeConst<SupervisedOrderQuery> Q>
void filters(V& v, Q& query) {
  v.enumeration("stage", query.stage);
}
template <class V, MaybeConst<OrderQuery> Q>
void filters(V& v, Q& query) {
  v.enumeration("status", query.status);
  v.enumeration("type", query.type);
}

template <class V, MaybeConst<RenewalQuery> Q>
void filters(V& v, Q& query) {
  v.enumeration("expires", query.expires);
  v.enumeration("autoRenew", query.autoRenew);
}

template <class V, MaybeConst<UnsubscriptionQuery> Q>
void filters(V& v, Q& query) {
  v.enumeration("status", query.status);
}

template <class V, MaybeConst<InvoiceQuery> Q>
void filters(V& v, Q& query) {
  v.enumeration("status", query.status);
}

template <class Query>
QueryParams writeQuery(const Query& query) {
  QueryWriter writer;
  writer.paging(query);
  filters(writer, query);
  return writer.take();
}

template <class Query>
Result<Query> readQuery(const QueryParams& params) {
  QueryReader reader(params);
  Query query;
  reader.paging(query);
  filters(reader, query);
  return reader.finish(query);
}

}  // namespace

QueryParams toQueryParams(const PurchasedAppQuery& query) { return writeQuery(query); }
QueryParams toQueryParams(const SupervisedOrderQuery& query) { return writeQuery(query); }
QueryParams toQueryParams(const OrderQuery& query) { return writeQuery(query); }

Result<PurchasedAppQuery> parsePurchasedAppQuery(const QueryParams& params) {
  return readQuery<PurchasedAppQuery>(params);
}
Result<SupervisedOrderQuery> parseSupervisedOrderQuery(const QueryParams& params) {
  return readQuery<SupervisedOrderQuery>(params);
}
Result<OrderQuery> parseOrderQuery(const QueryParams& params) { return readQuery<OrderQuery>(params); }
QueryParams toQueryParams(const RenewalQuery& query) { return writeQuery(query); }
Result<RenewalQuery> parseRenewalQuery(const QueryParams& params) { return readQuery<RenewalQuery>(params); }
QueryParams toQueryParams(const UnsubscriptionQuery& query) { return writeQuery(query); }
Result<UnsubscriptionQuery> parseUnsubscriptionQuery(const QueryParams& params) {
  return readQuery<UnsubscriptionQuery>(params);
}

QueryParams toQueryParams(const InvoiceQuery& query) { return writeQuery(query); }
Result<InvoiceQuery> parseInvoiceQuery(const QueryParams& params) { return readQuery<InvoiceQuery>(params); }

}  // namespace koo
