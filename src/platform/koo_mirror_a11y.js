// The DOM mirror's ARIA and keyboard behaviour, linked into the module with --js-library beside
// koo_platform.js (whose placeMirrorNodes creates and orders the elements; docs/semantics-tree.md):
// the attributes each node's role and states give its element, roving focus inside option lists,
// menus and the stepper, focus moved into a popup or dialog and back to its opener, the dialog's
// focus trap. Focus only ever moves while it is already inside the console: never from the host.
mergeInto(LibraryManager.library, {
  $KooMirror: {
    // Items of a composite: one of them is in the Tab order, the arrows move between them.
    items: { option: 1, menuitem: 1, menuitemradio: 1, listitem: 1 },
    // Popups that take focus when they open and give it back to their opener when they close.
    popups: { listbox: 1, menu: 1, dialog: 1 },
    // Nodes whose name is their accessible name given as aria-label when they hold other nodes;
    // a cell holding nodes shows its own text in a span before them, a column header is named by
    // its sort button.
    contentNamed: { cell: 1, columnheader: 1 },
    // The widget lives in a host page with its own banner and main: there they are named groups.
    embeddedRoles: { banner: 'group', main: 'group' },

    roleOf: function(node, embedded) {
      if (node.role === 'text') return null;
      return (embedded && KooMirror.embeddedRoles[node.role]) || node.role;
    },

    has: function(states, name) { return states.indexOf(name) >= 0; },

    setAttr: function(el, name, value) {
      if (value === null || value === undefined) { if (el.hasAttribute(name)) el.removeAttribute(name); }
      else if (el.getAttribute(name) !== String(value)) el.setAttribute(name, value);
    },

    // The element's name and content: a leaf carries its name as text (and, but for a plain text,
    // as aria-label); a group holds its children's elements.
    applyName: function(el, node, isGroup, isField) {
      var label = null;
      if (node.role !== 'text' && node.name) label = node.name;
      if (node.role === 'listitem' && node.value) label = node.name + ', ' + node.value;  // "Seller delivers, current"
      if (isGroup && KooMirror.contentNamed[node.role]) label = null;
      if (KooMirror.has(node.state || [], 'live')) label = null;  // a live region is read by its content
      KooMirror.setAttr(el, 'aria-label', label);
      if (isField) return;
      if (!isGroup) {
        if (el.textContent !== node.name) el.textContent = node.name;
        return;
      }
      // A leaf that became a group: its text goes (children come), a cell's text into its span.
      for (var child = el.firstChild; child; ) {
        var next = child.nextSibling;
        if (child.nodeType === 3) el.removeChild(child);
        child = next;
      }
      var span = el.kooLabel;
      if (node.role === 'cell' && node.name) {
        if (!span) {
          span = el.kooLabel = document.createElement('span');
          span.style.cssText = 'opacity:0;color:transparent;white-space:nowrap;';
        }
        if (span.textContent !== node.name) span.textContent = node.name;
        if (el.firstChild !== span) el.insertBefore(span, el.firstChild);
      } else if (span) {
        span.remove();
        el.kooLabel = null;
      }
    },

    // ARIA states and properties from the node's states.
    applyStates: function(el, node, states) {
      var has = function(name) { return KooMirror.has(states, name); };
      var set = function(name, value) { KooMirror.setAttr(el, name, value); };
      set('aria-disabled', has('disabled') ? 'true' : null);
      set('aria-busy', has('busy') ? 'true' : null);
      set('aria-invalid', has('invalid') ? 'true' : null);
      set('aria-selected', node.role === 'option' ? (has('selected') ? 'true' : 'false') : (has('selected') ? 'true' : null));
      set('aria-checked', node.role === 'menuitemradio' || node.role === 'checkbox' ? (has('checked') ? 'true' : 'false') : null);
      set('aria-current', has('current') ? (node.role === 'listitem' ? 'step' : 'page') : null);
      set('aria-sort', has('ascending') ? 'ascending' : has('descending') ? 'descending' : null);
      // A control that opens a popup always says whether it is open, and which element it opens.
      var popup = has('haspopup');
      set('aria-haspopup', popup ? (node.role === 'combobox' ? 'listbox' : 'menu') : null);
      set('aria-expanded', popup || has('expanded') ? (has('expanded') ? 'true' : 'false') : null);
      set('aria-controls', node.controls ? 'koo-' + node.controls : null);
      set('aria-modal', node.role === 'dialog' ? 'true' : null);
      set('aria-level', node.level || null);
      // The live region: read out politely, as one sentence.
      set('aria-live', has('live') ? 'polite' : null);
      set('aria-atomic', has('live') ? 'true' : null);
      set('id', 'koo-' + node.id);
    },

    // ---- Focus ----

    root: function() { return KooPlatform.root; },
    active: function() {
      var root = KooMirror.root();
      if (!root) return null;
      var active = root.getRootNode().activeElement;
      return active && (active === root || root.contains(active)) ? active : null;
    },
    focusable: function(container) {
      return Array.prototype.filter.call(container.querySelectorAll('[data-koo-id]'), function(el) {
        return el.tabIndex >= 0 && el.getAttribute('aria-disabled') !== 'true';
      });
    },
    itemsOf: function(container) {
      return Array.prototype.filter.call(container.children, function(el) {
        return KooMirror.items[el.getAttribute('role')];
      });
    },
    chosen: function(el) {
      return el.getAttribute('aria-selected') === 'true' || el.getAttribute('aria-checked') === 'true' ||
             el.hasAttribute('aria-current');
    },
    // One item of each composite in the Tab order: the focused one, else the chosen one, else the first.
    rove: function(layer) {
      var seen = new Set();
      layer.querySelectorAll('[role=option],[role=menuitem],[role=menuitemradio],[role=listitem]').forEach(function(el) {
        var container = el.parentNode;
        if (seen.has(container)) return;
        seen.add(container);
        var items = KooMirror.itemsOf(container), active = KooMirror.active();
        // A menu starts at its first item; an option list and the stepper at the chosen one.
        var chosen = container.getAttribute('role') === 'menu' ? [] : items.filter(KooMirror.chosen);
        var pick = items.filter(function(item) { return item === active; })[0] || chosen[0] || items[0];
        items.forEach(function(item) {
          var index = item === pick && item.getAttribute('aria-disabled') !== 'true' ? 0 : -1;
          if (item.tabIndex !== index) item.tabIndex = index;
        });
      });
    },

    // After an update: a popup that appeared while focus was in the console takes focus (its
    // chosen item, a dialog's first control) and remembers its opener; focus left behind by a
    // popup that closed goes back to its opener.
    settleFocus: function(layer, created, closedOpeners) {
      KooMirror.rove(layer);
      var byKey = layer.kooNodes;
      created.forEach(function(el) {
        var active = KooMirror.active();
        if (!active || !el.isConnected) return;
        var opener = active.closest && active.closest('[data-koo-id]');
        el.kooOpener = opener ? opener.getAttribute('role') + ':' + opener.dataset.kooId : null;
        var target = el.getAttribute('role') === 'dialog' ? KooMirror.focusable(el)[0]
                                                          : KooMirror.itemsOf(el).filter(function(item) { return item.tabIndex === 0; })[0];
        if (target) target.focus({ preventScroll: true });
      });
      closedOpeners.forEach(function(key) {
        var active = KooMirror.active();
        if (active && active !== KooMirror.root()) return;  // focus found a place of its own
        var opener = key && byKey.get(key);
        if (opener && opener.isConnected && opener.tabIndex >= 0) opener.focus({ preventScroll: true });
      });
      KooMirror.rove(layer);
    },

    // ---- Keys ----

    // Moves focus among the items of `el`'s composite; true when the key was for that.
    moveInItems: function(el, key) {
      var items = KooMirror.itemsOf(el.parentNode).filter(function(item) { return item.getAttribute('aria-disabled') !== 'true'; });
      var at = items.indexOf(el);
      if (at < 0) return false;
      var next = { ArrowDown: at + 1, ArrowRight: at + 1, ArrowUp: at - 1, ArrowLeft: at - 1, Home: 0, End: items.length - 1 }[key];
      if (next === undefined) return false;
      var target = items[Math.max(0, Math.min(items.length - 1, next))];
      items.forEach(function(item) { item.tabIndex = item === target ? 0 : -1; });
      target.focus();
      return true;
    },

    // Tab and Shift+Tab stay inside an open dialog.
    trapTab: function(dialog, event) {
      var controls = KooMirror.focusable(dialog);
      if (!controls.length) return false;
      var active = KooMirror.active(), first = controls[0], last = controls[controls.length - 1];
      var inside = dialog.contains(active);
      if (event.shiftKey && (!inside || active === first)) { last.focus(); return true; }
      if (!event.shiftKey && (!inside || active === last)) { first.focus(); return true; }
      return false;
    },

    // The keyboard's part the mirror does itself (the browser's focus is on mirror elements): true
    // when the key was used here and goes no further, 'trap' for a Tab kept inside a dialog (the
    // browser must not move focus; Dear ImGui, whose modal wraps the same way, still gets it).
    // `activate(id)` clicks a node.
    handleKey: function(event, activate) {
      var control = event.target.closest && event.target.closest('[data-koo-id]');
      var role = control && control.getAttribute('role');
      var layer = KooPlatform.mirror;
      if (event.key === 'Tab' && layer) {
        var dialogs = layer.querySelectorAll('[role=dialog]');
        var dialog = dialogs[dialogs.length - 1];
        return dialog && KooMirror.trapTab(dialog, event) ? 'trap' : false;
      }
      if (!control || event.altKey || event.ctrlKey || event.metaKey) return false;
      // Enter or Space on a control clicks it, as on a native button (in a text box they type).
      var activatable = (KooPlatform.focusable[role] && role !== 'textbox') || (KooMirror.items[role] && role !== 'listitem');
      if (activatable && control.getAttribute('aria-disabled') !== 'true' && (event.key === 'Enter' || event.key === ' ')) {
        activate(Number(control.dataset.kooId));
        return true;
      }
      if (KooMirror.items[role]) return KooMirror.moveInItems(control, event.key);
      // Down (or Up) on a closed choice or menu button opens it; its list then takes focus.
      var opensPopup = control.getAttribute('aria-haspopup') && control.getAttribute('aria-expanded') === 'false';
      if (opensPopup && (event.key === 'ArrowDown' || event.key === 'ArrowUp')) {
        activate(Number(control.dataset.kooId));
        return true;
      }
      return false;
    }
  }
});
