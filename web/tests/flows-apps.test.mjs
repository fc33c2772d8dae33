// Purchased Apps and Resource Details in headless Chromium: find an app, reveal and copy its
// password (read back from the system clipboard), open its frontend URL in a new page, the
// warning for an address that is not a web link, and the same reveal in the offline demo with
// every request to /api/ blocked. Against the reference backend unless noted.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import {
  launchBrowser, artifactPath, baseUrl, api, apiToken, openSignedIn, openConsoleWith, searchFor, domText,
  waitUntil,
} from './browser.mjs';

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

const isWebUrl = (url) => /^https?:\/\/[^/\s]/i.test(url || '');

// Every purchased app of the buyer, with its Resource Details, from the API.
async function appsWithDetails(token) {
  const apps = [];
  for (let page = 1; ; page++) {
    const answer = await api('GET', `/purchased-apps?pageSize=100&page=${page}`, { token });
    apps.push(...answer.items);
    if (answer.items.length === 0 || apps.length >= answer.total) break;
  }
  // One after the other: the backend serves each kept-alive connection with one of its few
  // threads, so a burst of parallel connections would stall everyone for the keep-alive timeout.
  const result = [];
  for (const app of apps)
    result.push({ app, details: await api('GET', `/purchased-apps/${encodeURIComponent(app.instanceId)}`, { token }) });
  return result;
}

// Searches the Purchased Apps table and waits until the query is in the URL and every data row
// matches it (so a stale, unfiltered page is never mistaken for the answer).
async function searchApps(page, term) {
  await searchFor(page, term);
  const table = page.getByRole('table', { name: 'Purchased apps' });
  await page.waitForFunction((q) => {
    const rows = [...document.querySelectorAll('[role=table][aria-label="Purchased apps"] [role=row]')]
      .filter((row) => row.getAttribute('aria-label') !== 'Columns');
    const busy = document.querySelector('[role=status][aria-busy=true]');
    return !busy && rows.length > 0 && rows.every((row) => row.textContent.toLowerCase().includes(q.toLowerCase()));
  }, term);
  return table;
}

// Opens Resource Details from the row of `instanceId` and waits until its data is drawn.
async function openDetailsFromRow(page, instanceId) {
  await page.getByRole('row', { name: new RegExp(` ${instanceId}$`) }).getByRole('button', { name: 'Resource Details' }).click();
  await page.getByRole('heading', { name: 'Resource Details', level: 1 }).waitFor();
  await page.getByText(`Instance ID: ${instanceId}`, { exact: true }).waitFor();
  assert.equal(new URL(page.url()).hash, `#/purchased-apps/${instanceId}`);
}

// The password part of the check: masked and absent from the DOM, then revealed equal to
// `expected`; returns once the revealed text shows.
async function revealPassword(page, expected) {
  await page.getByText(/^Password: \u2022+$/).waitFor();
  const before = await domText(page);
  assert.ok(!before.includes(expected), 'the password is in the DOM before it was revealed');
  await page.getByRole('button', { name: 'Show password' }).click();
  await page.getByText(`Password: ${expected}`, { exact: true }).waitFor();
  await page.getByRole('button', { name: 'Hide password' }).waitFor();
  assert.equal(await page.getByRole('button', { name: 'Show password' }).count(), 0);
}

test('Purchased Apps: search, Resource Details, reveal and copy the password (backend)', async () => {
  const token = await apiToken('chen');
  const withPassword = (await appsWithDetails(token)).find(({ details }) => details.applicationInfo.hasPassword);
  assert.ok(withPassword, 'chen has no app with a password');
  const { app } = withPassword;
  // What the marketplace holds, revealed through the API (both reveals go to the audit log).
  const { password } = await api('POST', `/purchased-apps/${app.instanceId}/password/reveal`, { token, body: {} });

  const origin = new URL(baseUrl).origin;
  const { context, page, errors } = await openSignedIn(browser, '#/purchased-apps', 'chen', {
    prepare: (ctx) => ctx.grantPermissions(['clipboard-read', 'clipboard-write'], { origin }),
  });
  await page.getByRole('heading', { name: 'Purchased Apps', level: 1 }).waitFor();
  await searchApps(page, app.productName);
  await openDetailsFromRow(page, app.instanceId);
  await page.getByText('If login fails or the product guide is unclear, contact the seller.').waitFor();

  const reveals = async () => (await api('GET', '/test/audit-log', { token })).items
    .filter((entry) => entry.action === 'PASSWORD_REVEAL' && entry.targetId === app.instanceId).length;
  const revealsBefore = await reveals();
  await page.evaluate(() => navigator.clipboard.writeText('before the copy'));
  await revealPassword(page, password);
  assert.equal(await reveals(), revealsBefore + 1, 'the reveal is not in the audit log');
  await page.getByRole('button', { name: 'Copy password' }).click();
  const copied = await waitUntil(async () => {
    const text = await page.evaluate(() => navigator.clipboard.readText());
    return text !== 'before the copy' && text;
  }, { message: 'the clipboard never changed after Copy password' });
  assert.equal(copied, password);
  await page.getByRole('status', { name: 'Password copied', exact: true }).waitFor();  // the toast
  await page.screenshot({ path: artifactPath('flows-reveal-copy-password.png') });

  // Hiding it takes the secret out of the DOM again; so does leaving the view.
  await page.getByRole('button', { name: 'Hide password' }).click();
  await page.getByRole('button', { name: 'Show password' }).waitFor();
  assert.ok(!(await domText(page)).includes(password), 'the password stayed in the DOM after Hide password');
  await page.getByRole('button', { name: 'Show password' }).click();
  await page.getByText(`Password: ${password}`, { exact: true }).waitFor();
  await page.goBack();
  await page.getByRole('heading', { name: 'Purchased Apps', level: 1 }).waitFor();
  await page.goForward();
  await page.getByText(`Instance ID: ${app.instanceId}`, { exact: true }).waitFor();
  await page.getByRole('button', { name: 'Show password' }).waitFor();
  assert.ok(!(await domText(page)).includes(password), 'the password was still revealed after leaving the view');
  assert.deepEqual(errors, []);
  await context.close();
});

test('Resource Details: the frontend URL opens a new page; a non-web management URL is plain text with a warning', async () => {
  const token = await apiToken('alice');
  const candidate = (await appsWithDetails(token)).find(({ details: { applicationInfo: info } }) =>
    info.adminUrl && !isWebUrl(info.adminUrl) && isWebUrl(info.frontEndUrl));
  assert.ok(candidate, 'alice has no app whose management URL is not a web link');
  const { app, details: { applicationInfo: info } } = candidate;

  const { context, page, errors } = await openSignedIn(browser, '#/purchased-apps', 'alice');
  // The seller's site is not on the network here: answer its requests with a tiny page.
  const front = new URL(info.frontEndUrl);
  await context.route((url) => url.origin === front.origin, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Seller app</title><p>Seller app</p>' }));

  await searchApps(page, app.orderId);  // the search also takes an order ID
  await openDetailsFromRow(page, app.instanceId);

  // The management URL: no link, its text and the warning.
  await page.getByText(`Management URL: ${info.adminUrl}`, { exact: true }).waitFor();
  await page.getByText('This address is not a web link and was not made clickable').waitFor();
  assert.equal(await page.getByRole('link', { name: info.adminUrl, exact: true }).count(), 0);
  await page.getByRole('button', { name: 'Copy management URL' }).waitFor();  // it can still be copied

  // The frontend URL: a link that opens a new page, without an opener.
  const link = page.getByRole('link', { name: info.frontEndUrl, exact: true });
  const [opened] = await Promise.all([context.waitForEvent('page'), link.click()]);
  await opened.waitForLoadState();
  assert.equal(opened.url(), info.frontEndUrl);
  assert.equal(await opened.title(), 'Seller app');
  assert.equal(await opened.evaluate(() => window.opener), null);
  assert.equal(context.pages().length, 2);
  await page.screenshot({ path: artifactPath('flows-links.png') });
  assert.deepEqual(errors, []);
  await context.close();
});

test('offline demo: Purchased Apps → Resource Details → reveal works with every /api/ request blocked', async () => {
  const demo = JSON.parse(fs.readFileSync(new URL('../../assets/demo-data.json', import.meta.url), 'utf8'));
  const apiRequests = [];
  const { context, page, errors } = await openConsoleWith(browser, '#/purchased-apps', {
    prepare: (ctx, p) => p.route('**/api/**', (route) => { apiRequests.push(route.request().url()); return route.abort(); }),
  });
  await page.getByRole('button', { name: 'Alice Zhang', exact: true }).waitFor();  // signed in as alice
  await page.getByRole('heading', { name: 'Purchased Apps', level: 1 }).waitFor();
  await searchApps(page, 'CloudDesk');
  const rowNames = await page.getByRole('table', { name: 'Purchased apps' }).getByRole('row').evaluateAll(
    (rows) => rows.map((row) => row.getAttribute('aria-label')).filter((name) => name !== 'Columns'));
  const entry = rowNames.map((name) => demo.apps.find((a) => name === `${a.app.productName} ${a.app.instanceId}`))
    .find((a) => a && a.buyerId === 'buyer-001' && a.password);
  assert.ok(entry, `no row of the demo data with a password among ${rowNames.join(', ')}`);

  await openDetailsFromRow(page, entry.app.instanceId);
  await revealPassword(page, entry.password);
  await page.screenshot({ path: artifactPath('flows-offline-reveal.png') });
  assert.deepEqual(apiRequests, [], 'the offline demo sent requests to /api/');
  assert.deepEqual(errors, []);
  await context.close();
});
