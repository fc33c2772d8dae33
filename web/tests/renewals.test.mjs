// Renewals and exports in headless Chromium, in the offline demo (the backend inside the module,
// fresh per page): renew two apps at once and find their combined order in My Orders, turn
// auto-renew on and off, export Renewals and My Orders as CSV and read the downloaded files
// back, and export from a <koo-console> widget's shadow root.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { launchBrowser, baseUrl, openConsole } from './browser.mjs';

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

const BOM = '\uFEFF';

// Clicks Export CSV in `scope` and resolves to the downloaded file's name and text.
async function exportCsv(page, scope) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    scope.getByRole('button', { name: 'Export CSV', exact: true }).click(),
  ]);
  const text = fs.readFileSync(await download.path(), 'utf8');
  return { name: download.suggestedFilename(), text };
}

// The data lines of a CSV (its header first), split on CRLF.
const csvLines = (text) => text.slice(BOM.length).split('\r\n').filter((line) => line.length > 0);

test('two apps renewed at once become one combined order to pay in My Orders', async () => {
  const { context, page, errors } = await openConsole(browser, '#/renewals?expires=WITHIN_15_DAYS');
  try {
    const table = page.getByRole('table', { name: 'Renewals' });
    const boxes = table.getByRole('checkbox', { name: /^Select / });
    await boxes.first().waitFor();
    assert.ok(await boxes.count() >= 2, 'two apps expire within 15 days in the demo data');
    await boxes.nth(0).click();
    await page.getByRole('button', { name: 'Renew selected (1)' }).waitFor();
    await boxes.nth(1).click();
    await page.getByRole('button', { name: 'Renew selected (2)' }).click();
    const dialog = page.getByRole('dialog', { name: 'Renew 2 apps' });
    await dialog.getByText(/^Total for 2 app\(s\): ¥/).waitFor();
    await dialog.getByRole('button', { name: 'Create renewal order' }).click();
    await page.waitForFunction(() => location.hash.startsWith('#/orders') && location.hash.includes('type=RENEWAL'));
    const orders = page.getByRole('table', { name: 'Orders' });
    await orders.getByRole('row').nth(2).waitFor();  // the header and at least two orders
    assert.match(await page.evaluate(() => location.hash), /status=PENDING_PAYMENT/);
    assert.ok(await orders.getByRole('row').count() >= 3);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('auto-renew turns on with its period and off again', async () => {
  const { context, page, errors } = await openConsole(browser, '#/renewals?expires=WITHIN_7_DAYS');
  try {
    const row = page.getByRole('table', { name: 'Renewals' }).getByRole('row').nth(1);
    await row.getByRole('button', { name: 'Turn on auto-renew' }).click();
    const dialog = page.getByRole('dialog', { name: 'Turn on auto-renew' });
    await dialog.getByText(/next charge ¥/).waitFor();
    await dialog.getByRole('button', { name: 'Turn on auto-renew' }).click();
    await row.getByRole('button', { name: 'Turn off auto-renew' }).waitFor();
    await row.getByText(/^Every /).waitFor();
    await row.getByRole('button', { name: 'Turn off auto-renew' }).click();
    await page.getByRole('dialog', { name: 'Turn off auto-renew' }).getByRole('button', { name: 'Turn off auto-renew' }).click();
    await row.getByRole('button', { name: 'Turn on auto-renew' }).waitFor();
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('Renewals and My Orders export what their filters show as CSV that Excel reads', async () => {
  const { context, page, errors } = await openConsole(browser, '#/renewals?autoRenew=ON');
  try {
    await page.getByRole('table', { name: 'Renewals' }).getByRole('row').nth(1).waitFor();
    const renewals = await exportCsv(page, page);
    assert.match(renewals.name, /^renewals-\d{8}-\d{4}\.csv$/);
    assert.ok(renewals.text.startsWith(BOM), 'UTF-8 with a byte-order mark');
    const lines = csvLines(renewals.text);
    assert.equal(lines[0], 'Product,Instance ID,Order No.,Specification,Period,Status,Expires at,Auto-renew,Renewal period,Renewal price,Currency,Unpaid order No.');
    assert.equal(lines.length, 3, 'the header and the two apps with auto-renew on');
    assert.ok(lines.slice(1).every((line) => !line.includes('Auto-renew off')));

    await page.evaluate(() => { location.hash = '#/orders?status=CANCELLED'; });
    await page.getByRole('table', { name: 'Orders' }).getByRole('row').nth(1).waitFor();
    const orders = await exportCsv(page, page);
    assert.match(orders.name, /^orders-\d{8}-\d{4}\.csv$/);
    const orderLines = csvLines(orders.text);
    assert.match(orderLines[0], /^Order No\.,Combined order No\.,Order type,Product,/);
    assert.ok(orderLines.length > 1);
    assert.ok(orderLines.slice(1).every((line) => line.includes(',Cancelled,')), orderLines.join('\n'));
    assert.ok(orders.text.includes('电子签章服务') || orders.text.includes('云速建站') || /[\u4e00-\u9fff]/.test(orders.text),
      'Chinese text arrives as written');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('a widget exports from its shadow root', async () => {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  try {
    await page.goto(new URL('portal.html', baseUrl).href);
    const widget = page.locator('#widget-left');
    await widget.evaluate((el) => el.setAttribute('page', 'orders?status=COMPLETED'));
    await widget.getByRole('table', { name: 'Orders' }).getByRole('row').nth(1).waitFor();
    const file = await exportCsv(page, widget);
    assert.ok(file.text.startsWith(BOM));
    const lines = csvLines(file.text);
    assert.ok(lines.length > 1);
    assert.ok(lines.slice(1).every((line) => line.includes(',Completed,')));
  } finally {
    await context.close();
  }
});
