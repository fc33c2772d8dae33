// Writes the fuzz targets' seed corpora and dictionaries at build time, from the contract's
// examples (contract/openapi.yaml as JSON) and the demo data set's IDs:
//   koo_fuzz_seed_corpus openapi.json OUT  ->  OUT/<target>/seed-N and OUT/<target>.dict
// The seeds are generated, never committed: they follow the contract as it changes.
#include <cctype>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <sstream>

#include "contract_codecs.h"
#include "core/json_codec.h"
#include "core/list_query.h"
#include "fuzz_backend.h"
#include "navigation.h"
#include "request_text.h"

namespace fs = std::filesystem;
using namespace koo;

namespace {

class CorpusWriter {
 public:
  CorpusWriter(fs::path dir) : dir_(std::move(dir)) { fs::create_directories(dir_); }
  void add(const std::string& input) {
    if (!written_.insert(input).second) return;
    std::ofstream(dir_ / ("seed-" + std::to_string(written_.size())), std::ios::binary) << input;
  }
  size_t size() const { return written_.size(); }

 private:
  fs::path dir_;
  std::set<std::string> written_;
};

// libFuzzer's dictionary format: one quoted token a line, with \" \\ and \xNN escapes.
void writeDictionary(const fs::path& file, const std::set<std::string>& tokens) {
  std::ofstream out(file);
  for (const auto& token : tokens) {
    if (token.empty() || token.size() > 64) continue;
    out << '"';
    for (const unsigned char c : token) {
      if (c == '"' || c == '\\') out << '\\' << c;
      else if (c < 0x20 || c >= 0x7F) out << "\\x" << "0123456789abcdef"[c >> 4] << "0123456789abcdef"[c & 15];
      else out << c;
    }
    out << "\"\n";
  }
}

const Json* findPath(const Json& json, std::initializer_list<const char*> keys) {
  const Json* at = &json;
  for (const char* key : keys) {
    if (!at->is_object() || !at->contains(key)) return nullptr;
    at = &(*at)[key];
  }
  return at;
}

// Follows a "$ref": "#/components/..." inside the contract.
const Json& resolve(const Json& contract, const Json& node) {
  if (!node.is_object() || !node.contains("$ref") || !node["$ref"].is_string()) return node;
  const std::string ref = node["$ref"];
  return contract.at(Json::json_pointer(ref.substr(1)));
}

std::string schemaNameOf(const Json& schema) {
  const std::string prefix = "#/components/schemas/";
  const std::string ref = schema.is_object() ? schema.value("$ref", "") : "";
  return ref.rfind(prefix, 0) == 0 ? ref.substr(prefix.size()) : "";
}

// Every example of a media object ("example" and each of "examples").
std::vector<Json> examplesOf(const Json& media) {
  std::vector<Json> out;
  if (media.contains("example")) out.push_back(media["example"]);
  if (media.contains("examples"))
    for (const auto& [name, example] : media["examples"].items()) out.push_back(example.value("value", Json()));
  return out;
}

// Every key and string inside an example: dictionary tokens, and the URLs among them.
void collectExampleTokens(const Json& node, std::set<std::string>& tokens, std::set<std::string>& urls) {
  if (node.is_object()) {
    for (const auto& [key, value] : node.items()) {
      tokens.insert("\"" + key + "\"");
      collectExampleTokens(value, tokens, urls);
    }
  } else if (node.is_array()) {
    for (const auto& value : node) collectExampleTokens(value, tokens, urls);
  } else if (node.is_string()) {
    const std::string text = node;
    if (text.find("://") != std::string::npos) urls.insert(text);
    if (text.size() <= 40) tokens.insert("\"" + text + "\"");
  }
}

// Schema property names, enum values and everything in examples: the JSON dictionary.
void collectTokens(const Json& node, std::set<std::string>& tokens, std::set<std::string>& urls) {
  if (node.is_array())
    for (const auto& value : node) collectTokens(value, tokens, urls);
  if (!node.is_object()) return;
  for (const auto& [key, value] : node.items()) {
    if (key == "example" || key == "examples") {
      collectExampleTokens(value, tokens, urls);
      continue;
    }
    if (key == "properties" && value.is_object())
      for (const auto& [property, schema] : value.items()) tokens.insert("\"" + property + "\"");
    if (key == "enum" && value.is_array())
      for (const auto& item : value)
        if (item.is_string()) tokens.insert("\"" + item.get<std::string>() + "\"");
    collectTokens(value, tokens, urls);
  }
}

// JSON decoders: the selector byte of the schema's codec, then each example of that schema.
size_t writeJsonSeeds(const Json& contract, const fs::path& out) {
  CorpusWriter corpus(out / "json_decoders");
  std::map<std::string, uint8_t> selectorOf;
  for (const auto& [name, codec] : codecsBySchema()) selectorOf.emplace(name, static_cast<uint8_t>(selectorOf.size()));
  auto add = [&](const std::string& schema, const Json& example) {
    const auto selector = selectorOf.find(schema);
    if (selector != selectorOf.end()) corpus.add(std::string(1, static_cast<char>(selector->second)) + example.dump(1));
  };
  for (const auto& [name, schema] : contract["components"]["schemas"].items())
    if (schema.contains("example")) add(name, schema["example"]);
  auto addMedia = [&](const Json& content) {
    const Json* media = findPath(content, {"application/json"});
    if (!media || !media->contains("schema")) return;
    for (const auto& example : examplesOf(*media)) add(schemaNameOf((*media)["schema"]), example);
  };
  for (const auto& [name, response] : contract["components"]["responses"].items())
    if (response.contains("content")) addMedia(response["content"]);
  for (const auto& [path, item] : contract["paths"].items())
    for (const auto& [method, operation] : item.items()) {
      if (const Json* content = findPath(operation, {"requestBody", "content"})) addMedia(*content);
      const Json responses = operation.value("responses", Json::object());
      for (const auto& [status, response] : responses.items())
        if (const Json* content = findPath(resolve(contract, response), {"content"})) addMedia(*content);
    }
  return corpus.size();
}

// Which demo-data ID stands in for each path parameter, with the token of the buyer who owns it.
struct PathIds {
  std::string token, instanceId, orderId;
};

std::vector<PathIds> demoPathIds() {
  const auto& seed = fuzz::demoSeed();
  auto tokenOf = [&](const std::string& buyerId) {
    for (const auto& buyer : seed.buyers)
      if (buyer.buyer.buyerId == buyerId) return fuzz::fuzzTokenOf(buyer.buyer.userName);
    return std::string();
  };
  std::vector<PathIds> ids;
  // One supervised order per flow stage (every action meets each stage once), then the apps.
  std::set<FlowStage> stages;
  for (const auto& supervision : seed.supervisions)
    if (stages.insert(supervision.flow.stage).second)
      ids.push_back(PathIds{tokenOf(supervision.buyerId), seed.apps.front().app.instanceId, supervision.orderId});
  for (const auto& app : seed.apps)
    if (!app.password.empty()) {
      ids.insert(ids.begin(), PathIds{tokenOf(app.buyerId), app.app.instanceId, app.app.orderId});
      break;
    }
  return ids;
}

std::string substitute(std::string path, const PathIds& ids) {
  for (const auto& [name, value] : {std::pair<std::string, std::string>{"{instanceId}", ids.instanceId},
                                    {"{orderId}", ids.orderId}}) {
    const auto at = path.find(name);
    if (at != std::string::npos) path.replace(at, name.size(), value);
  }
  return path;
}

// A supervised order's whole flow in test mode: the buyer submits the seller's form (filled
// to fit it), the seller accepts and delivers, the buyer confirms, the app shows up.
template <class MakeRequest>
std::vector<HttpRequest> wholeFlow(MakeRequest request) {
  for (const auto& supervision : fuzz::demoSeed().supervisions) {
    if (supervision.flow.stage != FlowStage::WaitingRequest) continue;
    std::string token;
    for (const auto& buyer : fuzz::demoSeed().buyers)
      if (buyer.buyer.buyerId == supervision.buyerId) token = fuzz::fuzzTokenOf(buyer.buyer.userName);
    SubmitRequestBody submit;
    for (const auto& field : supervision.requestForm)
      submit.fields[field.key] = field.type == FormFieldType::Number ? "12" : field.type == FormFieldType::Date ? "2025-03-05" : "Two sites, one VPN";
    submit.attachment = Attachment{"plan.txt", "text/plain", "cGxhbg=="};
    SellerActionBody deliver{SellerAction::Deliver, std::nullopt, DeliveryInput{"Installed and configured", std::nullopt, std::nullopt}};
    const std::string order = "/supervised-orders/" + supervision.orderId;
    std::vector<HttpRequest> flow = {request("POST", order + "/submit-request", token),
                                     request("POST", "/test" + order + "/seller-action", token),
                                     request("POST", "/test" + order + "/seller-action", token),
                                     request("POST", order + "/confirm-acceptance", token),
                                     request("GET", "/purchased-apps", token)};
    flow[0].body = encodeJsonText(submit);
    flow[1].body = encodeJsonText(SellerActionBody{});
    flow[2].body = encodeJsonText(deliver);
    return flow;
  }
  return {};
}

// Router: every contract operation on the demo IDs with each request example, each query
// parameter value, and each supervised-order action followed by a read of the order.
size_t writeRouterSeeds(const Json& contract, const fs::path& out, std::set<std::string>& tokens) {
  CorpusWriter corpus(out / "router");
  const std::string base = contract["servers"][0]["url"];
  const std::vector<PathIds> ids = demoPathIds();
  int keys = 0;
  auto request = [&](const std::string& method, const std::string& path, const std::string& token) {
    HttpRequest r;
    r.method = method;
    r.path = base + path;
    if (!token.empty()) r.headers["Authorization"] = "Bearer " + token;
    if (method == "POST") r.headers["Idempotency-Key"] = "key-" + std::to_string(++keys);
    return r;
  };
  for (const auto& [path, item] : contract["paths"].items())
    for (const auto& [methodName, operation] : item.items()) {
      std::string method = methodName;
      for (char& c : method) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      tokens.insert(method);
      tokens.insert(base + path.substr(0, path.find('{')));
      const bool isPublic = operation.contains("security") && operation["security"].empty();
      std::vector<std::string> bodies;
      if (const Json* media = findPath(operation, {"requestBody", "content", "application/json"}))
        for (const auto& example : examplesOf(*media)) bodies.push_back(example.dump());
      if (bodies.empty()) bodies.push_back(method == "POST" ? "{}" : "");
      const bool hasIds = path.find('{') != std::string::npos;
      for (size_t i = 0; i < (hasIds ? ids.size() : 1); ++i) {
        const std::string token = isPublic ? "" : ids[i].token;
        for (const auto& body : bodies) {
          HttpRequest r = request(method, substitute(path, ids[i]), token);
          r.body = body;
          std::vector<HttpRequest> sequence{r};
          if (method == "POST" && hasIds) sequence.push_back(request("GET", substitute(path.substr(0, path.rfind('/')), ids[i]), token));
          corpus.add(fuzz::formatRequestText(sequence));
        }
        for (const auto& parameterRef : operation.value("parameters", Json::array())) {
          const Json& parameter = resolve(contract, parameterRef);
          if (parameter.value("in", "") != "query") continue;
          const std::string name = parameter["name"];
          tokens.insert(name);
          const Json schemaOrRef = parameter.value("schema", Json::object());
          const Json& schema = resolve(contract, schemaOrRef);
          std::vector<Json> values = schema.value("enum", Json::array()).get<std::vector<Json>>();
          if (parameter.contains("example")) values.push_back(parameter["example"]);
          if (schema.contains("default")) values.push_back(schema["default"]);
          for (const auto& value : values) {
            HttpRequest r = request(method, substitute(path, ids[i]), token);
            r.query[name] = value.is_string() ? value.get<std::string>() : value.dump();
            corpus.add(fuzz::formatRequestText({r}));
          }
        }
      }
    }
  corpus.add(fuzz::formatRequestText(wholeFlow(request)));
  // Signing in for real, an unknown token, a CORS preflight.
  HttpRequest signIn = request("POST", "/auth/sign-in", "");
  signIn.body = R"({"userName": "alice", "password": "alice-demo-2025"})";
  corpus.add(fuzz::formatRequestText({signIn, request("GET", "/auth/me", fuzz::fuzzTokenOf("alice"))}));
  corpus.add(fuzz::formatRequestText({request("GET", "/purchased-apps", "not-a-session")}));
  corpus.add(fuzz::formatRequestText({request("OPTIONS", "/orders", "")}));
  for (const char* header : {"Authorization", "Idempotency-Key", "Content-Type", "Bearer "}) tokens.insert(header);
  for (const auto& buyer : fuzz::demoSeed().buyers) tokens.insert(fuzz::fuzzTokenOf(buyer.buyer.userName));
  for (const auto& entry : ids) tokens.insert(entry.orderId);
  tokens.insert("\n###\n");
  return corpus.size();
}

// Deep links: every view, with an ID where it has one, and every list filter and sort.
size_t writeDeepLinkSeeds(const fs::path& out, std::set<std::string>& tokens) {
  CorpusWriter corpus(out / "deep_link");
  const auto& seed = fuzz::demoSeed();
  const std::string instanceId = seed.apps.front().app.instanceId;
  const std::string orderId = seed.orders.front().order.orderId;
  using ui::View;
  for (const auto& route : {ui::Route{View::PurchasedApps, "", {}}, ui::Route{View::ResourceDetails, instanceId, {}},
                            ui::Route{View::Supervision, "", {}}, ui::Route{View::SupervisionDetails, orderId, {}},
                            ui::Route{View::Orders, "", {}}, ui::Route{View::PaymentResult, "", {{"order", orderId}}}})
    corpus.add(ui::formatRoute(route));
  auto addList = [&](View view, const QueryParams& params) {
    corpus.add(ui::formatRoute(ui::Route{view, "", params}));
    for (const auto& [name, value] : params) tokens.insert(name + "=" + value);
  };
  for (auto status : allEnumValues<ResourceStatus>()) addList(View::PurchasedApps, toQueryParams(PurchasedAppQuery{{2, 20, "CRM", {}, SortOrder::Asc}, status, {}}));
  for (auto mode : allEnumValues<BillingMode>()) addList(View::PurchasedApps, toQueryParams(PurchasedAppQuery{{1, 10, "", {}, {}}, {}, mode}));
  for (auto sort : allEnumValues<PurchasedAppSortField>()) addList(View::PurchasedApps, toQueryParams(PurchasedAppQuery{{1, 10, "", sort, {}}, {}, {}}));
  for (auto stage : allEnumValues<FlowStage>()) addList(View::Supervision, toQueryParams(SupervisedOrderQuery{{1, 10, "云", {}, {}}, stage}));
  for (auto sort : allEnumValues<SupervisedOrderSortField>()) addList(View::Supervision, toQueryParams(SupervisedOrderQuery{{3, 50, "", sort, SortOrder::Asc}, {}}));
  for (auto status : allEnumValues<OrderStatus>()) addList(View::Orders, toQueryParams(OrderQuery{{1, 100, orderId, {}, {}}, status, {}}));
  for (auto type : allEnumValues<OrderType>()) addList(View::Orders, toQueryParams(OrderQuery{{1, 10, "", {}, {}}, {}, type}));
  for (auto sort : allEnumValues<OrderSortField>()) addList(View::Orders, toQueryParams(OrderQuery{{1, 10, "", sort, SortOrder::Asc}, {}, {}}));
  for (const char* token : {"#/", "purchased-apps", "supervision", "orders", "payment-result", "%2F", "%", "?", "&", "="})
    tokens.insert(token);
  return corpus.size();
}

// The URL checker: every URL in the contract's examples, and the edges of the check.
size_t writeWebUrlSeeds(const std::set<std::string>& contractUrls, const fs::path& out) {
  CorpusWriter corpus(out / "web_url");
  for (const auto& url : contractUrls) corpus.add(url);
  for (const char* url : {"https://app.example.com/admin?x=1&q=caf%C3%A9", "HTTP://Example.com", "javascript:alert(1)",
                          "https:///path", "http://", "data:text/html,hi", " https://example.com", "a=1&b=&c&a=2+3"})
    corpus.add(url);
  return corpus.size();
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: koo_fuzz_seed_corpus openapi.json OUT_DIR\n";
    return 2;
  }
  std::ifstream file(argv[1]);
  std::stringstream text;
  text << file.rdbuf();
  const auto contract = parseJsonText(text.str());
  if (!file || !contract.ok()) {
    std::cerr << "cannot read the contract " << argv[1] << "\n";
    return 1;
  }
  const fs::path out = argv[2];
  std::set<std::string> jsonTokens, contractUrls, routerTokens, deepLinkTokens;
  collectTokens(contract.value(), jsonTokens, contractUrls);
  const size_t json = writeJsonSeeds(contract.value(), out);
  const size_t router = writeRouterSeeds(contract.value(), out, routerTokens);
  const size_t deepLinks = writeDeepLinkSeeds(out, deepLinkTokens);
  const size_t urls = writeWebUrlSeeds(contractUrls, out);
  writeDictionary(out / "json_decoders.dict", jsonTokens);
  routerTokens.insert(jsonTokens.begin(), jsonTokens.end());
  writeDictionary(out / "router.dict", routerTokens);
  writeDictionary(out / "deep_link.dict", deepLinkTokens);
  writeDictionary(out / "web_url.dict", {"http://", "https://", "HTTPS://", "%", "%2", "+", "=", "&", "?", "/", " "});
  std::cout << "seed corpus in " << out.string() << ": " << json << " json_decoders, " << router << " router, "
            << deepLinks << " deep_link, " << urls << " web_url\n";
  return 0;
}
