// Dear ImGui platform backend for the browser, shaped like Dear ImGui's backends/imgui_impl_*:
// it feeds ImGuiIO from the events koo_platform.js reports on the console's element and hands
// the cursor, copied text and the field that takes text back to the page. Rendering is Dear ImGui's own OpenGL3 backend
// (WebGL2); the font atlas is FontAtlas (font_atlas.h).
//
// Implemented features:
//  [X] Keyboard: physical keys by KeyboardEvent.code (shortcuts work in any layout), modifiers;
//      keys reach the console only while focus is inside its element.
//  [X] Text input: the mirror's element of the active text field is a real <input> (<textarea>
//      for multi-line, type=password for secrets) that takes focus while Dear ImGui wants text
//      (ImGuiPlatformImeData.WantVisible) and carries Dear ImGui's selection, so the browser's
//      caret, candidate window and on-screen keyboard are where the field is. Committed text of
//      every kind (typed characters, insertText, dead keys, paste, IME commit) arrives as UTF-8;
//      editing keys and shortcuts go through key events.
//  [X] Clipboard: Ctrl+C/X in a field (and copy buttons) write the system clipboard; pasting is
//      the browser's paste event (Ctrl+V or the context menu) typed in as text. Dear ImGui reads
//      no clipboard (GetClipboardTextFn gives nothing: the browser has no synchronous read).
//  [X] IME: composition (pinyin...) happens in the focused <input>, which shows the preedit at
//      the caret, visibly styled, until compositionend commits the text to Dear ImGui. The
//      preedit and candidate window follow the <input>'s own text layout (the browser's font
//      over the field), close to Dear ImGui's caret but not pixel-exact in long or wrapped text.
//  [ ] Gamepad.
//  [~] Touch and pen: Pointer Events arrive as the mouse (taps, short drags); a tap on a text
//      field lands on its <input>, so the on-screen keyboard opens. No touch scrolling, no
//      gestures, and Dear ImGui is not told the source (AddMouseSourceEvent).
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
  // Committed text (UTF-8, zero-terminated): one or more characters for the active field.
  void text(const char* utf8);
  void focus(bool focused);
  // A left click at this point (a mirror element activated without a pointer).
  void clickAt(float x, float y);

  // Before ImGui::NewFrame: time step, display size and framebuffer scale.
  void newFrame(double nowMs);
  // After the frame: passes the cursor Dear ImGui asked for to the page when it changed.
  void updateCursor();
  // After the frame: tells the page which text field wants text and its selection, when either
  // changed (koo_js_text_input).
  void updateTextInput();
  // Dear ImGui holds input it has not consumed yet (it takes one kind of event per frame).
  bool inputQueued() const;

  float cssWidth() const { return cssWidth_; }
  float cssHeight() const { return cssHeight_; }
  float pixelRatio() const { return pixelRatio_; }

 private:
  float cssWidth_ = 0, cssHeight_ = 0, pixelRatio_ = 1;
  double lastFrameMs_ = 0;
  ImGuiMouseCursor cursor_ = ImGuiMouseCursor_Arrow;
  // What the page was last told about text input: the field (0: none) and its selection.
  struct TextInput {
    ImGuiID field = 0;
    int selectionStart = 0, selectionEnd = 0;
    bool operator==(const TextInput&) const = default;
  };
  TextInput textInput_;
};

}  // namespace koo::platform
