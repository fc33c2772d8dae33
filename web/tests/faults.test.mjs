// Faults the console survives, in headless Chromium against a private reference backend whose
// fault injection (backend/fault_spec.h) is switched per case through its test endpoint: timeouts,
// connection refused, 500/502/503 with and without the error body, 429 with Retry-After,
// truncated and malformed JSON, valid JSON of the wrong shape, a 401 in the middle of a flow.
// Each shows a clear message and a working Retry, the module never aborts, no action is sent
// twice behind the buyer's back (a retried action carries its first Idempotency-Key and the
// backend applies it once), and what the buyer typed is still there after the error.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, demoBuyers, typeInto, waitUntil } from './browser.mjs';
import { startStack, callBackend, closedPort } from './stack.mjs';

let browser;
let stack;
let adminToken;  // a session of the test's own, for the test endpoints
before(async () => {
  [browser, stack] = await Promise.all([launchBrowser(), startStack()]);
  adminToken = (await callBackend(stack.backendUrl, 'POST', '/auth/sign-in',
    { body: { userName: 'alice', password: demoBuyers.alice.password } })).token;
});
after(async () => { await browser?.close(); stack?.stop(); });

const backend = (method, apiPath, body) => callBackend(stack.backendUrl, method, apiPath, { token: adminToken, body });
const setFaults = (spec) => backend('POST', '/test/faults', { spec });

// Opens `url` and records the API requests the page sends ({ method, path, key, at }), page
// errors, and console lines of an aborted module; resolves once the first frame is drawn.
async function openPage(url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const seen = { api: [], pageErrors: [], aborts: [] };
  page.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (pathname.includes('/api/v1/'))
      seen.api.push({ method: request.method(), path: pathname, key: request.headers()['idempotency-key'], at: Date.now() });
  });
  page.on('pageerror', (error) => seen.pageErrors.push(String(error)));
  page.on('console', (msg) => { if (/Aborted|RuntimeError|unreachable/.test(msg.text())) seen.aborts.push(msg.text()); });
  await page.goto(url);
  await page.waitForFunction(() => window.kooConsole && window.kooConsole.ready);
  await page.evaluate(() => window.kooConsole.ready);
  return { context, page, seen };
}

const requestsTo = (seen, method, path) => seen.api.filter((r) => r.method === method && r.path === path);

async function signIn(page, name) {
  await page.getByRole('heading', { name: 'Sign in to KooGallery Console' }).waitFor();
  await typeInto(page, 'User name', name, { replace: true });  // a second sign-in finds the name kept
  await typeInto(page, 'Password', demoBuyers[name].password);  // empty again: wiped after signing in
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.getByRole('button', { name: demoBuyers[name].displayName, exact: true }).waitFor();
}

async function go(page, hash) {
  await page.evaluate((target) => { location.hash = target; }, hash);
}

// The error panel: an alert whose text has `title` and `text`, with a Retry button inside.
const errorAlert = (page, title) => page.getByRole('alert').filter({ hasText: title });
const retryButton = (page) => page.getByRole('button', { name: 'Retry', exact: true });
const toast = (page, text) => page.getByRole('status', { name: text, exact: true });
const settled = (page) => page.waitForFunction(() => !document.querySelector('[role=status][aria-busy=true]'));

// The module is alive: no abort, no uncaught error, and it still draws a view it is sent to.
async function assertAlive(page, seen) {
  assert.deepEqual(seen.pageErrors, []);
  assert.deepEqual(seen.aborts, []);
  await go(page, '#/supervision');
  await page.getByRole('heading', { name: 'Service Supervision', level: 1 }).waitFor();
}

// A supervised order of alice's whose allowed actions include `action`.
async function orderAllowing(action) {
  const list = await backend('GET', '/supervised-orders?pageSize=100');
  for (const item of list.items) {
    const details = await backend('GET', `/supervised-orders/${item.orderId}`);
    if (details.allowedActions.includes(action)) return { ...details, orderId: details.order.orderId };
  }
  throw new Error(`alice has no supervised order that allows ${action}`);
}

test('loading My Orders through 500, 502/503 with and without the error body, bad JSON and a timeout', async () => {
  await setFaults('');
  const { context, page, seen } = await openPage(`${stack.baseUrl}?api=&timeoutMs=3000#/purchased-apps`);
  await signIn(page, 'alice');
  const ordersPath = '/api/v1/orders';
  const cases = [
    // GETs are retried by themselves after no answer or a 502/503/504 (three attempts in all).
    { spec: 'status=500,times=1', attempts: 1, text: 'The marketplace had a problem; retrying usually helps. (HTTP 500)' },
    { spec: 'status=502,body=html,times=3', attempts: 3, text: 'HTTP 502 without an error body' },
    { spec: 'status=503,times=3', attempts: 3, text: 'Injected fault (test mode) The marketplace had a problem' },
    { spec: 'status=503,body=html,times=3', attempts: 3, text: 'HTTP 503 without an error body' },
    { spec: 'status=500,malformed=1,times=1', attempts: 1, text: 'HTTP 500 without an error body' },
    { spec: 'malformed=1,times=1', attempts: 1, text: 'The marketplace sent an answer the console does not understand' },
    { spec: 'body=wrong-shape,times=1', attempts: 1, text: 'The marketplace sent an answer the console does not understand' },
    { spec: 'latency=6000,times=3', attempts: 3, text: 'The marketplace did not answer in time. Retry in a moment.' },
  ];
  for (const { spec, attempts, text } of cases) {
    await go(page, '#/purchased-apps');
    await page.getByRole('heading', { name: 'Purchased Apps', level: 1 }).waitFor();
    await setFaults(`GET ${ordersPath}:${spec}`);
    const before = requestsTo(seen, 'GET', ordersPath).length;
    await go(page, '#/orders');
    const alert = errorAlert(page, 'Could not load your orders');
    await alert.filter({ hasText: text }).waitFor({ timeout: 30000 }).catch(async () => {
      throw new Error(`${spec}: no alert with "${text}"; alerts: ${await page.getByRole('alert').allTextContents()}`);
    });
    assert.equal(requestsTo(seen, 'GET', ordersPath).length - before, attempts, `${spec}: attempts`);
    // The faults are used up: Retry loads the orders, once.
    await retryButton(page).click();
    await page.getByRole('table', { name: 'Orders' }).getByRole('row').nth(1).waitFor();
    await alert.waitFor({ state: 'detached' });
    assert.equal(requestsTo(seen, 'GET', ordersPath).length - before, attempts + 1, `${spec}: one request per Retry`);
  }
  await setFaults('');
  await assertAlive(page, seen);
  await context.close();
});

test('connection refused: a clear message and Retry, the typed user name kept, one sign-in per click', async () => {
  const port = await closedPort();
  const apiBase = `http://127.0.0.1:${port}`;
  const url = await stack.serveConfig({ apiBase, allowedApiOrigins: [apiBase] });
  const { context, page, seen } = await openPage(`${url}#/purchased-apps`);
  await errorAlert(page, 'Could not load the demo buyers')
    .filter({ hasText: 'The marketplace could not be reached' }).waitFor({ timeout: 30000 });
  await typeInto(page, 'User name', 'alice');
  await typeInto(page, 'Password', demoBuyers.alice.password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  const failed = errorAlert(page, 'Sign-in failed').filter({ hasText: 'could not be reached' });
  await failed.waitFor({ timeout: 30000 });
  assert.equal(await page.getByRole('textbox', { name: 'User name', exact: true }).getAttribute('data-value'), 'alice');
  const signIns = () => requestsTo(seen, 'POST', '/api/v1/auth/sign-in');
  assert.equal(signIns().length, 1);
  // The demo buyers' panel has a Retry too; the sign-in's is drawn after it.
  await retryButton(page).last().click();
  await waitUntil(() => signIns().length >= 2, { message: 'Retry sent no sign-in' });
  await settled(page);
  await failed.waitFor();
  assert.equal(signIns().length, 2, 'Retry sent more than one sign-in');
  assert.equal(signIns()[0].key, signIns()[1].key, 'the retry of an unanswered sign-in changed its key');
  assert.deepEqual(seen.pageErrors, []);
  assert.deepEqual(seen.aborts, []);
  await context.close();
});

test('429 with Retry-After: a GET waits as told, an action says when and is sent again only on Retry', async () => {
  await setFaults('');
  const { context, page, seen } = await openPage(`${stack.baseUrl}?api=#/purchased-apps`);
  await signIn(page, 'alice');
  await setFaults('GET /api/v1/orders:status=429,retryAfter=2,times=1');
  await go(page, '#/orders');
  await page.getByRole('table', { name: 'Orders' }).getByRole('row').nth(1).waitFor({ timeout: 30000 });
  const gets = requestsTo(seen, 'GET', '/api/v1/orders');
  assert.equal(gets.length, 2, 'the GET after a 429 was not retried exactly once');
  assert.ok(gets[1].at - gets[0].at >= 1900, `retried after ${gets[1].at - gets[0].at} ms, before Retry-After`);

  const order = await orderAllowing('REMIND');
  const remindPath = `/api/v1/supervised-orders/${order.orderId}/remind`;
  const reminders = async () => (await backend('GET', `/supervised-orders/${order.orderId}`)).history
    .filter((event) => event.kind === 'REMINDER_SENT').length;
  const remindersBefore = await reminders();
  await setFaults(`POST ${remindPath}:status=429,retryAfter=3,times=1`);
  await go(page, `#/supervision/${order.orderId}`);
  await page.getByRole('button', { name: 'Remind Seller', exact: true }).waitFor();
  await settled(page);
  await page.getByRole('button', { name: 'Remind Seller', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Remind the seller' });
  await dialog.waitFor();
  await typeInto(page, 'Message to the seller (optional)', 'Any news?');
  await dialog.getByRole('button', { name: 'Send reminder' }).click();
  const alert = errorAlert(page, 'Could not send the reminder').filter({ hasText: 'Try again in 3 s.' });
  await alert.waitFor();
  const retry = retryButton(page);
  assert.equal(await retry.getAttribute('aria-disabled'), 'true', 'Retry is enabled before Retry-After passed');
  await page.waitForFunction(() => [...document.querySelectorAll('[role=button]')]
    .some((el) => el.getAttribute('aria-label') === 'Retry' && el.getAttribute('aria-disabled') !== 'true'), null, { timeout: 10000 });
  assert.equal(requestsTo(seen, 'POST', remindPath).length, 1, 'the action was sent again during the wait');
  await retry.click();
  await toast(page, 'Reminder sent to the seller').waitFor();
  const posts = requestsTo(seen, 'POST', remindPath);
  assert.equal(posts.length, 2);
  assert.equal(posts[0].key, posts[1].key, 'the retried reminder changed its Idempotency-Key');
  assert.equal(await reminders(), remindersBefore + 1);
  await assertAlive(page, seen);
  await context.close();
});

test('an action whose answer is lost (timeout, truncated JSON) is applied once; Retry replays it', async () => {
  await setFaults('');
  const { context, page, seen } = await openPage(`${stack.baseUrl}?api=&timeoutMs=3000#/purchased-apps`);
  await signIn(page, 'alice');
  for (const [spec, text] of [['latency=6000', 'did not answer in time'], ['malformed=1', 'does not understand']]) {
    // Reminders are once a day per order: each case takes an order not reminded yet.
    const order = await orderAllowing('REMIND');
    const remindPath = `/api/v1/supervised-orders/${order.orderId}/remind`;
    const reminders = async () => (await backend('GET', `/supervised-orders/${order.orderId}`)).history
      .filter((event) => event.kind === 'REMINDER_SENT').length;
    const remindersBefore = await reminders();
    await setFaults(`POST ${remindPath}:${spec},times=1`);
    await go(page, `#/supervision/${order.orderId}`);
    await page.getByRole('button', { name: 'Remind Seller', exact: true }).waitFor();
    await settled(page);
    await page.getByRole('button', { name: 'Remind Seller', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Remind the seller' });
    await dialog.getByRole('button', { name: 'Send reminder' }).click();
    const alert = errorAlert(page, 'Could not send the reminder').filter({ hasText: text });
    await alert.waitFor({ timeout: 30000 });
    assert.equal(requestsTo(seen, 'POST', remindPath).length, 1, `${spec}: the action went out more than once`);
    // The backend did it (the answer was lost on the way): Retry sends the same key and gets its answer.
    await waitUntil(async () => (await reminders()) === remindersBefore + 1, { message: `${spec}: the backend never applied the reminder` });
    await retryButton(page).click();
    await toast(page, 'Reminder sent to the seller').waitFor();
    const posts = requestsTo(seen, 'POST', remindPath);
    assert.equal(posts.length, 2, `${spec}: ${JSON.stringify(posts)}`);
    assert.equal(posts[0].key, posts[1].key, `${spec}: the retry changed its Idempotency-Key`);
    assert.equal(await reminders(), remindersBefore + 1, `${spec}: the backend applied the reminder twice`);
    await setFaults('');
    await toast(page, 'Reminder sent to the seller').waitFor({ state: 'detached' });  // the next case waits for its own
  }
  await assertAlive(page, seen);
  await context.close();
});

test('a 401 in the middle of a flow: sign in again and the request form still holds what was typed', async () => {
  await setFaults('');
  const order = await orderAllowing('SUBMIT_REQUEST');
  const submitPath = `/api/v1/supervised-orders/${order.orderId}/submit-request`;
  const { context, page, seen } = await openPage(`${stack.baseUrl}?api=#/supervision/${order.orderId}`);
  await signIn(page, 'alice');
  await page.getByRole('button', { name: 'Submit Request', exact: true }).waitFor();
  const typed = {};
  for (const spec of order.requestForm.filter((field) => field.required)) {
    typed[spec.label] = spec.type === 'NUMBER' ? '12' : spec.type === 'DATE' ? '2030-03-01' : 'Acme';
    await typeInto(page, `${spec.label} (required)`, typed[spec.label], { replace: true });
  }
  await setFaults(`POST ${submitPath}:status=401,times=1`);
  await page.getByRole('button', { name: 'Submit Request', exact: true }).click();
  await page.getByRole('heading', { name: 'Sign in to KooGallery Console' }).waitFor();
  await toast(page, 'Your session ended. Sign in again to continue.').waitFor();
  await signIn(page, 'alice');
  assert.equal(new URL(page.url()).hash, `#/supervision/${order.orderId}`);
  for (const [label, value] of Object.entries(typed))
    assert.equal(await page.getByRole('textbox', { name: `${label} (required)`, exact: true }).getAttribute('data-value'),
      value, `${label} lost what the buyer typed`);
  await settled(page);
  await page.getByRole('button', { name: 'Submit Request', exact: true }).click();
  await toast(page, 'Request submitted to the seller').waitFor();
  assert.equal(requestsTo(seen, 'POST', submitPath).length, 2, 'one request per click');
  const after = await backend('GET', `/supervised-orders/${order.orderId}`);
  assert.equal(after.flow.stage, 'WAITING_SELLER_ACCEPT');
  await assertAlive(page, seen);
  await context.close();
});
