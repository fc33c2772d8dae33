// The keyboard in a <koo-console> widget: the host page keeps its focus while the widgets load and
// draw; Tab enters the widget's shadow root, where option lists open, move and close with the
// keyboard and focus returns to the opener, all inside the shadow root.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, baseUrl } from './browser.mjs';
import { focused, pressUntilFocused, text, waitForFocus, waitSettled } from './a11y.mjs';

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

const t = (key, values) => text('en', key, values);
const host = '#widget-left';

test('a widget never takes focus from the host page, and keeps keyboard focus inside its shadow root', async () => {
  // Wide enough that each widget lays its toolbar out in full (the narrow layouts are issue 12's
  // visual half): this test is about where focus goes.
  const context = await browser.newContext({ viewport: { width: 2600, height: 900 }, locale: 'en-US' });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error));
  await page.goto(new URL('portal.html', baseUrl).href);
  // The host's own field has focus before the widgets draw, and keeps it while they load.
  await page.locator('#portal-notes').focus();
  await waitSettled(page, { host });
  await waitSettled(page, { host: '#widget-right' });
  await page.keyboard.type('notes');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'portal-notes');
  assert.equal(await page.locator('#portal-notes').inputValue(), 'notes');

  // Tab from the host's button enters the left widget.
  await page.locator('#toggle-right-widget').focus();
  await page.keyboard.press('Tab');
  await pressUntilFocused(page, 'Tab', 'combobox', t('filter.status'), { host });
  await page.keyboard.press('ArrowDown');
  await waitForFocus(page, 'option', t('filter.all_statuses'), { host });
  await page.keyboard.press('ArrowDown');
  await waitForFocus(page, 'option', t('status.resource.in_use'), { host });
  await page.keyboard.press('Escape');
  await waitForFocus(page, 'combobox', t('filter.status'), { host });
  assert.equal(await page.evaluate(() => document.activeElement.id), 'widget-left', 'focus left the widget');
  // In the widget, the landmarks are the host page's: the console's banner and main are groups.
  const roles = await page.evaluate((selector) => [...document.querySelector(selector).shadowRoot
    .querySelectorAll('.koo-semantics [role=banner], .koo-semantics [role=main]')].length, host);
  assert.equal(roles, 0);
  assert.ok(await focused(page, host));
  assert.deepEqual(errors, []);
  await context.close();
});
