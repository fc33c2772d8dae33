// Where secrets end up, in headless Chromium against a private reference backend: after a buyer
// signs in, reveals an app's password and the console hides it again (Hide password, or leaving
// the view), the password is in no place a script, a reader or a later visitor could get at: the
// DOM (shadow roots too), the browser's console and the backend's log, storage, cookies, the URL
// and history, the module's properties, the backend's database files; the typed sign-in
// password is gone from the same places once the session exists. "Token" is the session token the backend issued: it must live
// in sessionStorage under the page's session key (so a reload keeps the session) and in the
// module's memory (it signs each request), and nowhere else a page script or reader sees.
// A ?api= link to an origin the page does not allow is refused before any password is typed.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { launchBrowser, demoBuyers, typeInto } from './browser.mjs';
import { startStack, callBackend } from './stack.mjs';

let browser;
let stack;
before(async () => { [browser, stack] = await Promise.all([launchBrowser(), startStack({ freshSecrets: true })]); });
after(async () => { await browser?.close(); stack?.stop(); });

const buyer = 'bob';
const sessionKey = 'koo-console-session:';  // page.js: `koo-console-session:${apiBase}`, apiBase ""

// Opens the standalone page at `url` and records every console message, page error, navigation
// and request URL; resolves once the first frame is drawn.
async function openPage(url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const seen = { console: [], pageErrors: [], navigations: [], requests: [] };
  page.on('console', (msg) => seen.console.push(`${msg.type()}: ${msg.text()}`));
  page.on('pageerror', (error) => seen.pageErrors.push(String(error)));
  page.on('framenavigated', (frame) => seen.navigations.push(frame.url()));
  page.on('request', (request) => seen.requests.push(request.url()));
  await page.goto(url);
  await page.waitForFunction(() => window.kooConsole && window.kooConsole.ready);
  await page.evaluate(() => window.kooConsole.ready);
  return { context, page, seen };
}

// Every text of the document and its shadow roots: text nodes, attribute values, field values.
function everyDomText(page) {
  return page.evaluate(() => {
    const parts = [];
    const visit = (node) => {
      if (node.nodeType === Node.TEXT_NODE) parts.push(node.data);
      if (node.nodeType === Node.ELEMENT_NODE) {
        for (const attribute of node.attributes) parts.push(attribute.value);
        if ('value' in node && typeof node.value === 'string') parts.push(node.value);
        if (node.shadowRoot) visit(node.shadowRoot);
      }
      for (const child of node.childNodes) visit(child);
    };
    visit(document);
    return parts.join('\n');
  });
}

// The module's own properties as text (functions and heap views left out; cycles cut).
function moduleProperties(page) {
  return page.evaluate(() => {
    const module = window.kooConsole.module;
    const seen = new WeakSet();
    const replacer = (key, value) => {
      if (typeof value === 'function' || ArrayBuffer.isView(value) || value instanceof ArrayBuffer) return undefined;
      if (typeof Node !== 'undefined' && value instanceof Node) return undefined;
      if (value && typeof value === 'object') {
        if (seen.has(value)) return undefined;
        seen.add(value);
      }
      return value;
    };
    return Object.keys(module).map((key) => {
      try { return `${key}=${JSON.stringify(module[key], replacer)}`; } catch (e) { return `${key}=?`; }
    }).join('\n');
  });
}

async function storage(page, context) {
  const stores = await page.evaluate(() => ({
    local: Object.entries(localStorage), session: Object.entries(sessionStorage),
    url: location.href, historyState: JSON.stringify(history.state), historyLength: history.length,
  }));
  stores.cookies = await context.cookies();
  return stores;
}

// Signs in through the console's form as `name`; resolves once the buyer's name shows.
async function signIn(page, name, password) {
  await page.getByRole('heading', { name: 'Sign in to KooGallery Console' }).waitFor();
  await typeInto(page, 'User name', name);
  await typeInto(page, 'Password', password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.getByRole('button', { name: demoBuyers[name].displayName, exact: true }).waitFor();
}

// Asserts `secret` is in none of the places a page script, a reader or a later visitor sees.
async function assertNowhereVisible(page, context, seen, secret, what) {
  assert.ok(!(await everyDomText(page)).includes(secret), `${what} is in the DOM`);
  assert.ok(!seen.console.some((line) => line.includes(secret)), `${what} is in the console log`);
  assert.ok(!stack.backendLog().includes(secret), `${what} is in the backend's log`);
  assert.ok(!(await moduleProperties(page)).includes(secret), `${what} is in a Module property`);
  const stores = await storage(page, context);
  assert.ok(!JSON.stringify(stores.local).includes(secret), `${what} is in localStorage`);
  assert.ok(!JSON.stringify(stores.cookies).includes(secret), `${what} is in a cookie`);
  for (const url of [stores.url, stores.historyState, ...seen.navigations, ...seen.requests])
    assert.ok(!String(url).includes(secret), `${what} is in the URL or history: ${url}`);
  return stores;
}

// An app of the buyer with a password, and the password, through the API.
async function appWithPassword(token) {
  const apps = (await callBackend(stack.backendUrl, 'GET', '/purchased-apps?pageSize=100', { token })).items;
  for (const app of apps) {
    const details = await callBackend(stack.backendUrl, 'GET', `/purchased-apps/${encodeURIComponent(app.instanceId)}`, { token });
    if (!details.applicationInfo.hasPassword) continue;
    const { password } = await callBackend(stack.backendUrl, 'POST',
      `/purchased-apps/${encodeURIComponent(app.instanceId)}/password/reveal`, { token, body: {} });
    return { app, password };
  }
  throw new Error(`${buyer} has no app with a password`);
}

async function reveal(page, app, password) {
  await page.evaluate((hash) => { location.hash = hash; }, `#/purchased-apps/${app.instanceId}`);
  await page.getByText(`Instance ID: ${app.instanceId}`, { exact: true }).waitFor();
  await page.getByRole('button', { name: 'Show password' }).click();
  await page.getByText(`Password: ${password}`, { exact: true }).waitFor();
}

let revealed;  // { password, token } of the first test, for the database scan

test('after reveal and hide (and after leaving), the password is nowhere; the token only in sessionStorage', async () => {
  const { context, page, seen } = await openPage(`${stack.baseUrl}?api=#/purchased-apps`);
  // This backend's passwords are fresh, so none is also in the module's embedded demo data set.
  const signInPassword = stack.buyerPasswords[buyer];
  await signIn(page, buyer, signInPassword);
  const { session } = await storage(page, context);
  const tokenEntry = session.find(([key]) => key === sessionKey);
  assert.ok(tokenEntry && tokenEntry[1], `no session token under ${sessionKey}: ${JSON.stringify(session)}`);
  const token = tokenEntry[1];

  // The typed sign-in password: gone everywhere, the wasm memory included, once signed in.
  await assertNowhereVisible(page, context, seen, signInPassword, 'the sign-in password');

  const { app, password } = await appWithPassword(await (async () => (await callBackend(stack.backendUrl, 'POST',
    '/auth/sign-in', { body: { userName: buyer, password: signInPassword } })).token)());
  await reveal(page, app, password);
  // The scan finds the password while it shows: a clean scan later means it went, not that the scan is blind.
  assert.ok((await everyDomText(page)).includes(password), 'the DOM scan does not see the shown password');

  await page.getByRole('button', { name: 'Hide password' }).click();
  await page.getByRole('button', { name: 'Show password' }).waitFor();
  await assertNowhereVisible(page, context, seen, password, 'the password after Hide password');

  // Leaving the view re-masks too.
  await page.getByRole('button', { name: 'Show password' }).click();
  await page.getByText(`Password: ${password}`, { exact: true }).waitFor();
  await page.goBack();
  await page.getByRole('heading', { name: 'Purchased Apps', level: 1 }).waitFor();
  await assertNowhereVisible(page, context, seen, password, 'the password after leaving the view');

  // The token: in sessionStorage under the session key only.
  const stores = await assertNowhereVisible(page, context, seen, token, 'the session token');
  const holders = stores.session.filter(([key, value]) => key.includes(token) || value.includes(token));
  assert.deepEqual(holders.map(([key]) => key), [sessionKey], 'the token is in other sessionStorage entries');
  assert.deepEqual(seen.pageErrors, []);
  revealed = { password, token, signInPassword };
  await context.close();
});

// Secrets at rest: the backend seals passwords and keeps tokens as keyed digests, so neither the
// database file nor its WAL shows them.
test('the database file holds neither the revealed password nor the session token in the clear', async () => {
    assert.ok(revealed, 'the reveal test did not run');
    for (const file of [stack.dbPath, `${stack.dbPath}-wal`, `${stack.dbPath}-journal`]) {
      if (!fs.existsSync(file)) continue;
      const bytes = fs.readFileSync(file);
      for (const [what, secret] of [['the app password', revealed.password], ['the session token', revealed.token],
        ['the sign-in password', revealed.signInPassword]])
        assert.equal(bytes.indexOf(Buffer.from(secret, 'utf8')), -1, `${what} is in ${file} in the clear`);
    }
  });

test('?api= to an origin the page does not allow is refused with a message, and nothing is sent there', async () => {
  const foreign = 'http://127.0.0.1:9/';  // discard port: a request would fail, but none may start
  const { context, page, seen } = await openPage(`${stack.baseUrl}?api=${encodeURIComponent(foreign)}#/purchased-apps`);
  await page.getByRole('alert').filter({ hasText: 'which this page does not allow' }).waitFor();
  assert.ok((await page.getByRole('alert').first().textContent()).includes(foreign));
  // The page's own configuration (no apiBase: the offline demo) runs instead.
  await page.getByRole('heading', { name: 'Purchased Apps', level: 1 }).waitFor();
  assert.deepEqual(seen.requests.filter((url) => url.startsWith(foreign.replace(/\/$/, ''))), []);
  assert.deepEqual(seen.pageErrors, []);
  await context.close();
});
