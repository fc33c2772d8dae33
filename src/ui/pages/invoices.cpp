// Invoices as a list page, with the customer information card above the list.
#include "invoices.h"

#include "core/invoice.h"
#include "imgui.h"
#include "invoice_customer.h"

namespace koo::ui {
namespace {
using Sort = InvoiceSortField;

std::string productsOf(const Invoice& invoice) {
  std::string names;
  for (const auto& line : invoice.lines) names += (names.empty() ? "" : ", ") + line.productName;
  return names;
}

void drawCells(Ui& ui, const Invoice& invoice, std::optional<Route>& open) {
  tableCells(ui, {invoice.invoiceId, invoice.orderId, productsOf(invoice), formatDate(invoice.issuedTime),
                  formatMoney(invoice.total)});
  badgeCell(ui, labelOf(invoice.status), invoiceStatusTone(invoice.status));
  if (buttonCell(ui, tr("invoice.view"))) open = Route{View::InvoiceDetails, invoice.invoiceId, {}};
}

}  // namespace

Tone invoiceStatusTone(InvoiceStatus status) {
  switch (status) {
    case InvoiceStatus::Issued: return Tone::Success;
    case InvoiceStatus::ReturnRequested: return Tone::Warning;
    case InvoiceStatus::Returned: return Tone::Neutral;
  }
  return Tone::Neutral;
}

const ListSpec<InvoiceQuery, Invoice> kInvoicesList{
    .view = View::Invoices, .table = "invoice.table",
    .parse = parseInvoiceQuery, .load = &api::MarketplaceClient::listInvoices,
    .columns = {{"invoice.col.number", 0.0f, std::nullopt, ColumnKind::Title}, {"col.order_id", 0.0f},
                {"col.product", 1.6f}, {"invoice.col.issued", 1.0f, Sort::IssuedTime},
                {"invoice.col.total", 0.0f, Sort::Total}, {"col.status", 1.0f, std::nullopt, ColumnKind::Status},
                {"col.operation", 0.0f, std::nullopt, ColumnKind::Actions}},
    .search = {"invoice.search_hint", 280},
    .filters = {enumFilter("filter.status", &InvoiceQuery::status, "filter.all_statuses", 200)},
    .texts = {"invoice.items", {"invoice.none", "invoice.none_detail"}, {"invoice.no_match", "invoice.no_match_detail"}},
    .rowName = [](const Invoice& invoice) { return invoice.invoiceId + " " + productsOf(invoice); },
    .drawCells = drawCells};

namespace {

class InvoicesPage : public ListPage<InvoiceQuery, Invoice> {
 public:
  InvoicesPage() : ListPage(kInvoicesList) {}

  void enter(const Route& route, PageEnv& env) override {
    ListPage::enter(route, env);
    loadInvoiceCustomer(customer_, env);
  }
  void leave() override {
    ListPage::leave();
    dropInvoiceCustomer(customer_);
  }
  void draw(Ui& ui, const Route& route, PageEnv& env) override {
    drawInvoiceCustomer(ui, customer_, env);
    ImGui::Spacing();
    ListPage::draw(ui, route, env);
  }

 private:
  InvoiceCustomerState customer_;
};

}  // namespace

std::unique_ptr<ViewPage> makeInvoicesPage() { return std::make_unique<InvoicesPage>(); }

}  // namespace koo::ui
