// The browser platform backend (features listed in browser_backend.h): page events into
// ImGuiIO, and the cursor, copied text and the text field wanting input back out through the
// JS bridge.
#include "browser_backend.h"

#include <algorithm>

#include "imgui_internal.h"
#include "input.h"
#include "js_bridge.h"

namespace koo::platform {

BrowserBackend::BrowserBackend() {
  ImGuiIO& io = ImGui::GetIO();
  io.BackendPlatformName = "koo_browser";
  io.BackendFlags |= ImGuiBackendFlags_HasMouseCursors;
  io.IniFilename = nullptr;  // nothing is written to a file system the module does not have
  io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
  // Ctrl+C in a text field goes to the system clipboard; pasting arrives as a paste event, so
  // Dear ImGui's own Ctrl+V finds nothing to paste (it would paste twice).
  io.SetClipboardTextFn = [](void*, const char* text) { koo_js_copy_text(text); };
  io.GetClipboardTextFn = [](void*) -> const char* { return ""; };
  // Dear ImGui calls SetPlatformImeDataFn only when the caret moved, not when the selection did:
  // updateTextInput reads the frame's ImGuiPlatformImeData from the context instead.
  io.SetPlatformImeDataFn = nullptr;
}

void BrowserBackend::resize(float cssWidth, float cssHeight, float pixelRatio) {
  cssWidth_ = cssWidth;
  cssHeight_ = cssHeight;
  pixelRatio_ = pixelRatio > 0 ? pixelRatio : 1.0f;
}

void BrowserBackend::pointerMove(float x, float y) { ImGui::GetIO().AddMousePosEvent(x, y); }

void BrowserBackend::pointerButton(int button, bool down) {
  if (button < 0 || button >= ImGuiMouseButton_COUNT) return;
  ImGui::GetIO().AddMouseButtonEvent(button, down);
}

void BrowserBackend::wheel(float dx, float dy) { ImGui::GetIO().AddMouseWheelEvent(dx, dy); }

void BrowserBackend::key(std::string_view code, bool down, KeyModifiers modifiers) {
  ImGuiIO& io = ImGui::GetIO();
  io.AddKeyEvent(ImGuiMod_Ctrl, modifiers.ctrl);
  io.AddKeyEvent(ImGuiMod_Shift, modifiers.shift);
  io.AddKeyEvent(ImGuiMod_Alt, modifiers.alt);
  io.AddKeyEvent(ImGuiMod_Super, modifiers.meta);
  const ImGuiKey imguiKey = keyFromCode(code);
  if (imguiKey != ImGuiKey_None) io.AddKeyEvent(imguiKey, down);
}

void BrowserBackend::text(const char* utf8) {
  if (utf8) ImGui::GetIO().AddInputCharactersUTF8(utf8);
}

void BrowserBackend::focus(bool focused) { ImGui::GetIO().AddFocusEvent(focused); }

void BrowserBackend::clickAt(float x, float y) {
  ImGuiIO& io = ImGui::GetIO();
  io.AddMousePosEvent(x, y);
  io.AddMouseButtonEvent(ImGuiMouseButton_Left, true);
  io.AddMouseButtonEvent(ImGuiMouseButton_Left, false);
}

void BrowserBackend::newFrame(double nowMs) {
  ImGuiIO& io = ImGui::GetIO();
  // Headless virtual time can freeze the clock; ImGui asserts on a zero DeltaTime.
  io.DeltaTime = static_cast<float>(std::clamp((nowMs - lastFrameMs_) / 1000.0, 1e-4, 0.1));
  lastFrameMs_ = nowMs;
  io.DisplaySize = ImVec2(cssWidth_, cssHeight_);
  io.DisplayFramebufferScale = ImVec2(pixelRatio_, pixelRatio_);
}

void BrowserBackend::updateCursor() {
  if (ImGui::GetMouseCursor() == cursor_) return;
  cursor_ = ImGui::GetMouseCursor();
  koo_js_set_cursor(cssCursor(cursor_));
}

void BrowserBackend::updateTextInput() {
  const ImGuiContext& g = *ImGui::GetCurrentContext();
  TextInput now;
  // WantVisible: an editable field is active (Dear ImGui draws its caret this frame).
  if (g.PlatformImeData.WantVisible && g.ActiveId != 0) {
    now.field = g.ActiveId;
    const ImGuiInputTextState& edit = g.InputTextState;
    if (edit.ID == g.ActiveId) {  // positions in UTF-16 units (ImWchar), as a JS string counts
      const int cursor = edit.Stb.cursor;
      const bool selecting = edit.Stb.select_start != edit.Stb.select_end;
      now.selectionStart = selecting ? std::min(edit.Stb.select_start, edit.Stb.select_end) : cursor;
      now.selectionEnd = selecting ? std::max(edit.Stb.select_start, edit.Stb.select_end) : cursor;
    }
  }
  if (now == textInput_) return;
  textInput_ = now;
  koo_js_text_input(now.field, now.selectionStart, now.selectionEnd);
}

bool BrowserBackend::inputQueued() const { return !ImGui::GetCurrentContext()->InputEventsQueue.empty(); }

}  // namespace koo::platform
