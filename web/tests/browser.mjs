// Shared helpers of the browser tests: launches Debian's Chromium through playwright-core with
// software WebGL, opens the console, and waits for its ready signal (never for a fixed time).
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import path from 'node:path';

export const baseUrl = process.env.KOO_BASE_URL || 'http://127.0.0.1:8080/';
export const artifactsDir = process.env.KOO_ARTIFACTS || path.resolve('build/browser-artifacts');

export async function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.KOO_CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-quic', '--no-first-run', '--disable-background-networking',
           '--disable-component-update', '--disable-sync', '--use-gl=swiftshader', '--enable-unsafe-swiftshader'],
  });
}

// Opens `route` (e.g. '#/orders') and resolves once the first frame is drawn. Page errors fail the test.
export async function openConsole(browser, route = '', { viewport = { width: 1280, height: 800 } } = {}) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error));
  page.on('console', (msg) => { if (msg.type() === 'error') errors.push(new Error(msg.text())); });
  await page.goto(new URL(route, baseUrl).href);
  await page.waitForFunction(() => window.kooConsole && window.kooConsole.ready);
  await page.evaluate(() => window.kooConsole.ready);
  return { context, page, errors };
}

export function artifactPath(name) {
  fs.mkdirSync(artifactsDir, { recursive: true });
  return path.join(artifactsDir, name);
}

// ---- Helpers of the flow tests (web/tests/flows-*.test.mjs) ----

// The reference backend's own address (started with --test-mode), for direct API calls.
export const backendUrl = process.env.KOO_BACKEND_URL || 'http://127.0.0.1:8081';

// The demo buyers of the reference backend and their passwords.
export const demoBuyers = {
  alice: { password: 'alice-demo-2025', displayName: 'Alice Zhang' },
  bob: { password: 'bob-demo-2025', displayName: 'Bob Li' },
  chen: { password: 'chen-demo-2025', displayName: '陈静' },
};

// One call to the backend: JSON in and out, a fresh Idempotency-Key on every POST. Resolves to
// { status, body, requestId }; never throws on an HTTP error status.
export async function callApi(method, apiPath, { token, body } = {}) {
  const headers = { Accept: 'application/json' };
  if (token) headers.Authorization = `Bearer ${token}`;
  if (method === 'POST') headers['Idempotency-Key'] = `flows-${crypto.randomUUID()}`;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(new URL(`/api/v1${apiPath}`, backendUrl), {
    method, headers, body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null, requestId: response.headers.get('x-request-id') };
}

// Like callApi, but fails with a readable message unless the answer is 2xx; resolves to the body.
export async function api(method, apiPath, options) {
  const answer = await callApi(method, apiPath, options);
  if (answer.status < 200 || answer.status > 299)
    throw new Error(`${method} ${apiPath} answered ${answer.status}: ${JSON.stringify(answer.body)}`);
  return answer.body;
}

// A bearer token of a demo buyer, from POST /auth/sign-in.
export async function apiToken(userName) {
  const session = await api('POST', '/auth/sign-in', { body: { userName, password: demoBuyers[userName].password } });
  return session.token;
}

// Opens the console like openConsole, but lets `prepare(context, page)` set up routes or
// permissions before the page loads; `contextOptions` (locale, timezoneId, ...) go to the context.
export async function openConsoleWith(browser, route, { prepare, viewport = { width: 1280, height: 800 }, contextOptions } = {}) {
  const context = await browser.newContext({ viewport, ...contextOptions });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error));
  page.on('console', (msg) => { if (msg.type() === 'error') errors.push(new Error(msg.text())); });
  if (prepare) await prepare(context, page);
  await page.goto(new URL(route, baseUrl).href);
  await page.waitForFunction(() => window.kooConsole && window.kooConsole.ready);
  await page.evaluate(() => window.kooConsole.ready);
  return { context, page, errors };
}

// Types into a text box of the console as a buyer does: a click focuses it, then the keys follow
// (`replace`: Ctrl+A and Backspace first; `force`: click even where another mirror element lies
// over the box). A box that mirrors its value (not a password) must then hold exactly what it
// held plus `text`, or this fails at once with what the box holds instead.
export async function typeInto(page, name, text, { enter = false, replace = false, force = false } = {}) {
  const box = page.getByRole('textbox', { name, exact: true });
  await box.click({ force });
  if (replace) {
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
  }
  const before = replace ? '' : await box.getAttribute('data-value');
  await page.keyboard.type(text);
  if (before !== null) {
    const expected = before + text;
    try {
      await page.waitForFunction(({ label, value }) => [...document.querySelectorAll('[role=textbox]')]
        .some((el) => el.getAttribute('aria-label') === label && el.dataset.value === value),
      { label: name, value: expected }, { timeout: 5000 });
    } catch {
      throw new Error(`text box "${name}" holds ${JSON.stringify(await box.getAttribute('data-value'))} ` +
                      `after typing ${JSON.stringify(text)} (expected ${JSON.stringify(expected)})`);
    }
  }
  if (enter) await page.keyboard.press('Enter');
}

// Opens `route` on the backend flavour (`?api=`) and signs in through the console's form as a
// demo buyer; resolves once the buyer's name shows in the top bar.
export async function openSignedIn(browser, route, userName, options) {
  const opened = await openConsoleWith(browser, `?api=${route}`, options);
  const { page } = opened;
  await page.getByRole('heading', { name: 'Sign in to KooGallery Console' }).waitFor();
  await typeInto(page, 'User name', userName);
  await typeInto(page, 'Password', demoBuyers[userName].password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.getByRole('button', { name: demoBuyers[userName].displayName, exact: true }).waitFor();
  return opened;
}

// Everything of the DOM a reader or a script can get at: visible text, aria-labels, data-values.
export function domText(page) {
  return page.evaluate(() => {
    const parts = [document.body.innerText, document.body.textContent];
    for (const el of document.querySelectorAll('[aria-label], [data-value], input, textarea')) {
      if (el.hasAttribute('aria-label')) parts.push(el.getAttribute('aria-label'));
      if (el.dataset.value !== undefined) parts.push(el.dataset.value);
      if ('value' in el && typeof el.value === 'string') parts.push(el.value);
    }
    return parts.join('\n');
  });
}

// Waits until `check()` (run in Node) resolves truthy, polling; fails after `timeout` ms with `message`.
export async function waitUntil(check, { timeout = 10000, interval = 100, message = 'condition not met' } = {}) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeout} ms: ${message}`);
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
}

// Clicks a console control as a buyer does when it lies above or below what the console shows:
// the mouse wheel over the console scrolls its content until the control's mirror element is
// inside the viewport (the mirror can only be scrolled down, never up to content above it).
export async function clickInView(page, locator) {
  await locator.waitFor();
  const viewport = page.viewportSize();
  await waitUntil(async () => {
    const box = await locator.boundingBox();
    if (!box) return false;
    if (box.y >= 0 && box.y + box.height <= viewport.height) return true;
    await page.mouse.move(box.x + box.width / 2, viewport.height / 2);
    await page.mouse.wheel(0, box.y < 0 ? -300 : 300);
    return false;
  }, { timeout: 20000, interval: 200, message: 'the control never scrolled into view' });
  await locator.click();
}

// Runs a list page's search as a buyer does (type into "Search", press Enter) and waits until the
// query is in the URL, which is where the list pages keep it, and its answer is shown: the console
// publishes a new URL with the mirror of the view entered for it, so while the search loads the
// mirror has a busy status, and rows seen after that are the search's, not the previous list's.
export async function searchFor(page, term) {
  await typeInto(page, 'Search', term, { replace: true, enter: true });
  await page.waitForFunction((q) => new URLSearchParams(location.hash.split('?')[1] || '').get('q') === q, term,
    { timeout: 5000 }).catch(() => { throw new Error(`Enter in the Search box did not search for "${term}": ${page.url()}`); });
  await page.waitForFunction(() => !document.querySelector('[role=status][aria-busy=true]'));
}
