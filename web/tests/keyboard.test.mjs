// The console with the keyboard alone (page.keyboard only, never the mouse): Tab and Shift+Tab in
// visual order, arrows inside menus, option lists and the stepper, Escape closing menus and
// dialogs with focus back on their opener, the dialog's focus trap, a password revealed, copied and
// hidden again with what the live region says; and the whole supervision flow against the
// reference backend (submit a request, reject a delivery, confirm acceptance).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, openConsoleWith, demoBuyers } from './browser.mjs';
import { startStack, callBackend } from './stack.mjs';
import { focused, pressUntilFocused, text, waitForAnnouncement, waitForFocus, waitSettled } from './a11y.mjs';

let browser;
let stack;
before(async () => { [browser, stack] = await Promise.all([launchBrowser(), startStack()]); });
after(async () => { await browser?.close(); stack?.stop(); });

const t = (key, values) => text('en', key, values);
const routeHash = (page) => page.evaluate(() => location.hash);

// Every focus stop from the first Tab into the console until focus leaves it or comes round.
async function tabStops(page, key) {
  const stops = [], seen = new Set();
  for (let i = 0; i < 120; i++) {
    await page.keyboard.press(key);
    const now = await focused(page);
    if (!now || seen.has(now.id)) break;
    seen.add(now.id);
    stops.push(`${now.role}:${now.name}`);
  }
  return stops;
}

test('Tab and Shift+Tab go through Purchased Apps in reading order, and back the same way', async () => {
  const { context, page, errors } = await openConsoleWith(browser, '#/purchased-apps');
  await waitSettled(page);
  await page.getByRole('table', { name: t('apps.table') }).getByRole('row').nth(1).waitFor();
  await pressUntilFocused(page, 'Tab', 'button', 'Alice Zhang');
  const forward = ['button:Alice Zhang', ...await tabStops(page, 'Tab')];
  // Banner, navigation, breadcrumbs, search and filters, sort headers, row actions, pagination, footer.
  const at = (stop) => forward.indexOf(stop);
  const order = ['button:Alice Zhang', `link:${t('view.purchased_apps')}`, `link:${t('view.supervision')}`, `link:${t('view.orders')}`,
                 `textbox:${t('list.search')}`, `button:${t('list.search')}`, `combobox:${t('filter.status')}`,
                 `button:${t('table.sort_by', { column: t('col.product') })}`, `button:${t('apps.resource_details')}`,
                 `button:${t('pagination.next')}`, `link:${t('apps.go_to_orders')}`];
  for (const stop of order) assert.ok(at(stop) >= 0, `${stop} is not in the Tab order: ${forward.join(' | ')}`);
  for (let i = 1; i < order.length; i++) assert.ok(at(order[i - 1]) < at(order[i]), `${order[i - 1]} comes after ${order[i]}`);
  // Every row's action, top to bottom, before the pagination.
  const rowActions = forward.filter((stop) => stop === `button:${t('apps.resource_details')}`).length;
  assert.equal(rowActions, 10);
  // Shift+Tab walks the same stops backwards (from the last one: focus went out of the page).
  const last = forward[forward.length - 1];
  const [lastRole, ...lastName] = last.split(':');
  await pressUntilFocused(page, 'Shift+Tab', lastRole, lastName.join(':'), { limit: 3 });
  const backward = [last, ...await tabStops(page, 'Shift+Tab')];
  assert.deepEqual(backward.slice(0, forward.length), [...forward].reverse());
  assert.deepEqual(errors, []);
  await context.close();
});

test('arrows in the user menu and a filter\'s options, Escape back to the opener, and the stepper', async () => {
  const { context, page, errors } = await openConsoleWith(browser, '#/purchased-apps');
  await waitSettled(page);
  // The user menu: Enter opens it on its first item, the arrows move, Escape closes it.
  await pressUntilFocused(page, 'Tab', 'button', 'Alice Zhang');
  await page.keyboard.press('Enter');
  await waitForFocus(page, 'menuitem', t('menu.my_apps'));
  const menuButton = page.getByRole('button', { name: 'Alice Zhang', exact: true });
  assert.equal(await menuButton.getAttribute('aria-expanded'), 'true');
  assert.equal(await menuButton.getAttribute('aria-controls'), await page.getByRole('menu').getAttribute('id'));
  await page.keyboard.press('ArrowDown');
  await waitForFocus(page, 'menuitemradio', t('menu.language.en'));
  assert.equal(await page.getByRole('menuitemradio', { name: t('menu.language.en') }).getAttribute('aria-checked'), 'true');
  await page.keyboard.press('End');
  await waitForFocus(page, 'menuitemradio', t('menu.language.zh_cn'));
  await page.keyboard.press('Escape');
  await page.getByRole('menu').waitFor({ state: 'detached' });
  await waitForFocus(page, 'button', 'Alice Zhang');
  assert.equal(await menuButton.getAttribute('aria-expanded'), 'false');

  // The status filter: Down opens it on the chosen option, Down moves, Enter picks and closes it.
  await pressUntilFocused(page, 'Tab', 'combobox', t('filter.status'));
  await page.keyboard.press('ArrowDown');
  await waitForFocus(page, 'option', t('filter.all_statuses'));
  const combobox = page.getByRole('combobox', { name: t('filter.status') });
  assert.equal(await combobox.getAttribute('aria-controls'), await page.getByRole('listbox').getAttribute('id'));
  await page.keyboard.press('ArrowDown');
  await waitForFocus(page, 'option', t('status.resource.in_use'));
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => location.hash.includes('status=IN_USE'));
  await page.getByRole('listbox').waitFor({ state: 'detached' });
  await waitForFocus(page, 'combobox', t('filter.status'));
  // Escape closes an open list without choosing.
  await page.keyboard.press('ArrowDown');
  await waitForFocus(page, 'option', t('status.resource.in_use'));
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Escape');
  await page.getByRole('listbox').waitFor({ state: 'detached' });
  await waitForFocus(page, 'combobox', t('filter.status'));
  assert.ok((await routeHash(page)).includes('status=IN_USE'));

  // The stepper: one Tab stop (the current step), the arrows go through the steps.
  await page.evaluate(() => { location.hash = '#/supervision/CS240082837267'; });
  await waitSettled(page);
  await page.getByRole('list', { name: t('stepper.region') }).waitFor();
  const current = `${t('stepper.seller_delivers')}, ${t('stepper.state.current')}`;
  await pressUntilFocused(page, 'Tab', 'listitem', current);
  assert.equal(await page.getByRole('listitem', { name: current }).getAttribute('aria-current'), 'step');
  await page.keyboard.press('ArrowLeft');
  await waitForFocus(page, 'listitem', `${t('stepper.seller_accepts')}, ${t('stepper.state.done')}`);
  await page.keyboard.press('End');
  await waitForFocus(page, 'listitem', `${t('stepper.completed')}, ${t('stepper.state.to_do')}`);
  await page.keyboard.press('Home');
  await waitForFocus(page, 'listitem', `${t('stepper.submit_request')}, ${t('stepper.state.done')}`);
  await page.keyboard.press('Tab');  // out of the stepper: only one of its steps is a Tab stop
  assert.notEqual((await focused(page))?.role, 'listitem');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a password revealed, copied and hidden with the keyboard alone, said in the live region', async () => {
  const { context, page, errors } = await openConsoleWith(browser, '#/purchased-apps/ins-5a53e90001', {
    prepare: (ctx) => ctx.grantPermissions(['clipboard-read', 'clipboard-write']),
  });
  await waitSettled(page);
  await pressUntilFocused(page, 'Tab', 'button', t('rd.show_password'));
  await page.keyboard.press('Enter');
  // The toggle keeps focus and now hides the password.
  await waitForFocus(page, 'button', t('rd.hide_password'));
  await waitForAnnouncement(page, t('announce.password_shown', { seconds: '30' }));
  const shown = await page.evaluate(() => window.kooConsole.module.koo.semantics
    .find((node) => node.role === 'text' && node.name.startsWith('Password: ')).name.slice('Password: '.length));
  assert.ok(shown.length > 0 && !shown.includes('•'), 'the password is not shown');
  await page.keyboard.press('Tab');
  await waitForFocus(page, 'button', t('copy.name', { what: t('rd.copy_password') }));
  await page.keyboard.press('Enter');
  await waitForAnnouncement(page, t('toast.copied', { what: t('field.password') }));
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), shown);
  await page.keyboard.press('Shift+Tab');
  await waitForFocus(page, 'button', t('rd.hide_password'));
  await page.keyboard.press(' ');
  await waitForFocus(page, 'button', t('rd.show_password'));
  await waitForAnnouncement(page, t('announce.password_hidden'));
  assert.deepEqual(errors, []);
  await context.close();
});

// ---- The supervision flow against the reference backend ----

const stageLabel = (stage) => t(`stage.${stage.toLowerCase()}`);

test('the whole supervision flow with the keyboard alone: submit a request, reject a delivery, confirm', { timeout: 300000 }, async () => {
  const token = (await callBackend(stack.backendUrl, 'POST', '/auth/sign-in',
    { body: { userName: 'alice', password: demoBuyers.alice.password } })).token;
  const backend = (method, path, body) => callBackend(stack.backendUrl, method, path, { token, body });
  const orderId = 'CS240079691548';  // waiting for the buyer's request (this test's own backend)
  const start = await backend('GET', `/supervised-orders/${orderId}`);
  assert.equal(start.flow.stage, 'WAITING_REQUEST');
  const sellerAction = (body) => backend('POST', `/test/supervised-orders/${orderId}/seller-action`, body);

  const { context, page, errors } = await openConsoleWith(browser, `${stack.baseUrl}?api=#/supervision`, {
    prepare: (ctx) => ctx.addInitScript((value) => sessionStorage.setItem('koo-console-session:', value), token),
  });
  await waitSettled(page);
  const stage = (name) => page.getByRole('status', { name: stageLabel(name), exact: true }).first().waitFor();
  // The seller delivers; the buyer refreshes the order (Tab to Refresh order, Enter) until it waits for them.
  const deliverAndRefresh = async (statementOfWork) => {
    await sellerAction({ action: 'DELIVER', delivery: { statementOfWork } });
    await pressUntilFocused(page, 'Tab', 'button', t('sd.refresh'));
    await page.keyboard.press('Enter');
    await stage('WAITING_BUYER_CONFIRM');
    await waitSettled(page);
  };

  // Search the list and open the order from its row.
  await pressUntilFocused(page, 'Tab', 'textbox', t('list.search'));
  await page.keyboard.type(orderId);
  await page.keyboard.press('Enter');
  await page.waitForFunction((id) => location.hash.includes(`q=${id}`), orderId);
  await waitSettled(page);
  await pressUntilFocused(page, 'Tab', 'button', t('supervision.view_details'));
  await page.keyboard.press('Enter');
  await page.waitForFunction((id) => location.hash === `#/supervision/${id}`, orderId);
  await waitSettled(page);
  await stage('WAITING_REQUEST');

  // 1. The request: the required fields typed in, then Submit Request.
  for (const spec of start.requestForm.filter((field) => field.required)) {
    const label = spec.label + t('form.required_suffix');
    await pressUntilFocused(page, 'Tab', 'textbox', label);
    const value = spec.type === 'NUMBER' ? '12' : spec.type === 'DATE' ? '2030-03-01' : 'Acme';
    await page.keyboard.type(value);
    await page.waitForFunction(({ name, expected }) => [...document.querySelectorAll('[role=textbox]')]
      .some((el) => el.getAttribute('aria-label') === name && el.dataset.value === expected), { name: label, expected: value });
  }
  await pressUntilFocused(page, 'Tab', 'button', t('action.submit_request'));
  await page.keyboard.press('Enter');
  await stage('WAITING_SELLER_ACCEPT');
  await waitForAnnouncement(page, t('action.submit.done'));
  assert.equal((await backend('GET', `/supervised-orders/${orderId}`)).flow.stage, 'WAITING_SELLER_ACCEPT');

  // 2. The seller accepts and delivers; the buyer refreshes.
  await sellerAction({ action: 'ACCEPT_REQUEST' });
  await deliverAndRefresh('Keyboard test: first delivery');

  // 3. Reject: Escape closes the dialog back onto its opener; Tab stays inside it; Enter sends.
  await pressUntilFocused(page, 'Tab', 'button', t('action.reject_delivery'));
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: t('dialog.reject.title') });
  await dialog.waitFor();
  assert.equal(await dialog.getAttribute('aria-modal'), 'true');
  await waitForFocus(page, 'textbox', t('dialog.reject.field'));
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
  await waitForFocus(page, 'button', t('action.reject_delivery'));
  await page.keyboard.press(' ');
  await dialog.waitFor();
  await waitForFocus(page, 'textbox', t('dialog.reject.field'));
  // Tab goes round the dialog's controls and never out of it.
  for (const [role, name] of [['button', t('dialog.reject.confirm')], ['button', t('common.cancel')],
                              ['textbox', t('dialog.reject.field')], ['button', t('dialog.reject.confirm')]]) {
    await page.keyboard.press('Tab');
    await waitForFocus(page, role, name);
  }
  await page.keyboard.press('Shift+Tab');
  await waitForFocus(page, 'textbox', t('dialog.reject.field'));
  await page.keyboard.type('Node 2 missing');
  await page.waitForFunction((expected) => [...document.querySelectorAll('[role=dialog] textarea')]
    .some((el) => el.dataset.value === expected), 'Node 2 missing');
  await page.keyboard.press('Tab');
  await waitForFocus(page, 'button', t('dialog.reject.confirm'));
  await page.keyboard.press('Enter');
  await dialog.waitFor({ state: 'detached' });
  await stage('WAITING_DELIVERY');
  await waitForAnnouncement(page, t('action.reject.done'));
  assert.equal((await backend('GET', `/supervised-orders/${orderId}`)).flow.deliveryRejections, start.flow.deliveryRejections + 1);
  // The dialog and its opener went with the stage: focus stays in the console.
  assert.ok(await page.evaluate(() => document.querySelector('.koo-semantics').parentElement.contains(document.activeElement)));

  // 4. The seller delivers again; the buyer confirms through the confirmation dialog.
  await deliverAndRefresh('Keyboard test: second delivery');
  await pressUntilFocused(page, 'Tab', 'button', t('action.confirm_acceptance'));
  await page.keyboard.press('Enter');
  await page.getByRole('dialog', { name: t('dialog.confirm.title') }).waitFor();
  await waitForFocus(page, 'button', t('dialog.confirm.confirm'));
  await page.keyboard.press('Enter');
  await stage('COMPLETED');
  await waitForAnnouncement(page, t('action.confirm.done'));
  assert.equal((await backend('GET', `/supervised-orders/${orderId}`)).flow.stage, 'COMPLETED');
  assert.deepEqual(errors, []);
  await context.close();
});
