// Expiry reminders: loading and dismissing them, the frame's summary strip and Purchased Apps'
// list of reminders, each drawn to wrap within a 320 px console.
#include "expiry_reminders.h"

#include "core/format.h"
#include "imgui.h"

namespace koo::ui {
namespace {

// Text from here on wraps at the content's right edge (a narrow console), until popped.
struct Wrapped {
  Wrapped() { ImGui::PushTextWrapPos(0.0f); }
  ~Wrapped() { ImGui::PopTextWrapPos(); }
};

// The next item on this line when `width` more pixels fit, else on the next line.
void besideIfFits(float width) {
  ImGui::SameLine(0, 12);
  if (ImGui::GetContentRegionAvail().x < width) ImGui::NewLine();
}

float buttonWidth(const std::string& label) {
  return ImGui::CalcTextSize(label.c_str()).x + ImGui::GetStyle().FramePadding.x * 2;
}

// A button showing `label` whose accessible name says which app it is for (the name starts with
// the label, so speech input finds it by what it shows).
bool buttonFor(Ui& ui, const std::string& label, const std::string& name) {
  const bool clicked = ImGui::Button(label.c_str());
  recordItem(ui, Role::Button, name);
  return clicked;
}

std::string appName(const ExpiryReminder& r) { return r.productName + " (" + r.instanceId + ")"; }

// What the reminder says, and in which tone: auto-renewing and trials inform, the rest warn.
std::pair<std::string, Tone> reminderText(const ExpiryReminder& r) {
  const std::string app = appName(r), date = formatDate(r.expiryTime), until = r.until ? formatDate(*r.until) : "";
  auto say = [&](const char* key) { return tr(key, {{"app", app}, {"date", date}, {"until", until}}); };
  if (r.trial) return {say("remind.trial_ends"), Tone::Info};
  if (r.autoRenew) return {say("remind.renews"), Tone::Info};
  switch (r.stage) {
    case ReminderStage::Within30Days: return {say("remind.expires_30"), Tone::Warning};
    case ReminderStage::Within7Days: return {say("remind.expires_7"), Tone::Warning};
    case ReminderStage::Expired: return {say("remind.expired"), Tone::Danger};
    case ReminderStage::Frozen: return {say("remind.frozen"), Tone::Danger};
  }
  return {"", Tone::Neutral};
}

Route renewalsFiltered(ReminderStage stage) {
  return Route{View::Renewals, {}, {{"expires", std::string(toString(renewalsFilterOf(stage)))}}};
}

// The reminders' region: a named group, so a screen reader can find it and skip it.
void openRegion(Ui& ui) {
  ui.semantics.add(SemanticNode{ImGui::GetID("expiry-reminders"), Role::Region, tr("remind.region"), {}, kNone, 0,
                                Rect{ImGui::GetCursorScreenPos().x, ImGui::GetCursorScreenPos().y,
                                     ImGui::GetContentRegionAvail().x, ImGui::GetTextLineHeight()}});
  ui.semantics.openGroup();
}

// One line of the strip: what, then the link to those apps.
void stripLine(Ui& ui, int count, const char* key, Tone tone, const char* linkKey, const Route& target,
               Navigator& navigator) {
  if (count == 0) return;
  IdScope id(key);
  toneText(ui, tr(key, {{"count", std::to_string(count)}}), tone);
  if (!linkKey) return;
  const std::string& link = tr(linkKey);
  besideIfFits(ImGui::CalcTextSize(link.c_str()).x);
  if (textLink(ui, link)) navigator.go(target);
}

// Purchased Apps with the list of reminders above its own list.
class PurchasedAppsWithReminders final : public ViewPage {
 public:
  explicit PurchasedAppsWithReminders(std::unique_ptr<ViewPage> list) : list_(std::move(list)) {}
  void enter(const Route& route, PageEnv& env) override { list_->enter(route, env); }
  void leave() override { list_->leave(); }
  void draw(Ui& ui, const Route& route, PageEnv& env) override {
    if (env.reminders) drawReminderList(ui, env);
    list_->draw(ui, route, env);
  }

 private:
  void drawReminderList(Ui& ui, PageEnv& env) {
    const auto* items = env.reminders->items();
    if (!items || items->empty()) return;
    IdScope scope("reminder-list");
    openRegion(ui);
    heading(ui, tr("remind.heading"), 2);
    const std::vector<ExpiryReminder> shown = *items;  // a click below may replace the list
    for (const auto& reminder : shown) {
      IdScope id(reminder.instanceId);
      Wrapped wrap;
      const auto [message, tone] = reminderText(reminder);
      toneText(ui, message, tone);
      const std::string& renew = tr("apps.renew");
      const std::string& dismiss = tr("remind.dismiss");
      if (!reminder.trial) {
        besideIfFits(buttonWidth(renew));
        if (buttonFor(ui, renew, tr("remind.renew_name", {{"app", appName(reminder)}})))
          env.navigator.go(Route{View::Renewals, {}, {{"q", reminder.instanceId}}});
      }
      besideIfFits(buttonWidth(dismiss));
      if (buttonFor(ui, dismiss, tr("remind.dismiss_name", {{"app", appName(reminder)}})))
        env.reminders->dismiss(reminder, env);
    }
    ui.semantics.closeGroup();
    ImGui::Dummy(ImVec2(0, 8));
  }

  std::unique_ptr<ViewPage> list_;
};

}  // namespace

// Loaded once a session starts, and again whenever the buyer comes to Purchased Apps, which
// lists them (a dismissal answers with the list itself). Not on every view: a strip that grew
// or shrank while the buyer was in the middle of another view would move its content under
// the pointer.
void ExpiryReminders::follow(const Route& route, PageEnv& env) {
  if (view_ == route.view) return;
  const bool first = !view_.has_value();
  view_ = route.view;
  if (first || route.view == View::PurchasedApps) env.client.listExpiryReminders(list_.start());
}

void ExpiryReminders::dismiss(const ExpiryReminder& reminder, PageEnv& env) {
  auto apply = list_.start();
  std::weak_ptr<bool> alive = alive_;
  const std::string name = appName(reminder);
  Toasts& toasts = env.toasts;
  Host& host = env.host;
  env.client.dismissExpiryReminder(
      reminder.instanceId, ReminderDismissBody{reminder.stage}, newIdempotencyKey(),
      [apply, alive, name, &toasts, &host](api::ApiResult<ItemList<ExpiryReminder>> answer) {
        if (alive.expired()) return;
        const bool ok = answer.ok();
        apply(std::move(answer));
        toasts.show(tr(ok ? "remind.dismissed" : "remind.dismiss_failed", {{"app", name}}),
                    ok ? Tone::Success : Tone::Danger, host.nowMs());
      });
}

void ExpiryReminders::reset() {
  list_.reset();
  view_.reset();
  announced_ = false;
}

std::string ExpiryReminders::takeAnnouncement() {
  const auto* list = items();
  if (announced_ || !list || list->empty()) return {};
  announced_ = true;
  const ReminderCounts counts = countReminders(*list);
  return tr("remind.announce", {{"count", std::to_string(counts.total())}});
}

const std::vector<ExpiryReminder>* ExpiryReminders::items() const {
  const auto* list = list_.value();
  return list ? &list->items : nullptr;
}

void drawReminderStrip(Ui& ui, const ExpiryReminders& reminders, const Route& route, Navigator& navigator) {
  if (route.view == View::PurchasedApps) return;  // it lists each reminder itself
  const auto* items = reminders.items();
  if (!items || items->empty()) return;
  const ReminderCounts counts = countReminders(*items);
  IdScope scope("reminder-strip");
  Wrapped wrap;
  openRegion(ui);
  stripLine(ui, counts.frozen, "remind.strip.frozen", Tone::Danger, "remind.show.frozen",
            renewalsFiltered(ReminderStage::Frozen), navigator);
  stripLine(ui, counts.expired, "remind.strip.expired", Tone::Danger, "remind.show.expired",
            renewalsFiltered(ReminderStage::Expired), navigator);
  stripLine(ui, counts.within7Days, "remind.strip.within_7", Tone::Warning, "remind.show.within_7",
            renewalsFiltered(ReminderStage::Within7Days), navigator);
  stripLine(ui, counts.within30Days, "remind.strip.within_30", Tone::Warning, "remind.show.within_30",
            renewalsFiltered(ReminderStage::Within30Days), navigator);
  stripLine(ui, counts.renewing, "remind.strip.renewing", Tone::Info, "remind.show.renewing",
            Route{View::Renewals, {}, {{"autoRenew", "ON"}}}, navigator);
  // Trials are not in Renewals: the link below lists them with the rest.
  stripLine(ui, counts.trialsEnding, "remind.strip.trials", Tone::Info, nullptr, {}, navigator);
  const std::string& review = tr("remind.review_all");
  if (textLink(ui, review)) navigator.go(View::PurchasedApps);
  ui.semantics.closeGroup();
  ImGui::Dummy(ImVec2(0, 8));
}

std::unique_ptr<ViewPage> withExpiryReminders(std::unique_ptr<ViewPage> list) {
  return std::make_unique<PurchasedAppsWithReminders>(std::move(list));
}

}  // namespace koo::ui
