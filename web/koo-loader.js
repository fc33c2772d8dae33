// The one loader of the console module, used by the standalone page (page.js) and the widget
// (koo-console-element.js): it fetches the fonts and the module, builds the Module object with
// its one `koo` property (the contract with koo_platform.js, described in docs/js-bridge.md) and
// starts an instance. Everything loads from beside this script, wherever the host put it.

// The fonts, by slot (js_bridge.h: 0 body, 1 bold, 2 Chinese, 3 Chinese fallback). A missing bold
// or Chinese font is not fatal (the module draws with the body font); without the body font, tried
// twice, the module does not start and says so (onFailure). The
// Chinese font (GB2312, 1.5 MB) comes only for a Chinese locale or when the module first draws
// a Chinese character; the fallback (every other hanzi, 5 MB) only for a character outside it.
// The build fills this table with each file's content version (scripts/finish_dist.mjs): the URLs
// then change with the content, so servers may let browsers keep them (web/serve.mjs: a year).
const assetVersions = {};
const assetUrl = (file) => new URL(assetVersions[file] ? `${file}?v=${assetVersions[file]}` : file, import.meta.url);
const fontUrls = ['fonts/NotoSans-Regular.ttf', 'fonts/NotoSans-Bold.ttf'].map(assetUrl);
const cjkFontUrls = { 2: 'fonts/NotoSansSC-Subset.otf', 3: 'fonts/NotoSansSC-Fallback.otf' };

// Two builds of the module (docs/performance.md): koo-console with the
// offline demo's backend and data inside, for a configuration without apiBase, and the smaller
// koo-console-api, which only talks to an apiBase. `offline` below picks one.
const moduleName = (offline) => (offline ? 'koo-console' : 'koo-console-api');
export const isOffline = (config) => !config || !('apiBase' in config);

const fetchOnce = (url) => fetch(url).then((r) => (r.ok ? r.arrayBuffer() : null)).catch(() => null);
const fetchFont = (url) => fetchOnce(url).then((bytes) => bytes || fetchOnce(url));

// [body, bold] as ArrayBuffers (null where missing).
export function fetchFonts() {
  return Promise.all(fontUrls.map(fetchFont));
}

// A Chinese font by slot (2 the subset, 3 the fallback), downloaded once per page however many
// consoles ask (null when missing; a failed download is tried again on the next ask).
const cjkFonts = {};
export function loadCjkFont(slot = 2) {
  if (!cjkFonts[slot]) {
    cjkFonts[slot] = fetchFont(assetUrl(cjkFontUrls[slot])).then((bytes) => {
      if (!bytes) delete cjkFonts[slot];
      return bytes;
    });
  }
  return cjkFonts[slot];
}

const isChinese = (locale) => /^zh\b/i.test(locale || '');

// A text catalogue the module does not compile in ('zh-CN'), as text, fetched once per page like
// the Chinese fonts (null when missing; a failed download is tried again on the next ask).
const catalogues = {};
export function loadCatalogue(tag) {
  if (!catalogues[tag]) {
    catalogues[tag] = fetch(assetUrl(`i18n/${tag}.json`)).then((r) => (r.ok ? r.text() : null)).catch(() => null)
      .then((text) => {
        if (text === null) delete catalogues[tag];
        return text;
      });
  }
  return catalogues[tag];
}

// The module factory (createKooConsole of koo-console.js or koo-console-api.js).
export function importModuleFactory(offline) {
  return import(assetUrl(`${moduleName(offline)}.js`).href).then((exports) => exports.default);
}

// The compiled wasm of one build, compiled while it downloads (once per page: every instance
// starts from it). Performance mark "koo-wasm-compiled" when done.
const compiling = {};
export function compileWasm(offline) {
  const name = moduleName(offline);
  compiling[name] ??= compileFromNetwork(assetUrl(`${name}.wasm`)).then((compiled) => {
    performance.mark('koo-wasm-compiled');
    return compiled;
  }, (error) => {
    delete compiling[name];  // the next caller tries again
    throw error;
  });
  return compiling[name];
}
async function compileFromNetwork(wasmUrl) {
  try {
    return await WebAssembly.compileStreaming(fetch(wasmUrl));
  } catch {
    // A static host that does not send application/wasm: compile from the bytes instead.
    const response = await fetch(wasmUrl);
    if (!response.ok) throw new Error(`koo-console: cannot load ${wasmUrl.href} (HTTP ${response.status})`);
    return WebAssembly.compile(await response.arrayBuffer());
  }
}

// Starts one instance and resolves with its Module once main() ran. `options`:
//   createKooConsole  the factory (importModuleFactory(isOffline(config)))
//   canvas, root      the canvas to draw on and the element around it (input, focus, size, mirror)
//   useHash           true: the standalone page (follows and writes location.hash); false: a widget
//   initialRoute      the route to open on when useHash is false ("#/supervision"; "" the default)
//   config            the module's configuration ({apiBase, token, timeoutMs, demoBuyer, locale, theme})
//   fonts             fetchFonts()'s array, or its promise (main() waits for it; for a Chinese
//                     config.locale, or no locale and a Chinese browser, also for loadCjkFont()
//                     and the Chinese catalogue, loadCatalogue('zh-CN'))
//   onReady(), onNavigate(route), onSession(token), onAuthRequired()
//   onFailure(message)  the instance cannot start (no WebGL2, broken demo data, wasm refused)
//   compiledWasm      optional: compileWasm()'s module or its promise (default: compileWasm(isOffline(config)))
//   onAbort(what), printErr(text)  optional Emscripten hooks
// The Module's `koo` property holds all of it except the factory and the wasm; koo_platform.js
// adds followRoute(route) (moves a running widget), semantics (the last published nodes) and
// fontAtlas ({builds, cjkGlyphs, missingGlyphs}: the last atlas build); it asks for the Chinese
// fonts through loadCjkFont(slot) and for the Chinese texts through loadCatalogue(tag) (koo.catalogues
// holds the ones fetched before main() ran).
export function startConsole(options) {
  const { createKooConsole, canvas, compiledWasm, onAbort, printErr } = options;
  const koo = {
    root: options.root,
    useHash: Boolean(options.useHash),
    initialRoute: options.initialRoute || '',
    config: options.config || {},
    fonts: [],
    onReady: options.onReady,
    onNavigate: options.onNavigate,
    onSession: options.onSession,
    onAuthRequired: options.onAuthRequired,
    onFailure: options.onFailure,
    loadCjkFont,
    loadCatalogue,
    catalogues: {},
  };
  const chinese = isChinese(koo.config.locale || (typeof navigator !== 'undefined' && navigator.language));
  const fonts = Promise.all([options.fonts, chinese ? loadCjkFont() : null, chinese ? loadCatalogue('zh-CN') : null])
    .then(([latin, cjk, texts]) => {
      if (texts !== null) koo.catalogues['zh-CN'] = texts;
      return [...(latin || []).slice(0, 2), cjk];
    });
  const module = {
    canvas,
    koo,
    preRun: [(instance) => {
      instance.addRunDependency('koo-fonts');
      fonts.then((loaded) => {
        koo.fonts = loaded;
        instance.removeRunDependency('koo-fonts');
      });
    }],
  };
  if (onAbort) module.onAbort = onAbort;
  if (printErr) module.printErr = printErr;
  // Always from compileWasm (streaming, shared); performance mark "koo-wasm-ready" once instantiated.
  module.instantiateWasm = (imports, receiveInstance) => {
    Promise.resolve(compiledWasm || compileWasm(isOffline(koo.config)))
      .then((compiled) => WebAssembly.instantiate(compiled, imports).then((instance) => {
        performance.mark('koo-wasm-ready');
        receiveInstance(instance, compiled);
      }))
      .catch((error) => koo.onFailure(`koo-console: cannot start the module (${error.message || error})`));
    return {};
  };
  return { module, created: createKooConsole(module) };
}
