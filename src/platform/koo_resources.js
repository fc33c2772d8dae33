// What the loader fetches for the module, linked in with --js-library: the fonts (Module.koo.fonts
// by slot; the Chinese ones on request, Module.koo.loadCjkFont) and the Chinese text catalogue,
// which the module does not compile in (Module.koo.loadCatalogue, once per page, when the console
// first shows Chinese): handed to the module (_koo_on_catalogue), or said to be unavailable.
mergeInto(LibraryManager.library, {
  koo_js_font_size__deps: ['$KooPlatform'],
  koo_js_font_size: function(slot) {
    var fonts = KooPlatform.koo().fonts || [];
    return fonts[slot] ? fonts[slot].byteLength : 0;
  },

  koo_js_font_copy__deps: ['$KooPlatform'],
  koo_js_font_copy: function(slot, out) {
    HEAPU8.set(new Uint8Array(KooPlatform.koo().fonts[slot]), out);
  },

  // The Chinese fonts come only when Chinese text is drawn: the loader fetches them (once per
  // page) and the module rebuilds its atlas with them.
  koo_js_request_font__deps: ['$KooPlatform'],
  koo_js_request_font: function(slot) {
    var koo = KooPlatform.koo();
    if (!koo.loadCjkFont) return;
    koo.loadCjkFont(slot).then(function(bytes) {
      if (!bytes) return;
      koo.fonts[slot] = bytes;
      _koo_on_font_loaded(slot);
    });
  },

  // Diagnostics for hosts and tests: how often the atlas was built and its Chinese characters.
  koo_js_font_atlas_built__deps: ['$KooPlatform'],
  koo_js_font_atlas_built: function(cjkGlyphs, missingGlyphs, characters) {
    var koo = KooPlatform.koo();
    koo.fontAtlas = { builds: ((koo.fontAtlas && koo.fontAtlas.builds) || 0) + 1, cjkGlyphs: cjkGlyphs,
                      missingGlyphs: missingGlyphs, characters: UTF8ToString(characters) };
  },

  koo_js_request_catalogue__deps: ['$KooPlatform'],
  koo_js_request_catalogue: function(tagPtr) {
    var tag = UTF8ToString(tagPtr);
    var koo = KooPlatform.koo();
    var deliver = function(text) {
      KooPlatform.withString(tag, function(tagText) {
        if (typeof text !== 'string') _koo_on_catalogue(tagText, 0);
        else KooPlatform.withString(text, function(json) { _koo_on_catalogue(tagText, json); });
      });
    };
    // The loader fetched it with the page's fonts for a Chinese start: no frame in English first.
    var fetched = koo.catalogues && koo.catalogues[tag];
    if (typeof fetched === 'string') deliver(fetched);
    else if (koo.loadCatalogue) koo.loadCatalogue(tag).then(deliver);
    else deliver(null);
  },
});
