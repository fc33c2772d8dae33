// Order Details of a supervised order: the sections drawn from the loaded details, and the page
// that loads them and carries out the buyer's actions through the client.
#include "supervision_details.h"

#include "resource_details.h"

#include "core/format.h"
#include "imgui.h"
#include "widgets_data.h"
#include "supervision_stepper.h"

namespace koo::ui {

// The view's page: made only by its factory (views.h), so it is declared here.
class SupervisionDetailsPage : public ViewPage {
 public:
  void enter(const Route& route, PageEnv& env) override;
  void leave() override;
  void draw(Ui& ui, const Route& route, PageEnv& env) override;

 private:
  void load(PageEnv& env);
  // Sends a confirmed intent once: nothing while another action or a reload is under way.
  void send(const ActionRequest& request, PageEnv& env);
  SupervisionDetailsState state_;
};

namespace {

std::string attachmentText(const AttachmentInfo& attachment) {
  const std::int64_t kib = (attachment.sizeBytes + 1023) / 1024;
  return attachment.fileName + " (" + std::to_string(kib) + " KiB)";
}

using Fields = std::vector<std::pair<std::string, std::string>>;  // label, value

// The next panel: its fields in a grid of `columns`, or, when there are none yet, what is missing.
void fieldsPanel(Ui& ui, std::string_view title, const std::optional<Fields>& fields, std::string_view missing,
                 int columns) {
  panel(ui, title);
  if (!fields) {
    mutedText(ui, missing);
    return;
  }
  if (!beginFieldGrid(title, columns)) return;
  for (const auto& [label, value] : *fields) field(ui, label, value);
  endFieldGrid();
}

// Panels side by side, so the page stays short on a laptop screen.
template <class... Draw>
void panelRow(const char* id, Draw&&... draw) {
  if (!beginPanels(id, static_cast<int>(sizeof...(Draw)))) return;
  (draw(), ...);
  endPanels();
}

void drawHeader(Ui& ui, Host& host, const SupervisedOrderDetails& details, SupervisionDetailsState& state,
                SupervisionDetailsIntent& intent) {
  ImGui::AlignTextToFramePadding();
  text(ui, tr("sd.order_heading", {{"id", details.order.orderId}}));
  ImGui::SameLine();
  copyButton(ui, host, tr("copy.order_id"), details.order.orderId);
  ImGui::SameLine(0, 16);
  statusBadge(ui, labelOf(details.flow.stage), stageTone(details.flow.stage));
  ImGui::SameLine(0, 16);
  if (button(ui, tr("sd.refresh"), state.details.loading())) intent.reload = true;
  if (state.details.loading()) {
    ImGui::SameLine();
    loadingState(ui, host, tr("common.refreshing"));
  }
}

void drawOrderPanel(Ui& ui, const Order& order) {
  fieldsPanel(ui, tr("sd.order_panel"),
              Fields{{tr("field.order_id"), order.orderId},
                     {tr("field.order_status"), std::string(labelOf(order.status))},
                     {tr("field.product"), order.productName},
                     {tr("field.specification"), order.specification},
                     {tr("field.amount"), formatMoney(order.amount)},
                     {tr("field.billing_mode"), std::string(labelOf(order.billingMode))},
                     {tr("field.created"), formatDateTime(order.createdTime)},
                     {tr("field.paid"), order.paidTime ? formatDateTime(*order.paidTime) : "-"}},
              {}, 2);
}

// The seller's login as soon as the seller provided it, before the flow completes: the buyer
// uses it to check the delivery. The same card (and password reveal) as Resource Details.
void drawApplicationInfo(Ui& ui, Host& host, const SupervisedOrderDetails& details, SupervisionDetailsState& state,
                         SupervisionDetailsIntent& intent) {
  if (details.applicationInfo) {
    drawAppInfoCard(ui, host, state.appInfo, *details.applicationInfo, intent.appInfo);
    return;
  }
  panelRow("app-info-missing", [&] {
    panel(ui, tr("rd.application_info"));
    mutedText(ui, tr("sd.no_app_info"));
  });
}

void drawSellerPanel(Ui& ui, const SellerInfo& seller) {
  panel(ui, tr("rd.seller_info"));
  sellerFields(ui, seller, 1);
}

void drawRequestPanel(Ui& ui, const SupervisedOrderDetails& details) {
  std::optional<Fields> fields;
  if (const auto& request = details.request) {
    fields.emplace();
    for (const FormFieldSpec& spec : details.requestForm) {
      const auto it = request->fields.find(spec.key);
      fields->emplace_back(spec.label, it == request->fields.end() ? std::string() : it->second);
    }
    fields->emplace_back(tr("field.attachment"), request->attachment ? attachmentText(*request->attachment) : "");
    fields->emplace_back(tr("field.submitted"), formatDateTime(request->submittedTime));
  }
  fieldsPanel(ui, tr("sd.latest_request"), fields, tr("sd.no_request"), 2);
}

void drawDeliveryPanel(Ui& ui, const SupervisedOrderDetails& details) {
  std::optional<Fields> fields;
  if (const auto& delivery = details.delivery)
    fields = Fields{{tr("field.statement_of_work"), delivery->statementOfWork},
                    {tr("field.acceptance_document"), delivery->acceptanceDocument.value_or("")},
                    {tr("field.enabling_time"), delivery->enablingTime ? formatDateTime(*delivery->enablingTime)
                                                                       : tr("sd.enabling_on_confirm")},
                    {tr("field.delivered"), formatDateTime(delivery->deliveredTime)}};
  fieldsPanel(ui, tr("sd.latest_delivery"), fields, tr("sd.no_delivery"), 2);
}

void drawHistory(Ui& ui, const SupervisedOrderDetails& details) {
  panel(ui, tr("sd.history"));
  if (details.history.empty()) {
    mutedText(ui, tr("sd.no_history"));
    return;
  }
  const std::vector<Column> columns = {{tr("col.time"), 1.0f, false},
                                      {tr("col.by"), 1.2f, false},
                                      {tr("col.event"), 1.6f, false},
                                      {tr("col.note"), 3.0f, false},
                                      {tr("col.attachment"), 1.3f, false}};
  bool visible = false;
  beginTable(ui, tr("sd.history_table"), columns, -1, SortDirection::None, visible);
  if (visible) {
    for (std::size_t i = 0; i < details.history.size(); ++i) {
      const FlowEvent& event = details.history[i];
      const std::string label(labelOf(event.kind));
      beginRow(ui, label + " " + formatDateTime(event.time), static_cast<int>(i));
      tableCell(ui, formatDateTime(event.time));
      tableCell(ui, actorLabel(event.actor, details.seller.name));
      tableCell(ui, label);
      tableCell(ui, event.note.value_or("-"));
      tableCell(ui, event.attachment ? attachmentText(*event.attachment) : "-");
      endRow(ui);
    }
    endTable(ui);
  }
}

}  // namespace

SupervisionDetailsIntent drawSupervisionDetails(Ui& ui, Host& host, SupervisionDetailsState& state) {
  SupervisionDetailsIntent intent;
  const SupervisedOrderDetails* details = state.details.value();
  if (state.details.error()) {
    IdScope id("load-error");
    intent.reload = errorPanel(ui, host, errorView(tr("common.order_load_failed", {{"id", state.orderId}}), *state.details.error()));
    if (!details && textLink(ui, tr("sd.back_to_supervision"))) intent.go = Route{View::Supervision, {}, {}};
    ImGui::Spacing();
  }
  if (!details) {
    if (state.details.loading()) loadingState(ui, host, tr("sd.loading"));
    return intent;
  }
  drawHeader(ui, host, *details, state, intent);
  ImGui::Spacing();
  drawFlowStepper(ui, *details);
  ImGui::Spacing();
  const bool busy = state.actions.call.loading() || state.details.loading();
  intent.actions = drawActions(ui, host, *details, state.actions, busy);
  if (auto go = drawUnsubscribeEntry(ui, state.unsubscribe)) intent.go = go;
  drawApplicationInfo(ui, host, *details, state, intent);
  panelRow("info-panels", [&] { drawOrderPanel(ui, details->order); }, [&] { drawSellerPanel(ui, details->seller); });
  panelRow("work-panels", [&] { drawRequestPanel(ui, *details); }, [&] { drawDeliveryPanel(ui, *details); });
  panelRow("history-panel", [&] { drawHistory(ui, *details); });
  return intent;
}

void SupervisionDetailsPage::enter(const Route& route, PageEnv& env) {
  maskPassword(state_.appInfo);
  if (route.id != state_.orderId) {
    state_ = SupervisionDetailsState{};
    state_.orderId = route.id;
  }
  load(env);
}

void SupervisionDetailsPage::leave() {
  maskPassword(state_.appInfo);
  state_.details.drop();
  state_.unsubscribe.drop();
  state_.actions.call.drop();
  state_.actions.dialog.reset();
}

void SupervisionDetailsPage::load(PageEnv& env) {
  env.client.supervisedOrder(state_.orderId, state_.details.start());
  state_.unsubscribe.load(env, state_.orderId);
}

void SupervisionDetailsPage::send(const ActionRequest& request, PageEnv& env) {
  ActionsState& actions = state_.actions;
  if (actions.call.loading() || state_.details.loading()) return;  // one request per intent
  const std::string key = idempotencyKeyFor(actions, request);
  auto done = actions.call.start();
  auto& client = env.client;
  const std::string& id = state_.orderId;
  switch (request.action) {
    case BuyerAction::SubmitRequest: client.submitRequest(id, request.submit, key, done); break;
    case BuyerAction::ConfirmAcceptance: client.confirmAcceptance(id, key, done); break;
    case BuyerAction::RejectDelivery: client.rejectDelivery(id, ReasonBody{request.reason}, key, done); break;
    case BuyerAction::Remind: client.remindSeller(id, RemindBody{request.message}, key, done); break;
    case BuyerAction::Appeal: client.initiateAppeal(id, ReasonBody{request.reason}, key, done); break;
  }
}

void SupervisionDetailsPage::draw(Ui& ui, const Route& route, PageEnv& env) {
  ActionsState& actions = state_.actions;
  if (actions.call.value() && actions.sent) {  // the last action succeeded: show its outcome
    env.toasts.show(successText(actions.sent->action), Tone::Success, env.host.nowMs());
    actionSucceeded(actions);
    load(env);
  }
  keepRevealTimer(state_.appInfo, env.host, env.toasts);
  const SupervisionDetailsIntent intent = drawSupervisionDetails(ui, env.host, state_);
  carryOutAppInfoIntent(state_.appInfo, intent.appInfo, env, [&](const std::string& key, auto done) {
    env.client.revealSupervisedPassword(state_.orderId, key, std::move(done));
  });
  if (intent.reload) load(env);
  if (intent.actions.send) send(*intent.actions.send, env);
  if (intent.actions.retry && actions.sent) {
    const ActionRequest again = *actions.sent;  // the same intent: its key is reused
    send(again, env);
  }
  if (intent.actions.go) env.navigator.go(*intent.actions.go);
  if (intent.go) env.navigator.go(*intent.go);
}

std::unique_ptr<ViewPage> makeSupervisionDetailsPage() { return std::make_unique<SupervisionDetailsPage>(); }

}  // namespace koo::ui
