// The console's text input, linked into the module with --js-library beside koo_platform.js
// (whose KooPlatform owns the root, the mirror and the listeners this uses): the mirror's text
// boxes are real <input>/<textarea> elements that typing, IME composition, paste and on-screen
// keyboards go through (docs/js-bridge.md, "Text input").
mergeInto(LibraryManager.library, {
  $KooTextInput: {
    // A field's element value mirrors the field (never a secret's); the browser never edits it: committed
    // text is cancelled in beforeinput and sent to Dear ImGui, whose next mirror update shows it.
    // Only an IME's composition edits the element, which shows it (class koo-composing) until
    // compositionend commits it. koo_js_text_input says which field is active and its selection.
    textInput: { field: 0, start: 0, end: 0 },
    composing: null,  // the element an input method is composing in
    leftByTab: 0,     // the field the buyer last left with Tab, until it has focus again

    isField: function(el) {
      return !!el && (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA') && el.dataset.kooId !== undefined;
    },

    // Tab leaves a text box: the browser moves focus now, before Dear ImGui (a frame later) lets
    // go of the field, which must not pull focus back meanwhile (applyTextInput). A multi-line box
    // is let go of by Ctrl+Enter (its own Tab would wrap round inside it), and keeps the Tab.
    leaveOnTab: function(e) {
      if (e.key !== 'Tab' || !KooTextInput.isField(e.target)) return;
      KooTextInput.textInput.field = 0;
      KooTextInput.leftByTab = Number(e.target.dataset.kooId);
      if (e.target.tagName !== 'TEXTAREA') return;
      KooTextInput.pressKey('Enter', 1);
      e.kooTabHandled = true;
    },

    sendText: function(text) {
      if (text) KooPlatform.withString(text, function(utf8) { _koo_on_text(utf8); });
    },

    // A key press for Dear ImGui that came as an editing command (an on-screen keyboard, the
    // context menu) rather than as a key.
    pressKey: function(code, ctrl) {
      KooPlatform.withString(code, function(name) {
        _koo_on_key(name, 1, ctrl, 0, 0, 0);
        _koo_on_key(name, 0, ctrl, 0, 0, 0);
      });
    },

    // Editing commands of beforeinput that are not text, as the keys that do them in Dear ImGui.
    commandKeys: { insertLineBreak: ['Enter', 0], insertParagraph: ['Enter', 0],
                   deleteContentBackward: ['Backspace', 0], deleteContentForward: ['Delete', 0],
                   historyUndo: ['KeyZ', 1], historyRedo: ['KeyY', 1], deleteByCut: ['KeyX', 1] },

    attachTextInput: function(root) {
      KooPlatform.on(root, 'beforeinput', function(e) {
        // The IME's own edits (and anything during a composition) commit in compositionend.
        if (!KooTextInput.isField(e.target) || /Composition/.test(e.inputType) || KooTextInput.composing) return;
        e.preventDefault();
        if (e.inputType === 'insertText' || e.inputType === 'insertReplacementText')
          KooTextInput.sendText(e.data !== null ? e.data : (e.dataTransfer ? e.dataTransfer.getData('text/plain') : ''));
        var command = KooTextInput.commandKeys[e.inputType];
        if (command) KooTextInput.pressKey(command[0], command[1]);
      });
      KooPlatform.on(root, 'paste', function(e) {
        e.preventDefault();
        // Dear ImGui drops characters typed while Ctrl is held (a shortcut), and Ctrl+V is held
        // now: the modifiers go up first (the next key event says again which are held).
        KooPlatform.withString('', function(none) { _koo_on_key(none, 0, 0, 0, 0, 0); });
        KooTextInput.sendText((e.clipboardData || window.clipboardData).getData('text') || '');
      });
      // Cut from the context menu: Dear ImGui cuts its selection (the element's mirrors it) and
      // writes the clipboard. Ctrl+X never gets here: it goes to Dear ImGui as keys.
      KooPlatform.on(root, 'cut', function(e) {
        if (!KooTextInput.isField(e.target)) return;
        e.preventDefault();
        KooTextInput.pressKey('KeyX', 1);
      });
      KooPlatform.on(root, 'compositionstart', function(e) {
        if (!KooTextInput.isField(e.target)) return;
        KooTextInput.composing = e.target;
        e.target.classList.add('koo-composing');
      });
      KooPlatform.on(root, 'compositionend', function(e) {
        var el = KooTextInput.composing;
        KooTextInput.composing = null;
        if (!el) return;
        el.classList.remove('koo-composing');
        KooTextInput.sendText(e.data);
        // Back to the field's text; Dear ImGui's next mirror update adds what was committed.
        el.value = el.type === 'password' ? '' : el.dataset.value || '';
        KooTextInput.applyTextInput();
      });
    },

    // Focuses the active field's element (only when focus is already in the console: a field
    // Dear ImGui activates by itself must not pull focus from the host page) and gives it Dear
    // ImGui's selection, so the browser's caret and candidate window are where the field's are.
    applyTextInput: function() {
      var want = KooTextInput.textInput, layer = KooPlatform.mirror, root = KooPlatform.root;
      if (!want.field || !layer || !root || !layer.kooNodes) return;
      var el = layer.kooNodes.get('textbox:' + want.field);
      if (!el || !KooTextInput.isField(el) || el === KooTextInput.composing) return;
      var active = root.getRootNode().activeElement;
      if (active === el) KooTextInput.leftByTab = 0;
      if (active !== el) {
        if (!active || !(active === root || root.contains(active))) return;
        // On a slow machine Dear ImGui may activate a field (a Tab into it) only after the buyer
        // tabbed on to another control: that control keeps the focus.
        if (want.field === KooTextInput.leftByTab && active !== root && active.dataset.kooId !== undefined) return;
        el.focus({ preventScroll: true });
      }
      var length = el.value.length;
      var start = Math.min(want.start, length), end = Math.min(want.end, length);
      if (el.selectionStart !== start || el.selectionEnd !== end) el.setSelectionRange(start, end);
    },

    // The text boxes' looks the inline style cannot give: no selection highlight over the canvas
    // (Dear ImGui draws it), and a visible composition. One sheet for the page or shadow root.
    fieldStyles: null,
    adoptFieldStyles: function(root) {
      var scope = root.getRootNode();
      if (!scope.adoptedStyleSheets) return;
      var sheet = new CSSStyleSheet();
      sheet.replaceSync(
        '.koo-semantics input::selection, .koo-semantics textarea::selection { background: transparent; color: transparent; }' +
        // The placeholder is for screen readers; the canvas draws the hint.
        '.koo-semantics input::placeholder, .koo-semantics textarea::placeholder { color: transparent; }' +
        '.koo-semantics .koo-composing { opacity: 1 !important; color: #1f2329 !important; background: #fff !important; caret-color: auto !important;' +
        ' outline: 2px solid #0a6cd9 !important; z-index: 30 !important; }' +
        '.koo-semantics .koo-composing::selection { background: #c6dcf7; color: #1f2329; }');
      scope.adoptedStyleSheets = scope.adoptedStyleSheets.concat([sheet]);
      KooTextInput.fieldStyles = { scope: scope, sheet: sheet };
    },

    // The console went away (koo_js_teardown): its style sheet goes too.
    detach: function() {
      var styles = KooTextInput.fieldStyles;
      if (styles) styles.scope.adoptedStyleSheets = styles.scope.adoptedStyleSheets.filter(function(s) { return s !== styles.sheet; });
      KooTextInput.fieldStyles = null;
      KooTextInput.composing = null;
    },

    // A node's element: text boxes are form controls (<input>, <textarea> when multi-line,
    // type=password for a secret), so readers announce them as editable; the rest are divs.
    createMirrorElement: function(role, states) {
      if (role !== 'textbox') return document.createElement('div');
      var el = document.createElement(states.indexOf('multiline') >= 0 ? 'textarea' : 'input');
      if (el.tagName === 'INPUT') el.type = states.indexOf('protected') >= 0 ? 'password' : 'text';
      el.autocomplete = 'off';
      el.spellcheck = false;
      return el;
    }
  }
});
