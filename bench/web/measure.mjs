// The web bench's measurements in Chromium (playwright-core, launched like the browser tests):
// one load of a page and where its time went, frame times, idle frames and heap. Every time is
// on the page's performance clock (ms since navigation started).

// The two network profiles: localhost as it is, and a slow link set through CDP.
export const profiles = {
  localhost: null,
  throttled: { offline: false, latency: 40, downloadThroughput: (10e6 / 8), uploadThroughput: (10e6 / 8) },
};

// A page the bench loads: `url(visit)` (relative to the site) and `kind` ('console' or 'dom').
export function consoleTarget(flavour, lang, rows) {
  if (flavour === 'page') {
    return { kind: 'console', flavour, lang, rows,
             url: (visit) => `index.html?lang=${lang}&visit=${visit}#/purchased-apps?pageSize=${rows}` };
  }
  return { kind: 'console', flavour, lang, rows,
           url: (visit) => `widget.html?lang=${lang}&rows=${rows}&visit=${visit}` };
}
export function domTarget(flavour, rows) {
  return { kind: 'dom', flavour, lang: 'en', rows, url: (visit) => `dom.html?layout=${flavour}&rows=${rows}&visit=${visit}` };
}

// For builds without the "koo-first-rows" mark (the figures from before it existed): marks the
// first animation frame in which the mirror holds a table cell (at most a frame late).
function installCellWatch() {
  const hasCell = () => document.querySelector('[role=cell]') ||
    (window.benchWidget && window.benchWidget.shadowRoot && window.benchWidget.shadowRoot.querySelector('[role=cell]'));
  const tick = () => {
    if (hasCell()) performance.mark('koo-first-rows');
    else requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

// The console's Module on a bench page (the standalone page's or the widget's), or null.
function defineBenchModule() {
  window.benchModule = () => (window.kooConsole && window.kooConsole.module) ||
    (window.benchWidget && window.benchWidget.module) || null;
}

// A browser context for one or more visits: the standalone page's stored session (the bench's
// API takes any token), window.benchModule(), and the network profile.
export async function openContext(browser, profile, { legacyMarks = false } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript(() => sessionStorage.setItem('koo-console-session:', 'bench'));
  await context.addInitScript(defineBenchModule);
  if (legacyMarks) await context.addInitScript(installCellWatch);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  if (profile) await cdp.send('Network.emulateNetworkConditions', profile);
  return { context, page, cdp, errors };
}

const markName = (target) => (target.kind === 'console' ? 'koo-first-rows' : 'dom:first-rows');

// Loads `target` in `page` and resolves with its first-rows time and where it went.
export async function loadOnce(page, baseUrl, target, visit) {
  await page.goto(new URL(target.url(visit), baseUrl).href);
  const mark = markName(target);
  await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, mark, { timeout: 60000 });
  return page.evaluate((name) => {
    const resources = performance.getEntriesByType('resource').map((r) => ({
      path: new URL(r.name).pathname, start: r.startTime, end: r.responseEnd, transfer: r.transferSize,
      encoded: r.encodedBodySize, decoded: r.decodedBodySize }));
    const nav = performance.getEntriesByType('navigation')[0];
    resources.unshift({ path: new URL(nav.name).pathname, start: 0, end: nav.responseEnd, transfer: nav.transferSize,
                        encoded: nav.encodedBodySize, decoded: nav.decodedBodySize });
    const at = (entry) => { const e = performance.getEntriesByName(entry)[0]; return e ? e.startTime : null; };
    const module = window.benchModule();
    const perf = module && module.koo && module.koo.perf;
    return { firstRows: at(name), wasmReady: at('koo-wasm-ready'), resources,
             firstAtlasMs: perf ? perf.atlasMs : null, firstFrame: perf && perf.recent.length ? perf.recent[0][0] : null };
  }, mark);
}

// Where a cold load's time went, from loadOnce's answer (ms since navigation).
export function breakdown(load) {
  const ends = (test) => Math.max(0, ...load.resources.filter((r) => test(r.path)).map((r) => r.end));
  const assets = ends((p) => /koo-console\.(js|wasm)$|\/fonts\//.test(p));
  const wasm = ends((p) => p.endsWith('.wasm'));
  const fonts = ends((p) => p.includes('/fonts/'));
  const isList = (p) => p.includes('/api/v1/purchased-apps');
  const data = ends(isList);
  const list = load.resources.find((r) => isList(r.path));
  return {
    downloadDone: assets, wasmDownloaded: wasm, fontsDownloaded: fonts,
    wasmReady: load.wasmReady, compileAfterDownload: load.wasmReady === null ? null : load.wasmReady - wasm,
    firstFrame: load.firstFrame, atlasMs: load.firstAtlasMs, dataAsked: list ? list.start : null, dataArrived: data,
    firstRows: load.firstRows, answerToRows: load.firstRows - data,
  };
}

export const median = (values) => {
  const sorted = values.filter((v) => v !== null && Number.isFinite(v)).sort((a, b) => a - b);
  if (!sorted.length) return null;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
export const percentile = (values, p) => {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (!sorted.length) return null;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};

// The console's C++ time per frame while the pointer moves over it (each move owes frames),
// {median, p95, frames} and the mirror's DOM update in those frames (mirrorMedian, mirrorP95);
// null for a build without Module.koo.perf.
export async function consoleFrameTimes(page, moves = 80) {
  const since = await page.evaluate(() => {
    const module = window.benchModule();
    return module && module.koo.perf ? performance.now() : null;
  });
  if (since === null) return null;
  for (let i = 0; i < moves; i++) {
    await page.mouse.move(200 + (i % 40) * 20, 300 + (i % 7) * 30);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve())));
  }
  const frames = await page.evaluate((from) => window.benchModule().koo.perf.recent
    .filter(([start]) => start >= from), since);
  const times = frames.map(([, ms]) => ms);
  const mirror = frames.map(([, , mirrorMs]) => mirrorMs);
  return { median: median(times), p95: percentile(times, 95), frames: times.length,
           mirrorMedian: median(mirror), mirrorP95: percentile(mirror, 95) };
}

// The DOM pages' cost of the same: a full update of the rows, laid out, `runs` times.
export async function domUpdateTimes(page, runs = 40) {
  const times = await page.evaluate((n) => Array.from({ length: n }, () => window.benchDom.rerender()), runs);
  return { median: median(times), p95: percentile(times, 95), frames: times.length };
}

// Frames the console draws per second while nothing happens (after it settled), over `ms`.
export async function idleFps(page, ms = 2000) {
  return page.evaluate(async (span) => {
    const module = window.benchModule();
    if (!module || !module.koo.perf) return null;
    const perf = module.koo.perf;
    const wait = (t) => new Promise((resolve) => setTimeout(resolve, t));
    // Settled: no frame for 500 ms (or give up after 5 s and count anyway).
    for (let i = 0; i < 50; i++) {
      const before = perf.frames;
      await wait(100);
      const last = perf.recent.length ? perf.recent[perf.recent.length - 1][0] : 0;
      if (perf.frames === before && performance.now() - last > 500) break;
    }
    const start = perf.frames;
    await wait(span);
    return ((perf.frames - start) * 1000) / span;
  }, ms);
}

// The page's memory: the module's wasm heap (console pages), the JS heap and the DOM's nodes.
export async function memory(page, cdp, target) {
  await cdp.send('HeapProfiler.collectGarbage').catch(() => {});
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const { nodes } = await cdp.send('Memory.getDOMCounters');
  const wasmHeap = target.kind === 'console'
    ? await page.evaluate(() => {
      const module = window.benchModule();
      if (!module) return null;
      if (module.koo.perf) return module.koo.perf.heapBytes;
      return module.HEAP8 ? module.HEAP8.length : null;
    })
    : null;
  return { wasmHeap, jsHeap: usedSize, domNodes: nodes };
}
