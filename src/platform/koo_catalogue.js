// The Chinese text catalogue for the module, which does not compile it in: the loader fetches it
// (Module.koo.loadCatalogue, once per page) when the console first shows Chinese, and this hands
// it to the module (_koo_on_catalogue), or says it could not be had (a null text).
mergeInto(LibraryManager.library, {
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
