// Dear ImGui platform backend for the browser, shaped like Dear ImGui's backends/imgui_impl_*:
// it feeds ImGuiIO from the events koo_platform.js reports on the console's element and hands
// the cursor and copied text back to the page. Rendering is Dear ImGui's own OpenGL3 backend
// (WebGL2); the font atlas is FontAtlas (font_atlas.h).
//
// Implemented features:
//  [X] Keyboard: physical keys by KeyboardEvent.code (shortcuts work in any layout), modifiers,
//      typed characters; keys reach the console only while focus is inside its element.
//  [X] Mouse: position, left/right/middle buttons, wheel; listened for on the console's element
//      only (a press begun inside still ends when released outside).
//  [X] Mouse cursors: Dear ImGui's cursor shapes as CSS cursors on the console's element
//      (ImGuiBackendFlags_HasMouseCursors; mapped by name, see cssCursor in input.h).
//  [~] Clipboard: copy only (Ctrl+C in a field, copy buttons) to the system clipboard. Pasting
//      is the browser's paste event typed in as characters; no GetClipboardTextFn (the browser
//      has no synchronous read).
//  [ ] IME: composition events are not handled; text composed with an input method (Chinese,
//      Japanese, Korean) does not reach text fields. Typed characters come from KeyboardEvent.key.
//  [ ] Gamepad.
//  [~] Touch and pen: Pointer Events arrive as the mouse (taps, short drags); no touch scrolling,
//      no gestures, and Dear ImGui is not told the source (AddMouseSourceEvent).
//  [X] DPI: devicePixelRatio is the framebuffer scale; fonts are rasterized at it (FontAtlas) and
//      everything is redone when it changes (zoom, another screen).
//  [X] Focus: the element gaining or losing focus is AddFocusEvent.
//  [ ] Multiple viewports: one canvas, one Dear ImGui viewport.
//  Beyond Dear ImGui: the DOM mirror (ARIA roles, Tab order, Enter/Space activation, screen
//  readers) clicks through clickAt; see docs/js-bridge.md.
#pragma once

#include <string_view>

#include "imgui.h"

namespace koo::platform {

struct KeyModifiers {
  bool ctrl = false, shift = false, alt = false, meta = false;
};

class BrowserBackend {
 public:
  // Sets up the current Dear ImGui context's IO (backend name and flags, clipboard, no .ini).
  BrowserBackend();

  // Events from the page (the koo_on_* exports forward them here).
  void resize(float cssWidth, float cssHeight, float pixelRatio);
  void pointerMove(float x, float y);
  void pointerButton(int button, bool down);
  void wheel(float dx, float dy);
  void key(std::string_view code, bool down, KeyModifiers modifiers);
  void text(unsigned int codepoint);
  void focus(bool focused);
  // A left click at this point (a mirror element activated without a pointer).
  void clickAt(float x, float y);

  // Before ImGui::NewFrame: time step, display size and framebuffer scale.
  void newFrame(double nowMs);
  // After the frame: passes the cursor Dear ImGui asked for to the page when it changed.
  void updateCursor();
  // Dear ImGui holds input it has not consumed yet (it takes one kind of event per frame).
  bool inputQueued() const;

  float cssWidth() const { return cssWidth_; }
  float cssHeight() const { return cssHeight_; }
  float pixelRatio() const { return pixelRatio_; }

 private:
  float cssWidth_ = 0, cssHeight_ = 0, pixelRatio_ = 1;
  double lastFrameMs_ = 0;
  ImGuiMouseCursor cursor_ = ImGuiMouseCursor_Arrow;
};

}  // namespace koo::platform
