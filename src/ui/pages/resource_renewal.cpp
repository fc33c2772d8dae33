// Resource Details' renewal card, from core's renewal rules.
#include "resource_renewal.h"

#include "core/format.h"
#include "core/renewal.h"
#include "imgui.h"
#include "renewal_dialogs.h"
#include "widgets_data.h"

namespace koo::ui {

RenewalCardIntent drawRenewalCard(Ui& ui, const PurchasedApp& app, Timestamp now, bool busy) {
  RenewalCardIntent intent;
  if (!isRenewalKind(app) || !beginCard(ui, tr("view.renewals"))) return intent;
  ImGui::PushTextWrapPos(0.0f);
  const std::string explanation = expiryExplanation(app, now);
  if (!explanation.empty())
    toneText(ui, explanation, app.status == ResourceStatus::Frozen ? Tone::Danger : Tone::Warning);
  if (auto refused = renewalRefusal(app, now)) mutedText(ui, refused->message);
  fieldLabel(tr("renewals.auto_renew_field"));
  fieldValue(ui, tr("renewals.auto_renew_field"), autoRenewText(app, now));
  endField();
  ImGui::PopTextWrapPos();
  intent.renew = button(ui, tr("renewals.renew"), busy);
  ImGui::SameLine();
  const bool canSwitch = app.status == ResourceStatus::InUse && app.renewalOffer.has_value();
  intent.switchAutoRenew = button(ui, tr(app.autoRenewPeriod ? "renewals.auto_off" : "renewals.auto_on"), busy || !canSwitch);
  endCard();
  return intent;
}

}  // namespace koo::ui
