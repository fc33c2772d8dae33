// What the console hands to the browser, linked into the module with --js-library: text to the
// clipboard, an http(s) link to a new tab, a file to download, a document to print (docs/js-bridge.md).

mergeInto(LibraryManager.library, {
  koo_js_copy_text: function(text) {
    var value = UTF8ToString(text);
    var fallback = function() {
      // Older or non-secure contexts: a temporary text area and the copy command.
      var area = document.createElement('textarea');
      area.value = value;
      area.setAttribute('aria-hidden', 'true');
      area.style.position = 'fixed';
      area.style.opacity = '0';
      document.body.appendChild(area);
      area.select();
      try { document.execCommand('copy'); } catch (e) {}
      area.remove();
    };
    if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(value).catch(fallback);
    else fallback();
  },

  koo_js_open_url: function(url) {
    var href = UTF8ToString(url);
    // The C++ side checked the scheme; check again here, where the browser acts on it.
    if (!/^https?:\/\//i.test(href)) return;
    var opened = window.open(href, '_blank', 'noopener,noreferrer');
    if (opened) opened.opener = null;
  },

  koo_js_download: function(fileName, mimeType, bytes, size) {
    // A copy of the bytes (the heap may grow and move), a Blob URL and a click on an <a download>
    // that is never attached: the same in the page, in a widget's shadow root and offline.
    var blob = new Blob([HEAPU8.slice(bytes, bytes + size)], { type: UTF8ToString(mimeType) });
    var url = URL.createObjectURL(blob);
    var link = document.createElement('a');
    link.href = url;
    link.download = UTF8ToString(fileName);
    link.rel = 'noopener';
    link.click();
    // The browser reads the Blob after the click returns: free it a while later.
    setTimeout(function() { URL.revokeObjectURL(url); }, 60000);
  },

  koo_js_print_html: function(bytes, size) {
    // A hidden iframe whose document is the HTML (srcdoc: same origin, no URL to allow, works
    // offline); the page's CSP applies inside, which the document (no script, no style) obeys.
    // Its own window prints only the invoice. Attached to document.body also for a widget:
    // printing must not depend on the shadow root's layout.
    var html = UTF8ToString(bytes, size);
    // The previous print's frame, if its afterprint never came (a headless browser prints nothing).
    document.querySelectorAll('iframe[data-koo-print]').forEach(function(old) { old.remove(); });
    var frame = document.createElement('iframe');
    frame.setAttribute('data-koo-print', '');
    frame.setAttribute('aria-hidden', 'true');
    frame.setAttribute('tabindex', '-1');
    frame.title = 'Invoice';
    frame.style.position = 'fixed';
    frame.style.width = '0';
    frame.style.height = '0';
    frame.style.border = '0';
    frame.style.right = '0';
    frame.style.bottom = '0';
    frame.addEventListener('load', function() {
      var win = frame.contentWindow;
      if (!win) return;
      var done = function() { setTimeout(function() { frame.remove(); }, 60000); };
      win.addEventListener('afterprint', done);
      win.focus();
      win.print();
    }, { once: true });
    frame.srcdoc = html;
    document.body.appendChild(frame);
  },
});
