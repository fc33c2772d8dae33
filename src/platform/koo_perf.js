// The console's performance figures for hosts and the web bench (`./console bench`), linked into
// the module with --js-library: after each frame, Module.koo.perf gets the frame's C++ and mirror
// times, and
// the first frame whose mirror holds table cells sets the performance mark "koo-first-rows"
// (docs/js-bridge.md, "Performance figures").
mergeInto(LibraryManager.library, {
  koo_js_frame_drawn: function(startedMs, cppMs, mirrorMs, atlasMs) {
    var koo = Module['koo'] || (Module['koo'] = {});
    var perf = koo.perf || (koo.perf = { frames: 0, recent: [], atlasBuilds: 0, atlasMs: 0, heapBytes: 0,
                                         firstRowsMs: null, firstRowsFrame: null, checkedSemantics: null });
    perf.frames++;
    // The last 600 frames: [start, C++ ms, mirror ms], start on performance.now()'s clock.
    perf.recent.push([startedMs, cppMs, mirrorMs]);
    if (perf.recent.length > 600) perf.recent.shift();
    if (atlasMs >= 0) {
      perf.atlasBuilds++;
      perf.atlasMs = atlasMs;
    }
    perf.heapBytes = HEAP8.length;
    // Checked only when the frame published new nodes (koo_js_publish_semantics sets them).
    if (perf.firstRowsMs === null && koo.semantics && koo.semantics !== perf.checkedSemantics) {
      perf.checkedSemantics = koo.semantics;
      if (koo.semantics.some(function(node) { return node.role === 'cell'; })) {
        perf.firstRowsMs = performance.now();
        perf.firstRowsFrame = perf.frames;  // 1: the rows were in the very first frame
        perf.checkedSemantics = null;
        if (performance.mark) performance.mark('koo-first-rows');
      }
    }
  },
});
