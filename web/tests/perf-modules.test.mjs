// Which module a page loads: the offline demo (no apiBase) loads koo-console, with the backend and
// demo data inside; a page configured with an apiBase loads the smaller koo-console-api and shows
// the backend's rows with it. Each page preloads the one it loads and requests nothing of the other.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser, baseUrl, backendUrl, apiToken } from './browser.mjs';
import { startListening } from './stack.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const distDir = process.env.KOO_DIST_DIR || path.join(root, 'build/wasm/dist');

let browser;
let configured;  // web/serve.mjs answering config.json with an apiBase (this origin, /api/ proxied)
before(async () => {
  browser = await launchBrowser();
  configured = await startListening(process.execPath, [path.join(root, 'web/serve.mjs'), distDir, '--port', '0',
    '--proxy', backendUrl, '--config', JSON.stringify({ apiBase: '' })]);
});
after(async () => {
  await browser?.close();
  configured?.child.kill();
});

// Opens `url` in a new context (after `prepare(context)`), waits until the console is ready and
// the first frame with list rows was drawn; resolves with the module files it requested and
// the hrefs index.html preloads.
async function modulesRequested(url, prepare) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-US' });
  try {
    if (prepare) await prepare(context);
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error));
    page.on('console', (msg) => { if (msg.type() === 'error') errors.push(new Error(msg.text())); });
    const requested = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(url);
    await page.waitForFunction(() => window.kooConsole && window.kooConsole.ready);
    await page.evaluate(() => window.kooConsole.ready);
    await page.waitForFunction(() => performance.getEntriesByName('koo-first-rows').length > 0, null, { timeout: 30000 });
    const preloads = await page.evaluate(() => [...document.querySelectorAll('link[rel=preload], link[rel=modulepreload]')]
      .map((link) => new URL(link.href).pathname));
    assert.deepEqual(errors, []);
    return { modules: requested.filter((name) => /koo-console(-api)?\.(js|wasm)$/.test(name)).sort(), preloads };
  } finally {
    await context.close();
  }
}

test('the offline demo loads and preloads only the module with the backend inside', async () => {
  const { modules, preloads } = await modulesRequested(new URL('?lang=en#/purchased-apps', baseUrl).href);
  assert.deepEqual(modules, ['/koo-console.js', '/koo-console.wasm']);
  assert.ok(preloads.includes('/koo-console.wasm') && !preloads.some((href) => href.includes('koo-console-api')),
    `preloads: ${preloads.join(', ')}`);
});

test('a page with an apiBase loads and preloads only the smaller module and shows the backend\'s rows', async () => {
  const token = await apiToken('alice');
  const { modules, preloads } = await modulesRequested(`${configured.url}/?lang=en#/purchased-apps`, (context) =>
    context.addInitScript((value) => sessionStorage.setItem('koo-console-session:', value), token));
  assert.deepEqual(modules, ['/koo-console-api.js', '/koo-console-api.wasm']);
  assert.ok(preloads.includes('/koo-console-api.wasm') && !preloads.includes('/koo-console.wasm'),
    `preloads: ${preloads.join(', ')}`);
});

// The first frame waits for the view's first answers (at most 150 ms from main), so a signed-in
// page's first frame shows the rows unless they took longer; its canvas is hidden from the moment
// its WebGL context is made until that frame (a new context shown at once is one more composited
// frame before it).
test('a signed-in page draws its rows in its first frame, on a canvas hidden until then', async () => {
  const token = await apiToken('alice');
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-US' });
  try {
    await context.addInitScript((value) => {
      sessionStorage.setItem('koo-console-session:', value);
      const getContext = HTMLCanvasElement.prototype.getContext;
      HTMLCanvasElement.prototype.getContext = function(kind, ...rest) {
        if (kind === 'webgl2') window.kooVisibilityAtContext = this.style.visibility;
        return getContext.call(this, kind, ...rest);
      };
    }, token);
    const page = await context.newPage();
    await page.goto(`${configured.url}/?lang=en#/purchased-apps`);
    await page.waitForFunction(() => performance.getEntriesByName('koo-first-rows').length > 0, null, { timeout: 30000 });
    const seen = await page.evaluate(() => {
      const perf = window.kooConsole.module.koo.perf;
      return { hiddenAtContext: window.kooVisibilityAtContext, visibilityNow: document.querySelector('#koo-root canvas').style.visibility,
               firstRowsFrame: perf.firstRowsFrame, firstFrameStart: perf.recent[0][0],
               mainStart: performance.getEntriesByName('koo-wasm-ready')[0].startTime };
    });
    assert.equal(seen.hiddenAtContext, 'hidden');
    assert.equal(seen.visibilityNow, '');
    // Drawn later than the deadline, the first frame shows the loading state instead: a slow machine.
    if (seen.firstFrameStart - seen.mainStart < 150) assert.equal(seen.firstRowsFrame, 1, JSON.stringify(seen));
    else assert.ok(seen.firstRowsFrame >= 1, JSON.stringify(seen));
  } finally {
    await context.close();
  }
});
