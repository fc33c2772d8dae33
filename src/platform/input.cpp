// KeyboardEvent.code to ImGuiKey (codes name physical keys, so shortcuts work in any layout;
// typed text arrives separately as characters) and ImGui's cursors to CSS cursor keywords.
#include "input.h"

#include <algorithm>
#include <cmath>
#include <utility>

namespace koo::platform {

ImGuiKey keyFromCode(std::string_view code) {
  static constexpr std::pair<std::string_view, ImGuiKey> kNamed[] = {
      {"Tab", ImGuiKey_Tab},           {"ArrowLeft", ImGuiKey_LeftArrow},  {"ArrowRight", ImGuiKey_RightArrow},
      {"ArrowUp", ImGuiKey_UpArrow},   {"ArrowDown", ImGuiKey_DownArrow},  {"PageUp", ImGuiKey_PageUp},
      {"PageDown", ImGuiKey_PageDown}, {"Home", ImGuiKey_Home},            {"End", ImGuiKey_End},
      {"Insert", ImGuiKey_Insert},     {"Delete", ImGuiKey_Delete},        {"Backspace", ImGuiKey_Backspace},
      {"Space", ImGuiKey_Space},       {"Enter", ImGuiKey_Enter},          {"NumpadEnter", ImGuiKey_KeypadEnter},
      {"Escape", ImGuiKey_Escape},     {"ControlLeft", ImGuiKey_LeftCtrl}, {"ControlRight", ImGuiKey_RightCtrl},
      {"ShiftLeft", ImGuiKey_LeftShift}, {"ShiftRight", ImGuiKey_RightShift}, {"AltLeft", ImGuiKey_LeftAlt},
      {"AltRight", ImGuiKey_RightAlt}, {"MetaLeft", ImGuiKey_LeftSuper},   {"MetaRight", ImGuiKey_RightSuper},
  };
  for (const auto& [name, key] : kNamed)
    if (code == name) return key;
  if (code.size() == 4 && code.substr(0, 3) == "Key" && code[3] >= 'A' && code[3] <= 'Z')
    return static_cast<ImGuiKey>(ImGuiKey_A + (code[3] - 'A'));
  if (code.size() == 6 && code.substr(0, 5) == "Digit" && code[5] >= '0' && code[5] <= '9')
    return static_cast<ImGuiKey>(ImGuiKey_0 + (code[5] - '0'));
  return ImGuiKey_None;
}

const char* cssCursor(ImGuiMouseCursor cursor) {
  switch (cursor) {
    case ImGuiMouseCursor_None: return "none";
    case ImGuiMouseCursor_Arrow: return "default";
    case ImGuiMouseCursor_TextInput: return "text";
    case ImGuiMouseCursor_ResizeAll: return "move";
    case ImGuiMouseCursor_ResizeNS: return "ns-resize";
    case ImGuiMouseCursor_ResizeEW: return "ew-resize";
    case ImGuiMouseCursor_ResizeNESW: return "nesw-resize";
    case ImGuiMouseCursor_ResizeNWSE: return "nwse-resize";
    case ImGuiMouseCursor_Hand: return "pointer";
    case ImGuiMouseCursor_NotAllowed: return "not-allowed";
    default: return "default";
  }
}

void TouchScroller::press(float x, float y, double ms) {
  *this = TouchScroller{};  // a new touch stops a flick, as a finger on a moving list does
  down_ = true;
  startX_ = x;
  startY_ = y;
  lastY_ = y;
  lastMs_ = ms;
}

float TouchScroller::move(float x, float y, double ms) {
  if (!down_) return 0;
  if (!dragging_ && std::hypot(x - startX_, y - startY_) < kSlop) return 0;
  dragging_ = true;
  const float scroll = lastY_ - y;  // the finger goes up: the content follows it up
  const double elapsed = std::max(1.0, ms - lastMs_);
  velocity_ = 0.8 * (scroll / elapsed) + 0.2 * velocity_;
  lastY_ = y;
  lastMs_ = ms;
  return scroll;
}

bool TouchScroller::release(double ms, bool momentum) {
  if (!down_) return false;
  down_ = false;
  if (!dragging_) return true;
  flinging_ = momentum && ms - lastMs_ < kStaleMs && std::abs(velocity_) >= kStopSpeed;
  lastMs_ = ms;
  if (!flinging_) velocity_ = 0;
  return false;
}

void TouchScroller::cancel() { *this = TouchScroller{}; }

float TouchScroller::step(double ms) {
  if (!flinging_) return 0;
  const double elapsed = std::max(0.0, ms - lastMs_);
  lastMs_ = ms;
  // The distance covered while the speed decays exponentially over `elapsed`.
  const double decay = std::exp(-elapsed / kDecayMs);
  const double scroll = velocity_ * kDecayMs * (1 - decay);
  velocity_ *= decay;
  if (std::abs(velocity_) < kStopSpeed) {
    flinging_ = false;
    velocity_ = 0;
  }
  return static_cast<float>(scroll);
}

}  // namespace koo::platform
