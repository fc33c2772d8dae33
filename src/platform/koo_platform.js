// The console's browser side, linked into the module with --js-library: WebGL2 context on the
// module's own canvas, canvas-scoped input (never window-wide, so a host page keeps its keys),
// the DOM mirror of the semantics tree (text boxes: koo_text_input.js; ARIA and keyboard:
// koo_mirror_a11y.js), history and the ready signal. It reads and calls the page only through
// Module.koo, which koo-loader.js builds (docs/js-bridge.md).
//
// The bridge, declared in src/platform/js_bridge.h (keep the three lists equal):
//   module -> page (defined here)              page -> module (called here, defined in main.cpp)
//   koo_js_init, koo_js_create_context         _koo_on_resize(width, height, pixelRatio)
//   koo_js_fail(message)                       _koo_on_pointer_move(x, y)
//   koo_js_publish_semantics(json)             _koo_on_pointer_button(button, down)
//   koo_js_notify_ready                        _koo_on_wheel(dx, dy)
//   koo_js_initial_route(out, size)            _koo_on_key(code, down, ctrl, shift, alt, meta)
//   koo_js_push_route(route)                   _koo_on_text(utf8)
//   koo_js_set_cursor(cssCursor)               _koo_on_focus(focused)
//   koo_js_set_language(tag)                   _koo_on_route(route)
//   koo_js_config_size, koo_js_config_copy     _koo_on_scroll_into_view(dy)
//   koo_js_text_input(field, start, end)       _koo_on_mirror_activate(nodeId)
//   koo_js_session_changed(token)              _koo_on_shutdown (called by the widget)
//                                              _koo_on_touch(phase, x, y)
//   (koo_appearance.js: _koo_on_appearance, _koo_on_theme, _koo_on_keyboard_focus)
//   (koo_handoff.js: koo_js_copy_text, koo_js_open_url, koo_js_download, koo_js_print_html)
//   (koo_resources.js: koo_js_font_size(slot), koo_js_font_copy(slot, out), koo_js_request_font(slot),
//    koo_js_font_atlas_built(cjkGlyphs, missingGlyphs, characters), koo_js_request_catalogue(tag), calling
//    _koo_on_font_loaded(slot) and _koo_on_catalogue(tag, json))
//   koo_js_utc_offset_minutes(zoneName, epochMs)
//   koo_js_auth_required
//   koo_js_teardown
//   koo_js_frame_drawn(startedMs, cppMs, mirrorMs, atlasMs) is in koo_perf.js
mergeInto(LibraryManager.library, {
  $KooPlatform__deps: ['$GL', '$KooTextInput', '$KooMirror'],
  $KooPlatform: {
    // Roles whose mirror elements are in the Tab order (the items of an option list, a menu and
    // the stepper are too, one per list: koo_mirror_a11y.js).
    focusable: { button: 1, link: 1, textbox: 1, checkbox: 1, combobox: 1, tab: 1 },
    floating: { dialog: 1, menu: 1, menuitem: 1, menuitemradio: 1, listbox: 1, option: 1 },

    // The page's side of the contract (koo-loader.js builds it): root, useHash, initialRoute,
    // config, fonts and the on* hooks; followRoute and semantics are added here.
    koo: function() { return Module['koo'] || (Module['koo'] = {}); },
    // The console's element: the host's root (the page's #koo-root, the widget's container), else the canvas' parent.
    consoleRoot: function() { return KooPlatform.koo().root || Module['canvas'].parentElement; },

    // Every listener goes through `on`, so koo_js_teardown removes them all with one abort().
    listening: null,
    resizeObserver: null,
    root: null,
    mirror: null,             // the mirror layer over the canvas
    flushMirrorScroll: null,  // hands a scroll of the mirror to the console (see koo_js_init)
    contextHandle: 0,
    on: function(target, type, fn, options) {
      if (!KooPlatform.listening) KooPlatform.listening = new AbortController();
      target.addEventListener(type, fn, Object.assign({}, options, { signal: KooPlatform.listening.signal }));
    },

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
      // A finger goes to the module's touch scroller (tap, drag, flick), not to Dear ImGui's mouse.
      var touch = function(e) { return e.pointerType === 'touch'; };
      KooPlatform.on(root, 'pointermove', function(e) {
        var p = local(e);
        if (touch(e)) _koo_on_touch(1, p[0], p[1]); else _koo_on_pointer_move(p[0], p[1]);
      });
      var pressedInside = false;
      KooPlatform.on(root, 'pointerdown', function(e) {
        // The browser may have scrolled the mirror just now (scrollIntoView before a click): the
        // content must follow before Dear ImGui sees the press, or it lands on the old layout.
        if (KooPlatform.flushMirrorScroll) KooPlatform.flushMirrorScroll();
        var p = local(e);
        if (touch(e)) {
          _koo_on_touch(0, p[0], p[1]);
        } else {
          _koo_on_pointer_move(p[0], p[1]);
          _koo_on_pointer_button(e.button === 2 ? 1 : e.button === 1 ? 2 : 0, 1);
        }
        pressedInside = true;
        // Inside a shadow root (the widget) the document only sees the host element as active.
        var active = root.getRootNode().activeElement;
        if (!active || active === document.body || !root.contains(active)) root.focus({ preventScroll: true });
      });
      // Releases outside the console still end a drag begun inside it (the only window listener).
      KooPlatform.on(window, 'pointerup', function(e) {
        if (!pressedInside || !root.isConnected) return;
        pressedInside = false;
        var p = local(e);
        if (touch(e)) { _koo_on_touch(2, p[0], p[1]); return; }
        _koo_on_pointer_move(p[0], p[1]);
        _koo_on_pointer_button(e.button === 2 ? 1 : e.button === 1 ? 2 : 0, 0);
      });
      KooPlatform.on(root, 'pointercancel', function(e) {
        if (touch(e)) { pressedInside = false; _koo_on_touch(3, 0, 0); }
      });
      // The console scrolls by drag itself: the browser must not pan or zoom the page over it.
      root.style.touchAction = 'none';
      KooPlatform.on(root, 'pointerleave', function() { _koo_on_pointer_move(-3.4e38, -3.4e38); });
      KooPlatform.on(root, 'wheel', function(e) {
        e.preventDefault();
        var scale = e.deltaMode === 1 ? 1 : e.deltaMode === 2 ? 10 : 1 / 40;
        _koo_on_wheel(-e.deltaX * scale, -e.deltaY * scale);
      }, { passive: false });
      // The browser's context menu only on fields (paste, cut, copy there); Dear ImGui has the rest.
      KooPlatform.on(root, 'contextmenu', function(e) { if (!KooTextInput.isField(e.target)) e.preventDefault(); });
      // Keys reach the console only while focus is inside it; the host page keeps the rest.
      var onKey = function(e, down) {
        // A key the input method is using (composing) is not the field's: the browser keeps it.
        if (e.isComposing || e.keyCode === 229) return;
        // Tab is the browser's (the mirror's DOM order), but in a text box, which Dear ImGui must
        // let go of: its own tabbing would otherwise wrap round and pull focus into a field.
        if (down && e.key === 'Tab' && (!KooTextInput.isField(e.target) || e.kooTabHandled)) return;
        KooPlatform.withString(e.code || '', function(code) {
          _koo_on_key(code, down, e.ctrlKey, e.shiftKey, e.altKey, e.metaKey);
        });
        var field = KooTextInput.isField(e.target);
        var shortcut = (e.ctrlKey || e.metaKey) && !e.altKey;  // Ctrl+Alt is AltGr: it types
        var printable = !!e.key && Array.from(e.key).length === 1 && !shortcut;
        // A text box types through its <input> (beforeinput below), exactly once; elsewhere (the
        // console itself has focus) the key's character goes to Dear ImGui from here.
        if (down && printable && !field) KooTextInput.sendText(e.key);
        // Tab moves between mirror elements (the browser's own focus order). In a field, printable
        // and dead keys go on to the <input> (which types them) and Ctrl/Cmd+V to the browser's
        // paste event; Dear ImGui does the rest (editing keys, Ctrl+A/C/X/Z/Y). Elsewhere Ctrl/Cmd+C,
        // X and V stay with the browser so its clipboard events fire.
        var toBrowser = e.key === 'Tab' || (field
          ? printable || e.key === 'Dead' || (shortcut && e.code === 'KeyV')
          : (e.ctrlKey || e.metaKey) && /^Key[CXV]$/.test(e.code || ''));
        if (!toBrowser) e.preventDefault();
      };
      KooPlatform.on(root, 'keydown', function(e) {
        KooTextInput.leaveOnTab(e);
        // What the mirror does itself (koo_mirror_a11y.js): Enter or Space clicks the focused
        // control, arrows move in lists and menus, a dialog keeps Tab (Dear ImGui still gets it).
        var handled = !e.isComposing && KooMirror.handleKey(e, _koo_on_mirror_activate);
        if (handled) e.preventDefault();
        if (handled !== true) onKey(e, 1);
      });
      KooPlatform.on(root, 'keyup', function(e) { onKey(e, 0); });
      KooTextInput.attachTextInput(root);
      KooPlatform.on(root, 'focusin', function(e) {
        _koo_on_focus(1);
        // Tab into a text box: activate the field in Dear ImGui so typing goes into it (a
        // pointer press activates it by itself, and a field Dear ImGui already edits is active).
        var field = e.target.closest && e.target.closest('[role="textbox"][data-koo-id]');
        var id = field && Number(field.dataset.kooId);
        if (field && !pressedInside && id !== KooTextInput.textInput.field) _koo_on_mirror_activate(id);
      });
      KooPlatform.on(root, 'focusout', function(e) {
        // A password box never keeps what went through it (it holds nothing but a moment's input).
        if (e.target.type === 'password') e.target.value = '';
        if (!KooPlatform.mirroring && !root.contains(e.relatedTarget)) _koo_on_focus(0);
      });
    },

    // The canvas's backing store for the root's size: set before the WebGL context exists and
    // only when it changes, because each assignment clears the drawing buffer, and a cleared
    // buffer is one more frame to composite (under software compositing, read back) before ours.
    sizeCanvas: function(root, canvas) {
      var ratio = window.devicePixelRatio || 1;
      var width = root.clientWidth, height = root.clientHeight;
      var pixelWidth = Math.max(1, Math.round(width * ratio)), pixelHeight = Math.max(1, Math.round(height * ratio));
      if (canvas.width !== pixelWidth) canvas.width = pixelWidth;
      if (canvas.height !== pixelHeight) canvas.height = pixelHeight;
      canvas.style.width = width + 'px';
      canvas.style.height = height + 'px';
      return { width: width, height: height, ratio: ratio };
    },

    watchSize: function(root, canvas) {
      var apply = function() {
        var size = KooPlatform.sizeCanvas(root, canvas);
        _koo_on_resize(size.width, size.height, size.ratio);
      };
      KooPlatform.resizeObserver = new ResizeObserver(apply);
      KooPlatform.resizeObserver.observe(root);
      // A new device pixel ratio (zoom, another screen) rebuilds the backing store and fonts.
      var watchRatio = function() {
        var query = matchMedia('(resolution: ' + (window.devicePixelRatio || 1) + 'dppx)');
        KooPlatform.on(query, 'change', function() { apply(); watchRatio(); }, { once: true });
      };
      watchRatio();
      apply();
    },

    // True while updateMirror moves or removes elements: a focusout it causes is not the buyer
    // leaving the console (reporting it would make Dear ImGui drop a click in progress).
    mirroring: false,

    // The mirror must never blur the element the buyer is on. Moving or removing a focused
    // element blurs it, so stale elements go first (the rest then need no move), a focused
    // element stays put while its siblings move around it, and focus that had to go with a
    // removed or re-parented element returns to the console itself or to the element.
    updateMirror: function(layer, nodes) {
      KooPlatform.mirroring = true;
      try { KooPlatform.placeMirrorNodes(layer, nodes); } finally { KooPlatform.mirroring = false; }
      KooTextInput.applyTextInput();  // a new value reset the selection; a new field may want focus
    },

    focusedIn: function(el) {
      var active = el.getRootNode().activeElement;
      return active && el.contains(active) ? active : null;
    },

    placeMirrorNodes: function(layer, nodes) {
      var byKey = layer.kooNodes || (layer.kooNodes = new Map());
      var seen = new Set(nodes.map(function(node) { return node.role + ':' + node.id; }));
      var hasChildren = new Set(nodes.map(function(node) { return node.parent; }));
      var embedded = !KooPlatform.koo().useHash;  // the widget: the host page has the landmarks
      var created = [], closedOpeners = [];       // popups that came and went (koo_mirror_a11y.js)
      byKey.forEach(function(el, key) {
        if (seen.has(key)) return;
        if (KooPlatform.focusedIn(el) && KooPlatform.root) {
          KooPlatform.root.focus({ preventScroll: true });
          if (el.kooOpener) closedOpeners.push(el.kooOpener);
        }
        el.remove();
        byKey.delete(key);
      });
      var frameById = new Map();  // id -> {el, rect, last placed child} for this frame's groups
      var lastChild = new Map([[layer, null]]);
      nodes.forEach(function(node) {
        var key = node.role + ':' + node.id;
        var el = byKey.get(key);
        var states = node.state || [];
        if (!el) {
          el = KooTextInput.createMirrorElement(node.role, states);
          el.dataset.kooId = node.id;
          var role = KooMirror.roleOf(node, embedded);
          if (role) el.setAttribute('role', role);
          if (KooMirror.items[node.role]) el.tabIndex = -1;  // until the roving pass picks one
          if (KooMirror.popups[node.role]) created.push(el);
          byKey.set(key, el);
        }
        // Groups hold their children as elements; others carry their name as text.
        var parent = node.parent && frameById.get(node.parent);
        var container = parent ? parent.el : layer;
        if (!frameById.has(node.id)) frameById.set(node.id, { el: el, rect: node.rect });
        var field = KooTextInput.isField(el);
        var group = hasChildren.has(node.id);
        KooMirror.applyName(el, node, group, field);
        KooMirror.applyStates(el, node, states);
        if (KooPlatform.focusable[node.role]) el.tabIndex = states.indexOf('disabled') >= 0 ? -1 : 0;
        if (node.value !== undefined) el.dataset.value = node.value; else delete el.dataset.value;
        if (field && node.hint) el.placeholder = node.hint; else if (field) el.removeAttribute('placeholder');
        // A field's value is its text (a password box's stays empty); not while an IME composes in it.
        var value = el.type === 'password' ? '' : node.value || '';
        if (field && el !== KooTextInput.composing && el.value !== value) el.value = value;
        var r = node.rect, origin = parent ? parent.rect : [0, 0];
        // Never painted: the canvas shows the pixels, the mirror carries meaning and focus. Leaves
        // are opacity 0 (visually hidden, as they are); groups not, so a composing field can show.
        el.style.cssText = 'position:absolute;margin:0;padding:0;overflow:visible;white-space:nowrap;color:transparent;' +
          (group ? '' : 'opacity:0;') +
          'left:' + (r[0] - origin[0]) + 'px;top:' + (r[1] - origin[1]) + 'px;width:' + r[2] + 'px;height:' + r[3] + 'px;' +
          // Fields: no box of their own, no caret (Dear ImGui draws both); the text size of the
          // console's (theme: 15 px, frame padding 12 px) for a composition shown over it.
          (field ? 'box-sizing:border-box;border:0;outline:none;background:transparent;caret-color:transparent;' +
                   'resize:none;font:15px sans-serif;padding:0 12px;' : '') +
          // Dialogs, menus and the options of an open choice float above the page, in the mirror
          // as on the canvas.
          (KooPlatform.floating[node.role] ? 'z-index:10;' : '');
        // Keep DOM order equal to drawing order: it is the reading and Tab order.
        var previous = lastChild.has(container) ? lastChild.get(container) : (container.kooLabel || null);
        var expectedNext = previous ? previous.nextSibling : container.firstChild;
        if (expectedNext !== el) {
          var focused = KooPlatform.focusedIn(el);
          var stillAhead = el.parentNode === container &&
            (!previous || (previous.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING));
          if (focused && stillAhead) {
            // Not yet placed, so it stands after expectedNext: move the ones between past it.
            var after = el.nextSibling;
            while (expectedNext && expectedNext !== el) {
              var next = expectedNext.nextSibling;
              container.insertBefore(expectedNext, after);
              expectedNext = next;
            }
          } else {
            container.insertBefore(el, expectedNext);
            if (focused) focused.focus({ preventScroll: true });
          }
        }
        lastChild.set(container, el);
      });
      KooMirror.settleFocus(layer, created, closedOpeners);
    }
  },

  koo_js_init__deps: ['$KooPlatform', '$KooAppearance'],
  koo_js_init: function() {
    var koo = KooPlatform.koo();
    var canvas = Module['canvas'];
    var root = KooPlatform.consoleRoot();
    if (!root.hasAttribute('tabindex')) root.tabIndex = 0;
    KooPlatform.root = root;
    var layer = document.createElement('div');
    layer.className = 'koo-semantics';
    layer.style.cssText = 'position:absolute;inset:0;overflow:hidden;';
    KooPlatform.on(layer, 'click', function(e) {
      // detail 0: activated by keyboard or assistive technology, not by a pointer that ImGui saw.
      var target = e.target.closest('[data-koo-id]');
      if (e.detail === 0 && target) _koo_on_mirror_activate(Number(target.dataset.kooId));
    });
    // The browser scrolls the mirror to bring a focused (or scrolled-to) element into view; the
    // canvas cannot follow, so undo it and scroll the console's content by as much instead.
    var flushScroll = function() {
      var dy = layer.scrollTop;
      if (!dy) return;
      layer.scrollTop = 0;
      _koo_on_scroll_into_view(dy);
    };
    KooPlatform.flushMirrorScroll = flushScroll;
    KooPlatform.on(layer, 'scroll', flushScroll);
    root.appendChild(layer);
    KooPlatform.mirror = layer;
    KooTextInput.adoptFieldStyles(root);
    KooPlatform.attachInput(root, canvas);
    KooPlatform.watchSize(root, canvas);
    KooAppearance.attach(root, koo);  // media queries, the host's theme, the focus ring (koo_appearance.js)
    // Back/forward over pushState entries fires popstate; a typed hash fires hashchange.
    var followLocation = function() {
      KooPlatform.withString(location.hash, function(route) { _koo_on_route(route); });
    };
    // Widgets keep their own route: only the standalone page follows the window's location.
    if (koo.useHash) {
      KooPlatform.on(window, 'popstate', followLocation);
      KooPlatform.on(window, 'hashchange', followLocation);
    }
    // The widget's `page` attribute moves a running console.
    koo.followRoute = function(route) {
      if (KooPlatform.listening && !KooPlatform.listening.signal.aborted)
        KooPlatform.withString(route, function(text) { _koo_on_route(text); });
    };
  },

  // The WebGL2 context, on a canvas hidden until the first frame (koo_js_notify_ready shows it): a
  // new context shown at once is a frame for the browser to composite (read back, when it
  // composites in software) before ours. No extensions: WebGL2 has all Dear ImGui draws with, and
  // each one enabled is a round trip.
  koo_js_create_context__deps: ['$KooPlatform', '$GL'],
  koo_js_create_context: function() {
    var canvas = Module['canvas'];
    canvas.style.visibility = 'hidden';
    KooPlatform.sizeCanvas(KooPlatform.consoleRoot(), canvas);  // sized first: a resize clears
    var handle = GL.createContext(canvas, { majorVersion: 2, minorVersion: 0, alpha: false,
      antialias: false, depth: false, stencil: false, premultipliedAlpha: false, enableExtensionsByDefault: false });
    if (!handle) return 0;
    KooPlatform.contextHandle = handle;
    GL.makeContextCurrent(handle);
    return handle;
  },

  // The host removed the console (koo_on_shutdown): drop every listener, the size watch, the mirror
  // and the GL context, so nothing outside the module refers to it any more.
  koo_js_teardown__deps: ['$KooPlatform', '$GL'],
  koo_js_teardown: function() {
    if (KooPlatform.listening) KooPlatform.listening.abort();
    if (KooPlatform.resizeObserver) KooPlatform.resizeObserver.disconnect();
    KooPlatform.resizeObserver = null;
    KooPlatform.root = null;
    if (KooPlatform.mirror) KooPlatform.mirror.remove();
    KooPlatform.mirror = null;
    KooPlatform.flushMirrorScroll = null;
    KooTextInput.detach();
    var context = KooPlatform.contextHandle && GL.contexts[KooPlatform.contextHandle];
    if (context) {
      var lose = context.GLctx.getExtension('WEBGL_lose_context');
      if (lose) lose.loseContext();
      GL.deleteContext(KooPlatform.contextHandle);
    }
    KooPlatform.contextHandle = 0;
    // GL.createContext wrapped canvas.getContext (a Safari workaround) in a function of this
    // instance: restore the browser's own, so a canvas kept by someone does not keep the module.
    var canvas = Module['canvas'];
    if (canvas && canvas.getContextSafariWebGL2Fixed) {
      delete canvas.getContext;
      delete canvas.getContextSafariWebGL2Fixed;
    }
  },

  koo_js_fail__deps: ['$KooPlatform'],
  koo_js_fail: function(message) {
    var text = UTF8ToString(message);
    var koo = KooPlatform.koo();
    if (koo.onFailure) koo.onFailure(text); else err(text);
  },

  koo_js_publish_semantics__deps: ['$KooPlatform'],
  koo_js_publish_semantics: function(json) {
    var nodes = JSON.parse(UTF8ToString(json));
    KooPlatform.koo().semantics = nodes;
    KooPlatform.updateMirror(KooPlatform.mirror, nodes);
  },

  koo_js_notify_ready__deps: ['$KooPlatform'],
  koo_js_notify_ready: function() {
    Module['canvas'].style.visibility = '';  // in the frame that drew it (koo_js_create_context)
    var koo = KooPlatform.koo();
    if (koo.onReady) koo.onReady();
  },

  koo_js_initial_route__deps: ['$KooPlatform'],
  koo_js_initial_route: function(out, size) {
    var koo = KooPlatform.koo();
    var route = koo.useHash ? location.hash : koo.initialRoute;
    stringToUTF8(route || '', out, size);
  },

  koo_js_push_route__deps: ['$KooPlatform'],
  koo_js_push_route: function(route) {
    var text = UTF8ToString(route);
    var koo = KooPlatform.koo();
    if (koo.useHash && location.hash !== text) history.pushState(null, '', text);
    if (koo.onNavigate) koo.onNavigate(text);
  },

  koo_js_set_cursor__deps: ['$KooPlatform'],
  koo_js_set_cursor: function(cssCursor) {
    // The C++ side names the CSS cursor (input.cpp's cssCursor), so no table here follows ImGui's enum.
    KooPlatform.consoleRoot().style.cursor = UTF8ToString(cssCursor);
  },

  koo_js_set_language__deps: ['$KooPlatform'],
  koo_js_set_language: function(tag) {
    if (KooPlatform.mirror) KooPlatform.mirror.lang = UTF8ToString(tag);
  },

  // The offset from the browser's tz database: "GMT+08:00" from Intl's longOffset name of the
  // zone (the host's IANA name, else the browser's own zone).
  // The browser's own zone from Date (Intl's zone data costs ~20 ms to load); a named one from one formatter each.
  koo_js_utc_offset_minutes__deps: ['$KooPlatform'],
  koo_js_utc_offset_minutes: function(zoneName, epochMs) {
    var zone = UTF8ToString(zoneName) || undefined;
    var date = new Date(epochMs);
    if (!zone) return -date.getTimezoneOffset();
    try {
      var formats = KooPlatform.offsetFormats || (KooPlatform.offsetFormats = {});
      var format = formats[zone] ||
        (formats[zone] = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' }));
      var parts = format.formatToParts(date);
      var name = parts.filter(function(part) { return part.type === 'timeZoneName'; })[0].value;
      var match = /^GMT(?:([+-])(\d{2}):(\d{2}))?$/.exec(name);
      if (match) return match[1] ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) : 0;
    } catch (e) {
      // An unknown zone name: the browser's own zone below.
    }
    return -date.getTimezoneOffset();
  },

  koo_js_config_size__deps: ['$KooPlatform'],
  koo_js_config_size: function() {
    return lengthBytesUTF8(JSON.stringify(KooPlatform.koo().config || {})) + 1;
  },

  koo_js_config_copy__deps: ['$KooPlatform'],
  koo_js_config_copy: function(out, size) {
    var config = KooPlatform.koo().config;
    stringToUTF8(JSON.stringify(config || {}), out, size);
    // The module keeps the session token from here on; no Module property holds it any more.
    if (config) delete config['token'];
  },

  koo_js_text_input__deps: ['$KooTextInput'],
  koo_js_text_input: function(field, start, end) {
    KooTextInput.textInput = { field: field >>> 0, start: start, end: end };
    KooTextInput.applyTextInput();
  },

  koo_js_session_changed__deps: ['$KooPlatform'],
  koo_js_session_changed: function(token) {
    var koo = KooPlatform.koo();
    if (koo.onSession) koo.onSession(UTF8ToString(token));
  },

  koo_js_auth_required__deps: ['$KooPlatform'],
  koo_js_auth_required: function() {
    var koo = KooPlatform.koo();
    if (koo.onAuthRequired) koo.onAuthRequired();
  }
});
