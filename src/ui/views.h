// The console's views, one row each: the one place a view is registered. Adding a view is its
// page's own files (a ViewPage and a factory making it) plus one row in KOO_VIEWS below.
#pragma once

#include <memory>
#include <optional>
#include <vector>

namespace koo::ui {

class ViewPage;

// The left navigation's sections; a view's section also gives its first breadcrumbs.
enum class Section { MyKooGallery, BillingCenter };

// The rows are an X-macro list (as LLVM's .def files) so that one row serves two libraries:
// navigation.cpp expands them into the route table, plain C++ that the deep-link fuzzer links
// without any page or Dear ImGui, and views.cpp into the page factories.
//
// KOO_VIEW(name, path, id, title, section, entry, parent, availability, factory)
//   name          View::name
//   path          the URL hash's first segment: "#/path"
//   id            kWithId: "#/path/{id}" (a details view); kNoId: "#/path"
//   title         catalogue key (src/i18n) of the view's heading, breadcrumb and navigation link
//   section       the navigation section it is under, and its first breadcrumbs
//   entry         the navigation entry shown as current; the view itself: it is an entry
//   parent        the breadcrumb linking back from a details view (kNoParent: none)
//   availability  kShipped, or kTestOnly: routable only in test mode (AppOptions::testMode)
//   factory       creates its page; defined in the page's .cpp
// The first row is the home page (an empty hash). Entries show in the navigation in row order.
#define KOO_VIEWS(KOO_VIEW)                                                                                           \
  KOO_VIEW(PurchasedApps, "purchased-apps", kNoId, "view.purchased_apps", Section::MyKooGallery, View::PurchasedApps, \
           kNoParent, kShipped, makePurchasedAppsPage)                                                                \
  KOO_VIEW(ResourceDetails, "purchased-apps", kWithId, "view.resource_details", Section::MyKooGallery,                \
           View::PurchasedApps, View::PurchasedApps, kShipped, makeResourceDetailsPage)                               \
  KOO_VIEW(Supervision, "supervision", kNoId, "view.supervision", Section::MyKooGallery, View::Supervision,           \
           kNoParent, kShipped, makeSupervisionListPage)                                                              \
  KOO_VIEW(SupervisionDetails, "supervision", kWithId, "view.supervision_details", Section::MyKooGallery,             \
           View::Supervision, View::Supervision, kShipped, makeSupervisionDetailsPage)                                                \
  KOO_VIEW(Unsubscriptions, "unsubscriptions", kNoId, "view.unsubscriptions", Section::MyKooGallery,                 \
           View::Unsubscriptions, kNoParent, kShipped, makeUnsubscriptionsPage)                                       \
  KOO_VIEW(UnsubscriptionDetails, "unsubscriptions", kWithId, "view.unsubscription_details", Section::MyKooGallery,   \
           View::Unsubscriptions, View::Unsubscriptions, kShipped, makeUnsubscriptionDetailsPage)                     \
  KOO_VIEW(Unsubscribe, "unsubscribe", kWithId, "view.unsubscribe", Section::MyKooGallery, View::Unsubscriptions,     \
           View::Unsubscriptions, kShipped, makeUnsubscribeFormPage)                                                  \
  KOO_VIEW(Orders, "orders", kNoId, "view.orders", Section::BillingCenter, View::Orders, kNoParent, kShipped,         \
           makeMyOrdersPage)                                                                                          \
  KOO_VIEW(OrderDetails, "orders", kWithId, "view.order_details", Section::BillingCenter, View::Orders, View::Orders, \
           kShipped, makeOrderDetailsPage)                                                                            \
  KOO_VIEW(Payment, "pay", kWithId, "view.payment", Section::BillingCenter, View::Orders, View::Orders, kShipped,     \
           makePaymentPage)                                                                                           \
  KOO_VIEW(Renewals, "renewals", kNoId, "view.renewals", Section::BillingCenter, View::Renewals, kNoParent, kShipped, \
           makeRenewalsPage)                                                                                          \
  KOO_VIEW(Invoices, "invoices", kNoId, "view.invoices", Section::BillingCenter, View::Invoices, kNoParent, kShipped, \
           makeInvoicesPage)                                                                                          \
  KOO_VIEW(InvoiceDetails, "invoices", kWithId, "view.invoice_details", Section::BillingCenter, View::Invoices,       \
           View::Invoices, kShipped, makeInvoiceDetailsPage)                                                          \
  KOO_VIEW(PaymentResult, "payment-result", kNoId, "view.payment_result", Section::MyKooGallery, View::PurchasedApps, \
           kNoParent, kShipped, makePaymentResultPage)                                                                \
  KOO_VIEW(SpecChange, "change-spec", kWithId, "view.spec_change", Section::MyKooGallery, View::PurchasedApps,        \
           View::PurchasedApps, kShipped, makeSpecChangePage)                                                         \
  KOO_VIEW(WidgetGallery, "widget-gallery", kNoId, "view.widget_gallery", Section::MyKooGallery, View::WidgetGallery, \
           kNoParent, kTestOnly, makeWidgetGalleryPage)

// Every view that has a deep link.
enum class View {
#define KOO_VIEW_NAME(name, ...) name,
  KOO_VIEWS(KOO_VIEW_NAME)
#undef KOO_VIEW_NAME
};

// The rows' vocabulary.
inline constexpr bool kWithId = true, kNoId = false;
inline constexpr bool kTestOnly = true, kShipped = false;
inline constexpr std::optional<View> kNoParent = std::nullopt;

// The factories the rows name; each page's .cpp defines its own.
#define KOO_VIEW_FACTORY(name, path, id, title, section, entry, parent, availability, factory) \
  std::unique_ptr<ViewPage> factory();
KOO_VIEWS(KOO_VIEW_FACTORY)
#undef KOO_VIEW_FACTORY

// A row of the table, but its factory (makeViewPage in page_env.h creates pages).
struct ViewInfo {
  View view;
  const char* path;
  bool hasId;
  const char* titleKey;  // viewTitle() gives the text
  Section section;
  View entry;
  std::optional<View> parent;
  bool testOnly;
};
// Every row, in order.
const std::vector<ViewInfo>& viewTable();
const ViewInfo& viewInfo(View view);

}  // namespace koo::ui
