// Invoices in headless Chromium against the reference backend: bob sets his customer
// information once on Billing Center > Invoices, opens a paid order's invoice from the order's
// details, prints it (a hidden frame holding the document) and downloads it (the HTML file read
// back), asks to return it, and once operations confirm (the test-mode endpoint) the order says
// Returned. The invoice is picked through the API among bob's issued ones, so the test runs on
// any database that still has one.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { launchBrowser, artifactPath, api, apiToken, openSignedIn, typeInto } from './browser.mjs';

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

test('Set customer information, open a paid order\'s invoice, print and download it, return it', async () => {
  const token = await apiToken('bob');
  const { items: issued } = await api('GET', '/invoices?status=ISSUED&pageSize=100', { token });
  const invoice = issued[issued.length - 1];
  assert.ok(invoice, 'bob has no issued invoice');
  const { context, page, errors } = await openSignedIn(browser, '#/invoices', 'bob');
  try {
    // Customer information: Set the first time, Edit afterwards (the database may be reused).
    await page.getByRole('heading', { name: 'Invoices', level: 1 }).waitFor();
    const setOrEdit = page.getByRole('button', { name: /^(Set|Edit) customer information$/ });
    await setOrEdit.waitFor();
    await setOrEdit.click();
    const dialog = page.getByRole('dialog', { name: 'Customer information for invoices' });
    await dialog.waitFor();
    const email = `billing+${Date.now()}@bob-studio.example.com`;
    await typeInto(page, 'Name or company', 'Bob Studio', { replace: true });
    await typeInto(page, 'Email', 'not an address', { replace: true });
    await typeInto(page, 'Address', '1 Nanjing Road, Shanghai', { replace: true });
    await dialog.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText('Enter a valid email address, such as name@example.com.').first().waitFor();
    await typeInto(page, 'Email', email, { replace: true });
    await dialog.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText(`Email: ${email}`).first().waitFor();
    const onFile = await api('GET', '/invoice-customer', { token });
    assert.deepEqual(onFile.customer, { name: 'Bob Studio', email, address: '1 Nanjing Road, Shanghai' });

    // The paid order says its invoice; View invoice opens it.
    await page.evaluate((target) => { location.hash = target; }, `#/orders/${invoice.orderId}`);
    await page.getByText(`Invoice: Issued ${invoice.invoiceId}`).first().waitFor();
    await page.getByRole('link', { name: 'View invoice' }).click();
    await page.getByText(`Invoice ${invoice.invoiceId}`, { exact: true }).first().waitFor();
    await page.screenshot({ path: artifactPath('flows-invoices-view.png') });

    // Print: the document goes to a hidden frame whose window prints it.
    await page.getByRole('button', { name: 'Print', exact: true }).click();
    const frame = page.locator('iframe[data-koo-print]');
    await frame.waitFor({ state: 'attached' });
    assert.match(await frame.getAttribute('srcdoc'), new RegExp(`<title>Invoice ${invoice.invoiceId}</title>`));

    // Download: the same document as an HTML file, read back.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download', exact: true }).click(),
    ]);
    assert.equal(download.suggestedFilename(), `invoice-${invoice.invoiceId}.html`);
    const html = fs.readFileSync(await download.path(), 'utf8');
    assert.match(html, /^<!DOCTYPE html>/);
    assert.ok(html.includes(invoice.orderId) && html.includes('Huawei Cloud'), html.slice(0, 400));
    assert.ok(!/<script/i.test(html));

    // Ask to return it, with a reason.
    await page.getByRole('button', { name: 'Ask to return', exact: true }).click();
    const returning = page.getByRole('dialog', { name: `Return invoice ${invoice.invoiceId}` });
    await returning.waitFor();
    await typeInto(page, 'Reason (optional)', 'Wrong company name');
    await returning.getByRole('button', { name: 'Ask to return', exact: true }).click();
    await page.getByText(/^Return requested on /).first().waitFor();
    const asked = await api('GET', `/invoices/${invoice.invoiceId}`, { token });
    assert.equal(asked.status, 'RETURN_REQUESTED');
    assert.equal(asked.returnReason, 'Wrong company name');

    // Operations confirm (test mode): the order's invoice is Returned.
    await api('POST', `/test/invoices/${invoice.invoiceId}/confirm-return`, { token, body: {} });
    await page.getByRole('link', { name: 'View the order' }).click();
    await page.getByText('Invoice: Returned').first().waitFor();
    await page.screenshot({ path: artifactPath('flows-invoices-returned.png') });
    assert.equal((await api('GET', `/orders/${invoice.orderId}`, { token })).invoiceStatus, 'RETURNED');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});
