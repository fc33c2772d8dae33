// Every enum value has one distinct wire name that reads back; unknown and mis-cased names do
// not; every error code has its HTTP status.
#include <gtest/gtest.h>

#include <set>

#include "core/enums.h"

namespace koo {
namespace {

template <class E>
void expectWireNamesRoundTrip() {
  SCOPED_TRACE(std::string(EnumTraits<E>::typeName));
  std::set<std::string_view> seen;
  for (E value : allEnumValues<E>()) {
    const std::string_view name = toString(value);
    EXPECT_FALSE(name.empty());
    EXPECT_TRUE(seen.insert(name).second) << "duplicate " << name;
    EXPECT_EQ(enumFromString<E>(name), value);
  }
  EXPECT_FALSE(enumFromString<E>("").has_value());
  EXPECT_FALSE(enumFromString<E>("NOT_A_VALUE").has_value());
}

TEST(Enums, EveryWireNameRoundTrips) {
  expectWireNamesRoundTrip<ResourceStatus>();
  expectWireNamesRoundTrip<BillingMode>();
  expectWireNamesRoundTrip<PeriodUnit>();
  expectWireNamesRoundTrip<OrderStatus>();
  expectWireNamesRoundTrip<OrderType>();
  expectWireNamesRoundTrip<FlowStage>();
  expectWireNamesRoundTrip<BuyerAction>();
  expectWireNamesRoundTrip<SellerAction>();
  expectWireNamesRoundTrip<AppealDecision>();
  expectWireNamesRoundTrip<Actor>();
  expectWireNamesRoundTrip<FlowEventKind>();
  expectWireNamesRoundTrip<FormFieldType>();
  expectWireNamesRoundTrip<SortOrder>();
  expectWireNamesRoundTrip<PurchasedAppSortField>();
  expectWireNamesRoundTrip<SupervisedOrderSortField>();
  expectWireNamesRoundTrip<OrderSortField>();
  expectWireNamesRoundTrip<ErrorCode>();
}

TEST(Enums, NamesAreTheContractsAndCaseSensitive) {
  EXPECT_EQ(toString(BillingMode::OnDemandPackage), "ON_DEMAND_PKG");
  EXPECT_EQ(toString(OrderType::TrialToCommercial), "TRIAL_TO_COMMERCIAL");
  EXPECT_EQ(toString(FlowStage::WaitingBuyerConfirm), "WAITING_BUYER_CONFIRM");
  EXPECT_EQ(toString(SortOrder::Desc), "desc");
  EXPECT_EQ(toString(PurchasedAppSortField::ExpiryTime), "expiryTime");
  EXPECT_FALSE(enumFromString<ResourceStatus>("in_use").has_value());
  EXPECT_FALSE(enumFromString<SortOrder>("DESC").has_value());
  static_assert(enumFromString<FlowStage>("APPEALING") == FlowStage::Appealing);
}

TEST(Enums, ErrorCodesHaveTheirHttpStatus) {
  EXPECT_EQ(httpStatusFor(ErrorCode::BadJson), 400);
  EXPECT_EQ(httpStatusFor(ErrorCode::BadRequest), 400);
  EXPECT_EQ(httpStatusFor(ErrorCode::Unauthorized), 401);
  EXPECT_EQ(httpStatusFor(ErrorCode::NotFound), 404);
  EXPECT_EQ(httpStatusFor(ErrorCode::MethodNotAllowed), 405);
  EXPECT_EQ(httpStatusFor(ErrorCode::Conflict), 409);
  EXPECT_EQ(httpStatusFor(ErrorCode::PayloadTooLarge), 413);
  EXPECT_EQ(httpStatusFor(ErrorCode::Validation), 422);
  EXPECT_EQ(httpStatusFor(ErrorCode::IdempotencyKeyReused), 422);
  EXPECT_EQ(httpStatusFor(ErrorCode::UnsupportedMediaType), 415);
  EXPECT_EQ(httpStatusFor(ErrorCode::TooManyRequests), 429);
  EXPECT_EQ(httpStatusFor(ErrorCode::Internal), 500);
  EXPECT_EQ(httpStatusFor(ErrorCode::Unavailable), 503);
}

}  // namespace
}  // namespace koo
