// Drawing an unsubscription request and carrying out Withdraw.
#include "unsubscription_details.h"

#include "core/format.h"
#include "imgui.h"
#include "unsubscribe_entry.h"
#include "widgets_data.h"

namespace koo::ui {

class UnsubscriptionDetailsPage : public ViewPage {
 public:
  void enter(const Route& route, PageEnv& env) override;
  void leave() override;
  void draw(Ui& ui, const Route& route, PageEnv& env) override;

 private:
  void load(PageEnv& env) { env.client.unsubscription(state_.requestId, state_.request.start()); }
  void withdraw(PageEnv& env);
  UnsubscriptionDetailsState state_;
};

namespace {

std::string timeOrDash(const std::optional<Timestamp>& time) { return time ? formatDateTime(*time) : "-"; }

// What the status means now, in a sentence, and what the buyer can do about it.
void drawStatusNote(Ui& ui, const UnsubscriptionRequest& request, UnsubscriptionDetailsIntent& intent) {
  ImGui::PushTextWrapPos(0.0f);
  const std::string amount = formatMoney(request.refundAmount);
  switch (request.status) {
    case UnsubscriptionStatus::PendingSellerReview: text(ui, tr("unsub.details.waiting")); break;
    case UnsubscriptionStatus::ApprovedRefunding:
      toneText(ui, tr("unsub.details.refunding", {{"amount", amount}, {"time", timeOrDash(request.expectedRefundTime)}}),
               Tone::Info);
      break;
    case UnsubscriptionStatus::Refunded:
      toneText(ui, tr("unsub.details.refunded_note", {{"amount", amount}, {"time", timeOrDash(request.refundedTime)}}),
               Tone::Success);
      break;
    case UnsubscriptionStatus::Rejected:
      toneText(ui, tr("unsub.details.rejected_note", {{"reason", request.sellerReason.value_or("-")}}), Tone::Warning);
      if (button(ui, tr("unsub.details.submit_again"))) intent.go = unsubscribeRoute(request.orderId);
      break;
    case UnsubscriptionStatus::Withdrawn: mutedText(ui, tr("unsub.details.withdrawn_note")); break;
  }
  ImGui::PopTextWrapPos();
}

void drawRequestCard(Ui& ui, Host& host, const UnsubscriptionRequest& request, UnsubscriptionDetailsIntent& intent) {
  if (!beginCard(ui, tr("unsub.details.request_card"))) return;
  if (beginFieldGrid("request-fields", 3)) {
    copyableField(ui, host, tr("unsub.col.request_id"), tr("unsub.col.request_id"), request.requestId);
    field(ui, tr("field.status"), labelOf(request.status));
    field(ui, tr("field.product"), request.productName);
    field(ui, tr("field.specification"), request.specification);
    field(ui, tr("field.instance_id"), request.instanceId.value_or("-"));
    field(ui, tr("unsub.details.reason"), labelOf(request.reason));
    field(ui, tr("unsub.details.description"), request.description.value_or("-"));
    field(ui, tr("unsub.details.contact"), tr(request.shareContact ? "unsub.details.yes" : "unsub.details.no"));
    field(ui, tr("field.created"), formatDateTime(request.createdTime));
    if (request.sellerReason) field(ui, tr("unsub.details.seller_reason"), *request.sellerReason);
    endFieldGrid();
  }
  if (textLink(ui, tr("unsub.details.order") + " " + request.orderId))
    intent.go = Route{View::OrderDetails, request.orderId, {}};
  endCard();
}

void drawRefundCard(Ui& ui, const UnsubscriptionRequest& request, UnsubscriptionDetailsIntent& intent) {
  if (!beginCard(ui, tr("unsub.details.refund_card"))) return;
  if (beginFieldGrid("refund-fields", 3)) {
    field(ui, tr("unsub.details.paid"), formatMoney(request.paidAmount));
    field(ui, tr("unsub.details.refund"), formatMoney(request.refundAmount));
    field(ui, tr("unsub.details.approved"), timeOrDash(request.approvedTime));
    field(ui, tr("unsub.details.expected"), timeOrDash(request.expectedRefundTime));
    field(ui, tr("unsub.details.refunded"), timeOrDash(request.refundedTime));
    field(ui, tr("unsub.details.refund_order"), request.refundOrderId.value_or("-"));
    endFieldGrid();
  }
  if (request.refundOrderId && textLink(ui, tr("unsub.details.refund_order") + " " + *request.refundOrderId))
    intent.go = Route{View::OrderDetails, *request.refundOrderId, {}};
  endCard();
}

}  // namespace

UnsubscriptionDetailsIntent drawUnsubscriptionDetails(Ui& ui, Host& host, UnsubscriptionDetailsState& state) {
  UnsubscriptionDetailsIntent intent;
  if (const auto& error = state.request.error(); error && !state.request.loading()) {
    IdScope id("load-error");
    if (error->httpStatus == 404) {
      if (emptyState(ui, tr("unsub.details.not_found"), tr("unsub.details.not_found_detail", {{"id", state.requestId}}),
                     tr("unsub.form.back")))
        intent.go = Route{View::Unsubscriptions, {}, {}};
      return intent;
    }
    intent.reload = errorPanel(ui, host, errorView(tr("unsub.details.load_failed", {{"id", state.requestId}}), *error));
  }
  const UnsubscriptionRequest* request = state.request.value();
  if (!request) {
    if (state.request.loading()) loadingState(ui, host, tr("unsub.details.loading"));
    return intent;
  }
  ImGui::AlignTextToFramePadding();
  text(ui, tr("unsub.details.heading", {{"id", request->requestId}}));
  ImGui::SameLine(0, 16);
  statusBadge(ui, labelOf(request->status), unsubscriptionTone(request->status));
  ImGui::SameLine(0, 16);
  if (button(ui, tr("order_details.refresh"), state.request.loading())) intent.reload = true;
  if (request->status == UnsubscriptionStatus::PendingSellerReview) {
    ImGui::SameLine();
    if (button(ui, tr("unsub.withdraw"), state.withdrawing.loading())) state.askingWithdraw = true;
  }
  drawStatusNote(ui, *request, intent);
  if (state.withdrawing.error() && !state.withdrawing.loading())
    intent.retryWithdraw = errorPanel(ui, host, errorView(tr("unsub.withdraw_failed"), *state.withdrawing.error()));
  if (state.askingWithdraw) {
    const std::string title = tr("unsub.withdraw_title", {{"id", request->requestId}});
    const DialogChoice choice =
        confirmDialog(ui, DialogText{title, tr("unsub.withdraw_message"), tr("unsub.withdraw"), true});
    if (choice != DialogChoice::Open) state.askingWithdraw = false;
    if (choice == DialogChoice::Confirmed) intent.withdraw = true;
  }
  ImGui::Spacing();
  drawRequestCard(ui, host, *request, intent);
  drawRefundCard(ui, *request, intent);
  return intent;
}

void UnsubscriptionDetailsPage::enter(const Route& route, PageEnv& env) {
  if (route.id != state_.requestId) {
    state_.withdrawing.drop();
    state_ = UnsubscriptionDetailsState{};
    state_.requestId = route.id;
  }
  load(env);
}

void UnsubscriptionDetailsPage::leave() {
  state_.request.drop();
  state_.askingWithdraw = false;
}

void UnsubscriptionDetailsPage::withdraw(PageEnv& env) {
  const bool unknown = state_.withdrawing.error() && state_.withdrawing.error()->outcomeUnknown();
  if (state_.withdrawKey.empty() || !unknown) state_.withdrawKey = newIdempotencyKey();
  env.client.withdrawUnsubscription(state_.requestId, state_.withdrawKey, state_.withdrawing.start());
}

void UnsubscriptionDetailsPage::draw(Ui& ui, const Route&, PageEnv& env) {
  if (const UnsubscriptionRequest* done = state_.withdrawing.value(); done && !state_.withdrawing.loading()) {
    env.toasts.show(tr("unsub.withdrawn_toast", {{"id", done->requestId}}), Tone::Success, env.host.nowMs());
    state_.withdrawing.reset();
    state_.withdrawKey.clear();
    load(env);
  }
  const UnsubscriptionDetailsIntent intent = drawUnsubscriptionDetails(ui, env.host, state_);
  if (intent.reload) load(env);
  if (intent.withdraw || intent.retryWithdraw) withdraw(env);
  if (intent.go) env.navigator.go(*intent.go);
}

std::unique_ptr<ViewPage> makeUnsubscriptionDetailsPage() { return std::make_unique<UnsubscriptionDetailsPage>(); }

}  // namespace koo::ui
