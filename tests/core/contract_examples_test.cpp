// Holds core to the contract: every example in contract/openapi.yaml decodes with the matching
// C++ type and encodes back to the same JSON, every enum schema lists exactly the C++ wire
// names, the endpoint table is the contract's operations, and the limits in the contract are the
// limits core enforces.
#include <gtest/gtest.h>

#include <cctype>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <tuple>

#include "contract_codecs.h"
#include "core/endpoints.h"
#include "core/json_codec.h"
#include "core/list_query.h"

namespace koo {
namespace {

class ContractTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    std::ifstream file(KOO_CONTRACT_JSON);
    ASSERT_TRUE(file) << "cannot read " << KOO_CONTRACT_JSON;
    std::stringstream text;
    text << file.rdbuf();
    auto parsed = parseJsonText(text.str());
    ASSERT_TRUE(parsed.ok()) << parsed.error().describe();
    contract_ = new Json(std::move(parsed.value()));
  }
  static void TearDownTestSuite() { delete contract_; }

  static const Json& schemas() { return (*contract_)["components"]["schemas"]; }
  static const Json& at(const std::string& pointer) { return contract_->at(Json::json_pointer(pointer)); }

  static void expectExampleRoundTrips(const std::string& where, const std::string& schemaName, const Json& example) {
    SCOPED_TRACE(where + " (" + schemaName + ")");
    const auto codec = codecsBySchema().find(schemaName);
    ASSERT_NE(codec, codecsBySchema().end()) << "no C++ type stands for schema " << schemaName;
    const auto result = codec->second(example);
    ASSERT_TRUE(result.ok()) << result.error().describe();
    EXPECT_EQ(result.value(), example) << result.value().dump();
  }

  // Each enum's schema is named as its C++ type and lists its wire names in the same order.
  template <class... E>
  static void expectEnumSchemas() {
    (expectEnumSchema(std::string(EnumTraits<E>::typeName), EnumTraits<E>::names), ...);
  }
  template <class Names>
  static void expectEnumSchema(const std::string& schemaName, const Names& names) {
    SCOPED_TRACE(schemaName);
    std::vector<std::string> expected;
    for (const auto& entry : names) expected.emplace_back(entry.name);
    EXPECT_EQ(schemas()[schemaName]["enum"].get<std::vector<std::string>>(), expected);
  }

  static Json* contract_;
};
Json* ContractTest::contract_ = nullptr;

std::string schemaNameOf(const Json& schema) {
  const std::string ref = schema.value("$ref", "");
  const std::string prefix = "#/components/schemas/";
  return ref.rfind(prefix, 0) == 0 ? ref.substr(prefix.size()) : "";
}

TEST_F(ContractTest, EverySchemaExampleRoundTripsThroughItsCodec) {
  size_t checked = 0;
  for (const auto& [name, schema] : schemas().items()) {
    if (!schema.contains("example") || schema.value("type", "") != "object") continue;
    if (name == "FormFields") continue;  // a plain string map, checked inside the bodies that hold it
    expectExampleRoundTrips("schema example", name, schema["example"]);
    ++checked;
  }
  EXPECT_EQ(checked, codecsBySchema().size()) << "every codec's schema should carry an example";
}

TEST_F(ContractTest, EveryRequestAndResponseExampleRoundTrips) {
  size_t checked = 0;
  auto checkMedia = [&](const std::string& where, const Json& content) {
    if (!content.contains("application/json")) return;
    const Json& media = content["application/json"];
    const std::string name = schemaNameOf(media.value("schema", Json::object()));
    if (name.empty()) return;
    if (media.contains("example")) {
      expectExampleRoundTrips(where, name, media["example"]);
      ++checked;
    }
    const Json examples = media.value("examples", Json::object());
    for (const auto& [exampleName, example] : examples.items()) {
      expectExampleRoundTrips(where + " " + exampleName, name, example["value"]);
      ++checked;
    }
  };
  for (const auto& [path, item] : (*contract_)["paths"].items())
    for (const auto& [method, operation] : item.items())
      if (operation.contains("requestBody")) checkMedia(method + " " + path, operation["requestBody"]["content"]);
  for (const auto& [name, response] : (*contract_)["components"]["responses"].items())
    checkMedia("response " + name, response["content"]);
  EXPECT_GE(checked, 10u);
}

TEST_F(ContractTest, EnumSchemasListTheWireNames) {
  expectEnumSchemas<ResourceStatus, BillingMode, PeriodUnit, OrderStatus, OrderType, FlowStage, BuyerAction,
                    SellerAction, AppealDecision, Actor, FlowEventKind, FormFieldType, ErrorCode, PaymentMethod,
                    OrderCancelReason, PaymentTestOutcome, UnsubscriptionStatus, UnsubscriptionReason,
                    UnsubscriptionRefusalCode>();
}

TEST_F(ContractTest, EndpointTableListsExactlyTheContractsOperations) {
  using Row = std::tuple<std::string, std::string, std::string, bool>;  // method, path, id, auth
  std::set<Row> inContract, inTable;
  for (const auto& [path, item] : (*contract_)["paths"].items())
    for (const auto& [method, operation] : item.items()) {
      const bool isPublic = operation.contains("security") && operation["security"].empty();
      std::string upper = method;
      for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      inContract.insert({upper, path, operation.value("operationId", ""), !isPublic});
    }
  for (const Endpoint& endpoint : kEndpoints) {
    inTable.insert({std::string(endpoint.method), std::string(endpoint.path), std::string(endpoint.operationId),
                    endpoint.needsAuth});
    const bool underTest = endpoint.path.rfind("/test/", 0) == 0;
    EXPECT_TRUE(endpoint.testOnly || !underTest) << endpoint.path << " must be test mode only";
  }
  EXPECT_EQ(inTable, inContract);
  EXPECT_EQ(at("/servers/0/url"), kApiBasePath);
}

TEST(EndpointPathTest, FillsTheParameterPercentEncoded) {
  EXPECT_EQ(endpointPath(Operation::ListOrders), "/orders");
  EXPECT_EQ(endpointPath(Operation::GetOrder, "a b/c"), "/orders/a%20b%2Fc");
  EXPECT_EQ(endpointPath(Operation::RevealPassword, "i-1"), "/purchased-apps/i-1/password/reveal");
}

TEST_F(ContractTest, ListParametersMatchTheListQueries) {
  auto sortValues = [&](const std::string& path) {
    for (const auto& parameter : at("/paths/" + path + "/get/parameters"))
      if (parameter.value("name", "") == "sort") return parameter["schema"]["enum"].get<std::vector<std::string>>();
    return std::vector<std::string>{};
  };
  auto names = [](auto values) {
    std::vector<std::string> out;
    for (auto value : values) out.emplace_back(toString(value));
    return out;
  };
  EXPECT_EQ(sortValues("~1purchased-apps"), names(allEnumValues<PurchasedAppSortField>()));
  EXPECT_EQ(sortValues("~1supervised-orders"), names(allEnumValues<SupervisedOrderSortField>()));
  EXPECT_EQ(sortValues("~1orders"), names(allEnumValues<OrderSortField>()));
  EXPECT_EQ(sortValues("~1unsubscriptions"), names(allEnumValues<UnsubscriptionSortField>()));
  EXPECT_EQ(at("/components/parameters/Order/schema/enum").get<std::vector<std::string>>(),
            names(allEnumValues<SortOrder>()));
  EXPECT_EQ(at("/components/parameters/PageSize/schema/maximum"), limits::kMaxPageSize);
  EXPECT_EQ(at("/components/parameters/PageSize/schema/default"), limits::kDefaultPageSize);
}

TEST_F(ContractTest, LimitsAreTheOnesCoreEnforces) {
  EXPECT_EQ(at("/components/schemas/SellerUrl/maxLength"), limits::kUrl);
  EXPECT_EQ(at("/components/schemas/ApplicationInfo/properties/userName/maxLength"), limits::kUserName);
  EXPECT_EQ(at("/components/schemas/PasswordReveal/properties/password/maxLength"), limits::kPassword);
  EXPECT_EQ(at("/components/schemas/ApplicationInfo/properties/memo/maxLength"), limits::kMemo);
  EXPECT_EQ(at("/components/schemas/ReasonBody/properties/reason/maxLength"), limits::kReason);
  EXPECT_EQ(at("/components/schemas/Id/maxLength"), limits::kId);
  EXPECT_EQ(at("/components/schemas/Attachment/properties/base64/maxLength"), limits::kAttachmentBase64);
  EXPECT_EQ(at("/components/schemas/AttachmentInfo/properties/sizeBytes/maximum"), limits::kAttachmentBytes);
  EXPECT_EQ(at("/components/schemas/FormFields/maxProperties"), limits::kFormFields);
  EXPECT_EQ(at("/components/schemas/FormFields/additionalProperties/maxLength"), limits::kFormFieldValue);
}

}  // namespace
}  // namespace koo
