// Negotiated unsubscription's rules: who may unsubscribe (each refusal, the invoice rule both
// ways), the refund amount and the description, the status moves, the 3-hour refund time, the
// hold on acceptance, the amount field's parsing, and the JSON of the request.
#include <gtest/gtest.h>

#include "core/i18n.h"
#include "core/json_codec_unsubscription.h"
#include "core/unsubscription.h"

namespace koo {
namespace {

Timestamp at(const char* iso) { return parseIsoUtc(iso).value(); }
const Timestamp kNow = at("2025-03-01T08:00:00Z");

// A paid, supervised purchase whose flow has not completed: eligible.
Order supervisedOrder() {
  Order order;
  order.orderId = "CS-1";
  order.type = OrderType::New;
  order.status = OrderStatus::Processing;
  order.productName = "ERP Implementation Service";
  order.specification = "Standard";
  order.amount = Money{198000, "CNY"};
  order.createdTime = at("2025-02-01T08:00:00Z");
  order.paidTime = at("2025-02-01T09:00:00Z");
  order.involvesSupervision = true;
  order.instanceId = "ins-1";
  return order;
}

std::optional<UnsubscriptionRefusalCode> refusalCode(const Order& order, const PurchasedApp* app = nullptr,
                                                     const std::vector<UnsubscriptionRequest>* requests = nullptr,
                                                     bool invoiceOutstanding = false) {
  auto refusal = unsubscriptionRefusal(EligibilityInput{order, app, requests, invoiceOutstanding}, kNow);
  if (!refusal) return std::nullopt;
  EXPECT_FALSE(refusal->message.empty());
  return refusal->code;
}

UnsubscriptionRequest requestIn(UnsubscriptionStatus status) {
  UnsubscriptionBody body{"CS-1", Money{50000, "CNY"}, UnsubscriptionReason::QualityIssues, std::nullopt, true};
  UnsubscriptionRequest request = newUnsubscriptionRequest(body, supervisedOrder(), "US-1", kNow);
  request.status = status;
  return request;
}

class UnsubscriptionRules : public ::testing::Test {
 protected:
  void SetUp() override { setCurrentLocale(Locale::En); }
};

TEST_F(UnsubscriptionRules, ASupervisedPurchaseWithinItsGuaranteePeriodIsEligible) {
  EXPECT_EQ(refusalCode(supervisedOrder()), std::nullopt);
  const auto candidate = unsubscriptionCandidate(EligibilityInput{supervisedOrder()}, kNow);
  EXPECT_TRUE(candidate.eligible);
  EXPECT_FALSE(candidate.refusal);
  EXPECT_EQ(candidate.paidAmount, (Money{198000, "CNY"}));
}

TEST_F(UnsubscriptionRules, TheGuaranteePeriodEndsWhenTheOrderCompletes) {
  Order order = supervisedOrder();
  order.status = OrderStatus::Completed;
  EXPECT_EQ(refusalCode(order), UnsubscriptionRefusalCode::GuaranteeEnded);
}

TEST_F(UnsubscriptionRules, UnsupervisedSaasAndOneTimeContentAreRefused) {
  Order saas = supervisedOrder();
  saas.involvesSupervision = false;
  saas.status = OrderStatus::Completed;
  EXPECT_EQ(refusalCode(saas), UnsubscriptionRefusalCode::NotSupervised);
  saas.billingMode = BillingMode::OneTime;
  EXPECT_EQ(refusalCode(saas), UnsubscriptionRefusalCode::OneTimeContent);
}

TEST_F(UnsubscriptionRules, TrialsUnpaidAndOtherOrderTypesAreRefused) {
  Order trial = supervisedOrder();
  trial.type = OrderType::Trial;
  EXPECT_EQ(refusalCode(trial), UnsubscriptionRefusalCode::Trial);
  PurchasedApp trialApp;
  trialApp.isTrial = true;
  EXPECT_EQ(refusalCode(supervisedOrder(), &trialApp), UnsubscriptionRefusalCode::Trial);
  Order renewal = supervisedOrder();
  renewal.type = OrderType::Renewal;
  EXPECT_EQ(refusalCode(renewal), UnsubscriptionRefusalCode::NotPurchase);
  Order unpaid = supervisedOrder();
  unpaid.status = OrderStatus::PendingPayment;
  unpaid.paidTime.reset();
  EXPECT_EQ(refusalCode(unpaid), UnsubscriptionRefusalCode::NotPaid);
  Order free = supervisedOrder();
  free.amount.minorUnits = 0;
  EXPECT_EQ(refusalCode(free), UnsubscriptionRefusalCode::NothingPaid);
}

TEST_F(UnsubscriptionRules, ExpiredServicesAreRefused) {
  PurchasedApp app;
  app.status = ResourceStatus::InUse;
  app.expiryTime = at("2025-02-28T00:00:00Z");  // before now
  EXPECT_EQ(refusalCode(supervisedOrder(), &app), UnsubscriptionRefusalCode::Expired);
  app.expiryTime = at("2026-02-28T00:00:00Z");
  app.status = ResourceStatus::Frozen;
  EXPECT_EQ(refusalCode(supervisedOrder(), &app), UnsubscriptionRefusalCode::Expired);
  app.status = ResourceStatus::InUse;
  EXPECT_EQ(refusalCode(supervisedOrder(), &app), std::nullopt);
}

TEST_F(UnsubscriptionRules, AnIssuedInvoiceNotReturnedBlocksTheUnsubscription) {
  EXPECT_EQ(refusalCode(supervisedOrder(), nullptr, nullptr, /*invoiceOutstanding=*/true),
            UnsubscriptionRefusalCode::InvoiceOutstanding);
  EXPECT_EQ(refusalCode(supervisedOrder(), nullptr, nullptr, /*invoiceOutstanding=*/false), std::nullopt);
  auto refusal = unsubscriptionRefusal(EligibilityInput{supervisedOrder(), nullptr, nullptr, true}, kNow);
  EXPECT_NE(refusal->message.find("return the invoice first"), std::string::npos) << refusal->message;
}

TEST_F(UnsubscriptionRules, OneOpenRequestPerOrderAndARejectedOneMaySubmitAgain) {
  for (auto status : {UnsubscriptionStatus::PendingSellerReview, UnsubscriptionStatus::ApprovedRefunding}) {
    const std::vector<UnsubscriptionRequest> requests{requestIn(status)};
    EXPECT_EQ(refusalCode(supervisedOrder(), nullptr, &requests), UnsubscriptionRefusalCode::OpenRequest);
    EXPECT_EQ(unsubscriptionCandidate(EligibilityInput{supervisedOrder(), nullptr, &requests}, kNow).openRequestId, "US-1");
  }
  for (auto status : {UnsubscriptionStatus::Rejected, UnsubscriptionStatus::Withdrawn}) {
    const std::vector<UnsubscriptionRequest> requests{requestIn(status)};
    EXPECT_EQ(refusalCode(supervisedOrder(), nullptr, &requests), std::nullopt);
  }
  const std::vector<UnsubscriptionRequest> refunded{requestIn(UnsubscriptionStatus::Refunded)};
  EXPECT_EQ(refusalCode(supervisedOrder(), nullptr, &refunded), UnsubscriptionRefusalCode::AlreadyUnsubscribed);
}

TEST_F(UnsubscriptionRules, TheRefundIsMoreThanZeroAndAtMostWhatWasPaid) {
  const Money paid{198000, "CNY"};
  UnsubscriptionBody body{"CS-1", Money{198000, "CNY"}, UnsubscriptionReason::QualityIssues, std::nullopt, false};
  EXPECT_EQ(validateUnsubscription(body, paid), std::nullopt);
  body.refundAmount.minorUnits = 1;
  EXPECT_EQ(validateUnsubscription(body, paid), std::nullopt);
  body.refundAmount.minorUnits = 0;
  EXPECT_EQ(validateUnsubscription(body, paid)->path, "$.refundAmount");
  body.refundAmount.minorUnits = 198001;
  auto over = validateUnsubscription(body, paid);
  EXPECT_EQ(over->path, "$.refundAmount");
  EXPECT_NE(over->message.find("1,980.00"), std::string::npos) << over->message;
  body.refundAmount = Money{100, "USD"};
  EXPECT_EQ(validateUnsubscription(body, paid)->path, "$.refundAmount.currency");
}

TEST_F(UnsubscriptionRules, OtherNeedsADescriptionOfAtMost200Characters) {
  const Money paid{198000, "CNY"};
  UnsubscriptionBody body{"CS-1", Money{100, "CNY"}, UnsubscriptionReason::Other, std::nullopt, false};
  EXPECT_EQ(validateUnsubscription(body, paid)->path, "$.description");
  body.description = "  ";
  EXPECT_EQ(validateUnsubscription(body, paid)->path, "$.description");
  body.description = std::string(200, 'x');
  EXPECT_EQ(validateUnsubscription(body, paid), std::nullopt);
  body.description = std::string(201, 'x');
  EXPECT_EQ(validateUnsubscription(body, paid)->path, "$.description");
  // Characters, not bytes: 200 Chinese characters fit.
  std::string chinese;
  for (int i = 0; i < 200; ++i) chinese += "\xE9\x80\x80";  // 退
  body.description = chinese;
  EXPECT_EQ(validateUnsubscription(body, paid), std::nullopt);
  // Any reason may carry a description.
  body.reason = UnsubscriptionReason::PurchasedByMistake;
  body.description = "Ordered the wrong edition.";
  EXPECT_EQ(validateUnsubscription(body, paid), std::nullopt);
}

TEST_F(UnsubscriptionRules, TheAmountFieldReadsTwoDecimalsAtMost) {
  EXPECT_EQ(parseAmount("12"), 1200);
  EXPECT_EQ(parseAmount("12.5"), 1250);
  EXPECT_EQ(parseAmount(" 1,980.00 "), 198000);
  EXPECT_EQ(parseAmount("\xC2\xA5" "0.01"), 1);
  EXPECT_EQ(parseAmount("0"), 0);
  EXPECT_EQ(parseAmount("12.345"), std::nullopt);
  EXPECT_EQ(parseAmount("-3"), std::nullopt);
  EXPECT_EQ(parseAmount("abc"), std::nullopt);
  EXPECT_EQ(parseAmount(""), std::nullopt);
  EXPECT_EQ(parseAmount("."), std::nullopt);
  EXPECT_EQ(parseAmount("99999999999999999999"), std::nullopt);
  EXPECT_EQ(amountText(198000), "1980.00");
  EXPECT_EQ(amountText(5), "0.05");
}

TEST_F(UnsubscriptionRules, ApprovalExpectsTheRefundWithinThreeHours) {
  auto approvedRequest = approved(requestIn(UnsubscriptionStatus::PendingSellerReview), kNow);
  ASSERT_TRUE(approvedRequest.ok());
  EXPECT_EQ(approvedRequest->status, UnsubscriptionStatus::ApprovedRefunding);
  EXPECT_EQ(approvedRequest->approvedTime, kNow);
  EXPECT_EQ(approvedRequest->expectedRefundTime, at("2025-03-01T11:00:00Z"));
  auto paid = refunded(approvedRequest.value(), "CS-9", at("2025-03-01T10:00:00Z"));
  ASSERT_TRUE(paid.ok());
  EXPECT_EQ(paid->status, UnsubscriptionStatus::Refunded);
  EXPECT_EQ(paid->refundOrderId, "CS-9");
  EXPECT_EQ(paid->refundedTime, at("2025-03-01T10:00:00Z"));
}

TEST_F(UnsubscriptionRules, EachMoveOnlyFromItsStatus) {
  const auto pending = requestIn(UnsubscriptionStatus::PendingSellerReview);
  EXPECT_EQ(withdrawn(pending, kNow)->status, UnsubscriptionStatus::Withdrawn);
  auto rejectedRequest = rejected(pending, "Talk to us first", kNow);
  EXPECT_EQ(rejectedRequest->status, UnsubscriptionStatus::Rejected);
  EXPECT_EQ(rejectedRequest->sellerReason, "Talk to us first");
  EXPECT_FALSE(refunded(pending, "CS-9", kNow).ok());
  for (auto status : {UnsubscriptionStatus::ApprovedRefunding, UnsubscriptionStatus::Refunded,
                      UnsubscriptionStatus::Rejected, UnsubscriptionStatus::Withdrawn}) {
    const auto request = requestIn(status);
    EXPECT_FALSE(withdrawn(request, kNow).ok());
    EXPECT_FALSE(approved(request, kNow).ok());
    EXPECT_FALSE(rejected(request, "no", kNow).ok());
  }
  auto refused = withdrawn(requestIn(UnsubscriptionStatus::ApprovedRefunding), kNow);
  EXPECT_NE(refused.error().find("US-1"), std::string::npos) << refused.error();
}

TEST_F(UnsubscriptionRules, AnOpenRequestHoldsAcceptanceOfTheDelivery) {
  EXPECT_EQ(acceptanceHoldOf({}), std::nullopt);
  EXPECT_EQ(acceptanceHoldOf({requestIn(UnsubscriptionStatus::Rejected)}), std::nullopt);
  auto hold = acceptanceHoldOf({requestIn(UnsubscriptionStatus::Withdrawn), requestIn(UnsubscriptionStatus::PendingSellerReview)});
  ASSERT_TRUE(hold);
  EXPECT_NE(hold->find("US-1"), std::string::npos) << *hold;
}

TEST_F(UnsubscriptionRules, LabelsAndRefusalsInBothLanguages) {
  for (auto status : allEnumValues<UnsubscriptionStatus>()) {
    setCurrentLocale(Locale::En);
    const std::string en(labelOf(status));
    setCurrentLocale(Locale::ZhCN);
    EXPECT_NE(std::string(labelOf(status)), en);
  }
  for (auto reason : allEnumValues<UnsubscriptionReason>()) {
    setCurrentLocale(Locale::En);
    const std::string en(labelOf(reason));
    setCurrentLocale(Locale::ZhCN);
    EXPECT_NE(std::string(labelOf(reason)), en);
  }
  setCurrentLocale(Locale::ZhCN);
  Order order = supervisedOrder();
  order.status = OrderStatus::Completed;
  const auto refusal = unsubscriptionRefusal(EligibilityInput{order}, kNow);
  EXPECT_EQ(refusal->message.find("unsub."), std::string::npos) << refusal->message;  // a text, not a key
  setCurrentLocale(Locale::En);
}

TEST_F(UnsubscriptionRules, TheRequestRoundTripsThroughJson) {
  auto request = approved(requestIn(UnsubscriptionStatus::PendingSellerReview), kNow).value();
  request.description = "退订原因";
  auto decoded = decodeJsonText<UnsubscriptionRequest>(encodeJsonText(request));
  ASSERT_TRUE(decoded.ok());
  EXPECT_EQ(decoded.value(), request);
  auto badReason = decodeJsonText<UnsubscriptionBody>(
      R"({"orderId":"CS-1","refundAmount":{"minorUnits":1,"currency":"CNY"},"reason":"BORED"})");
  ASSERT_FALSE(badReason.ok());
  EXPECT_EQ(badReason.error().path, "$.reason");
  auto inconsistent = decodeJsonText<UnsubscriptionCandidate>(
      R"({"orderId":"CS-1","productName":"p","specification":"s","paidAmount":{"minorUnits":1,"currency":"CNY"},"eligible":false})");
  EXPECT_FALSE(inconsistent.ok());
}

}  // namespace
}  // namespace koo
