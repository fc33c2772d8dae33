// Payment Result against the real router and demo data: the order's real state and summary,
// "Back to KooGallery Console" to Purchased Apps or to the service flow, and missing orders.
#include <gtest/gtest.h>

#include "console_testbed.h"
#include "pages/payment_result.h"

using namespace koo;
using namespace koo::ui;
using koo::ui::testing::anyNodeContains;
using koo::ui::testing::ConsoleTestbed;

namespace {
std::string paymentRoute(const std::string& orderId) { return "#/payment-result?order=" + orderId; }
}  // namespace

TEST(PaymentResult, APaidOrderShowsSuccessItsSummaryAndGoesBackToPurchasedApps) {
  ConsoleTestbed bed(paymentRoute("CS240001048573"));
  EXPECT_NE(bed.find(Role::Heading, "Payment successful"), nullptr);
  EXPECT_NE(bed.find(Role::Status, "Completed"), nullptr);
  EXPECT_NE(bed.find(Role::Heading, "Order Summary"), nullptr);
  EXPECT_NE(bed.find(Role::Text, "Order ID: CS240001048573"), nullptr);
  EXPECT_NE(bed.find(Role::Text, "Product: CloudDesk CRM"), nullptr);
  EXPECT_NE(bed.find(Role::Text, "Amount: \xC2\xA5" "99.00"), nullptr);
  bed.click(Role::Button, "Back to KooGallery Console");
  EXPECT_EQ(bed.app().route(), (Route{View::PurchasedApps, {}, {}}));
  EXPECT_FALSE(bed.rows("Purchased apps").empty());
}

TEST(PaymentResult, ASupervisedProductGoesBackToItsServiceFlow) {
  ConsoleTestbed bed(paymentRoute("CS240078642975"));
  EXPECT_NE(bed.find(Role::Heading, "Payment successful"), nullptr);
  EXPECT_NE(bed.find(Role::Status, "Processing"), nullptr);
  bed.click(Role::Button, "Back to KooGallery Console");
  EXPECT_EQ(bed.app().route().view, View::SupervisionDetails);
  EXPECT_EQ(bed.app().route().id, "CS240078642975");
}

TEST(PaymentResult, AnUnpaidOrderSaysPaymentIsPending) {
  ConsoleTestbed bed(paymentRoute("CS240066060099"));
  EXPECT_NE(bed.find(Role::Heading, "Payment pending"), nullptr);
  EXPECT_EQ(bed.find(Role::Heading, "Payment successful"), nullptr);
  EXPECT_NE(bed.find(Role::Status, "Pending payment"), nullptr);
  EXPECT_NE(bed.find(Role::Text, "Paid: -"), nullptr);
}

TEST(PaymentResult, ACancelledOrderSaysSoWithItsReason) {
  ConsoleTestbed bed(paymentRoute("CS240067108672"));
  EXPECT_NE(bed.find(Role::Heading, "This order was cancelled"), nullptr);
  EXPECT_NE(bed.find(Role::Text,
                     "Provisioning failed: the seller's system answered 000005 (internal error) for 3 hours; the "
                     "order was cancelled and refunded"),
            nullptr);
  bed.click(Role::Link, "View all orders in My Orders");
  EXPECT_EQ(bed.app().route().view, View::Orders);
}

TEST(PaymentResult, AnUnknownOrderSaysSoAndLeadsToPurchasedApps) {
  ConsoleTestbed bed(paymentRoute("CS-NOT-MINE"));
  EXPECT_NE(bed.find(Role::Heading, "Order not found"), nullptr);
  EXPECT_EQ(bed.find(Role::Button, "Retry"), nullptr);
  bed.click(Role::Button, "Back to KooGallery Console");
  EXPECT_EQ(bed.app().route().view, View::PurchasedApps);
}

TEST(PaymentResult, AnotherBuyersOrderIsNotFound) {
  ConsoleTestbed bed(paymentRoute("CS240001048573"), "buyer-002");
  EXPECT_NE(bed.find(Role::Heading, "Order not found"), nullptr);
}

TEST(PaymentResult, ALinkWithoutOrderSaysSoAndLeadsToPurchasedApps) {
  ConsoleTestbed bed("#/payment-result");
  EXPECT_NE(bed.find(Role::Heading, "No order to show"), nullptr);
  bed.click(Role::Button, "Back to KooGallery Console");
  EXPECT_EQ(bed.app().route().view, View::PurchasedApps);
}

TEST(PaymentResult, LoadErrorShowsRetryAndTheWayBack) {
  ConsoleTestbed bed;
  bed.setFaults("GET /api/v1/orders/*:status=503,times=1");
  bed.open(paymentRoute("CS240001048573"));
  EXPECT_TRUE(anyNodeContains(bed.tree(), Role::Alert, "Could not load order CS240001048573"));
  EXPECT_NE(bed.find(Role::Button, "Back to KooGallery Console"), nullptr);
  bed.click(Role::Button, "Retry");
  EXPECT_NE(bed.find(Role::Heading, "Payment successful"), nullptr);
}

TEST(PaymentResult, OutcomeAndDestinationFollowTheOrder) {
  Order order;
  order.orderId = "CS-1";
  order.status = OrderStatus::Processing;
  order.involvesSupervision = true;
  order.paidTime = Timestamp{};
  EXPECT_EQ(paymentOutcome(order).title, "Payment successful");
  EXPECT_EQ(consoleRouteAfterPayment(&order), (Route{View::SupervisionDetails, "CS-1", {}}));
  order.status = OrderStatus::PendingPayment;
  order.paidTime.reset();
  EXPECT_EQ(paymentOutcome(order).title, "Payment pending");
  EXPECT_EQ(consoleRouteAfterPayment(&order).view, View::PurchasedApps);  // no flow before paying
  order.involvesSupervision = false;
  order.status = OrderStatus::Completed;
  order.paidTime = Timestamp{};
  EXPECT_EQ(consoleRouteAfterPayment(&order).view, View::PurchasedApps);
  EXPECT_EQ(consoleRouteAfterPayment(nullptr).view, View::PurchasedApps);
}
