// Navigation and failure in headless Chromium against the reference backend: a deep link with a
// query, views reached by clicks, the browser's back and forward buttons, a reload that keeps
// the view and the session, and the error panel (Request ID, Retry) while the backend's fault
// option makes a GET fail beyond the transport's retries.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, artifactPath, api, apiToken, openSignedIn } from './browser.mjs';

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

const hashOf = (page) => decodeURIComponent(new URL(page.url()).hash);
const navLink = (page, name) => page.getByRole('link', { name, exact: true }).first();  // the left navigation comes first
// The breadcrumb marked current: a text node of the mirror (no role) with aria-current.
const currentCrumb = (page) => page.locator('.koo-semantics div:not([role])[aria-current=page]').textContent();
const idle = (page) => page.waitForFunction(() => !document.querySelector('[role=status][aria-busy=true]'));

// The accessible names of a table's data rows (the header row is "Columns").
const rowNames = (page, table) => page.getByRole('table', { name: table }).getByRole('row').evaluateAll(
  (rows) => rows.map((row) => row.getAttribute('aria-label')).filter((name) => name !== 'Columns'));

// My Orders filtered by status Cancelled, as the deep link asks: the filter shows it and every row is cancelled.
async function expectCancelledOrders(page) {
  await page.getByRole('heading', { name: 'My Orders', level: 1 }).waitFor();
  await page.waitForFunction(() => {
    const status = [...document.querySelectorAll('[role=combobox]')].find((el) => el.getAttribute('aria-label') === 'Status');
    return status && status.dataset.value === 'Cancelled';
  });
  await page.getByRole('table', { name: 'Orders' }).getByRole('row').nth(1).waitFor();
  await idle(page);
  const statuses = await page.getByRole('table', { name: 'Orders' }).getByRole('status').evaluateAll(
    (badges) => badges.map((badge) => badge.getAttribute('aria-label')));
  assert.ok(statuses.length > 0, 'no cancelled orders shown');
  assert.deepEqual([...new Set(statuses)], ['Cancelled']);
  assert.equal(hashOf(page), '#/orders?status=CANCELLED');
}

async function expectResourceDetails(page, instanceId) {
  await page.getByRole('heading', { name: 'Resource Details', level: 1 }).waitFor();
  await page.getByText(`Instance ID: ${instanceId}`, { exact: true }).waitFor();
  assert.equal(hashOf(page), `#/purchased-apps/${instanceId}`);
}

async function expectView(page, title, hash) {
  await page.getByRole('heading', { name: title, level: 1 }).waitFor();
  assert.equal(hashOf(page), hash);
  assert.equal(await navLink(page, title).getAttribute('aria-current'), 'page');
}

test('deep link with a query, clicks, back and forward, and a reload that keeps the view', async () => {
  const { context, page, errors } = await openSignedIn(browser, '#/orders?status=CANCELLED', 'bob');
  await expectCancelledOrders(page);
  assert.equal(await currentCrumb(page), 'My Orders');

  await navLink(page, 'Purchased Apps').click();
  await expectView(page, 'Purchased Apps', '#/purchased-apps');
  await page.getByRole('table', { name: 'Purchased apps' }).getByRole('row').nth(1).waitFor();
  const [firstRow] = await rowNames(page, 'Purchased apps');
  const instanceId = firstRow.split(' ').pop();
  await page.getByRole('row', { name: firstRow, exact: true }).getByRole('button', { name: 'Resource Details' }).click();
  await expectResourceDetails(page, instanceId);
  // Breadcrumbs: My KooGallery > Purchased Apps (a link back) > Resource Details (current).
  assert.equal(await page.getByRole('link', { name: 'Purchased Apps', exact: true }).count(), 2);
  assert.equal(await currentCrumb(page), 'Resource Details');

  await navLink(page, 'Service Supervision').click();
  await expectView(page, 'Service Supervision', '#/supervision');

  await page.goBack();
  await expectResourceDetails(page, instanceId);
  await page.goBack();
  await expectView(page, 'Purchased Apps', '#/purchased-apps');
  await page.goBack();
  await expectCancelledOrders(page);
  await page.goForward();
  await expectView(page, 'Purchased Apps', '#/purchased-apps');
  await page.goForward();
  await expectResourceDetails(page, instanceId);

  // A reload keeps the view, and the session of this tab (no sign-in form).
  await page.reload();
  await page.waitForFunction(() => window.kooConsole && window.kooConsole.ready);
  await page.evaluate(() => window.kooConsole.ready);
  await expectResourceDetails(page, instanceId);
  await page.getByRole('button', { name: 'Bob Li', exact: true }).waitFor();
  assert.equal(await page.getByRole('heading', { name: 'Sign in to KooGallery Console' }).count(), 0);
  await page.screenshot({ path: artifactPath('flows-navigation-reload.png') });
  await page.goBack();  // the history from before the reload is still there
  await expectView(page, 'Purchased Apps', '#/purchased-apps');
  assert.deepEqual(errors, []);
  await context.close();
});

// The backend's faults hold for every client, so the rule names the one path only this test asks
// for (the Resource Details of bob's oldest app): test files running in parallel stay unaffected.
test('GET Resource Details failing beyond the retries shows the error with its Request ID; Retry recovers', async () => {
  const token = await apiToken('bob');
  const apps = await api('GET', '/purchased-apps?pageSize=100&sort=purchaseTime&order=desc', { token });
  const app = apps.items[apps.items.length - 1];
  const detailsPath = `/api/v1/purchased-apps/${app.instanceId}`;
  const { context, page, errors } = await openSignedIn(browser, `#/purchased-apps?q=${app.orderId}`, 'bob');
  const row = page.getByRole('row', { name: `${app.productName} ${app.instanceId}`, exact: true });
  await row.waitFor();

  const answers = [];
  page.on('response', (response) => {
    if (new URL(response.url()).pathname === detailsPath)
      answers.push({ status: response.status(), requestId: response.headers()['x-request-id'] });
  });
  // One attempt and the transport's 2 retries (FetchOptions::getRetries) all answer 503.
  const attempts = 3;
  await api('POST', '/test/faults', { token, body: { spec: `GET ${detailsPath}:status=503,times=${attempts}` } });
  let alertName;
  try {
    await row.getByRole('button', { name: 'Resource Details' }).click();
    await page.getByRole('heading', { name: 'Resource Details', level: 1 }).waitFor();
    const alert = page.getByRole('alert', { name: /^Could not load the resource details\./ });
    await alert.waitFor();
    alertName = await alert.getAttribute('aria-label');
  } finally {
    await api('POST', '/test/faults', { token, body: { spec: '' } });
  }
  assert.deepEqual(answers.map((a) => a.status), Array(attempts).fill(503), 'a GET is tried 3 times before the error shows');
  const requestId = answers[answers.length - 1].requestId;
  assert.ok(requestId, 'the backend sent no X-Request-Id');
  assert.match(alertName, /\(HTTP 503\)/);
  assert.ok(alertName.includes(`Request ID: ${requestId}`), `the alert names no request ID ${requestId}: ${alertName}`);
  assert.equal(await page.getByText(`Instance ID: ${app.instanceId}`, { exact: true }).count(), 0);
  await page.screenshot({ path: artifactPath('flows-error-panel.png') });

  await page.getByRole('button', { name: 'Retry', exact: true }).click();
  await expectResourceDetails(page, app.instanceId);
  await idle(page);
  assert.equal(await page.getByRole('alert').count(), 0);
  assert.deepEqual(answers.slice(attempts).map((a) => a.status), [200]);
  await page.screenshot({ path: artifactPath('flows-error-retried.png') });
  // The browser logs each 503 as a failed resource load; nothing else may fail.
  assert.deepEqual(errors.filter((e) => !/Failed to load resource/.test(e.message)), []);
  await context.close();
});
