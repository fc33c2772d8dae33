// My Orders against the real router and demo data: the table, filters and search in the URL,
// paging, the empty and no-match states, and where each order's operation leads.
#include <gtest/gtest.h>

#include <algorithm>

#include "console_testbed.h"
#include "imgui.h"
#include "pages/my_orders.h"

using namespace koo;
using namespace koo::ui;
using koo::ui::testing::ConsoleTestbed;
using koo::ui::testing::FakeHost;
using koo::ui::testing::ImGuiHarness;

namespace {

// The single row a search for `orderId` leaves.
const SemanticNode* onlyRow(ConsoleTestbed& bed, const std::string& orderId) {
  bed.open("#/orders?q=" + orderId);
  const auto rows = bed.rows("Orders");
  EXPECT_EQ(rows.size(), 1u) << orderId;
  return rows.empty() ? nullptr : rows[0];
}

// Clicks the operation of the row a search for `orderId` leaves, which must be `buttonName`, and
// returns the route it opened.
Route openFromRow(ConsoleTestbed& bed, const std::string& orderId, const std::string& buttonName) {
  const SemanticNode* row = onlyRow(bed, orderId);
  const SemanticNode* button = row ? bed.child(*row, Role::Button) : nullptr;
  EXPECT_NE(button, nullptr) << orderId;
  if (!button) return {};
  EXPECT_EQ(button->name, buttonName);
  bed.click(*button);
  return bed.app().route();
}

Order baseOrder() {
  Order order;
  order.orderId = "CS-TEST";
  order.productName = "CloudDesk CRM";
  return order;
}

}  // namespace

TEST(MyOrders, ShowsAPageOfOrdersWithColumnsBadgesAndOperations) {
  ConsoleTestbed bed("#/orders");
  ASSERT_NE(bed.find(Role::Table, "Orders"), nullptr);
  const auto rows = bed.rows("Orders");
  EXPECT_EQ(rows.size(), 10u);
  for (const char* column : {"Order ID", "Type", "Status", "Operation"})
    EXPECT_NE(bed.find(Role::ColumnHeader, column), nullptr) << column;
  for (const char* sortable : {"Sort by Product", "Sort by Amount", "Sort by Created"})
    EXPECT_NE(bed.find(Role::Button, sortable), nullptr) << sortable;
  for (const auto* row : rows) {
    EXPECT_EQ(bed.childNames(*row, Role::Status).size(), 1u) << row->name;
    EXPECT_GE(bed.childNames(*row, Role::Cell).size(), 5u) << row->name;
  }
  EXPECT_NE(bed.find(Role::Button, "Next page"), nullptr);
}

TEST(MyOrders, StatusFilterFromTheLinkNarrowsTheList) {
  ConsoleTestbed bed("#/orders?status=CANCELLED");
  const auto rows = bed.rows("Orders");
  ASSERT_EQ(rows.size(), 8u);  // buyer-001's cancelled orders, the overdue unpaid one and the unsubscribed one included
  for (const auto* row : rows) EXPECT_EQ(bed.childNames(*row, Role::Status), std::vector<std::string>{"Cancelled"});
  EXPECT_EQ(bed.find(Role::Combobox, "Status")->value, "Cancelled");
}

TEST(MyOrders, ChoosingAStatusPutsItInTheUrl) {
  ConsoleTestbed bed("#/orders?page=2");
  bed.click(Role::Combobox, "Status");
  bed.click(Role::Option, "Pending payment");
  EXPECT_EQ(bed.app().route().query.at("status"), "PENDING_PAYMENT");
  EXPECT_EQ(bed.app().route().query.at("page"), "1");  // a new filter starts at the first page
  const auto rows = bed.rows("Orders");
  ASSERT_FALSE(rows.empty());
  for (const auto* row : rows)
    EXPECT_EQ(bed.childNames(*row, Role::Status), std::vector<std::string>{"Pending payment"});
}

TEST(MyOrders, TypeFilterShowsOnlyThatType) {
  ConsoleTestbed bed("#/orders");
  bed.click(Role::Combobox, "Type");
  bed.click(Role::Option, "Trial");
  EXPECT_EQ(bed.app().route().query.at("type"), "TRIAL");
  const auto rows = bed.rows("Orders");
  ASSERT_EQ(rows.size(), 2u);
  for (const auto* row : rows) {
    const auto cells = bed.childNames(*row, Role::Cell);
    EXPECT_NE(std::find(cells.begin(), cells.end(), "Trial"), cells.end()) << row->name;
  }
}

TEST(MyOrders, SearchByOrderIdGoesIntoTheUrl) {
  ConsoleTestbed bed("#/orders");
  bed.typeInto("Search", "CS240078642975");
  EXPECT_EQ(bed.app().route().query.at("q"), "CS240078642975");
  const auto rows = bed.rows("Orders");
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0]->name.rfind("CS240078642975", 0), 0u);
}

TEST(MyOrders, NoMatchSaysSoAndClearFiltersResets) {
  ConsoleTestbed bed("#/orders?q=NO-SUCH-ORDER");
  EXPECT_TRUE(bed.rows("Orders").empty());
  EXPECT_NE(bed.find(Role::Heading, "No orders match your filters"), nullptr);
  bed.click(Role::Button, "Clear filters");
  EXPECT_EQ(bed.app().route().query.count("q"), 0u);
  EXPECT_EQ(bed.rows("Orders").size(), 10u);
}

TEST(MyOrders, AProvisionedOrderLeadsToItsResourceDetails) {
  ConsoleTestbed bed;
  EXPECT_EQ(openFromRow(bed, "CS240001048573", "View in Purchased Apps"),
            (Route{View::ResourceDetails, "ins-5a53e90001", {}}));
  EXPECT_NE(bed.find(Role::Heading, "Application Information"), nullptr);
}

TEST(MyOrders, ASupervisedOrderInProgressLeadsToItsServiceFlow) {
  ConsoleTestbed bed;
  const SemanticNode* row = onlyRow(bed, "CS240078642975");
  ASSERT_NE(row, nullptr);
  EXPECT_EQ(bed.childNames(*row, Role::Status), std::vector<std::string>{"Processing"});
  EXPECT_EQ(openFromRow(bed, "CS240078642975", "View Service Flow"),
            (Route{View::SupervisionDetails, "CS240078642975", {}}));
}

TEST(MyOrders, ACompletedSupervisedOrderLeadsToPurchasedApps) {
  ConsoleTestbed bed;
  EXPECT_EQ(openFromRow(bed, "CS240085982986", "View in Purchased Apps"),
            (Route{View::ResourceDetails, "ins-sv0008", {}}));
}

TEST(MyOrders, ACancelledOrderSaysWhyAndLinksNowhere) {
  ConsoleTestbed bed;
  const SemanticNode* row = onlyRow(bed, "CS240067108672");
  ASSERT_NE(row, nullptr);
  EXPECT_EQ(bed.child(*row, Role::Button), nullptr);
  const auto cells = bed.childNames(*row, Role::Cell);
  EXPECT_NE(std::find(cells.begin(), cells.end(),
                      "Provisioning failed: the seller's system answered 000005 (internal error) for 3 hours; "
                      "the order was cancelled and refunded"),
            cells.end());
  // A cancelled supervised order has an instance ID, but nothing was provisioned.
  const SemanticNode* supervised = onlyRow(bed, "CS240088080132");
  ASSERT_NE(supervised, nullptr);
  EXPECT_EQ(bed.child(*supervised, Role::Button), nullptr);
}

TEST(MyOrders, ACancelledOrderWithoutReasonGetsTheNotProvisionedNote) {
  ConsoleTestbed bed;
  auto record = *bed.store().findOrder("buyer-001", "CS240067108672");
  record.order.statusReason.reset();
  backend::StoreChange change;
  change.putOrders.push_back(record);
  bed.store().apply(change);
  const SemanticNode* row = onlyRow(bed, "CS240067108672");
  ASSERT_NE(row, nullptr);
  const auto cells = bed.childNames(*row, Role::Cell);
  EXPECT_NE(std::find(cells.begin(), cells.end(),
                      "This purchase failed and was cancelled; it was not provisioned. Contact the seller if you "
                      "were charged."),
            cells.end());
}

TEST(MyOrders, ACompletedRenewalFindsItsProductInPurchasedApps) {
  ConsoleTestbed bed("#/orders?type=RENEWAL&status=COMPLETED");
  const auto rows = bed.rows("Orders");
  ASSERT_EQ(rows.size(), 1u);
  const auto cells = bed.childNames(*rows[0], Role::Cell);
  ASSERT_GE(cells.size(), 2u);
  const std::string product = cells[1];
  bed.click(Role::Button, "Find in Purchased Apps");
  EXPECT_EQ(bed.app().route().view, View::PurchasedApps);
  EXPECT_EQ(bed.app().route().query.at("q"), product);
  EXPECT_FALSE(bed.rows("Purchased apps").empty());
}

TEST(MyOrders, DestinationsFollowTheOrdersState) {
  using Kind = OrderDestination::Kind;
  Order order = baseOrder();
  order.status = OrderStatus::Completed;
  order.instanceId = "ins-1";
  EXPECT_EQ(destinationOf(order).kind, Kind::ResourceDetails);
  EXPECT_EQ(destinationOf(order).target, "ins-1");
  EXPECT_EQ(destinationRoute(destinationOf(order), order), (Route{View::ResourceDetails, "ins-1", {}}));

  order.involvesSupervision = true;
  order.status = OrderStatus::Processing;
  EXPECT_EQ(destinationOf(order).kind, Kind::ServiceFlow);
  EXPECT_EQ(destinationRoute(destinationOf(order), order), (Route{View::SupervisionDetails, "CS-TEST", {}}));

  order.status = OrderStatus::Completed;  // flow done: the app is in Purchased Apps
  EXPECT_EQ(destinationOf(order).kind, Kind::ResourceDetails);

  order.status = OrderStatus::Cancelled;
  EXPECT_EQ(destinationOf(order).kind, Kind::Note);
  EXPECT_EQ(destinationRoute(destinationOf(order), order), std::nullopt);
  order.statusReason = "Not paid before the payment deadline";
  EXPECT_EQ(destinationOf(order).note, "Not paid before the payment deadline");
  order.cancelReason = OrderCancelReason::PaymentTimeout;  // a known reason is worded by the console
  EXPECT_EQ(destinationOf(order).note, "Payment timeout: not paid before the payment deadline");
  order.cancelReason.reset();

  Order pending = baseOrder();
  pending.status = OrderStatus::PendingPayment;
  EXPECT_EQ(destinationOf(pending).kind, Kind::Note);
  pending.status = OrderStatus::Processing;  // provisioning, no supervision, no instance yet
  EXPECT_EQ(destinationOf(pending).kind, Kind::Note);
  pending.status = OrderStatus::Completed;  // e.g. a renewal: no instance ID on the order
  pending.type = OrderType::Renewal;
  EXPECT_EQ(destinationOf(pending).kind, Kind::PurchasedApps);
  const auto route = destinationRoute(destinationOf(pending), pending);
  ASSERT_TRUE(route.has_value());
  EXPECT_EQ(route->query.at("q"), "CloudDesk CRM");
}

TEST(MyOrders, LoadErrorShowsRetry) {
  ConsoleTestbed bed;
  bed.setFaults("GET /api/v1/orders:status=500,times=1");
  bed.open("#/orders");
  bool alert = false;
  for (const auto& node : bed.tree().nodes())
    alert |= node.role == Role::Alert && node.name.find("Could not load your orders") != std::string::npos &&
             node.name.find("Request ID: ") != std::string::npos;
  EXPECT_TRUE(alert);
  bed.click(Role::Button, "Retry");
  EXPECT_EQ(bed.rows("Orders").size(), 10u);
}

TEST(MyOrders, NoOrdersAtAllSaysSo) {
  ImGuiHarness harness;
  FakeHost host;
  MyOrdersState state;
  state.list.start()(api::ApiResult<Page<Order>>(Page<Order>{}));
  harness.frame([&](Ui& ui) {
    ImGui::Begin("orders");
    const MyOrdersIntent intent = drawList(ui, host, state, kMyOrdersList);
    EXPECT_FALSE(intent.query.has_value());
    ImGui::End();
  });
  EXPECT_NE(harness.semantics().find(Role::Heading, "You have no orders yet"), nullptr);
  EXPECT_EQ(harness.semantics().find(Role::Button, "Clear filters"), nullptr);
}
