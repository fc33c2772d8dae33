// Drawing the unsubscription form from its state and sending the confirmed request.
#include "unsubscribe_form.h"

#include "core/format.h"
#include "core/text.h"
#include "imgui.h"
#include "unsubscribe_entry.h"
#include "widgets_data.h"
#include "widgets_form.h"

namespace koo::ui {

class UnsubscribeFormPage : public ViewPage {
 public:
  void enter(const Route& route, PageEnv& env) override;
  void leave() override;
  void draw(Ui& ui, const Route& route, PageEnv& env) override;

 private:
  void load(PageEnv& env) { env.client.orderUnsubscription(state_.orderId, state_.candidate.start()); }
  void send(PageEnv& env, const UnsubscriptionBody& body, bool sameIntent);
  UnsubscribeFormState state_;
};

namespace {

constexpr auto kReasons = allEnumValues<UnsubscriptionReason>();

void drawFields(Ui& ui, UnsubscribeFormState& state, const UnsubscriptionCandidate& candidate) {
  const Money& paid = candidate.paidAmount;
  textField(ui, tr("unsub.form.amount", {{"currency", paid.currency}}), state.amount,
            tr("unsub.form.amount_hint", {{"paid", formatMoney(paid)}}), 240, state.amountProblem.value_or(""));
  ImGui::Spacing();
  std::optional<UnsubscriptionReason> reason;
  if (state.reason >= 0) reason = kReasons[static_cast<std::size_t>(state.reason)];
  if (enumChoice(ui, tr("unsub.form.reason"), reason, kReasons, [](UnsubscriptionReason r) { return labelOf(r); },
                 tr("unsub.form.choose_reason"), 320)) {
    state.reason = -1;
    for (std::size_t i = 0; i < kReasons.size(); ++i)
      if (reason == kReasons[i]) state.reason = static_cast<int>(i);
    state.reasonProblem.reset();
  }
  if (state.reasonProblem) toneText(ui, *state.reasonProblem, Tone::Danger);
  ImGui::Spacing();
  textArea(ui, tr("unsub.form.description"), state.description, 96.0f, state.descriptionProblem.value_or(""));
  mutedText(ui, tr("unsub.form.count", {{"n", std::to_string(characterCount(state.description))},
                                         {"max", std::to_string(unsubscription_rules::kMaxDescription)}}));
  ImGui::Spacing();
  checkbox(ui, tr("unsub.form.share_contact"), state.shareContact);
}

}  // namespace

std::optional<UnsubscriptionBody> checkUnsubscribeForm(UnsubscribeFormState& state, const Money& paid) {
  state.amountProblem.reset();
  state.reasonProblem.reset();
  state.descriptionProblem.reset();
  UnsubscriptionBody body;
  body.orderId = state.orderId;
  body.shareContact = state.shareContact;
  if (!isBlank(state.description)) body.description = state.description;
  const auto amount = parseAmount(state.amount);
  if (!amount) state.amountProblem = tr("unsub.invalid.amount_format");
  body.refundAmount = Money{amount.value_or(1), paid.currency};
  if (state.reason < 0) state.reasonProblem = tr("unsub.invalid.reason_required");
  body.reason = state.reason < 0 ? UnsubscriptionReason::NotMeetRequirements : kReasons[static_cast<std::size_t>(state.reason)];
  // core's rules say the rest, each under its own field.
  UnsubscriptionBody checked = body;
  for (int pass = 0; pass < 3; ++pass) {
    const auto problem = validateUnsubscription(checked, paid);
    if (!problem) break;
    if (problem->path.rfind("$.refundAmount", 0) == 0) {
      if (!state.amountProblem) state.amountProblem = problem->message;
      checked.refundAmount = paid;  // look past it for the other fields' problems
    } else {
      state.descriptionProblem = problem->message;
      checked.description = "-";
      checked.reason = UnsubscriptionReason::NotMeetRequirements;
    }
  }
  if (state.amountProblem || state.reasonProblem || state.descriptionProblem) return std::nullopt;
  return body;
}

UnsubscribeFormIntent drawUnsubscribeForm(Ui& ui, Host& host, UnsubscribeFormState& state) {
  UnsubscribeFormIntent intent;
  if (const auto& error = state.candidate.error(); error && !state.candidate.loading()) {
    if (error->httpStatus == 404) {
      if (emptyState(ui, tr("order_details.not_found"), tr("order_details.not_found_detail", {{"id", state.orderId}}),
                     tr("unsub.form.back")))
        intent.go = Route{View::Unsubscriptions, {}, {}};
      return intent;
    }
    intent.reload = errorPanel(ui, host, errorView(tr("unsub.form.load_failed", {{"id", state.orderId}}), *error));
  }
  const UnsubscriptionCandidate* candidate = state.candidate.value();
  if (!candidate) {
    if (state.candidate.loading()) loadingState(ui, host, tr("unsub.form.loading"));
    return intent;
  }
  heading(ui, tr("unsub.form.heading", {{"name", candidate->productName}}), 2);
  text(ui, tr("unsub.form.order", {{"id", candidate->orderId}, {"paid", formatMoney(candidate->paidAmount)}}));
  mutedText(ui, candidate->specification);
  ImGui::Spacing();
  // Sending keeps the form: eligibility was checked when the form opened, and the backend checks again.
  if (!candidate->eligible && !state.sending.loading() && !state.sent) {
    ImGui::PushTextWrapPos(0.0f);
    toneText(ui, tr("unsub.form.not_eligible"), Tone::Warning);
    if (candidate->refusal) text(ui, candidate->refusal->message);
    ImGui::PopTextWrapPos();
    if (candidate->openRequestId && textLink(ui, tr("unsub.view_request", {{"id", *candidate->openRequestId}})))
      intent.go = unsubscriptionRoute(*candidate->openRequestId);
    if (textLink(ui, tr("unsub.form.back"))) intent.go = Route{View::Unsubscriptions, {}, {}};
    return intent;
  }
  drawFields(ui, state, *candidate);
  ImGui::Spacing();
  if (button(ui, tr("unsub.form.submit"), state.sending.loading()) && checkUnsubscribeForm(state, candidate->paidAmount))
    state.confirming = true;
  ImGui::SameLine();
  if (button(ui, tr("common.cancel"), state.sending.loading())) intent.go = Route{View::Unsubscriptions, {}, {}};
  if (state.sending.loading()) loadingState(ui, host, tr("unsub.form.sending"));
  if (state.sending.error() && !state.sending.loading())
    intent.retry = errorPanel(ui, host, errorView(tr("unsub.form.send_failed"), *state.sending.error()));
  if (state.confirming) {
    const auto body = checkUnsubscribeForm(state, candidate->paidAmount);
    const std::string title = tr("unsub.form.confirm_title", {{"name", candidate->productName}});
    const std::string message =
        tr("unsub.form.confirm_message", {{"amount", body ? formatMoney(body->refundAmount) : std::string()}});
    const DialogChoice choice = confirmDialog(ui, DialogText{title, message, tr("unsub.form.confirm"), true});
    if (choice != DialogChoice::Open) state.confirming = false;
    if (choice == DialogChoice::Confirmed && body) intent.send = body;
  }
  return intent;
}

void UnsubscribeFormPage::enter(const Route& route, PageEnv& env) {
  if (route.id != state_.orderId) {
    state_.sending.drop();
    state_ = UnsubscribeFormState{};  // a new order: a new form
    state_.orderId = route.id;
  }
  load(env);
}

void UnsubscribeFormPage::leave() {
  state_.candidate.drop();
  state_.confirming = false;
}

void UnsubscribeFormPage::send(PageEnv& env, const UnsubscriptionBody& body, bool sameIntent) {
  const bool unknown = state_.sending.error() && state_.sending.error()->outcomeUnknown();
  if (state_.key.empty() || !sameIntent || !unknown) state_.key = newIdempotencyKey();
  state_.sent = body;
  env.client.createUnsubscription(body, state_.key, state_.sending.start());
}

void UnsubscribeFormPage::draw(Ui& ui, const Route&, PageEnv& env) {
  if (const UnsubscriptionRequest* made = state_.sending.value(); made && !state_.sending.loading()) {
    const std::string requestId = made->requestId;
    env.toasts.show(tr("unsub.form.sent", {{"id", requestId}}), Tone::Success, env.host.nowMs());
    state_ = UnsubscribeFormState{};  // sent: the next visit starts afresh
    env.navigator.go(unsubscriptionRoute(requestId));
    return;
  }
  const UnsubscribeFormIntent intent = drawUnsubscribeForm(ui, env.host, state_);
  if (intent.reload) load(env);
  if (intent.send) send(env, *intent.send, intent.send == state_.sent);
  if (intent.retry && state_.sent) send(env, *state_.sent, true);
  if (intent.go) env.navigator.go(*intent.go);
}

std::unique_ptr<ViewPage> makeUnsubscribeFormPage() { return std::make_unique<UnsubscribeFormPage>(); }

}  // namespace koo::ui
