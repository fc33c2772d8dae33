// WCAG 2.2 AA in the DOM mirror: axe-core (every rule but the experimental ones) reports no
// violation on any view of the console — lists, details (the password revealed, an unknown app),
// supervised orders in each stage with their dialogs open, My Orders, payment result, empty states,
// sign-in and error states (the backend's test-mode faults) — in English and Chinese, under
// prefers-color-scheme light and dark; and each view has exactly one h1.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, openConsoleWith, baseUrl, demoBuyers } from './browser.mjs';
import { startStack, callBackend } from './stack.mjs';
import { axeViolations, describeViolations, text, waitSettled } from './a11y.mjs';

let browser;
let stack;
before(async () => { [browser, stack] = await Promise.all([launchBrowser(), startStack()]); });
after(async () => { await browser?.close(); stack?.stop(); });

const languages = ['en', 'zh-CN'];
const schemes = ['light', 'dark'];
const checked = [];  // "view (language, scheme)" for the summary

// Runs axe in both colour schemes over what the page shows now; fails with every violation found.
async function checkView(page, label, lang, { context = null } = {}) {
  const failures = [];
  for (const colorScheme of schemes) {
    await page.emulateMedia({ colorScheme });
    // The console draws the scheme's frame (a theme change redraws); the mirror is what axe reads.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const violations = await axeViolations(page, context);
    checked.push(`${label} (${lang}, ${colorScheme})`);
    if (violations.length) failures.push(`${label} (${lang}, ${colorScheme}):\n${describeViolations(violations)}`);
  }
  assert.equal(failures.length, 0, failures.join('\n'));
}

const go = (page, hash) => page.evaluate((target) => { location.hash = target; }, hash);

// A button of the mirror by its name in `lang`.
const buttonNamed = (page, name) => page.getByRole('button', { name, exact: true });

// Opens a view by its deep link, waits for what shows it is there, then checks it.
async function checkRoute(page, lang, label, hash, ready) {
  await go(page, hash);
  await waitSettled(page);
  if (ready) await ready();
  await waitSettled(page);
  await checkView(page, label, lang);
}

// Orders of the offline demo's first buyer in each stage of the service flow (assets/demo-data.json).
const stages = {
  'waiting for a request': 'CS240078642975',
  'waiting for the seller to accept': 'CS240080740121',
  'waiting for delivery': 'CS240082837267',
  'waiting for confirmation': 'CS240083885840',
  completed: 'CS240085982986',
  'frozen by an appeal': 'CS240087031559',
  cancelled: 'CS240088080132',
};

for (const lang of languages) {
  test(`axe finds nothing on every view of the offline demo (${lang}, light and dark)`, { timeout: 600000 }, async () => {
    const t = (key, values) => text(lang, key, values);
    const { context, page, errors } = await openConsoleWith(browser, `?lang=${lang}#/purchased-apps`,
      { contextOptions: { locale: lang } });
    const table = (key) => page.getByRole('table', { name: t(key) }).getByRole('row').nth(1).waitFor();
    const heading2 = () => page.locator('.koo-semantics [role=heading][aria-level="2"]').first().waitFor();

    await checkRoute(page, lang, 'Purchased Apps', '#/purchased-apps', () => table('apps.table'));
    await checkRoute(page, lang, 'Purchased Apps, nothing matches', '#/purchased-apps?q=no-such-app-anywhere', heading2);
    await checkRoute(page, lang, 'Resource Details', '#/purchased-apps/ins-5a53e90001',
      () => buttonNamed(page, t('rd.show_password')).waitFor());
    await buttonNamed(page, t('rd.show_password')).click();
    await buttonNamed(page, t('rd.hide_password')).waitFor();
    await checkView(page, 'Resource Details, password revealed', lang);
    await buttonNamed(page, t('rd.hide_password')).click();
    await checkRoute(page, lang, 'Resource Details of an unknown app', '#/purchased-apps/ins-no-such-app', heading2);
    await checkRoute(page, lang, 'Service Supervision', '#/supervision', () => table('supervision.table'));
    await checkRoute(page, lang, 'Service Supervision, nothing matches', '#/supervision?q=no-such-order', heading2);
    for (const [stage, orderId] of Object.entries(stages))
      await checkRoute(page, lang, `Order Details, ${stage}`, `#/supervision/${orderId}`,
        () => page.getByRole('list', { name: t('stepper.region') }).waitFor());

    // The request form with its problems shown (Submit Request with the required fields empty).
    await go(page, `#/supervision/${stages['waiting for a request']}`);
    await waitSettled(page);
    await buttonNamed(page, t('action.submit_request')).click();
    await page.locator('.koo-semantics [role=alert]').first().waitFor();
    await checkView(page, 'Order Details, request form with problems', lang);

    // Each dialog open, then closed with Escape.
    const dialogs = [
      ['confirm', stages['waiting for confirmation'], 'action.confirm_acceptance'],
      ['reject', stages['waiting for confirmation'], 'action.reject_delivery'],
      ['remind', stages['waiting for delivery'], 'action.remind'],
      ['appeal', 'CS240089128705', 'action.appeal'],
    ];
    for (const [name, orderId, action] of dialogs) {
      await go(page, `#/supervision/${orderId}`);
      await waitSettled(page);
      await buttonNamed(page, t(action)).click();
      const dialog = page.getByRole('dialog', { name: t(`dialog.${name}.title`) });
      await dialog.waitFor();
      await checkView(page, `Order Details, ${name} dialog open`, lang);
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
    }

    await checkRoute(page, lang, 'My Orders', '#/orders', () => table('orders.table'));
    await checkRoute(page, lang, 'My Orders, nothing matches', '#/orders?q=no-such-order', heading2);
    await checkRoute(page, lang, 'Payment result', '#/payment-result?order=CS240001048573', heading2);
    await checkRoute(page, lang, 'Payment result without an order', '#/payment-result', heading2);

    // The user menu and a choice's option list, open.
    await checkRoute(page, lang, 'Purchased Apps filtered', '#/purchased-apps?status=IN_USE', () => table('apps.table'));
    await buttonNamed(page, 'Alice Zhang').click();
    await page.getByRole('menu').waitFor();
    await checkView(page, 'user menu open', lang);
    await page.keyboard.press('Escape');
    await page.getByRole('menu').waitFor({ state: 'detached' });
    await page.getByRole('combobox', { name: t('filter.status') }).click();
    await page.getByRole('listbox').waitFor();
    await checkView(page, 'status filter open', lang);
    await page.keyboard.press('Escape');
    await page.getByRole('listbox').waitFor({ state: 'detached' });
    assert.deepEqual(errors, []);
    await context.close();
  });
}

for (const lang of languages) {
  test(`axe finds nothing on sign-in and error states against the backend (${lang}, light and dark)`, { timeout: 600000 }, async () => {
    const t = (key, values) => text(lang, key, values);
    const token = (await callBackend(stack.backendUrl, 'POST', '/auth/sign-in',
      { body: { userName: 'alice', password: demoBuyers.alice.password } })).token;
    const setFaults = (spec) => callBackend(stack.backendUrl, 'POST', '/test/faults', { token, body: { spec } });
    await setFaults('');

    // Sign-in, then the same form telling the buyer the password was wrong.
    const signIn = await openConsoleWith(browser, `${stack.baseUrl}?api=&lang=${lang}`, { contextOptions: { locale: lang } });
    await signIn.page.getByRole('heading', { name: t('signin.heading'), level: 1 }).waitFor();
    await waitSettled(signIn.page);
    await checkView(signIn.page, 'Sign-in', lang);
    await signIn.page.getByRole('textbox', { name: t('field.user_name'), exact: true }).click();
    await signIn.page.keyboard.type('alice');
    await signIn.page.getByRole('textbox', { name: t('field.password'), exact: true }).click();
    await signIn.page.keyboard.type('not-the-password');
    await signIn.page.keyboard.press('Enter');
    await signIn.page.getByRole('alert').filter({ hasText: t('signin.failed') }).waitFor();
    await waitSettled(signIn.page);
    await checkView(signIn.page, 'Sign-in failed', lang);
    await signIn.context.close();

    // Signed in (the tab's session), each load failing once.
    const { context, page, errors } = await openConsoleWith(browser, `${stack.baseUrl}?api=&lang=${lang}#/orders`, {
      contextOptions: { locale: lang },
      prepare: (ctx) => ctx.addInitScript((value) => sessionStorage.setItem('koo-console-session:', value), token),
    });
    await page.getByRole('table', { name: t('orders.table') }).waitFor();
    const failing = [
      ['Purchased Apps failed to load', 'GET /api/v1/purchased-apps', '#/purchased-apps'],
      ['Resource Details failed to load', 'GET /api/v1/purchased-apps/ins-5a53e90001', '#/purchased-apps/ins-5a53e90001'],
      ['Service Supervision failed to load', 'GET /api/v1/supervised-orders', '#/supervision'],
      ['Order Details failed to load', `GET /api/v1/supervised-orders/${stages.completed}`, `#/supervision/${stages.completed}`],
      ['Payment result failed to load', 'GET /api/v1/orders/CS240001048573', '#/payment-result?order=CS240001048573'],
    ];
    for (const [label, request, hash] of failing) {
      await go(page, '#/orders');
      await waitSettled(page);
      await setFaults(`${request}:status=500,times=1`);
      await go(page, hash);
      await page.getByRole('alert').first().waitFor();
      await waitSettled(page);
      await checkView(page, label, lang);
    }
    await setFaults('');
    // The injected 500s are the only errors the browser reports.
    assert.deepEqual(errors.filter((error) => !/status of 500/.test(error.message)), []);
    await context.close();
  });
}

test('axe finds nothing inside both widgets of the example portal (shadow roots, light and dark)', { timeout: 300000 }, async () => {
  // The right widget follows the browser's language: Chinese here.
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN', bypassCSP: true });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error));
  await page.goto(new URL('portal.html', baseUrl).href);
  for (const [host, lang] of [['#widget-left', 'en'], ['#widget-right', 'zh-CN']]) {
    await waitSettled(page, { host });
    await page.locator(`${host} [role=table] [role=row] [role=cell]`).first().waitFor();
    await checkView(page, `widget ${host}`, lang, { context: [host, '.koo-root'] });
  }
  assert.deepEqual(errors, []);
  await context.close();
});

after(() => {
  const views = new Set(checked.map((entry) => entry.replace(/ \((en|zh-CN), (light|dark)\)$/, '')));
  console.log(`# axe: ${checked.length} checks, ${views.size} views, languages ${languages.join(' and ')}, schemes ${schemes.join(' and ')}`);
});
