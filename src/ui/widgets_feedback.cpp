// Loading, error, empty and confirmation widgets, and the toast stack.
#include "widgets_feedback.h"

#include <algorithm>
#include <cmath>
#include <functional>

#include "core/text.h"
#include "imgui.h"
#include "imgui_internal.h"
#include "theme.h"
#include "widgets_form.h"

namespace koo::ui {
namespace {
constexpr double kToastMs = 4000;
constexpr double kSpinnerFrameMs = 50;
}  // namespace

void loadingState(Ui& ui, Host& host, std::string_view text) {
  const double t = host.nowMs() / 1000.0;
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  const float radius = 8.0f;
  const ImVec2 center(pos.x + radius, pos.y + ImGui::GetTextLineHeight() / 2);
  ImDrawList* draw = ImGui::GetWindowDrawList();
  // Under prefers-reduced-motion the arc stands still and asks for no frames.
  const bool still = theme::reducedMotion();
  const float start = still ? 0.0f : static_cast<float>(std::fmod(t * 6.0, 6.2831853));
  draw->PathArcTo(center, radius, start, start + 4.2f, 24);
  draw->PathStroke(ImGui::GetColorU32(theme::palette().accent), 0, 2.0f);
  ImGui::Dummy(ImVec2(radius * 2 + 6, ImGui::GetTextLineHeight()));
  ImGui::SameLine();
  ImGui::TextUnformatted(text.data(), text.data() + text.size());
  recordItem(ui, Role::Status, text, kBusy);
  if (!still) host.wakeAfter(kSpinnerFrameMs);
}

namespace {
// Milliseconds until Retry may be clicked for this error, 0 when it may be now. The deadline is
// kept in Dear ImGui's per-window storage under the error's identity (request ID and message).
double retryWaitMs(Host& host, const ErrorView& error) {
  if (error.retryAfterSeconds <= 0) return 0;
  ImGuiStorage* storage = ImGui::GetStateStorage();
  const ImGuiID key = ImGui::GetID((error.requestId + "|" + error.message).c_str());
  const double now = host.nowMs();
  float deadlineSeconds = storage->GetFloat(key, -1.0f);
  if (deadlineSeconds < 0) {
    deadlineSeconds = static_cast<float>((now + error.retryAfterSeconds * 1000.0) / 1000.0);
    storage->SetFloat(key, deadlineSeconds);
  }
  return std::max(0.0, deadlineSeconds * 1000.0 - now);
}
}  // namespace

bool errorPanel(Ui& ui, Host& host, const ErrorView& error) {
  ImGui::PushStyleColor(ImGuiCol_ChildBg, theme::palette().dangerSurface);
  ImGui::PushStyleColor(ImGuiCol_Border, theme::palette().danger);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(16, 12));
  ImGui::BeginChild("error", ImVec2(0, 0),
                    ImGuiChildFlags_Border | ImGuiChildFlags_AutoResizeY | ImGuiChildFlags_AlwaysUseWindowPadding);
  // A new panel reaches its height a frame later, and Dear ImGui hit-tests against the last
  // frame's windows: draw that frame now, so a click aimed at Retry lands on the settled panel.
  if (ImGui::IsWindowAppearing() || ImGui::GetCurrentWindow()->AutoFitFramesY > 0) host.wakeAfter(0);
  // Title and detail are drawn apart and reported as one alert node, so a screen reader reads
  // the whole text at once.
  ImGui::PushStyleColor(ImGuiCol_Text, theme::palette().danger);
  ImGui::TextUnformatted(error.title.c_str());
  ImGui::PopStyleColor();
  std::string detail = error.message;
  if (!error.requestId.empty()) detail += "\n" + tr("error.request_id", {{"id", error.requestId}});
  ImGui::TextWrapped("%s", detail.c_str());
  const ImVec2 min = ImGui::GetWindowPos(), size = ImGui::GetWindowSize();
  ui.semantics.add(SemanticNode{ImGui::GetID("alert"), Role::Alert, tr("error.alert", {{"title", error.title}, {"detail", detail}}), {}, kNone, 0,
                                Rect{min.x, min.y, size.x, size.y}});
  const double waitMs = retryWaitMs(host, error);
  if (waitMs > 0) host.wakeAfter(waitMs);  // enable Retry when the wait is over
  const bool retry = button(ui, tr("common.retry"), waitMs > 0);
  ImGui::EndChild();
  ImGui::PopStyleVar();
  ImGui::PopStyleColor(2);
  return retry;
}

bool emptyState(Ui& ui, std::string_view title, std::string_view detail, std::string_view linkLabel) {
  ImGui::Dummy(ImVec2(0, 24));
  heading(ui, title, 2);  // right under the view's h1 (heading levels go one step at a time)
  if (!detail.empty()) mutedText(ui, detail);
  return !linkLabel.empty() && textLink(ui, linkLabel);
}

namespace {
// The scaffold of every dialog: a centred modal with its message, as a Dialog node grouping what
// is drawn inside. Call endDialog only when beginDialog returned true.
bool beginDialog(Ui& ui, const DialogText& dialog, float width) {
  const std::string title(dialog.title);
  if (!ImGui::IsPopupOpen(title.c_str())) ImGui::OpenPopup(title.c_str());
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  // Centred and never wider than the console (a 320 px phone), also after a resize.
  ImGui::SetNextWindowPos(viewport->GetCenter(), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(theme::layout().dialogWidth(width, viewport->Size.x), 0));
  if (!ImGui::BeginPopupModal(title.c_str(), nullptr, ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoSavedSettings))
    return false;
  const ImVec2 pos = ImGui::GetWindowPos(), size = ImGui::GetWindowSize();
  ui.semantics.add(SemanticNode{ImGui::GetID("dialog"), Role::Dialog, title, {}, kNone, 0,
                                Rect{pos.x, pos.y, size.x, size.y}});
  ui.semantics.openGroup();  // the dialog's texts, fields and buttons are its children
  ImGui::PushTextWrapPos(0.0f);
  text(ui, dialog.message);
  ImGui::PopTextWrapPos();
  ImGui::Spacing();
  return true;
}

// Confirm and Cancel (or Escape); `confirmAllowed` may keep the dialog open after Confirm.
DialogChoice dialogButtons(Ui& ui, const DialogText& dialog, const std::function<bool()>& confirmAllowed) {
  DialogChoice choice = DialogChoice::Open;
  if (dialog.danger) ImGui::PushStyleColor(ImGuiCol_Text, theme::palette().danger);
  const bool confirm = button(ui, dialog.confirmLabel);
  if (dialog.danger) ImGui::PopStyleColor();
  if (confirm && confirmAllowed()) choice = DialogChoice::Confirmed;
  ImGui::SameLine();
  if (button(ui, tr("common.cancel")) || ImGui::IsKeyPressed(ImGuiKey_Escape)) choice = DialogChoice::Cancelled;
  return choice;
}

DialogChoice endDialog(Ui& ui, DialogChoice choice) {
  if (choice != DialogChoice::Open) ImGui::CloseCurrentPopup();
  ui.semantics.closeGroup();
  ImGui::EndPopup();
  return choice;
}
}  // namespace

DialogChoice confirmDialog(Ui& ui, const DialogText& dialog) {
  if (!beginDialog(ui, dialog, 440)) return DialogChoice::Cancelled;
  return endDialog(ui, dialogButtons(ui, dialog, [] { return true; }));
}

DialogChoice contentDialog(Ui& ui, const DialogText& dialog, float width, const std::function<void()>& content,
                           const std::function<bool()>& confirmAllowed) {
  if (!beginDialog(ui, dialog, width)) return DialogChoice::Cancelled;
  content();
  ImGui::Spacing();
  return endDialog(ui, dialogButtons(ui, dialog, confirmAllowed));
}

std::optional<std::string> reasonProblem(const std::string& text, const ReasonField& field) {
  if (field.required && isBlank(text)) return tr("validation.reason_required");
  const std::size_t count = characterCount(text);
  if (count > field.maxCharacters)
    return tr("validation.too_long", {{"max", std::to_string(field.maxCharacters)}, {"count", std::to_string(count)}});
  return std::nullopt;
}

DialogChoice reasonDialog(Ui& ui, const DialogText& dialog, const ReasonField& field, std::string& text,
                          std::optional<std::string>& problem) {
  if (!beginDialog(ui, dialog, 480)) return DialogChoice::Cancelled;
  if (problem) problem = reasonProblem(text, field);  // clears as the buyer fixes it
  textArea(ui, field.label, text, 90, problem.value_or(""));
  mutedText(ui, tr("validation.character_count", {{"count", std::to_string(characterCount(text))},
                                                   {"max", std::to_string(field.maxCharacters)}}));
  ImGui::Spacing();
  return endDialog(ui, dialogButtons(ui, dialog, [&] {
                     problem = reasonProblem(text, field);
                     return !problem;
                   }));
}

void Toasts::show(std::string text, Tone tone, double nowMs) {
  announce(text, nowMs);
  items_.push_back(Item{std::move(text), tone, nowMs + kToastMs});
}

void Toasts::draw(Ui& ui, Host& host) {
  const double now = host.nowMs();
  items_.erase(std::remove_if(items_.begin(), items_.end(), [&](const Item& item) { return item.untilMs <= now; }),
               items_.end());
  if (items_.empty()) return;
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(ImVec2(viewport->Pos.x + viewport->Size.x - 24, viewport->Pos.y + 64), ImGuiCond_Always,
                          ImVec2(1, 0));
  ImGui::SetNextWindowBgAlpha(0.96f);
  ImGui::Begin("toasts", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoFocusOnAppearing |
                   ImGuiWindowFlags_NoNav | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings);
  double nextExpiry = items_.front().untilMs;
  for (std::size_t i = 0; i < items_.size(); ++i) {
    statusBadge(ui, items_[i].text, items_[i].tone);
    nextExpiry = std::min(nextExpiry, items_[i].untilMs);
  }
  ImGui::End();
  host.wakeAfter(std::max(1.0, nextExpiry - now));  // redraw when the next one expires
}

}  // namespace koo::ui
