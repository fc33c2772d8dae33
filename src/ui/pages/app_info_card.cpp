// The Application Information card: the password masked as drawn dots (never in the tree while
// masked), the eye icon that fetches it, copy, re-masking after kRevealVisibleMs; only addresses
// isWebUrl (core/url_codec.h) accepts open in a new tab.
#include "app_info_card.h"

#include <cmath>

#include "core/text.h"
#include "core/url_codec.h"
#include "imgui.h"
#include "theme.h"
#include "widgets_data.h"

namespace koo::ui {
namespace {

constexpr std::string_view kMask = "\xE2\x80\xA2\xE2\x80\xA2\xE2\x80\xA2\xE2\x80\xA2"
                                   "\xE2\x80\xA2\xE2\x80\xA2\xE2\x80\xA2\xE2\x80\xA2";  // 8 x U+2022
constexpr int kMaskDots = 8;

// An eye drawn over a frame-sized button; `slashed` is the "hide" form.
// Its name ("Show password") is its accessible name and tooltip; it has no visible label.
bool eyeButton(Ui& ui, std::string_view name, bool slashed, bool disabled) {
  const float height = ImGui::GetFrameHeight();
  // One id for Show and Hide: the mirror keeps the element, so keyboard focus stays on the toggle.
  IdScope id("password-visibility");
  ImGui::BeginDisabled(disabled);
  const bool clicked = ImGui::Button(kUndrawnLabel, ImVec2(height * 1.5f, height));
  ImGui::EndDisabled();
  const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
  const ImVec2 center((min.x + max.x) / 2, (min.y + max.y) / 2);
  const float w = height * 0.38f, h = height * 0.22f;
  const float c = (w * w - h * h) / (2 * h), radius = c + h;  // arcs through both corners and the top
  const ImU32 color = ImGui::GetColorU32(disabled ? theme::palette().muted : theme::palette().text);
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->PathArcTo(ImVec2(center.x, center.y + c), radius, std::atan2(-c, -w), std::atan2(-c, w), 12);
  draw->PathArcTo(ImVec2(center.x, center.y - c), radius, std::atan2(c, w), std::atan2(c, -w), 12);
  draw->PathStroke(color, ImDrawFlags_Closed, 1.5f);
  draw->AddCircleFilled(center, h * 0.7f, color);
  if (slashed) draw->AddLine(ImVec2(center.x - w, center.y + w * 0.8f), ImVec2(center.x + w, center.y - w * 0.8f), color, 1.5f);
  if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) ImGui::SetTooltip("%.*s", static_cast<int>(name.size()), name.data());
  recordItem(ui, Role::Button, name, disabled ? kDisabled | kBusy : kNone);
  return clicked && !disabled;
}

void drawPassword(Ui& ui, Host& host, AppInfoCardState& state, const ApplicationInfo& info,
                  AppInfoCardIntent& intent) {
  nextCell();
  const std::string& password = tr("field.password");
  fieldLabel(password);
  if (!info.hasPassword) {
    fieldValue(ui, password, tr("rd.password_not_provided"));
  } else if (const PasswordReveal* revealed = state.reveal.value()) {
    ImGui::AlignTextToFramePadding();
    fieldValue(ui, password, revealed->password);
    ImGui::SameLine();
    if (eyeButton(ui, tr("rd.hide_password"), true, false)) intent.hide = true;
    ImGui::SameLine();
    if (copyButton(ui, host, tr("rd.copy_password"), revealed->password)) intent.copied = password;
    mutedText(ui, tr("rd.hidden_after", {{"seconds", std::to_string(static_cast<int>(kRevealVisibleMs / 1000))}}));
  } else {
    // Dots drawn as shapes (no font needs the bullet glyph); the tree gets the mask, never the secret.
    ImGui::AlignTextToFramePadding();
    const float dot = 3.0f, step = 10.0f, height = ImGui::GetFrameHeight();
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    for (int i = 0; i < kMaskDots; ++i)
      ImGui::GetWindowDrawList()->AddCircleFilled(ImVec2(pos.x + dot + step * i, pos.y + height / 2), dot,
                                                  ImGui::GetColorU32(theme::palette().text));
    ImGui::Dummy(ImVec2(step * kMaskDots, height));
    recordItem(ui, Role::Text, password + ": " + std::string(kMask));
    ImGui::SameLine();
    if (eyeButton(ui, tr("rd.show_password"), false, state.reveal.loading())) intent.reveal = true;
  }
  endField();
}

// A seller-given address: a link only for http(s), otherwise plain text with a warning.
void drawUrl(Ui& ui, Host& host, std::string_view label, std::string_view what, const std::optional<std::string>& url,
             AppInfoCardIntent& intent) {
  nextCell();
  if (!url || url->empty()) {
    fieldLabel(label);
    fieldValue(ui, label, "-");
    endField();
    return;
  }
  const bool link = isWebUrl(*url);
  if (link)
    mutedText(ui, label);  // the link is named by its address: its label is a node of its own
  else
    fieldLabel(label);
  ImGui::SameLine();
  if (copyButton(ui, host, what, *url)) intent.copied = std::string(label);
  IdScope id(label);  // both URLs may be the same text
  ImGui::PushTextWrapPos(0.0f);
  if (link) {
    if (textLink(ui, *url)) intent.openUrl = *url;
  } else {
    fieldValue(ui, label, *url);
    toneText(ui, tr("rd.not_web_link"), Tone::Warning);
  }
  ImGui::PopTextWrapPos();
  endField();
}

}  // namespace

void drawAppInfoCard(Ui& ui, Host& host, AppInfoCardState& state, const ApplicationInfo& info,
                     AppInfoCardIntent& intent) {
  if (!beginCard(ui, tr("rd.application_info"))) return;
  if (beginFieldGrid("app-info", 2)) {
    if (copyableField(ui, host, tr("field.user_name"), tr("rd.copy_user_name"), info.userName))
      intent.copied = tr("field.user_name");
    drawPassword(ui, host, state, info, intent);
    drawUrl(ui, host, tr("field.management_url"), tr("rd.copy_management_url"), info.adminUrl, intent);
    drawUrl(ui, host, tr("field.frontend_url"), tr("rd.copy_frontend_url"), info.frontEndUrl, intent);
    endFieldGrid();
  }
  if (info.memo && !info.memo->empty()) {
    fieldLabel(tr("field.memo"));
    fieldValue(ui, tr("field.memo"), *info.memo);
  }
  if (const auto& error = state.reveal.error()) {
    ImGui::Spacing();
    if (errorPanel(ui, host, errorView(tr("rd.password_failed"), *error))) intent.reveal = true;
  }
  endCard();
}

void keepRevealTimer(AppInfoCardState& state, Host& host, Toasts& toasts) {
  if (!state.reveal.value()) return;
  const double now = host.nowMs();
  if (!state.revealedAtMs) {  // the answer arrived since the last frame: the intent is done
    state.revealedAtMs = now;
    state.revealKey.clear();
    toasts.announce(tr("announce.password_shown", {{"seconds", std::to_string(static_cast<int>(kRevealVisibleMs / 1000))}}), now);
  }
  const double remaining = *state.revealedAtMs + kRevealVisibleMs - now;
  if (remaining <= 0) {
    maskPassword(state, &toasts, now);
    return;
  }
  host.wakeAfter(remaining);
}

void maskPassword(AppInfoCardState& state, Toasts* said, double nowMs) {
  PasswordReveal* revealed = state.reveal.value();
  if (revealed) wipe(revealed->password);
  if (revealed && said) said->announce(tr("announce.password_hidden"), nowMs);
  state.reveal.reset();
  state.revealedAtMs.reset();
  state.revealKey.clear();
}

void carryOutAppInfoIntent(AppInfoCardState& state, const AppInfoCardIntent& intent, PageEnv& env,
                           const RevealCall& reveal) {
  if (intent.copied) env.toasts.show(tr("toast.copied", {{"what", *intent.copied}}), Tone::Success, env.host.nowMs());
  if (intent.openUrl && isWebUrl(*intent.openUrl)) env.host.openUrl(*intent.openUrl);
  if (intent.hide) maskPassword(state, &env.toasts, env.host.nowMs());
  if (!intent.reveal || state.reveal.loading() || state.reveal.value()) return;  // a double click is one reveal
  // One key per buyer intent: a retry after a failure sends the same key again.
  if (state.revealKey.empty()) state.revealKey = newIdempotencyKey();
  reveal(state.revealKey, state.reveal.start());
}

}  // namespace koo::ui
