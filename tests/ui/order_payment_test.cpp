// Order details, the payment step and cancelling, against the real router and demo data: every
// field of an unpaid order, Pay through the payment step to the payment result and Purchased
// Apps (or the service flow), the stand-in's refusals, Cancel with its confirmation from My
// Orders and from the details, one request per intent, and the automatic cancellation.
#include <gtest/gtest.h>

#include "console_testbed.h"
#include "core/i18n.h"

using namespace koo;
using namespace koo::ui;
using namespace koo::ui::testing;

namespace {
constexpr const char* kCrm = "CS240094371570";       // CloudDesk CRM, 1 month x 3, unpaid, due in 6 days
constexpr const char* kErp = "CS240096468716";       // supervised, unpaid
constexpr const char* kDeclined = "CS240097517289";  // the payment platform declines it
constexpr const char* kPoor = "CS240098565862";      // the balance does not cover it
constexpr const char* kOverdue = "CS240101711581";   // unpaid past its deadline

std::string details(const std::string& id) { return "#/orders/" + id; }

const SemanticNode* onlyRow(ConsoleTestbed& bed, const std::string& orderId) {
  bed.open("#/orders?q=" + orderId);
  const auto rows = bed.rows("Orders");
  EXPECT_EQ(rows.size(), 1u) << orderId;
  return rows.empty() ? nullptr : rows[0];
}
}  // namespace

TEST(OrderDetails, AnUnpaidOrderShowsEveryFieldItsDeadlineAndItsActions) {
  ConsoleTestbed bed(details(kCrm));
  expectNodes(bed.tree(), {{Role::Text, std::string("Order ") + kCrm},
                           {Role::Status, "Pending payment"},
                           {Role::Text, std::string("Order ID: ") + kCrm},
                           {Role::Text, "Order type: New purchase"},
                           {Role::Text, "Order status: Pending payment"},
                           {Role::Text, "Paid: -"},
                           {Role::Text, "Payment method: -"},
                           {Role::Text, "Product: CloudDesk CRM"},
                           {Role::Text, "Specification: Professional, 50 users"},
                           {Role::Text, "Period \xC3\x97 quantity: 1 month \xC3\x97 3"},
                           {Role::Text, "Instance ID: -"},
                           {Role::Text, "Seller: Nimbus Software Co., Ltd."},
                           {Role::Text, "List price: \xC2\xA5" "897.00"},
                           {Role::Text, "Discount: \xC2\xA5" "89.70"},
                           {Role::Text, "Coupon: \xC2\xA5" "50.00"},
                           {Role::Text, "Amount due: \xC2\xA5" "757.30"},
                           {Role::Text, "Currency: CNY"},
                           {Role::Button, "Pay"},
                           {Role::Button, "Cancel Order"}});
  EXPECT_TRUE(anyNodeContains(bed.tree(), Role::Text, "Payment deadline: "));
  EXPECT_TRUE(anyNodeContains(bed.tree(), Role::Text, "Cancelled automatically in 6 d"));
  EXPECT_TRUE(anyNodeContains(bed.tree(), Role::Text, "Waiting for payment."));
}

TEST(OrderDetails, MyOrdersLinksEachOrderToItsDetails) {
  ConsoleTestbed bed("#/orders");
  const SemanticNode* row = onlyRow(bed, "CS240001048573");
  ASSERT_NE(row, nullptr);
  bed.click(*bed.child(*row, Role::Link));
  EXPECT_EQ(bed.app().route(), (Route{View::OrderDetails, "CS240001048573", {}}));
  EXPECT_NE(bed.find(Role::Text, "Payment method: -"), nullptr);
  EXPECT_TRUE(anyNodeContains(bed.tree(), Role::Text, "Validity: "));  // from its instance
  bed.click(Role::Link, "View in Purchased Apps");
  EXPECT_EQ(bed.app().route().view, View::ResourceDetails);
}

TEST(OrderDetails, AnOverdueOrderSaysItWasCancelledAutomaticallyAndOffersNoPay) {
  ConsoleTestbed bed(details(kOverdue));
  EXPECT_NE(bed.find(Role::Status, "Cancelled"), nullptr);
  EXPECT_NE(bed.find(Role::Text, "Cancelled: Payment timeout: not paid before the payment deadline"), nullptr);
  EXPECT_EQ(bed.find(Role::Button, "Pay"), nullptr);
  EXPECT_EQ(bed.find(Role::Button, "Cancel Order"), nullptr);
  bed.open("#/pay/" + std::string(kOverdue));
  EXPECT_NE(bed.find(Role::Heading, "This order is not awaiting payment"), nullptr);
}

TEST(Payment, PayFromMyOrdersLandsOnTheResultAndTheAppInPurchasedApps) {
  ConsoleTestbed bed("#/orders");
  const SemanticNode* row = onlyRow(bed, kCrm);
  ASSERT_NE(row, nullptr);
  EXPECT_TRUE(anyNodeContains(bed.tree(), Role::Text, "Cancelled automatically in 6 d"));
  bed.click(Role::Button, "Pay");
  EXPECT_EQ(bed.app().route(), (Route{View::Payment, kCrm, {}}));
  EXPECT_NE(bed.find(Role::Text, "Amount due: \xC2\xA5" "757.30"), nullptr);
  const SemanticNode* balance = bed.find(Role::Checkbox, "Account balance");
  ASSERT_NE(balance, nullptr);
  EXPECT_TRUE(balance->state & kChecked);
  bed.click(Role::Checkbox, "Pay online (credit card)");
  bed.click(Role::Button, "Confirm payment of \xC2\xA5" "757.30");
  EXPECT_EQ(bed.postsTo("/pay").size(), 1u);
  EXPECT_EQ(bed.app().route(), (Route{View::PaymentResult, {}, {{"order", kCrm}}}));
  expectNodes(bed.tree(), {{Role::Heading, "Payment successful"}, {Role::Status, "Completed"}});
  const auto order = bed.store().findOrder("buyer-001", kCrm)->order;
  EXPECT_EQ(order.paymentMethod, PaymentMethod::OnlineCard);
  bed.click(Role::Button, "Back to KooGallery Console");
  EXPECT_EQ(bed.app().route().view, View::PurchasedApps);
  bed.typeInto("Search", kCrm);  // Purchased Apps searches product names and order IDs
  ASSERT_EQ(bed.rows("Purchased apps").size(), 1u);
}

TEST(Payment, ASupervisedOrderGoesIntoServiceSupervision) {
  ConsoleTestbed bed("#/pay/" + std::string(kErp));
  bed.click(Role::Button, "Confirm payment of \xC2\xA5" "2,412.00");
  expectNodes(bed.tree(), {{Role::Heading, "Payment successful"}, {Role::Status, "Processing"}});
  bed.click(Role::Button, "Back to KooGallery Console");
  EXPECT_EQ(bed.app().route(), (Route{View::SupervisionDetails, kErp, {}}));
  EXPECT_NE(bed.find(Role::Button, "Submit Request"), nullptr);
}

TEST(Payment, RefusedPaymentsSayWhyAndTheBuyerCanChooseAnotherMethod) {
  ConsoleTestbed bed("#/pay/" + std::string(kDeclined));
  bed.click(Role::Button, "Confirm payment of \xC2\xA5" "900.00");
  EXPECT_EQ(bed.app().route().view, View::Payment);
  EXPECT_TRUE(anyNodeContains(bed.tree(), Role::Alert, "The payment was declined"));

  bed.open("#/pay/" + std::string(kPoor));
  bed.click(Role::Button, "Confirm payment of \xC2\xA5" "1,080.00");
  EXPECT_TRUE(anyNodeContains(bed.tree(), Role::Alert, "Your account balance does not cover this order"));
  EXPECT_EQ(bed.store().findOrder("buyer-001", kPoor)->order.status, OrderStatus::PendingPayment);
  bed.click(Role::Checkbox, "Monthly settlement");
  bed.click(Role::Button, "Confirm payment of \xC2\xA5" "1,080.00");
  EXPECT_EQ(bed.app().route().view, View::PaymentResult);
  const auto keys = bed.postsTo("/pay");
  ASSERT_EQ(keys.size(), 3u);
  EXPECT_NE(idempotencyKeyOf(keys[1]), idempotencyKeyOf(keys[2]));  // a new intent, a new key
}

TEST(CancelOrder, CancelFromMyOrdersAsksThenCancelsOnce) {
  ConsoleTestbed bed("#/orders");
  ASSERT_NE(onlyRow(bed, kCrm), nullptr);
  bed.click(Role::Button, "Cancel Order");
  ASSERT_NE(bed.find(Role::Dialog, std::string("Cancel order ") + kCrm + "?"), nullptr);
  EXPECT_TRUE(bed.postsTo("/cancel").empty());
  bed.click(Role::Button, "Yes, cancel order");
  ASSERT_EQ(bed.postsTo("/cancel").size(), 1u);
  EXPECT_FALSE(idempotencyKeyOf(bed.postsTo("/cancel")[0]).empty());
  EXPECT_EQ(bed.app().route(), (Route{View::OrderDetails, kCrm, {}}));
  EXPECT_NE(bed.find(Role::Status, "Cancelled"), nullptr);
  EXPECT_NE(bed.find(Role::Text, "Cancelled: Cancelled by you before payment"), nullptr);
  EXPECT_EQ(bed.find(Role::Button, "Pay"), nullptr);
  EXPECT_EQ(bed.store().findOrder("buyer-001", kCrm)->order.cancelReason, OrderCancelReason::BuyerCancelled);
}

TEST(CancelOrder, DismissingTheConfirmationChangesNothing) {
  ConsoleTestbed bed(details(kCrm));
  bed.click(Role::Button, "Cancel Order");
  bed.click(Role::Button, "Cancel");  // the dialog's own: keep the order
  EXPECT_TRUE(bed.postsTo("/cancel").empty());
  EXPECT_NE(bed.find(Role::Button, "Pay"), nullptr);
  EXPECT_EQ(bed.store().findOrder("buyer-001", kCrm)->order.status, OrderStatus::PendingPayment);
}

TEST(CancelOrder, TheCountdownReadsInChinese) {
  ConsoleTestbed bed(details(kCrm), "buyer-001", Locale::ZhCN);
  EXPECT_TRUE(anyNodeContains(bed.tree(), Role::Text, "\xE5\x90\x8E\xE8\x87\xAA\xE5\x8A\xA8\xE5\x8F\x96\xE6\xB6\x88"));  // 后自动取消
  setCurrentLocale(Locale::En);
}

// The answer to a payment is lost (cut off): the outcome is unknown, so Retry sends the same
// Idempotency-Key and the marketplace replays its answer instead of charging again.
TEST(Payment, ARetryAfterALostAnswerIsTheSamePayment) {
  ConsoleTestbed bed("#/pay/" + std::string(kCrm));
  bed.setFaults(std::string("POST /api/v1/orders/") + kCrm + "/pay:malformed=1,times=1");
  const std::size_t appsBefore = bed.store().appsOf("buyer-001").size();
  bed.click(Role::Button, "Confirm payment of \xC2\xA5" "757.30");
  EXPECT_EQ(bed.app().route().view, View::Payment);
  ASSERT_NE(bed.find(Role::Button, "Retry"), nullptr);
  bed.click(Role::Button, "Retry");
  EXPECT_EQ(bed.app().route().view, View::PaymentResult);
  const auto posts = bed.postsTo("/pay");
  ASSERT_EQ(posts.size(), 2u);
  EXPECT_EQ(idempotencyKeyOf(posts[0]), idempotencyKeyOf(posts[1]));
  EXPECT_EQ(bed.store().appsOf("buyer-001").size(), appsBefore + 1);  // provisioned once
}

TEST(CancelOrder, ARetryAfterALostAnswerCarriesTheSameKey) {
  ConsoleTestbed bed(details(kCrm));
  bed.setFaults(std::string("POST /api/v1/orders/") + kCrm + "/cancel:malformed=1,times=1");
  bed.click(Role::Button, "Cancel Order");
  bed.click(Role::Button, "Yes, cancel order");
  EXPECT_TRUE(anyNodeContains(bed.tree(), Role::Alert, std::string("Could not cancel order ") + kCrm));
  bed.click(Role::Button, "Retry");
  EXPECT_NE(bed.find(Role::Text, "Cancelled: Cancelled by you before payment"), nullptr);
  const auto posts = bed.postsTo("/cancel");
  ASSERT_EQ(posts.size(), 2u);
  EXPECT_EQ(idempotencyKeyOf(posts[0]), idempotencyKeyOf(posts[1]));
}
