// The console's browser side, linked into the module with --js-library: WebGL2 context on the
// module's own canvas, canvas-scoped input (never window-wide, so a host page keeps its keys),
// the DOM mirror of the semantics tree, history and the ready signal.
mergeInto(LibraryManager.library, {
  $KooPlatform__deps: ['$GL'],
  $KooPlatform: {
    // Roles whose mirror elements take keyboard focus.
    focusable: { button: 1, link: 1, textbox: 1, checkbox: 1, combobox: 1, option: 1, tab: 1, menuitem: 1 },
    states: { disabled: 'aria-disabled', checked: 'aria-checked', expanded: 'aria-expanded',
              selected: 'aria-selected', busy: 'aria-busy', invalid: 'aria-invalid' },

    withString: function(text, fn) {
      var size = lengthBytesUTF8(text) + 1;
      var ptr = _malloc(size);
      stringToUTF8(text, ptr, size);
      try { fn(ptr); } finally { _free(ptr); }
    },

    attachInput: function(root, canvas) {
      var local = function(event) {
        var box = canvas.getBoundingClientRect();
        return [event.clientX - box.left, event.clientY - box.top];
      };
      root.addEventListener('pointermove', function(e) { var p = local(e); _koo_on_pointer_move(p[0], p[1]); });
      root.addEventListener('pointerdown', function(e) {
        var p = local(e);
        _koo_on_pointer_move(p[0], p[1]);
        _koo_on_pointer_button(e.button === 2 ? 1 : e.button === 1 ? 2 : 0, 1);
        if (document.activeElement === document.body || !root.contains(document.activeElement)) root.focus({ preventScroll: true });
      });
      // Releases outside the console still end a drag.
      window.addEventListener('pointerup', function(e) {
        if (!root.isConnected) return;
        var p = local(e);
        _koo_on_pointer_move(p[0], p[1]);
        _koo_on_pointer_button(e.button === 2 ? 1 : e.button === 1 ? 2 : 0, 0);
      });
      root.addEventListener('pointerleave', function() { _koo_on_pointer_move(-3.4e38, -3.4e38); });
      root.addEventListener('wheel', function(e) {
        e.preventDefault();
        var scale = e.deltaMode === 1 ? 1 : e.deltaMode === 2 ? 10 : 1 / 40;
        _koo_on_wheel(-e.deltaX * scale, -e.deltaY * scale);
      }, { passive: false });
      root.addEventListener('contextmenu', function(e) { e.preventDefault(); });
      // Keys reach the console only while focus is inside it; the host page keeps the rest.
      var onKey = function(e, down) {
        KooPlatform.withString(e.code || '', function(code) {
          _koo_on_key(code, down, e.ctrlKey, e.shiftKey, e.altKey, e.metaKey);
        });
        if (down && e.key && e.key.length === 1 && !e.ctrlKey && !e.metaKey) _koo_on_text(e.key.codePointAt(0));
        // Tab moves between mirror elements: the browser's own focus order.
        if (e.key !== 'Tab') e.preventDefault();
      };
      root.addEventListener('keydown', function(e) {
        // Enter (or Space) on a focused mirror control activates it, as on a native button.
        var control = e.target.closest && e.target.closest('[data-koo-id]');
        if (control && control.tabIndex >= 0 && (e.key === 'Enter' || e.key === ' ')) {
          e.preventDefault();
          _koo_on_mirror_activate(Number(control.dataset.kooId));
          return;
        }
        onKey(e, 1);
      });
      root.addEventListener('keyup', function(e) { onKey(e, 0); });
      root.addEventListener('focusin', function() { _koo_on_focus(1); });
      root.addEventListener('focusout', function(e) { if (!root.contains(e.relatedTarget)) _koo_on_focus(0); });
    },

    watchSize: function(root, canvas) {
      var apply = function() {
        var ratio = window.devicePixelRatio || 1;
        var width = root.clientWidth, height = root.clientHeight;
        canvas.width = Math.max(1, Math.round(width * ratio));
        canvas.height = Math.max(1, Math.round(height * ratio));
        canvas.style.width = width + 'px';
        canvas.style.height = height + 'px';
        _koo_on_resize(width, height, ratio);
      };
      new ResizeObserver(apply).observe(root);
      // A new device pixel ratio (zoom, another screen) rebuilds the backing store and fonts.
      var watchRatio = function() {
        matchMedia('(resolution: ' + (window.devicePixelRatio || 1) + 'dppx)')
          .addEventListener('change', function() { apply(); watchRatio(); }, { once: true });
      };
      watchRatio();
      apply();
    },

    updateMirror: function(layer, nodes) {
      var byId = layer.kooNodes || (layer.kooNodes = new Map());
      var seen = new Set();
      var previous = null;
      nodes.forEach(function(node) {
        var key = node.role + ':' + node.id;
        seen.add(key);
        var el = byId.get(key);
        if (!el) {
          el = document.createElement('div');
          el.dataset.kooId = node.id;
          if (node.role !== 'text') el.setAttribute('role', node.role);
          if (KooPlatform.focusable[node.role]) el.tabIndex = -1;
          byId.set(key, el);
        }
        if (node.role !== 'text') el.setAttribute('aria-label', node.name);
        if (el.textContent !== node.name) el.textContent = node.name;
        if (node.level) el.setAttribute('aria-level', node.level);
        var states = node.state || [];
        for (var name in KooPlatform.states) {
          if (states.indexOf(name) >= 0) el.setAttribute(KooPlatform.states[name], 'true');
          else el.removeAttribute(KooPlatform.states[name]);
        }
        if (states.indexOf('current') >= 0) el.setAttribute('aria-current', 'page'); else el.removeAttribute('aria-current');
        if (KooPlatform.focusable[node.role]) el.tabIndex = states.indexOf('disabled') >= 0 ? -1 : 0;
        var r = node.rect;
        // Transparent over the canvas: the canvas shows the pixels, the mirror carries meaning and focus.
        el.style.cssText = 'position:absolute;margin:0;padding:0;overflow:hidden;white-space:nowrap;color:transparent;' +
          'left:' + r[0] + 'px;top:' + r[1] + 'px;width:' + r[2] + 'px;height:' + r[3] + 'px;';
        // Keep DOM order equal to drawing order: it is the reading and Tab order.
        var expectedNext = previous ? previous.nextSibling : layer.firstChild;
        if (expectedNext !== el) layer.insertBefore(el, expectedNext);
        previous = el;
      });
      byId.forEach(function(el, key) { if (!seen.has(key)) { el.remove(); byId.delete(key); } });
    }
  },

  koo_js_init__deps: ['$KooPlatform', '$GL'],
  koo_js_init: function() {
    var canvas = Module['canvas'];
    var root = Module['kooRoot'] || canvas.parentElement;
    if (!root.hasAttribute('tabindex')) root.tabIndex = 0;
    var layer = document.createElement('div');
    layer.className = 'koo-semantics';
    layer.style.cssText = 'position:absolute;inset:0;overflow:hidden;';
    layer.addEventListener('click', function(e) {
      // detail 0: activated by keyboard or assistive technology, not by a pointer that ImGui saw.
      var target = e.target.closest('[data-koo-id]');
      if (e.detail === 0 && target) _koo_on_mirror_activate(Number(target.dataset.kooId));
    });
    root.appendChild(layer);
    Module['kooMirror'] = layer;
    var handle = GL.createContext(canvas, { majorVersion: 2, minorVersion: 0, alpha: false, antialias: false,
                                            depth: false, stencil: false, premultipliedAlpha: false });
    if (!handle) return 0;
    GL.makeContextCurrent(handle);
    KooPlatform.attachInput(root, canvas);
    KooPlatform.watchSize(root, canvas);
    // Back/forward over pushState entries fires popstate; a typed hash fires hashchange.
    var followLocation = function() {
      if (!Module['kooUseHash']) return;
      KooPlatform.withString(location.hash, function(route) { _koo_on_route(route); });
    };
    window.addEventListener('popstate', followLocation);
    window.addEventListener('hashchange', followLocation);
    return handle;
  },

  koo_js_publish_semantics__deps: ['$KooPlatform'],
  koo_js_publish_semantics: function(json) {
    var nodes = JSON.parse(UTF8ToString(json));
    Module['kooSemantics'] = nodes;
    KooPlatform.updateMirror(Module['kooMirror'], nodes);
  },

  koo_js_notify_ready: function() {
    if (Module['kooOnReady']) Module['kooOnReady']();
  },

  koo_js_initial_route: function(out, size) {
    var route = Module['kooUseHash'] ? location.hash : (Module['kooInitialRoute'] || '');
    stringToUTF8(route || '', out, size);
  },

  koo_js_push_route: function(route) {
    var text = UTF8ToString(route);
    if (Module['kooUseHash'] && location.hash !== text) history.pushState(null, '', text);
    if (Module['kooOnNavigate']) Module['kooOnNavigate'](text);
  },

  koo_js_set_cursor: function(cursor) {
    // Order of ImGuiMouseCursor_: Arrow, TextInput, ResizeAll, ResizeNS, ResizeEW, ResizeNESW, ResizeNWSE, Hand, NotAllowed.
    var names = ['default', 'text', 'move', 'ns-resize', 'ew-resize', 'nesw-resize', 'nwse-resize', 'pointer', 'not-allowed'];
    var root = Module['kooRoot'] || Module['canvas'].parentElement;
    root.style.cursor = cursor < 0 ? 'none' : (names[cursor] || 'default');
  },

  koo_js_font_size: function(slot) {
    var fonts = Module['kooFonts'] || [];
    return fonts[slot] ? fonts[slot].byteLength : 0;
  },

  koo_js_font_copy: function(slot, out) {
    HEAPU8.set(new Uint8Array(Module['kooFonts'][slot]), out);
  }
});
