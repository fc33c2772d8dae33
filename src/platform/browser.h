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
}
