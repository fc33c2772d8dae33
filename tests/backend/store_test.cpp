// Tests both stores against the Store interface (same seed, same answers), and the SQLite
// store's own promises: restart keeps everything, an interrupted change leaves nothing.
#include <gtest/gtest.h>

#include <memory>

#include "demo_data.h"
#include "memory_store.h"
#include "sqlite_store.h"
#include "temp_dir.h"

namespace koo::backend {
namespace {

const Timestamp kNow = parseIsoUtc("2025-06-01T08:00:00Z").value();

SeedData demoSeed() { return loadDemoData(embeddedDemoData(), kNow).value(); }

FlowEvent reminderEvent(std::int64_t sequence) {
  FlowEvent e;
  e.sequence = sequence;
  e.kind = FlowEventKind::ReminderSent;
  e.actor = Actor::Buyer;
  e.time = kNow;
  e.fromStage = e.toStage = FlowStage::WaitingDelivery;
  e.note = "ping";
  return e;
}

// Updates `s`'s flow with `update` and appends a reminder after the `before` events it has.
template <class Update>
StoreChange flowChange(const SupervisionRecord& s, size_t before, Update update) {
  StoreChange change;
  SupervisionRecord updated = s;
  update(updated.flow);
  change.putSupervision = updated;
  change.addEvents.push_back({s.orderId, reminderEvent(static_cast<std::int64_t>(before) + 1)});
  return change;
}

struct MemoryFactory {
  std::unique_ptr<Store> make(const SeedData& seed) { return std::make_unique<MemoryStore>(seed); }
};
struct SqliteFactory {
  test::TempDir dir;
  std::unique_ptr<Store> make(const SeedData& seed) {
    auto store = std::make_unique<SqliteStore>(dir.file("store.sqlite"), kNow);
    store->seedIfEmpty(seed, kNow);
    return store;
  }
};

template <class Factory>
class StoreContract : public ::testing::Test {
 protected:
  Factory factory;
  SeedData seed = demoSeed();
  std::unique_ptr<Store> store = factory.make(seed);
};
using Factories = ::testing::Types<MemoryFactory, SqliteFactory>;
TYPED_TEST_SUITE(StoreContract, Factories);

TYPED_TEST(StoreContract, ListsOnlyTheBuyersOwnRecords) {
  Store& store = *this->store;
  size_t apps = 0, orders = 0;
  for (const auto& buyer : this->seed.buyers) {
    const std::string& id = buyer.buyer.buyerId;
    for (const auto& r : store.appsOf(id)) EXPECT_EQ(r.buyerId, id);
    for (const auto& r : store.ordersOf(id)) EXPECT_EQ(r.buyerId, id);
    for (const auto& r : store.supervisionsOf(id)) EXPECT_EQ(r.buyerId, id);
    apps += store.appsOf(id).size();
    orders += store.ordersOf(id).size();
  }
  EXPECT_EQ(apps, this->seed.apps.size());
  EXPECT_EQ(orders, this->seed.orders.size());
}

TYPED_TEST(StoreContract, PutAppsReplacesTheBuyersAppAndRefusesAnyOther) {
  Store& store = *this->store;
  AppRecord app = this->seed.apps.front();
  app.app.autoRenewPeriod = BillingPeriod{PeriodUnit::Month, 3};
  app.app.expiryTime = kNow;
  app.reminderDismissal = ReminderDismissal{ReminderStage::Within7Days, kNow};  // expiry reminders
  StoreChange change;
  change.putApps.push_back(app);
  store.apply(change);
  const auto kept = store.findApp(app.buyerId, app.app.instanceId);
  ASSERT_TRUE(kept);
  EXPECT_EQ(kept->app, app.app);
  EXPECT_EQ(kept->reminderDismissal, app.reminderDismissal);
  EXPECT_EQ(kept->password, app.password);  // the secret survives the rewrite
  AppRecord stranger = app;
  stranger.buyerId = "buyer-003";  // not the owner: nothing is replaced
  StoreChange wrong;
  wrong.putApps.push_back(stranger);
  EXPECT_ANY_THROW(store.apply(wrong));
  AppRecord missing = app;
  missing.app.instanceId = "ins-none";
  StoreChange none;
  none.putApps.push_back(missing);
  EXPECT_ANY_THROW(store.apply(none));
  EXPECT_EQ(store.findApp(app.buyerId, app.app.instanceId)->app, app.app);
}

// Changing specifications: the catalogue, the users, a scheduled change and a change order's
// target are kept by both stores as written.
TYPED_TEST(StoreContract, KeepsTheCatalogueAndTheChangesOfAnApp) {
  Store& store = *this->store;
  AppRecord app;
  for (const auto& seeded : this->seed.apps)
    if (seeded.catalogue && seeded.app.users) app = seeded;
  ASSERT_TRUE(app.catalogue) << "the demo data has a per-user app with its catalogue";
  EXPECT_EQ(store.findApp(app.buyerId, app.app.instanceId)->catalogue, app.catalogue);
  app.app.users = 20;
  app.app.scheduledChange = ScheduledSpecChange{SpecTarget{"Basic", 5}, kNow};
  app.catalogue->skus.front().onSale = false;
  OrderRecord order = this->seed.orders.front();
  order.buyerId = app.buyerId;
  order.order.orderId = "CS-change-1";
  order.order.type = OrderType::Change;
  order.order.specChange = SpecTarget{"Basic", 5};
  order.order.trialInstanceId = app.app.instanceId;
  StoreChange change;
  change.putApps.push_back(app);
  change.putOrders.push_back(order);
  store.apply(change);
  const auto kept = store.findApp(app.buyerId, app.app.instanceId);
  ASSERT_TRUE(kept);
  EXPECT_EQ(kept->app, app.app);
  EXPECT_EQ(kept->catalogue, app.catalogue);
  EXPECT_EQ(store.findOrder(app.buyerId, "CS-change-1")->order, order.order);
}

TYPED_TEST(StoreContract, FindsByIdOnlyForTheOwner) {
  Store& store = *this->store;
  const AppRecord& app = this->seed.apps.front();
  auto found = store.findApp(app.buyerId, app.app.instanceId);
  ASSERT_TRUE(found);
  EXPECT_EQ(found->password, app.password);
  EXPECT_EQ(found->applicationInfo.frontEndUrl, app.applicationInfo.frontEndUrl);
  EXPECT_FALSE(store.findApp("buyer-other", app.app.instanceId));
  const OrderRecord& order = this->seed.orders.front();
  EXPECT_TRUE(store.findOrder(order.buyerId, order.order.orderId));
  EXPECT_FALSE(store.findOrder("buyer-other", order.order.orderId));
  const SupervisionRecord& s = this->seed.supervisions.front();
  EXPECT_TRUE(store.findSupervision(s.buyerId, s.orderId));
  EXPECT_FALSE(store.findSupervision("buyer-other", s.orderId));
  EXPECT_FALSE(store.eventsOf(s.orderId).empty());
  EXPECT_EQ(store.findBuyerByUserName("alice")->buyer.buyerId, "buyer-001");
  EXPECT_FALSE(store.findBuyerByUserName("mallory"));
}

// Unsubscription requests (issue 14): kept, replaced by requestId, found only by their owner, and
// never handed to another buyer.
TYPED_TEST(StoreContract, KeepsUnsubscriptionRequestsForTheirOwner) {
  Store& store = *this->store;
  const auto seeded = store.unsubscriptionsOf("buyer-001");
  EXPECT_EQ(seeded.size(), this->seed.unsubscriptions.size());
  EXPECT_TRUE(store.unsubscriptionsOf("buyer-002").empty());
  UnsubscriptionRecord record = this->seed.unsubscriptions.front();
  record.request.status = UnsubscriptionStatus::Withdrawn;
  record.request.updatedTime = kNow;
  StoreChange change;
  change.putUnsubscriptions.push_back(record);
  store.apply(change);
  EXPECT_EQ(store.findUnsubscription("buyer-001", record.request.requestId)->request, record.request);
  EXPECT_FALSE(store.findUnsubscription("buyer-002", record.request.requestId));
  EXPECT_EQ(store.unsubscriptionsOf("buyer-001").size(), seeded.size());
  UnsubscriptionRecord stolen = record;
  stolen.buyerId = "buyer-002";
  StoreChange wrong;
  wrong.putUnsubscriptions.push_back(stolen);
  EXPECT_ANY_THROW(store.apply(wrong));
  EXPECT_EQ(store.findUnsubscription("buyer-001", record.request.requestId)->buyerId, "buyer-001");
}

TYPED_TEST(StoreContract, AppliesAChangeWhole) {
  Store& store = *this->store;
  const SupervisionRecord& s = this->seed.supervisions.front();
  const size_t before = store.eventsOf(s.orderId).size();
  StoreChange change = flowChange(s, before, [](FlowState& flow) { flow.lastReminderTime = kNow; });
  change.addAudit = AuditEntry{0, kNow, s.buyerId, "PASSWORD_REVEAL", "ins-1", "req-1"};
  change.addSession = SessionRecord{"tok", s.buyerId, kNow};
  change.addIdempotency = IdempotencyRecord{s.buyerId, "k1", "fp", 200, "{}", kNow};
  store.apply(change);
  EXPECT_EQ(store.eventsOf(s.orderId).size(), before + 1);
  EXPECT_EQ(store.eventsOf(s.orderId).back().note, "ping");
  EXPECT_EQ(store.findSupervision(s.buyerId, s.orderId)->flow.lastReminderTime, kNow);
  ASSERT_EQ(store.auditLog(s.buyerId).size(), 1u);
  EXPECT_EQ(store.auditLog(s.buyerId)[0].requestId, "req-1");
  EXPECT_EQ(store.findSession("tok")->buyerId, s.buyerId);
  EXPECT_EQ(store.findIdempotency(s.buyerId, "k1")->status, 200);
  EXPECT_FALSE(store.findIdempotency("someone-else", "k1"));
}

TYPED_TEST(StoreContract, PurgeTakesOnlyWhatExpiredAndSignOutEndsOneSession) {
  Store& store = *this->store;
  const auto later = kNow + std::chrono::hours(1);
  StoreChange first;
  first.addSession = SessionRecord{"old", "buyer-001", kNow};
  first.addIdempotency = IdempotencyRecord{"buyer-001", "old", "fp", 200, "{}", kNow};
  store.apply(first);
  StoreChange second;
  second.addSession = SessionRecord{"new", "buyer-001", later + std::chrono::hours(1)};
  second.addIdempotency = IdempotencyRecord{"buyer-001", "new", "fp", 200, "{}", later};
  store.apply(second);
  StoreChange third;
  third.addSession = SessionRecord{"ended", "buyer-002", later + std::chrono::hours(1)};
  store.apply(third);
  StoreChange purge;
  purge.purgeExpired = ExpiryPurge{later, later};
  // The purge runs first, so the expired record's key may be taken again in the same change.
  purge.addIdempotency = IdempotencyRecord{"buyer-001", "old", "fp2", 200, "{}", later};
  purge.endSession = "ended";
  store.apply(purge);
  EXPECT_FALSE(store.findSession("old"));
  EXPECT_FALSE(store.findSession("ended"));
  EXPECT_TRUE(store.findSession("new"));
  EXPECT_EQ(store.findIdempotency("buyer-001", "old")->fingerprint, "fp2");
  EXPECT_TRUE(store.findIdempotency("buyer-001", "new"));
  EXPECT_EQ(store.sessionCount(), 1u);
  EXPECT_EQ(store.idempotencyCount(), 2u);
}

TYPED_TEST(StoreContract, RefusedChangeLeavesNothing) {
  Store& store = *this->store;
  const SupervisionRecord& s = this->seed.supervisions.front();
  const size_t before = store.eventsOf(s.orderId).size();
  StoreChange change = flowChange(s, before, [](FlowState& flow) { flow.requestRejections = 99; });
  change.addApps.push_back(this->seed.apps.front());  // duplicate instance: must fail
  EXPECT_ANY_THROW(store.apply(change));
  EXPECT_EQ(store.eventsOf(s.orderId).size(), before);
  EXPECT_EQ(store.findSupervision(s.buyerId, s.orderId)->flow.requestRejections,
            s.flow.requestRejections);
}

// Invoices (issue 14): each buyer's own, replaced whole, customer information per buyer, and
// no invoice of an order that does not exist.
TYPED_TEST(StoreContract, KeepsInvoicesAndCustomerInformationPerBuyer) {
  Store& store = *this->store;
  size_t invoices = 0;
  for (const auto& buyer : this->seed.buyers) {
    for (const auto& r : store.invoicesOf(buyer.buyer.buyerId)) EXPECT_EQ(r.buyerId, buyer.buyer.buyerId);
    invoices += store.invoicesOf(buyer.buyer.buyerId).size();
  }
  EXPECT_EQ(invoices, this->seed.invoices.size());
  ASSERT_FALSE(this->seed.invoices.empty());
  InvoiceRecord record = this->seed.invoices.front();
  EXPECT_EQ(store.findInvoice(record.buyerId, record.invoice.invoiceId)->invoice, record.invoice);
  EXPECT_FALSE(store.findInvoice("buyer-other", record.invoice.invoiceId));
  EXPECT_TRUE(store.findInvoiceCustomer("buyer-001"));
  EXPECT_FALSE(store.findInvoiceCustomer("buyer-002"));  // bob has none on file
  record.invoice.status = InvoiceStatus::ReturnRequested;
  record.invoice.returnReason = "Wrong name";
  StoreChange change;
  change.putInvoices.push_back(record);
  change.putInvoiceCustomer = InvoiceCustomerRecord{"buyer-002", {"Bob Studio", "b@example.com", "1 Road", "T-1"}, kNow};
  store.apply(change);
  EXPECT_EQ(store.findInvoice(record.buyerId, record.invoice.invoiceId)->invoice, record.invoice);
  EXPECT_EQ(store.findInvoiceCustomer("buyer-002")->customer.taxId, "T-1");
  InvoiceRecord orphan = record;
  orphan.invoice.invoiceId = "INV-none";
  orphan.invoice.orderId = "CS-none";
  StoreChange wrong;
  wrong.putInvoices.push_back(orphan);
  EXPECT_ANY_THROW(store.apply(wrong));
  EXPECT_FALSE(store.findInvoice(record.buyerId, "INV-none"));
}

TEST(SqliteStore, RestartKeepsEverythingAndSeedsOnce) {
  test::TempDir dir;
  const SeedData seed = demoSeed();
  const std::string path = dir.file("restart.sqlite");
  {
    SqliteStore store(path, kNow);
    EXPECT_FALSE(store.isSeeded());
    EXPECT_TRUE(store.seedIfEmpty(seed, kNow));
    StoreChange change;
    change.addSession = SessionRecord{"tok-1", "buyer-001", kNow};
    change.addAudit = AuditEntry{0, kNow, "buyer-001", "PASSWORD_REVEAL", "ins-x", "req-9"};
    store.apply(change);
  }
  SqliteStore reopened(path, kNow);
  EXPECT_TRUE(reopened.isSeeded());
  EXPECT_FALSE(reopened.seedIfEmpty(seed, kNow));  // nothing seeded twice
  EXPECT_EQ(reopened.appsOf("buyer-001").size(), MemoryStore(seed).appsOf("buyer-001").size());
  EXPECT_EQ(reopened.findSession("tok-1")->buyerId, "buyer-001");
  EXPECT_EQ(reopened.auditLog("buyer-001").at(0).targetId, "ins-x");
  EXPECT_EQ(sqlite::schemaVersion(reopened.database()),
            static_cast<int>(storeMigrations().size()));
}

TEST(SqliteStore, ChangeInterruptedMidwayLeavesNothingHalfWritten) {
  test::TempDir dir;
  const SeedData seed = demoSeed();
  SqliteStore store(dir.file("interrupt.sqlite"), kNow);
  store.seedIfEmpty(seed, kNow);
  const SupervisionRecord& s = seed.supervisions.front();
  const size_t events = store.eventsOf(s.orderId).size();

  StoreChange change;
  OrderRecord order = *store.findOrder(s.buyerId, s.orderId);
  order.order.status = OrderStatus::Completed;
  change.putOrders.push_back(order);
  SupervisionRecord updated = s;
  updated.flow.stage = FlowStage::Completed;
  change.putSupervision = updated;
  change.addEvents.push_back({s.orderId, reminderEvent(static_cast<std::int64_t>(events) + 1)});
  // The crash comes after the order and the supervision were written, before the event.
  store.setWriteHook([](const char* part) {
    if (std::string(part) == "supervision") throw std::runtime_error("interrupted");
  });
  EXPECT_THROW(store.apply(change), std::runtime_error);
  EXPECT_FALSE(store.database().inTransaction());
  EXPECT_EQ(store.findOrder(s.buyerId, s.orderId)->order.status, OrderStatus::Processing);
  EXPECT_EQ(store.findSupervision(s.buyerId, s.orderId)->flow.stage, s.flow.stage);
  EXPECT_EQ(store.eventsOf(s.orderId).size(), events);

  store.setWriteHook(nullptr);  // the same change goes through once nothing interrupts it
  store.apply(change);
  EXPECT_EQ(store.findOrder(s.buyerId, s.orderId)->order.status, OrderStatus::Completed);
  EXPECT_EQ(store.eventsOf(s.orderId).size(), events + 1);
}

TEST(SqliteStore, ReopeningRunsNoMigrationTwice) {
  test::TempDir dir;
  const std::string path = dir.file("migrate.sqlite");
  { SqliteStore store(path, kNow); }
  sqlite::Database db(path);
  EXPECT_TRUE(sqlite::migrate(db, storeMigrations(), "later").empty());
  EXPECT_EQ(db.queryText("SELECT COUNT(*) FROM schema_migrations").value(),
            std::to_string(storeMigrations().size()));
}

TEST(SqliteStore, UnreadableDocumentIsAnErrorNotAHalfRecord) {
  test::TempDir dir;
  SqliteStore store(dir.file("corrupt.sqlite"), kNow);
  store.seedIfEmpty(demoSeed(), kNow);
  store.database().exec("UPDATE apps SET doc = '{\"buyerId\":\"buyer-001\"}' WHERE buyer_id = 'buyer-001'");
  EXPECT_THROW(store.appsOf("buyer-001"), std::runtime_error);
}

}  // namespace
}  // namespace koo::backend
