// Both directions of the bridge between the console module and its page: the koo_js_* calls
// into the page (implemented in koo_platform.js) and the koo_on_* calls the page makes into the
// module (defined in main.cpp, exported as _koo_on_*). docs/js-bridge.md tells the whole story;
// koo_platform.js lists the same names. Only the platform layer includes this.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "core/time_zone.h"

// ---- Module -> page: imports, implemented in koo_platform.js ----
extern "C" {
// Sizes Module.canvas and creates its WebGL2 context, current from then on, on the canvas hidden
// until the first frame (koo_js_notify_ready shows it): the handle, 0 on failure.
int koo_js_create_context();
// Attaches the canvas-scoped input listeners, the size watch and the DOM mirror. Called once a
// console and its context exist.
void koo_js_init();
// The module cannot start (no WebGL2, a broken demo data set): tells the page or the widget's
// host (Module.koo.onFailure), which shows or raises the message.
void koo_js_fail(const char* message);
// Replaces the DOM mirror with this JSON array of semantic nodes (see docs/js-bridge.md).
void koo_js_publish_semantics(const char* json);
// The first frame is drawn: shows the canvas and tells the host (Module.koo.onReady).
void koo_js_notify_ready();
// The route (URL hash) the console opens on, written into `out` (at most `size` bytes).
void koo_js_initial_route(char* out, int size);
// A click moved the console: push a history entry (standalone) and tell the host (onNavigate).
void koo_js_push_route(const char* route);
// Sets the CSS cursor (a CSS cursor keyword: "default", "text", "pointer"...) on the console.
void koo_js_set_cursor(const char* css_cursor);
// The console's language changed ("en", "zh-CN"): the mirror's `lang` attribute, so screen
// readers pronounce its text in that language.
void koo_js_set_language(const char* tag);
// Bytes of a font the loader fetched (0 when none): slot 0 body, 1 bold, 2 Chinese, 3 Chinese
// fallback (the characters outside the subset).
int koo_js_font_size(int slot);
void koo_js_font_copy(int slot, unsigned char* out);
// Chinese text must be drawn and the font of `slot` (2 or 3) is not there: fetch it, then call
// koo_on_font_loaded(slot).
void koo_js_request_font(int slot);
// The catalogue of the locale `tag` ("zh-CN") is not compiled in: fetch it (or take the one the
// loader fetched at start), then call koo_on_catalogue(tag, json), json null when it cannot be had.
void koo_js_request_catalogue(const char* tag);
// The font atlas was rebuilt holding `cjk_glyphs` Chinese characters and lacking
// `missing_glyphs` of those seen; `characters` (UTF-8): the ones it learned from the texts drawn,
// Latin and Chinese, beyond those it starts with (Module.koo.fontAtlas).
void koo_js_font_atlas_built(int cjk_glyphs, int missing_glyphs, const char* characters);
// Minutes east of UTC at `epoch_ms` in the IANA zone `zone_name` ("" or an unknown name: the
// browser's own zone), from the browser's time zone database.
int koo_js_utc_offset_minutes(const char* zone_name, double epoch_ms);
// The host's configuration as JSON ({"apiBase", "token", ...}): its size (with the terminating
// zero), then the copy; after the copy no Module property holds the token any more.
int koo_js_config_size();
void koo_js_config_copy(char* out, int size);
// The text field Dear ImGui edits (its ImGui ID, which is its mirror node's id; 0: none) and its
// selection in UTF-16 units (start == end: the caret): the page focuses the field's mirror
// <input> (when focus is in the console) so typing, IME and on-screen keyboards land there.
void koo_js_text_input(unsigned int field, int selection_start, int selection_end);
// Puts text on the system clipboard.
void koo_js_copy_text(const char* text);
// Opens an http(s) URL in a new tab without giving it access to this page.
void koo_js_open_url(const char* url);
// Saves `size` bytes at `bytes` as the file `file_name` of type `mime_type` through the
// browser's download (a Blob and an <a download>): the exports' CSV files.
void koo_js_download(const char* file_name, const char* mime_type, const unsigned char* bytes, int size);
// Prints `size` bytes of UTF-8 HTML at `bytes` (an invoice): a hidden <iframe srcdoc> on the page
// whose window is asked to print once loaded, then removed; the document needs no script.
void koo_js_print_html(const unsigned char* bytes, int size);
// The session token changed ("" when signed out): the host keeps it for reloads (onSession).
void koo_js_session_changed(const char* token);
// The backend refused the session: the host's auth-required hook (onAuthRequired).
void koo_js_auth_required();
// Drops every listener, the size watch, the mirror and the GL context (after koo_shutdown).
void koo_js_teardown();
// A frame was drawn: it started at `started_ms` (performance.now()), took `cpp_ms` in C++
// (drawing, GL calls, everything but the mirror), of which `atlas_ms` rebuilding the font atlas
// (-1: no rebuild), and `mirror_ms` sending the semantics tree and updating the mirror's DOM.
// koo_perf.js keeps them in Module.koo.perf and marks the first frame with table rows.
void koo_js_frame_drawn(double started_ms, double cpp_ms, double mirror_ms, double atlas_ms);
}

// ---- Page -> module: exports, called by koo_platform.js (and the widget) ----
// Every one asks for a few frames so Dear ImGui can react and settle. None runs before the
// console exists: koo_js_init, which attaches the listeners, is called only after that.
extern "C" {
// The console's element has this CSS size and the screen this devicePixelRatio.
void koo_on_resize(float width, float height, float pixel_ratio);
// Pointer position in CSS pixels from the canvas' top left (-FLT_MAX: the pointer left).
void koo_on_pointer_move(float x, float y);
// Button 0 left, 1 right, 2 middle (Dear ImGui's numbering); down 1 pressed, 0 released.
void koo_on_pointer_button(int button, int down);
// Wheel steps (positive: left, up), already scaled from the event's delta mode.
void koo_on_wheel(float dx, float dy);
// A key by KeyboardEvent.code ("KeyA", "Enter") with the modifiers held.
void koo_on_key(const char* code, int down, int ctrl, int shift, int alt, int meta);
// Committed text, UTF-8: a typed character, a paste, insertText, an IME's compositionend.
void koo_on_text(const char* utf8);
// Focus entered (1) or left (0) the console's element.
void koo_on_focus(int focused);
// The route to show: back/forward or a typed hash (standalone), the `page` attribute (widget).
void koo_on_route(const char* route);
// The browser scrolled the mirror by dy to show an element: scroll the content instead.
void koo_on_scroll_into_view(float dy);
// A mirror element was activated without a pointer (keyboard, screen reader): click its center.
void koo_on_mirror_activate(unsigned int node_id);
// The font asked for by koo_js_request_font is in Module.koo.fonts[slot].
void koo_on_font_loaded(int slot);
// The catalogue asked for by koo_js_request_catalogue: its JSON text, or null when unavailable.
void koo_on_catalogue(const char* tag, const char* json);
// A finger on the console (pointerType "touch"): phase 0 down, 1 move, 2 up, 3 cancel, at CSS
// pixels from the canvas' corner. A tap clicks, a drag scrolls, a flick goes on (TouchScroller).
void koo_on_touch(int phase, float x, float y);
// The browser's media queries, at start and on each change: prefers-color-scheme: dark,
// forced-colors: active, prefers-reduced-motion: reduce (1 when they match).
void koo_on_appearance(int prefers_dark, int forced_colors, int reduced_motion);
// The host's theme changed at run time ("light", "dark"; anything else: follow the browser).
void koo_on_theme(const char* name);
// The mirror element with keyboard focus (:focus-visible) is this node's; 0: none, or focus came
// from a pointer. The canvas draws the focus ring around it.
void koo_on_keyboard_focus(unsigned int node_id);
// The host removed the widget: stop frames, free ImGui and GL objects, then koo_js_teardown.
void koo_on_shutdown();
}

namespace koo::platform {

// The font the loader fetched for `slot` (empty when there is none).
std::vector<unsigned char> takeHostFont(int slot);
// The host's configuration (an object; {} when absent or not JSON). Takes the token out of the page.
nlohmann::json takeHostConfig();
// A string member of the configuration, "" when absent or not a string.
std::string configString(const nlohmann::json& config, const char* key);
// The buyer's zone: the IANA `zoneName` (the configuration's timeZone), else the browser's.
TimeZone browserTimeZone(const std::string& zoneName);

}  // namespace koo::platform
