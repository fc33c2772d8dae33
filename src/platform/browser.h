// The calls from C++ into the page (implemented in koo_platform.js): GL context, DOM mirror,
// history, cursor, fonts and the ready signal. Only the platform layer includes this.
#pragma once

extern "C" {
// Creates the WebGL2 context on Module.canvas, attaches the canvas-scoped input listeners and
// the DOM mirror; returns the GL context handle (0 on failure).
int koo_js_init();
// Replaces the DOM mirror with this JSON array of semantic nodes.
void koo_js_publish_semantics(const char* json);
// Tells the host the first frame is on screen (resolves `ready`, fires the ready event).
void koo_js_notify_ready();
// The route (URL hash) the console opens on, written into `out` (at most `size` bytes).
void koo_js_initial_route(char* out, int size);
// A click moved the console: push a history entry (standalone) and tell the host (navigate).
void koo_js_push_route(const char* route);
// CSS cursor for ImGui's mouse cursor.
void koo_js_set_cursor(int imgui_cursor);
// Bytes of a font the loader fetched before start (0 when none): `slot` 0 body, 1 bold.
int koo_js_font_size(int slot);
void koo_js_font_copy(int slot, unsigned char* out);
// The host's configuration as JSON ({"apiBase", "token", ...}); the length, then the copy.
int koo_js_config_size();
void koo_js_config_copy(char* out, int size);
// Puts text on the system clipboard.
void koo_js_copy_text(const char* text);
// Opens an http(s) URL in a new tab without giving it access to this page.
void koo_js_open_url(const char* url);
// The session token changed ("" when signed out): the host keeps it for reloads.
void koo_js_session_changed(const char* token);
// The backend refused the session: the host's auth-required hook.
void koo_js_auth_required();
}
