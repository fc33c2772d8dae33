// The entries of changing specifications and buying a trial, from core's rules.
#include "spec_change_entry.h"

#include "core/format.h"
#include "core/renewal.h"
#include "imgui.h"
#include "widgets_data.h"

namespace koo::ui {
namespace {

std::string trialEndText(const PurchasedApp& app, Timestamp now) {
  const std::string date = formatDateTime(*app.expiryTime);
  return tr(*app.expiryTime > now ? "trial.ends" : "trial.ended", {{"date", date}});
}

bool changeable(const PurchasedApp& app) { return isRenewalKind(app) && app.status == ResourceStatus::InUse; }

Route specChangeRoute(const PurchasedApp& app) { return Route{View::SpecChange, app.instanceId, {}}; }

}  // namespace

std::optional<Route> drawSpecChangeRowAction(Ui& ui, const PurchasedApp& app, Timestamp now) {
  if (app.isTrial && app.expiryTime) {
    mutedText(ui, tr("trial.ends_short", {{"date", formatDate(*app.expiryTime)}}));
    if (button(ui, tr("trial.buy"))) return specChangeRoute(app);
  } else if (changeable(app)) {
    if (button(ui, tr("spec.action"))) return specChangeRoute(app);
  }
  return std::nullopt;
}

std::optional<Route> drawSpecChangeCard(Ui& ui, const PurchasedApp& app, Timestamp now) {
  if (!app.isTrial && !isRenewalKind(app)) return std::nullopt;
  if (!beginCard(ui, tr(app.isTrial ? "trial.title" : "spec.action", {{"product", app.productName}}))) return std::nullopt;
  std::optional<Route> go;
  ImGui::PushTextWrapPos(0.0f);
  if (app.users) text(ui, tr("spec.current_users", {{"spec", app.specification}, {"users", std::to_string(*app.users)}}));
  if (app.scheduledChange)
    toneText(ui, tr("spec.scheduled", {{"spec", app.scheduledChange->target.specification},
                                      {"date", formatDate(app.scheduledChange->effectiveFrom)}}),
             Tone::Info);
  if (app.isTrial && app.expiryTime) toneText(ui, trialEndText(app, now), Tone::Info);
  ImGui::PopTextWrapPos();
  // The page explains any refusal (expired, frozen, ...), so the button is always there.
  if (button(ui, tr(app.isTrial ? "trial.buy" : "spec.action"))) go = specChangeRoute(app);
  endCard();
  return go;
}

}  // namespace koo::ui
