// Every enum value has one distinct wire name that reads back; unknown and mis-cased names do
// not; every error code has its HTTP status.
#include <gtest/gtest.h>

#include <set>
#include <utility>

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

template <class... E>
void expectWireNamesRoundTripOf() {
  (expectWireNamesRoundTrip<E>(), ...);
}

TEST(Enums, EveryWireNameRoundTrips) {
  expectWireNamesRoundTripOf<ResourceStatus, BillingMode, PeriodUnit, OrderStatus, OrderType, FlowStage, BuyerAction,
                             SellerAction, AppealDecision, Actor, FlowEventKind, FormFieldType, SortOrder,
                             PurchasedAppSortField, SupervisedOrderSortField, OrderSortField, ErrorCode>();
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
  const std::pair<ErrorCode, int> expected[] = {
      {ErrorCode::BadJson, 400},         {ErrorCode::BadRequest, 400},
      {ErrorCode::Unauthorized, 401},    {ErrorCode::NotFound, 404},
      {ErrorCode::MethodNotAllowed, 405}, {ErrorCode::Conflict, 409},
      {ErrorCode::PayloadTooLarge, 413}, {ErrorCode::Validation, 422},
      {ErrorCode::IdempotencyKeyReused, 422}, {ErrorCode::UnsupportedMediaType, 415},
      {ErrorCode::TooManyRequests, 429}, {ErrorCode::Internal, 500},
      {ErrorCode::Unavailable, 503},
  };
  for (const auto& [code, status] : expected) EXPECT_EQ(httpStatusFor(code), status) << toString(code);
}

}  // namespace
}  // namespace koo
