// The invoice view: load states, header actions, the cards, and the return request.
#include "invoice_details.h"

#include "core/format.h"
#include "core/invoice.h"
#include "core/invoice_document.h"
#include "core/text.h"
#include "imgui.h"
#include "invoices.h"
#include "widgets_data.h"

namespace koo::ui {

namespace {

struct InvoiceIntent {
  bool reload = false;
  bool print = false;
  bool download = false;
  bool askReturn = false;
  std::optional<std::optional<std::string>> confirmedReturn;  // the reason, once confirmed
  bool retryReturn = false;
  std::optional<Route> go;
};

const Invoice* drawLoad(Ui& ui, Host& host, const InvoiceDetailsState& state, InvoiceIntent& intent) {
  if (const auto& error = state.invoice.error()) {
    IdScope id("load-error");
    if (error->httpStatus == 404) {
      if (emptyState(ui, tr("invoice.not_found"), tr("invoice.not_found_detail", {{"id", state.invoiceId}}),
                     tr("invoice.back_to_list")))
        intent.go = Route{View::Invoices, {}, {}};
      return nullptr;
    }
    intent.reload = errorPanel(ui, host, errorView(tr("invoice.load_failed", {{"id", state.invoiceId}}), *error));
    ImGui::Spacing();
  }
  if (!state.invoice.value() && state.invoice.loading()) loadingState(ui, host, tr("invoice.loading"));
  return state.invoice.value();
}

void drawHeader(Ui& ui, const Invoice& invoice, const InvoiceDetailsState& state, InvoiceIntent& intent) {
  ImGui::AlignTextToFramePadding();
  text(ui, tr("invoice.heading", {{"id", invoice.invoiceId}}));
  ImGui::SameLine(0, 16);
  statusBadge(ui, labelOf(invoice.status), invoiceStatusTone(invoice.status));
  ImGui::SameLine(0, 16);
  if (button(ui, tr("invoice.print"))) intent.print = true;
  ImGui::SameLine();
  if (button(ui, tr("invoice.download"))) intent.download = true;
  if (invoice.status == InvoiceStatus::Issued) {
    ImGui::SameLine();
    if (button(ui, tr("invoice.ask_return"), state.returning.loading())) intent.askReturn = true;
  }
}

// What the state means for the order: returning unblocks its unsubscription (DOMAIN-LIFECYCLE §6).
void drawStateNotice(Ui& ui, const Invoice& invoice) {
  ImGui::PushTextWrapPos(0.0f);
  switch (invoice.status) {
    case InvoiceStatus::Issued: mutedText(ui, tr("invoice.notice.issued")); break;
    case InvoiceStatus::ReturnRequested:
      toneText(ui,
               tr("invoice.notice.return_requested",
                  {{"time", invoice.returnRequestedTime ? formatDateTime(*invoice.returnRequestedTime) : "-"}}),
               Tone::Warning);
      break;
    case InvoiceStatus::Returned:
      toneText(ui, tr("invoice.notice.returned", {{"time", invoice.returnedTime ? formatDateTime(*invoice.returnedTime) : "-"}}),
               Tone::Info);
      break;
  }
  ImGui::PopTextWrapPos();
}

void drawInvoiceCard(Ui& ui, Host& host, const Invoice& invoice, InvoiceIntent& intent) {
  if (!beginCard(ui, tr("invoice.card"))) return;
  if (beginFieldGrid("invoice-fields", 3)) {
    copyableField(ui, host, tr("invoice.field.number"), tr("invoice.copy_number"), invoice.invoiceId);
    field(ui, tr("invoice.field.issuer"), tr("invoice.issuer"));
    field(ui, tr("invoice.field.issued"), formatDateTime(invoice.issuedTime));
    field(ui, tr("invoice.field.order"), invoice.orderId);
    field(ui, tr("field.order_type"), labelOf(invoice.orderType));
    field(ui, tr("invoice.field.status"), labelOf(invoice.status));
    if (invoice.returnReason) field(ui, tr("invoice.field.return_reason"), *invoice.returnReason);
    endFieldGrid();
  }
  if (textLink(ui, tr("invoice.view_order"))) intent.go = Route{View::OrderDetails, invoice.orderId, {}};
  endCard();
}

void drawCustomerCard(Ui& ui, const Invoice& invoice) {
  if (!beginCard(ui, tr("invoice.section.customer"))) return;
  if (beginFieldGrid("invoice-customer-fields", 2)) {
    field(ui, tr("invoice.field.name"), invoice.customer.name);
    field(ui, tr("invoice.field.email"), invoice.customer.email);
    field(ui, tr("invoice.field.address"), invoice.customer.address.empty() ? "-" : invoice.customer.address);
    field(ui, tr("invoice.field.tax_id"), invoice.customer.taxId.value_or("-"));
    endFieldGrid();
  }
  if (!invoice.customerOnFile) {
    ImGui::PushTextWrapPos(0.0f);
    mutedText(ui, tr("invoice.customer.not_on_file"));
    ImGui::PopTextWrapPos();
  }
  endCard();
}

void drawLines(Ui& ui, const Invoice& invoice) {
  if (!beginCard(ui, tr("invoice.section.lines"))) return;
  const std::vector<Column> columns = {{tr("invoice.column.product"), 1.6f, false, ColumnKind::Title},
                                       {tr("invoice.column.specification"), 1.4f},
                                       {tr("invoice.column.period"), 1.0f},
                                       {tr("invoice.column.amount"), 0.0f}};
  bool visible = false;
  beginTable(ui, tr("invoice.section.lines"), columns, -1, SortDirection::None, visible);
  if (visible) {
    for (std::size_t i = 0; i < invoice.lines.size(); ++i) {
      const InvoiceLine& line = invoice.lines[i];
      beginRow(ui, line.productName, static_cast<int>(i));
      std::string period = periodText(line.period);
      if (line.quantity && *line.quantity > 1) period += " \xC3\x97 " + std::to_string(*line.quantity);
      tableCell(ui, line.productName);
      tableCell(ui, line.specification);
      tableCell(ui, period);
      tableCell(ui, formatMoney(line.amount));
      endRow(ui);
    }
    endTable(ui);
  }
  text(ui, tr("invoice.total_line", {{"total", formatMoney(invoice.total)}, {"currency", invoice.total.currency}}));
  endCard();
}

void drawReturnDialog(Ui& ui, InvoiceDetailsState& state, InvoiceIntent& intent) {
  if (!state.askingReturn) return;
  const std::string title = tr("invoice.return_title", {{"id", state.invoiceId}});
  const std::string message = tr("invoice.return_message");
  const std::string confirm = tr("invoice.return_confirm");
  const std::string label = tr("invoice.return_reason_optional");
  const DialogChoice choice = reasonDialog(ui, {title, message, confirm},
                                           {label, false, invoice_rules::kReturnReason}, state.reason,
                                           state.reasonProblem);
  if (choice == DialogChoice::Confirmed)
    intent.confirmedReturn.emplace(isBlank(state.reason) ? std::nullopt : std::optional<std::string>(state.reason));
  if (choice != DialogChoice::Open) state.askingReturn = false;
}

InvoiceIntent drawInvoiceDetails(Ui& ui, Host& host, InvoiceDetailsState& state) {
  InvoiceIntent intent;
  const Invoice* invoice = drawLoad(ui, host, state, intent);
  if (!invoice) return intent;
  drawHeader(ui, *invoice, state, intent);
  if (state.returning.loading()) loadingState(ui, host, tr("invoice.returning"));
  if (const auto& error = state.returning.error(); error && !state.returning.loading()) {
    IdScope id("return-error");
    intent.retryReturn = errorPanel(ui, host, errorView(tr("invoice.return_failed", {{"id", state.invoiceId}}), *error));
  }
  drawStateNotice(ui, *invoice);
  drawReturnDialog(ui, state, intent);
  ImGui::Spacing();
  drawInvoiceCard(ui, host, *invoice, intent);
  drawCustomerCard(ui, *invoice);
  drawLines(ui, *invoice);
  return intent;
}

class InvoiceDetailsPage : public ViewPage {
 public:
  void enter(const Route& route, PageEnv& env) override {
    if (route.id != state_.invoiceId) {
      state_.returning.drop();
      state_ = InvoiceDetailsState{};  // never show another invoice's data
      state_.invoiceId = route.id;
    }
    load(env);
  }
  void leave() override {
    state_.invoice.drop();
    state_.askingReturn = false;
  }
  void draw(Ui& ui, const Route&, PageEnv& env) override {
    takeReturned(env);
    const InvoiceIntent intent = drawInvoiceDetails(ui, env.host, state_);
    const Invoice* invoice = state_.invoice.value();
    if (intent.reload) load(env);
    if (intent.print && invoice) env.host.printDocument(invoiceHtml(*invoice));
    if (intent.download && invoice) {
      env.host.download(invoiceFileName(*invoice), "text/html;charset=utf-8", invoiceHtml(*invoice));
      env.toasts.show(tr("invoice.downloaded", {{"file", invoiceFileName(*invoice)}}), Tone::Success, env.host.nowMs());
    }
    if (intent.askReturn) {
      state_.askingReturn = true;
      state_.reasonProblem.reset();
    }
    if (intent.confirmedReturn) sendReturn(env, *intent.confirmedReturn);
    if (intent.retryReturn && state_.sent) sendReturn(env, std::optional<std::string>(state_.sentReason));
    if (intent.go) env.navigator.go(*intent.go);
  }

 private:
  void load(PageEnv& env) { env.client.invoice(state_.invoiceId, state_.invoice.start()); }

  void sendReturn(PageEnv& env, const std::optional<std::string>& reason) {
    if (state_.returning.loading()) return;  // one request per intent
    const auto& error = state_.returning.error();
    const bool sameIntent = state_.sent && state_.sentReason == reason && error && error->outcomeUnknown();
    if (!sameIntent || state_.key.empty()) state_.key = newIdempotencyKey();
    state_.sent = true;
    state_.sentReason = reason;
    env.client.requestInvoiceReturn(state_.invoiceId, InvoiceReturnBody{reason}, state_.key, state_.returning.start());
  }

  // Once the return request answered: the invoice as it is now, a notice, and the dialog forgotten.
  void takeReturned(PageEnv& env) {
    if (state_.returning.loading() || !state_.returning.value()) return;
    env.toasts.show(tr("invoice.return_requested", {{"id", state_.invoiceId}}), Tone::Success, env.host.nowMs());
    state_.returning.reset();
    state_.sent = false;
    state_.sentReason.reset();
    state_.key.clear();
    state_.reason.clear();
    load(env);
  }

  InvoiceDetailsState state_;
};

}  // namespace

std::unique_ptr<ViewPage> makeInvoiceDetailsPage() { return std::make_unique<InvoiceDetailsPage>(); }

}  // namespace koo::ui
