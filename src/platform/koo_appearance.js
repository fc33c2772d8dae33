// The console's appearance in the page, linked with --js-library beside koo_platform.js: the
// browser's media queries (colour scheme, forced colours, reduced motion), the host's theme at
// run time (Module.koo.setTheme, for the widget's `theme` attribute) and the keyboard focus the
// canvas draws its ring around. Calls _koo_on_appearance, _koo_on_theme, _koo_on_keyboard_focus
// (js_bridge.h, docs/responsive-and-themes.md); listeners go through KooPlatform.on, so
// koo_js_teardown removes them with the rest.
mergeInto(LibraryManager.library, {
  $KooAppearance__deps: ['$KooPlatform'],
  $KooAppearance: {
    attach: function(root, koo) {
      KooAppearance.watchMedia();
      koo.setTheme = function(name) {
        if (KooPlatform.listening && !KooPlatform.listening.signal.aborted)
          KooPlatform.withString(name || '', function(text) { _koo_on_theme(text); });
      };
      // The ring goes around a control focused from the keyboard (:focus-visible), not one
      // a pointer pressed, and goes when focus leaves the console.
      KooPlatform.on(root, 'focusin', function(e) {
        var focused = e.target.closest && e.target.closest('[data-koo-id]');
        var keyboard = focused && focused.matches(':focus-visible');
        _koo_on_keyboard_focus(keyboard ? Number(focused.dataset.kooId) : 0);
      });
      KooPlatform.on(root, 'focusout', function(e) {
        if (!KooPlatform.mirroring && !root.contains(e.relatedTarget)) _koo_on_keyboard_focus(0);
      });
    },

    // prefers-color-scheme, forced-colors and prefers-reduced-motion, now and on each change.
    watchMedia: function() {
      var queries = ['(prefers-color-scheme: dark)', '(forced-colors: active)', '(prefers-reduced-motion: reduce)']
        .map(function(query) { return matchMedia(query); });
      var report = function() {
        _koo_on_appearance(queries[0].matches ? 1 : 0, queries[1].matches ? 1 : 0, queries[2].matches ? 1 : 0);
      };
      queries.forEach(function(query) { KooPlatform.on(query, 'change', report); });
      report();
    },
  },
});
