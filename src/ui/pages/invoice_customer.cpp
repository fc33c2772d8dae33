// Customer information for invoices: the card, the edit dialog, the save and its outcome.
#include "invoice_customer.h"

#include "core/format.h"
#include "core/invoice.h"
#include "core/text.h"
#include "imgui.h"
#include "widgets_data.h"
#include "widgets_form.h"

namespace koo::ui {

namespace {

// The problem of `field` to show under it, once Save was tried.
std::string problemFor(const InvoiceCustomerState& state, CustomerField field) {
  if (!state.triedSave) return {};
  const auto problem = customerProblem(customerDraft(state));
  return problem && problem->field == field ? problem->message() : std::string();
}

void startEditing(InvoiceCustomerState& state) {
  state.editing = true;
  state.triedSave = false;
  // Start from what is on file, unless the buyer's own unsaved text is still here.
  if (state.sent || !state.draft.email.empty() || !state.draft.name.empty()) return;
  if (const auto* setting = state.setting.value(); setting && setting->customer) {
    state.draft = *setting->customer;
    state.taxId = setting->customer->taxId.value_or("");
  }
}

void send(InvoiceCustomerState& state, PageEnv& env, const InvoiceCustomer& customer) {
  if (state.saving.loading()) return;  // one request per intent
  const auto& error = state.saving.error();
  const bool sameIntent = state.sent == customer && error && error->outcomeUnknown();
  if (!sameIntent || state.key.empty()) state.key = newIdempotencyKey();
  state.sent = customer;
  env.client.setInvoiceCustomer(customer, state.key, state.saving.start());
}

void drawDialog(Ui& ui, InvoiceCustomerState& state, PageEnv& env) {
  const std::string title = tr("invoice.customer.dialog_title");
  const std::string message = tr("invoice.customer.dialog_message");
  const std::string confirm = tr("invoice.customer.save");
  const DialogChoice choice = contentDialog(
      ui, {title, message, confirm}, 560,
      [&] {
        textField(ui, tr("invoice.field.name"), state.draft.name, {}, 440, problemFor(state, CustomerField::Name));
        textField(ui, tr("invoice.field.email"), state.draft.email, "name@example.com", 440,
                  problemFor(state, CustomerField::Email));
        textField(ui, tr("invoice.field.address"), state.draft.address, {}, 440,
                  problemFor(state, CustomerField::Address));
        textField(ui, tr("invoice.field.tax_id_optional"), state.taxId, {}, 440,
                  problemFor(state, CustomerField::TaxId));
      },
      [&] {
        state.triedSave = true;
        return !customerProblem(customerDraft(state)).has_value();
      });
  if (choice == DialogChoice::Confirmed) send(state, env, customerDraft(state));
  if (choice != DialogChoice::Open) state.editing = false;
}

void drawOnFile(Ui& ui, const InvoiceCustomerSetting& setting) {
  if (!setting.customer) {
    ImGui::PushTextWrapPos(0.0f);
    mutedText(ui, tr("invoice.customer.not_set"));
    ImGui::PopTextWrapPos();
    return;
  }
  const InvoiceCustomer& customer = *setting.customer;
  if (beginFieldGrid("invoice-customer", 2)) {
    field(ui, tr("invoice.field.name"), customer.name);
    field(ui, tr("invoice.field.email"), customer.email);
    field(ui, tr("invoice.field.address"), customer.address);
    field(ui, tr("invoice.field.tax_id"), customer.taxId.value_or("-"));
    endFieldGrid();
  }
}

// What the card holds: the load's error, what is on file with Set/Edit, a failed save.
void drawCardContent(Ui& ui, InvoiceCustomerState& state, PageEnv& env) {
  IdScope id("invoice-customer");
  if (const auto& error = state.setting.error(); error && !state.setting.loading()) {
    if (errorPanel(ui, env.host, errorView(tr("invoice.customer.load_failed"), *error)))
      loadInvoiceCustomer(state, env);
  } else if (const auto* setting = state.setting.value()) {
    drawOnFile(ui, *setting);
    const bool busy = state.saving.loading();
    if (button(ui, tr(setting->customer ? "invoice.customer.edit" : "invoice.customer.set"), busy))
      startEditing(state);
    if (busy) {
      ImGui::SameLine();
      loadingState(ui, env.host, tr("invoice.customer.saving"));
    }
  } else {
    loadingState(ui, env.host, tr("invoice.customer.loading"));
  }
  if (const auto& error = state.saving.error(); error && !state.saving.loading()) {
    IdScope failed("save-error");
    if (errorPanel(ui, env.host, errorView(tr("invoice.customer.save_failed"), *error)) && state.sent)
      send(state, env, *state.sent);
  }
}

}  // namespace

InvoiceCustomer customerDraft(const InvoiceCustomerState& state) {
  InvoiceCustomer customer = state.draft;
  customer.taxId.reset();
  if (!isBlank(state.taxId)) customer.taxId = state.taxId;
  return customer;
}

void loadInvoiceCustomer(InvoiceCustomerState& state, PageEnv& env) { env.client.invoiceCustomer(state.setting.start()); }

void drawInvoiceCustomer(Ui& ui, InvoiceCustomerState& state, PageEnv& env) {
  if (!state.saving.loading() && state.saving.value()) {
    env.toasts.show(tr("invoice.customer.saved"), Tone::Success, env.host.nowMs());
    state.saving.reset();
    state.sent.reset();
    state.key.clear();
    state.draft = InvoiceCustomer{};
    state.taxId.clear();
    loadInvoiceCustomer(state, env);
  }
  if (beginCard(ui, tr("invoice.customer.card"))) {
    drawCardContent(ui, state, env);
    endCard();
  }
  if (state.editing) drawDialog(ui, state, env);
}

void dropInvoiceCustomer(InvoiceCustomerState& state) {
  state.setting.drop();
  state.editing = false;
}

}  // namespace koo::ui
