// The <koo-console> widget on the example portal (web/portal.html) in headless Chromium: two
// instances render and navigate independently, the host keeps its keys, events reach the host,
// removal frees an instance, a strict CSP holds, and the offline demo build needs no backend.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import path from 'node:path';
import fs from 'node:fs';
import { launchBrowser, baseUrl, artifactPath } from './browser.mjs';
import { startListening } from './stack.mjs';

const strictCsp = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
const offlineDemoDir = path.resolve(process.env.KOO_OFFLINE_DIR || 'build/offline-demo');

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

// Runs in the page before any script: records the widgets' events, CSP violations, and how many
// frames each canvas draws (every frame clears the canvas first) and how many rAF calls happen.
function instrumentPage() {
  window.kooEvents = [];
  window.kooViolations = [];
  window.kooFrameRequests = 0;
  for (const name of ['koo-ready', 'koo-navigate', 'koo-error', 'koo-auth-required'])
    document.addEventListener(name, (e) => window.kooEvents.push({ type: e.type, widget: e.target.id, detail: e.detail }));
  document.addEventListener('securitypolicyviolation',
    (e) => window.kooViolations.push(`${e.violatedDirective} ${e.blockedURI}`), true);
  const clear = WebGL2RenderingContext.prototype.clear;
  WebGL2RenderingContext.prototype.clear = function countedClear(mask) {
    this.canvas.kooFramesDrawn = (this.canvas.kooFramesDrawn || 0) + 1;
    return clear.call(this, mask);
  };
  const requestFrame = window.requestAnimationFrame.bind(window);
  window.kooNextFrame = () => new Promise((resolve) => requestFrame(resolve));
  window.requestAnimationFrame = (callback) => { window.kooFrameRequests++; return requestFrame(callback); };
}

// Opens a page of the portal's server and waits until `readyCount` widgets reported koo-ready;
// the browser context closes when the test `t` ends, passed or not.
async function openPortal(t, url, { readyCount = 2, deviceScaleFactor = 1 } = {}) {
  // Wide enough that each of the two widgets (half of it) has the wide layout with its left
  // navigation; narrower widgets fold it into a menu (responsive-themes.test.mjs).
  const context = await browser.newContext({ viewport: { width: 2800, height: 900 }, deviceScaleFactor });
  t.after(() => context.close());
  await context.addInitScript(instrumentPage);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error));
  page.on('console', (msg) => { if (msg.type() === 'error') errors.push(new Error(msg.text())); });
  const response = await page.goto(url);
  await page.waitForFunction((n) => window.kooEvents.filter((e) => e.type === 'koo-ready').length >= n, readyCount);
  return { context, page, errors, response };
}

const framesDrawn = (page, selector) =>
  page.locator(selector).evaluate((host) => host.shadowRoot.querySelector('canvas')?.kooFramesDrawn || 0);

// Fraction of the element's pixels that differ from its top-left pixel: 0 for a blank canvas.
async function inkRatio(page, selector) {
  const shot = await page.locator(selector).screenshot();
  return page.evaluate(async (bytes) => {
    const bitmap = await createImageBitmap(new Blob([new Uint8Array(bytes)], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = canvas.getContext('2d');
    ctx.drawImage(bitmap, 0, 0);
    const { data } = ctx.getImageData(0, 0, bitmap.width, bitmap.height);
    let differing = 0;
    for (let i = 0; i < data.length; i += 4)
      if (Math.abs(data[i] - data[0]) + Math.abs(data[i + 1] - data[1]) + Math.abs(data[i + 2] - data[2]) > 24) differing++;
    return differing / (data.length / 4);
  }, [...shot]);
}

// A server in front of KOO_BASE_URL: adds a CSP header to every answer, and answers /api/ itself
// with `apiStatus` (recording the Authorization headers it saw) when that is given.
async function startFrontServer(t, { csp = strictCsp, apiStatus = 0 } = {}) {
  const authorizations = [];
  const server = http.createServer((req, res) => {
    if (apiStatus && req.url.startsWith('/api/')) {
      authorizations.push(req.headers.authorization || '');
      res.writeHead(apiStatus, { 'Content-Type': 'application/json', 'Content-Security-Policy': csp });
      res.end(JSON.stringify({ error: { code: 'UNAUTHENTICATED', message: 'The session has ended.', requestId: 'test' } }));
      return;
    }
    const upstream = http.request(new URL(req.url, baseUrl), { method: req.method }, (answer) => {
      res.writeHead(answer.statusCode, { ...answer.headers, 'content-security-policy': csp });
      answer.pipe(res);
    });
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  t.after(() => { server.close(); server.closeAllConnections(); });
  return { url: `http://127.0.0.1:${server.address().port}/`, authorizations };
}

// Serves a folder with web/serve.mjs as a child process on a free port.
async function serveFolder(t, dir, extraArgs = []) {
  const { child, url } = await startListening(process.execPath, ['web/serve.mjs', dir, '--port', '0', ...extraArgs]);
  t.after(() => child.kill('SIGTERM'));
  return `${url}/`;
}

test('both widgets render and navigate independently', async (t) => {
  const { page, errors } = await openPortal(t, new URL('portal.html', baseUrl).href, { deviceScaleFactor: 2 });
  const left = page.locator('#widget-left');
  const right = page.locator('#widget-right');
  for (const selector of ['#widget-left', '#widget-right']) {
    const ratio = await inkRatio(page, selector);
    assert.ok(ratio > 0.02, `${selector} looks blank: only ${(ratio * 100).toFixed(2)}% of pixels differ`);
  }
  await left.getByRole('heading', { name: 'Purchased Apps', level: 1 }).waitFor();
  await right.getByRole('heading', { name: 'Service Supervision', level: 1 }).waitFor();

  await left.getByRole('link', { name: 'My Orders', exact: true }).click();
  await left.getByRole('heading', { name: 'My Orders', level: 1 }).waitFor();
  assert.equal(await right.getByRole('link', { name: 'Service Supervision', exact: true }).getAttribute('aria-current'), 'page');
  await right.getByRole('link', { name: 'Purchased Apps', exact: true }).click();
  await right.getByRole('heading', { name: 'Purchased Apps', level: 1 }).waitFor();
  assert.equal(await left.getByRole('link', { name: 'My Orders', exact: true }).getAttribute('aria-current'), 'page');

  const navigations = await page.evaluate(() => window.kooEvents.filter((e) => e.type === 'koo-navigate'));
  assert.deepEqual(navigations.map((e) => [e.widget, e.detail.route]),
    [['widget-left', '#/orders'], ['widget-right', '#/purchased-apps']]);
  assert.equal(new URL(page.url()).hash, '', 'a widget never touches the host page URL');
  // The canvas backing store follows the container's size and the device pixel ratio (2 here).
  const sizes = await left.evaluate((host) => {
    const canvas = host.shadowRoot.querySelector('canvas');
    return [canvas.width, canvas.height, host.clientWidth * devicePixelRatio, host.clientHeight * devicePixelRatio];
  });
  assert.deepEqual(sizes.slice(0, 2), sizes.slice(2).map(Math.round));
  // A new container size reaches the canvas (ResizeObserver), and the console draws at it.
  await left.evaluate((host) => { host.style.height = '400px'; });
  await page.waitForFunction(() => document.querySelector('#widget-left').shadowRoot.querySelector('canvas').height === 800);
  // The host moves a running widget through its page attribute.
  await left.evaluate((host) => host.setAttribute('page', 'supervision'));
  await left.getByRole('heading', { name: 'Service Supervision', level: 1 }).waitFor();
  await page.screenshot({ path: artifactPath('widget-portal.png') });
  assert.deepEqual(errors, []);
});

test('the host text field keeps its keys (Backspace, Tab) while widgets exist', async (t) => {
  const { page, errors } = await openPortal(t, new URL('portal.html', baseUrl).href);
  const notes = page.locator('#portal-notes');
  const widgetSearch = page.locator('#widget-left').getByRole('textbox').first();
  await widgetSearch.waitFor();
  const searchBefore = await widgetSearch.getAttribute('data-value');

  await notes.click();
  await page.keyboard.type('KooGallery notes');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  assert.equal(await notes.inputValue(), 'KooGallery not');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'toggle-right-widget');
  await page.keyboard.press('Shift+Tab');  // back in the field, its text selected
  await page.keyboard.press('End');
  await page.keyboard.type('es');
  assert.equal(await notes.inputValue(), 'KooGallery notes');
  assert.equal(await widgetSearch.getAttribute('data-value'), searchBefore, 'host typing leaked into a widget');

  // Keys reach a widget only while it has focus: Enter on its focused link navigates it alone.
  await page.locator('#widget-right').getByRole('link', { name: 'My Orders', exact: true }).focus();
  await page.keyboard.press('Enter');
  await page.locator('#widget-right').getByRole('heading', { name: 'My Orders', level: 1 }).waitFor();
  await page.locator('#widget-left').getByRole('heading', { name: 'Purchased Apps', level: 1 }).waitFor();
  await notes.click();
  await page.keyboard.press('End');
  await page.keyboard.press('Backspace');
  assert.equal(await notes.inputValue(), 'KooGallery note');
  assert.deepEqual(errors, []);
});

test('events reach the host: ready and navigate in the portal log, auth-required and error', async (t) => {
  const front = await startFrontServer(t, { apiStatus: 401 });
  const { page, errors } = await openPortal(t, new URL('portal.html', front.url).href);
  await page.locator('#event-log li[data-event="koo-ready"][data-widget="widget-left"]').waitFor();
  await page.locator('#event-log li[data-event="koo-ready"][data-widget="widget-right"]').waitFor();
  await page.locator('#widget-left').getByRole('link', { name: 'Service Supervision', exact: true }).click();
  await page.locator('#event-log li[data-event="koo-navigate"][data-widget="widget-left"]', { hasText: '#/supervision' }).waitFor();

  // A widget against a backend that refuses its token: auth-required, one retry with the token
  // provider's fresh token, then no loop. The tokens never appear in the DOM.
  await page.evaluate(() => {
    const widget = document.createElement('koo-console');
    widget.id = 'widget-backend';
    widget.setAttribute('api-base', '');
    widget.token = 'expired-token';
    widget.tokenProvider = async () => 'fresh-token';
    document.querySelector('.portal-widgets').append(widget);
  });
  await page.waitForFunction(() => window.kooEvents.filter((e) => e.type === 'koo-auth-required').length >= 2);
  await page.locator('#event-log li[data-event="koo-auth-required"][data-widget="widget-backend"]').first().waitFor();
  const tokensSent = [...new Set(front.authorizations.filter(Boolean))];  // the sign-in form's calls send none
  assert.deepEqual(tokensSent, ['Bearer expired-token', 'Bearer fresh-token']);
  assert.equal(await page.evaluate(() => document.documentElement.outerHTML.includes('-token')), false);

  // A token provider that fails: koo-error with its message.
  await page.evaluate(() => {
    const widget = document.createElement('koo-console');
    widget.id = 'widget-failing';
    widget.setAttribute('api-base', '');
    widget.tokenProvider = async () => { throw new Error('the portal session has ended'); };
    document.querySelector('.portal-widgets').append(widget);
  });
  await page.locator('#event-log li[data-event="koo-error"][data-widget="widget-failing"]', { hasText: 'the portal session has ended' }).waitFor();
  assert.equal(await page.evaluate(() => window.kooEvents.filter((e) => e.type === 'koo-auth-required').length), 2);
  // The 401 answers show up as failed resources in the console; anything else is an error.
  assert.deepEqual(errors.filter((e) => !/status of 401/.test(e.message)), []);
});

test('a token provider set before the element script loads is used', async (t) => {
  const front = await startFrontServer(t, { apiStatus: 401 });
  const context = await browser.newContext();
  t.after(() => context.close());
  await context.addInitScript(instrumentPage);
  const page = await context.newPage();
  await page.goto(new URL('no-such-page', front.url).href);  // any document of that origin
  await page.evaluate(async () => {
    const widget = document.createElement('koo-console');  // not defined yet: a plain element
    widget.id = 'widget-early';
    widget.setAttribute('api-base', '');
    widget.tokenProvider = async () => 'early-token';
    document.body.append(widget);
    await import('/koo-console-element.js');
  });
  await page.waitForFunction(() => window.kooEvents.some((e) => e.type === 'koo-auth-required' && e.widget === 'widget-early'));
  assert.deepEqual([...new Set(front.authorizations.filter(Boolean))], ['Bearer early-token']);
});

test('removing a widget stops its frame loop and frees its instance', async (t) => {
  const { context, page, errors } = await openPortal(t, new URL('portal.html', baseUrl).href);
  // Moving an element (out and back in within one task) keeps its instance.
  const keptOnMove = await page.locator('#widget-left').evaluate(async (host) => {
    const before = host.module;
    host.parentNode.append(host);
    await new Promise((resolve) => queueMicrotask(resolve));  // after the check that would stop it
    return host.module === before && before !== null;
  });
  assert.ok(keptOnMove, 'moving the element restarted its instance');
  await page.locator('#widget-right').evaluate((host) => {
    window.removedModule = new WeakRef(host.module);
    const memory = Object.values(host.module.asm).find((value) => value instanceof WebAssembly.Memory);
    window.removedMemory = new WeakRef(memory);
    window.removedCanvas = host.shadowRoot.querySelector('canvas');
  });
  await page.getByRole('button', { name: 'Remove the right widget' }).click();
  assert.equal(await page.locator('#widget-right').count(), 0);
  await page.waitForFunction(() => window.removedCanvas.getContext('webgl2').isContextLost());
  const removedFrames = await page.evaluate(() => window.removedCanvas.kooFramesDrawn);

  // Input, a resize and a click where it was make the remaining widget draw, never the removed one.
  const leftBefore = await framesDrawn(page, '#widget-left');
  await page.mouse.move(1000, 400);
  await page.mouse.down();
  await page.mouse.up();
  await page.setViewportSize({ width: 1300, height: 880 });
  await page.locator('#widget-left').hover();
  await page.waitForFunction((before) => {
    const canvas = document.querySelector('#widget-left').shadowRoot.querySelector('canvas');
    return canvas.kooFramesDrawn > before;
  }, leftBefore);
  assert.equal(await page.evaluate(() => window.removedCanvas.kooFramesDrawn), removedFrames);

  // With both widgets gone nothing asks for animation frames, whatever happens on the page.
  await page.locator('#widget-left').evaluate((host) => host.remove());
  await page.evaluate(() => window.kooNextFrame());
  const requestsBefore = await page.evaluate(() => window.kooFrameRequests);
  await page.mouse.move(300, 400);
  await page.mouse.down();
  await page.mouse.up();
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.locator('#portal-notes').click();
  await page.keyboard.type('still here');
  await page.evaluate(async () => { await window.kooNextFrame(); await window.kooNextFrame(); });
  assert.equal(await page.evaluate(() => window.kooFrameRequests), requestsBefore);

  // Nothing keeps the removed instance alive: the garbage collector takes the module and its
  // wasm memory (polled: a late network answer or timer may hold it for a moment).
  const cdp = await context.newCDPSession(page);
  const deadline = Date.now() + 20000;
  for (;;) {
    await cdp.send('HeapProfiler.collectGarbage');
    const alive = await page.evaluate(() => [window.removedModule.deref(), window.removedMemory.deref()].filter(Boolean).length);
    if (alive === 0) break;
    assert.ok(Date.now() < deadline, `the removed instance is still reachable (${alive} of module, memory)`);
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 250)));
  }

  // Putting the element back starts a new instance on the route it showed.
  await page.getByRole('button', { name: 'Add the right widget again' }).click();
  await page.waitForFunction(() => window.kooEvents.filter((e) => e.type === 'koo-ready' && e.widget === 'widget-right').length === 2);
  await page.locator('#widget-right').getByRole('heading', { name: 'Service Supervision', level: 1 }).waitFor();
  assert.deepEqual(errors, []);
});

test('the portal runs under a strict Content-Security-Policy with no violation', async (t) => {
  const front = await startFrontServer(t, );
  const { page, errors, response } = await openPortal(t, new URL('portal.html', front.url).href);
  assert.equal(response.headers()['content-security-policy'], strictCsp);
  await page.locator('#widget-left').getByRole('link', { name: 'My Orders', exact: true }).click();
  await page.locator('#widget-left').getByRole('heading', { name: 'My Orders', level: 1 }).waitFor();
  await page.locator('#widget-right').getByRole('link', { name: 'Purchased Apps', exact: true }).click();
  await page.locator('#widget-right').getByRole('heading', { name: 'Purchased Apps', level: 1 }).waitFor();
  assert.deepEqual(await page.evaluate(() => window.kooViolations), []);
  assert.deepEqual(errors, []);

  // The policy is really enforced: an inline script is refused and reported.
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.inlineScriptRan = true;';
    document.body.append(script);
  });
  await page.waitForFunction(() => window.kooViolations.length === 1);
  assert.equal(await page.evaluate(() => window.inlineScriptRan), undefined);
});

test('the offline demo build runs with every backend request blocked', async (t) => {
  assert.ok(fs.existsSync(path.join(offlineDemoDir, 'portal.html')),
    `no offline demo in ${offlineDemoDir}: build it with ./console offline (or set KOO_OFFLINE_DIR)`);
  const serverUrl = await serveFolder(t, offlineDemoDir, ['--csp', strictCsp]);
  const origin = new URL(serverUrl).origin;
  const blocked = [];
  const context = await browser.newContext({ viewport: { width: 2800, height: 900 } });  // wide widgets, as above
  t.after(() => context.close());
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== origin || url.pathname.startsWith('/api/')) {
      blocked.push(url.href);
      return route.abort('blockedbyclient');
    }
    return route.continue();
  });
  await context.addInitScript(instrumentPage);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error));

  await page.goto(new URL('index.html#/orders', serverUrl).href);
  await page.waitForFunction(() => window.kooConsole && window.kooConsole.ready);
  await page.evaluate(() => window.kooConsole.ready);
  await page.getByRole('heading', { name: 'My Orders', level: 1 }).waitFor();
  await page.getByRole('link', { name: 'Service Supervision', exact: true }).click();
  await page.getByRole('heading', { name: 'Service Supervision', level: 1 }).waitFor();
  assert.deepEqual(await page.evaluate(() => window.kooViolations), [], 'the standalone page broke the CSP');

  await page.goto(new URL('portal.html', serverUrl).href);
  await page.waitForFunction(() => window.kooEvents.filter((e) => e.type === 'koo-ready').length === 2);
  await page.locator('#widget-left').getByRole('link', { name: 'My Orders', exact: true }).click();
  await page.locator('#widget-left').getByRole('heading', { name: 'My Orders', level: 1 }).waitFor();
  await page.screenshot({ path: artifactPath('widget-offline-portal.png') });
  assert.deepEqual(await page.evaluate(() => window.kooViolations), []);
  assert.deepEqual(blocked, [], 'the offline demo tried to reach a backend');
  assert.deepEqual(errors, []);
});
