// List queries to and from query parameters, their refusals, and the in-memory selection
// (search, filters, sort with stable ties, paging).
#include <gtest/gtest.h>

#include "core/list_select.h"
#include "samples.h"

namespace koo {
namespace {

TEST(ListQuery, DefaultsWhenNothingIsGiven) {
  const auto query = parsePurchasedAppQuery({});
  ASSERT_TRUE(query.ok());
  EXPECT_EQ(query->page, 1);
  EXPECT_EQ(query->pageSize, limits::kDefaultPageSize);
  EXPECT_EQ(query->q, "");
  EXPECT_FALSE(query->status.has_value());
  EXPECT_EQ(query->sort, PurchasedAppSortField::PurchaseTime);
  EXPECT_EQ(query->order, SortOrder::Desc);
  EXPECT_TRUE(parsePurchasedAppQuery({{"status", ""}, {"unknown", "x"}})->status == std::nullopt);
}

TEST(ListQuery, RoundTripsThroughParams) {
  PurchasedAppQuery apps;
  apps.page = 3;
  apps.pageSize = 50;
  apps.q = "云帆 CRM";
  apps.status = ResourceStatus::Frozen;
  apps.billingMode = BillingMode::OnDemandPackage;
  apps.sort = PurchasedAppSortField::ExpiryTime;
  apps.order = SortOrder::Asc;
  const QueryParams params = toQueryParams(apps);
  EXPECT_EQ(params.at("billingMode"), "ON_DEMAND_PKG");
  EXPECT_EQ(params.at("sort"), "expiryTime");
  EXPECT_EQ(params.at("order"), "asc");
  const auto back = parsePurchasedAppQuery(*decodeQueryString(encodeQueryString(params)));
  ASSERT_TRUE(back.ok()) << back.error().describe();
  EXPECT_EQ(back->page, 3);
  EXPECT_EQ(back->pageSize, 50);
  EXPECT_EQ(back->q, apps.q);
  EXPECT_EQ(back->status, apps.status);
  EXPECT_EQ(back->billingMode, apps.billingMode);
  EXPECT_EQ(back->sort, apps.sort);
  EXPECT_EQ(back->order, apps.order);

  SupervisedOrderQuery supervised;
  supervised.stage = FlowStage::Appealing;
  supervised.sort = SupervisedOrderSortField::StageEnteredTime;
  const auto supervisedBack = parseSupervisedOrderQuery(toQueryParams(supervised));
  ASSERT_TRUE(supervisedBack.ok());
  EXPECT_EQ(supervisedBack->stage, FlowStage::Appealing);
  EXPECT_EQ(supervisedBack->sort, SupervisedOrderSortField::StageEnteredTime);
  EXPECT_FALSE(toQueryParams(supervised).count("q"));

  OrderQuery orders;
  orders.q = "CS2501";
  orders.status = OrderStatus::PendingConfirmation;
  orders.type = OrderType::TrialToCommercial;
  orders.sort = OrderSortField::Amount;
  const auto ordersBack = parseOrderQuery(toQueryParams(orders));
  ASSERT_TRUE(ordersBack.ok());
  EXPECT_EQ(ordersBack->status, orders.status);
  EXPECT_EQ(ordersBack->type, orders.type);
  EXPECT_EQ(ordersBack->sort, OrderSortField::Amount);
  EXPECT_EQ(ordersBack->q, "CS2501");
}

TEST(ListQuery, RefusesBadParametersWithTheirName) {
  struct Case {
    QueryParams params;
    std::string path;
  };
  const std::vector<Case> cases = {
      {{{"page", "0"}}, "query.page"},
      {{{"page", "-1"}}, "query.page"},
      {{{"page", "2x"}}, "query.page"},
      {{{"page", "99999999999999999999"}}, "query.page"},
      {{{"pageSize", "101"}}, "query.pageSize"},
      {{{"pageSize", "1.5"}}, "query.pageSize"},
      {{{"status", "DELETED"}}, "query.status"},
      {{{"status", "in_use"}}, "query.status"},
      {{{"billingMode", "MONTHLY"}}, "query.billingMode"},
      {{{"sort", "price"}}, "query.sort"},
      {{{"order", "DESC"}}, "query.order"},
      {{{"q", std::string(101, 'x')}}, "query.q"},
  };
  for (const Case& c : cases) {
    const auto result = parsePurchasedAppQuery(c.params);
    ASSERT_FALSE(result.ok()) << c.path;
    EXPECT_EQ(result.error().path, c.path);
    EXPECT_EQ(errorCodeFor(result.error().kind), ErrorCode::Validation);
  }
  EXPECT_EQ(parseSupervisedOrderQuery({{"stage", "DONE"}}).error().path, "query.stage");
  EXPECT_EQ(parseOrderQuery({{"type", "GIFT"}}).error().path, "query.type");
  EXPECT_EQ(parseOrderQuery({{"sort", "expiryTime"}}).error().path, "query.sort");
}

std::vector<PurchasedApp> someApps() {
  std::vector<PurchasedApp> apps;
  const char* names[] = {"Nimbus CRM", "云帆协同办公", "DataSail BI", "nimbus Mail", "青山 ERP"};
  for (int i = 0; i < 5; ++i) {
    PurchasedApp app = samples::purchasedApp(i % 2 == 0);
    app.instanceId = "inst-" + std::to_string(i);
    app.orderId = "CS250101000" + std::to_string(i);
    app.productName = names[i];
    app.status = i < 3 ? ResourceStatus::InUse : ResourceStatus::Expired;
    app.purchaseTime = samples::at("2025-01-01T00:00:00Z") + std::chrono::hours{i == 4 ? 0 : i};  // 0 and 4 tie
    app.expiryTime = app.purchaseTime + std::chrono::hours{24 * (30 + i)};
    if (i == 2) app.expiryTime.reset();
    apps.push_back(app);
  }
  return apps;
}

std::vector<std::string> idsOf(const Page<PurchasedApp>& page) {
  std::vector<std::string> ids;
  for (const auto& app : page.items) ids.push_back(app.instanceId);
  return ids;
}

TEST(ListSelect, SearchesProductNameOrOrderIdIgnoringAsciiCase) {
  PurchasedAppQuery query;
  query.q = "NIMBUS";
  EXPECT_EQ(selectPurchasedApps(someApps(), query).total, 2);
  query.q = "云帆";
  EXPECT_EQ(idsOf(selectPurchasedApps(someApps(), query)), (std::vector<std::string>{"inst-1"}));
  query.q = "CS2501010003";
  EXPECT_EQ(idsOf(selectPurchasedApps(someApps(), query)), (std::vector<std::string>{"inst-3"}));
  query.q = "nothing like it";
  EXPECT_EQ(selectPurchasedApps(someApps(), query).total, 0);
}

TEST(ListSelect, FiltersSortsWithStableTiesAndPages) {
  PurchasedAppQuery query;
  query.status = ResourceStatus::InUse;
  EXPECT_EQ(selectPurchasedApps(someApps(), query).total, 3);

  PurchasedAppQuery byTime;
  byTime.sort = PurchasedAppSortField::PurchaseTime;
  byTime.order = SortOrder::Asc;
  EXPECT_EQ(idsOf(selectPurchasedApps(someApps(), byTime)),
            (std::vector<std::string>{"inst-0", "inst-4", "inst-1", "inst-2", "inst-3"}));
  byTime.order = SortOrder::Desc;  // ties stay by instanceId ascending
  EXPECT_EQ(idsOf(selectPurchasedApps(someApps(), byTime)),
            (std::vector<std::string>{"inst-3", "inst-2", "inst-1", "inst-0", "inst-4"}));

  PurchasedAppQuery byExpiry;
  byExpiry.sort = PurchasedAppSortField::ExpiryTime;
  byExpiry.order = SortOrder::Asc;
  EXPECT_EQ(idsOf(selectPurchasedApps(someApps(), byExpiry)).back(), "inst-2");  // never expires: last

  PurchasedAppQuery paged;
  paged.sort = PurchasedAppSortField::ProductName;
  paged.order = SortOrder::Asc;
  paged.pageSize = 2;
  paged.page = 2;
  const Page<PurchasedApp> second = selectPurchasedApps(someApps(), paged);
  EXPECT_EQ(second.total, 5);
  EXPECT_EQ(second.page, 2);
  EXPECT_EQ(second.pageSize, 2);
  EXPECT_EQ(idsOf(second), (std::vector<std::string>{"inst-3", "inst-1"}));  // DataSail, Nimbus CRM | nimbus Mail, 云帆 ...
  paged.page = 9;
  EXPECT_TRUE(selectPurchasedApps(someApps(), paged).items.empty());
  EXPECT_EQ(selectPurchasedApps(someApps(), paged).total, 5);
}

TEST(ListSelect, SupervisedOrdersAndOrders) {
  std::vector<SupervisedOrderSummary> rows(3, samples::supervisedOrderSummary());
  for (int i = 0; i < 3; ++i) {
    rows[i].orderId = "CS-" + std::to_string(i);
    rows[i].stage = i == 1 ? FlowStage::Appealing : FlowStage::WaitingDelivery;
  }
  SupervisedOrderQuery supervised;
  supervised.stage = FlowStage::WaitingDelivery;
  const auto page = selectSupervisedOrders(rows, supervised);
  ASSERT_EQ(page.total, 2);
  EXPECT_EQ(page.items[0].orderId, "CS-0");

  std::vector<Order> orders(3, samples::order(true));
  for (int i = 0; i < 3; ++i) {
    orders[i].orderId = "CS-" + std::to_string(i);
    orders[i].amount.minorUnits = 100 * (3 - i);
    orders[i].type = i == 0 ? OrderType::Renewal : OrderType::New;
  }
  OrderQuery byAmount;
  byAmount.sort = OrderSortField::Amount;
  byAmount.order = SortOrder::Asc;
  const auto sorted = selectOrders(orders, byAmount);
  EXPECT_EQ(sorted.items.front().orderId, "CS-2");
  OrderQuery renewals;
  renewals.type = OrderType::Renewal;
  EXPECT_EQ(selectOrders(orders, renewals).total, 1);
  OrderQuery search;
  search.q = "cs-1";
  EXPECT_EQ(selectOrders(orders, search).items.at(0).orderId, "CS-1");
}

}  // namespace
}  // namespace koo
