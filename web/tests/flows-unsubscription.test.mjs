// Negotiated unsubscription in headless Chromium against the reference backend: request an
// unsubscription from My Unsubscriptions, have the seller approve it and pay the refund
// (test-mode endpoints), and see it refunded; withdraw a request waiting for the seller; an
// ineligible app says why; an order whose invoice was issued is unsubscribed once the invoice is
// returned. Orders and requests are picked through the API at test start.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, artifactPath, api, apiToken, openSignedIn, typeInto, waitUntil } from './browser.mjs';
import { axeViolations, describeViolations, waitSettled } from './a11y.mjs';

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// No axe-core violation on the view shown now.
async function expectAccessible(page, what) {
  await waitSettled(page);
  const violations = await axeViolations(page);
  assert.deepEqual(violations, [], `${what}:\n${describeViolations(violations)}`);
}

test('Request an unsubscription, the seller approves it, and it is refunded', async () => {
  const token = await apiToken('alice');
  // The demo order whose earlier request the seller rejected: eligible again, and no other test's.
  const { items: rejected } = await api('GET', '/unsubscriptions?status=REJECTED&pageSize=100', { token });
  let order;
  for (const request of rejected) {
    const candidate = await api('GET', `/orders/${request.orderId}/unsubscription`, { token });
    if (candidate.eligible) { order = candidate; break; }
  }
  assert.ok(order, 'alice has no eligible order whose request was rejected');
  const { context, page, errors } = await openSignedIn(browser, '#/unsubscriptions', 'alice');
  await page.getByRole('heading', { name: 'My Unsubscriptions', level: 1 }).waitFor();
  await expectAccessible(page, 'My Unsubscriptions');
  const row = page.getByRole('row', { name: new RegExp(escape(order.orderId)) });
  await row.getByRole('button', { name: 'Unsubscribe' }).click();
  await page.getByRole('heading', { name: `Unsubscribe ${order.productName}` }).waitFor();
  await expectAccessible(page, 'the unsubscription form');
  await typeInto(page, 'Negotiated refund amount (CNY)', '88.80');
  await page.getByRole('combobox', { name: 'Unsubscription reason' }).click();
  await page.getByRole('option', { name: 'Quality issues' }).click();
  await page.getByRole('checkbox', { name: 'Provide your contact information in your account to the seller' }).click();
  await page.getByRole('button', { name: 'Unsubscribe', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: `Unsubscribe ${order.productName}?` });
  await dialog.waitFor();
  await page.screenshot({ path: artifactPath('flows-unsubscription-confirm.png') });
  await dialog.getByRole('button', { name: 'Refund' }).click();
  await page.getByText("Waiting for the seller's review. You can withdraw the request while it waits.").waitFor();
  const requestId = await waitUntil(async () => (await page.evaluate(() => location.hash)).match(/#\/unsubscriptions\/(US\d+)/)?.[1],
    { message: 'the details of the new request did not open' });
  const sent = await api('GET', `/unsubscriptions/${requestId}`, { token });
  assert.equal(sent.status, 'PENDING_SELLER_REVIEW');
  assert.deepEqual(sent.refundAmount, { minorUnits: 8880, currency: 'CNY' });
  assert.equal(sent.shareContact, true);

  // The seller agrees: the refund is expected within 3 hours.
  await api('POST', `/test/unsubscriptions/${requestId}/approve`, { token, body: {} });
  await page.getByRole('button', { name: 'Refresh' }).click();
  await page.getByText(/^The seller agreed\. ¥88\.80 is refunded to your account balance by /).waitFor();
  await expectAccessible(page, 'a request being refunded');
  await page.screenshot({ path: artifactPath('flows-unsubscription-refunding.png') });
  // The refund is paid: refunded, and My Orders shows the refund order.
  const { refundOrderId } = await api('POST', `/test/unsubscriptions/${requestId}/refund-paid`, { token, body: {} });
  await page.getByRole('button', { name: 'Refresh' }).click();
  await page.getByText(/^¥88\.80 was refunded to your account balance on .*; the instance is released\.$/).waitFor();
  await page.getByRole('link', { name: `Refund order ${refundOrderId}` }).click();
  await page.getByRole('heading', { name: 'Order Details', level: 1 }).waitFor();
  await page.getByText(`Order ${refundOrderId}`).first().waitFor();
  const purchase = await api('GET', `/orders/${order.orderId}`, { token });
  assert.equal(purchase.status, 'CANCELLED');
  assert.deepEqual(errors, []);
  await context.close();
});

test('Withdraw a request that waits for the seller, after confirming', async () => {
  const token = await apiToken('alice');
  const { items } = await api('GET', '/unsubscriptions?status=PENDING_SELLER_REVIEW&pageSize=100', { token });
  const [pending] = items;
  assert.ok(pending, 'alice has no request waiting for the seller');
  const { context, page, errors } = await openSignedIn(browser, '#/unsubscriptions?status=PENDING_SELLER_REVIEW', 'alice');
  await page.getByRole('heading', { name: 'My Unsubscriptions', level: 1 }).waitFor();
  await page.getByRole('row', { name: new RegExp(escape(pending.requestId)) }).getByRole('button', { name: 'View' }).click();
  await page.getByText(`Request ${pending.requestId}`, { exact: true }).waitFor();
  await page.getByRole('button', { name: 'Withdraw', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: `Withdraw request ${pending.requestId}?` });
  await dialog.waitFor();
  assert.equal((await api('GET', `/unsubscriptions/${pending.requestId}`, { token })).status, 'PENDING_SELLER_REVIEW');
  await dialog.getByRole('button', { name: 'Withdraw' }).click();
  await page.getByText('You withdrew this request.', { exact: true }).waitFor();
  assert.equal((await api('GET', `/unsubscriptions/${pending.requestId}`, { token })).status, 'WITHDRAWN');
  assert.equal(await page.getByRole('button', { name: 'Withdraw', exact: true }).count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('An ineligible app says why it cannot be unsubscribed', async () => {
  const token = await apiToken('alice');
  const { items } = await api('GET', '/purchased-apps?status=IN_USE&pageSize=100', { token });
  const app = items.find((a) => !a.involvesSupervision && !a.isTrial && a.billingMode !== 'ONE_TIME');
  assert.ok(app, 'alice has no ordinary SaaS app');
  const { context, page, errors } = await openSignedIn(browser, `#/purchased-apps/${app.instanceId}`, 'alice');
  await page.getByRole('heading', { name: 'Resource Details', level: 1 }).waitFor();
  await page.getByText('Unsubscribe is not available: SaaS products without service supervision cannot be unsubscribed.').waitFor();
  const button = page.getByRole('button', { name: 'Unsubscribe', exact: true });
  assert.equal(await button.getAttribute('aria-disabled'), 'true');
  await page.screenshot({ path: artifactPath('flows-unsubscription-ineligible.png') });
  assert.deepEqual(errors, []);
  await context.close();
});

test('Open a paid order\'s invoice, return it, then unsubscribe the order', async () => {
  const token = await apiToken('alice');
  // A supervised purchase in progress whose only obstacle is its issued invoice.
  const { items: candidates } = await api('GET', '/unsubscriptions/candidates', { token });
  const blocked = candidates.filter((c) => c.refusal?.code === 'INVOICE_OUTSTANDING');
  let order;
  for (const candidate of blocked) {
    const details = await api('GET', `/orders/${candidate.orderId}`, { token });
    if (details.invoiceStatus === 'ISSUED') { order = { ...candidate, invoiceId: details.invoiceId }; break; }
  }
  assert.ok(order, 'alice has no order held back only by its issued invoice');
  const { context, page, errors } = await openSignedIn(browser, `#/orders/${order.orderId}`, 'alice');
  await page.getByText(`Invoice: Issued ${order.invoiceId}`).first().waitFor();
  await page.getByText('Unsubscribe is not available: An invoice was issued for this order: return the invoice first, then unsubscribe.').waitFor();
  await page.getByRole('link', { name: 'View invoice' }).click();
  await page.getByText(`Invoice ${order.invoiceId}`, { exact: true }).first().waitFor();
  await page.getByRole('button', { name: 'Ask to return', exact: true }).click();
  const returning = page.getByRole('dialog', { name: `Return invoice ${order.invoiceId}` });
  await returning.waitFor();
  await returning.getByRole('button', { name: 'Ask to return', exact: true }).click();
  await page.getByText(/^Return requested on /).first().waitFor();
  // Still blocked while operations have not confirmed the return.
  assert.equal((await api('GET', `/orders/${order.orderId}/unsubscription`, { token })).eligible, false);
  await api('POST', `/test/invoices/${order.invoiceId}/confirm-return`, { token, body: {} });

  await page.getByRole('link', { name: 'View the order' }).click();
  await page.getByText('Invoice: Returned').first().waitFor();
  await page.getByRole('button', { name: 'Unsubscribe', exact: true }).click();
  await page.getByRole('heading', { name: `Unsubscribe ${order.productName}` }).waitFor();
  await typeInto(page, 'Negotiated refund amount (CNY)', '10.00');
  await page.getByRole('combobox', { name: 'Unsubscription reason' }).click();
  await page.getByRole('option', { name: 'Purchased by mistake' }).click();
  await page.getByRole('button', { name: 'Unsubscribe', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: `Unsubscribe ${order.productName}?` });
  await dialog.waitFor();
  await dialog.getByRole('button', { name: 'Refund' }).click();
  await page.getByText("Waiting for the seller's review. You can withdraw the request while it waits.").waitFor();
  const { items: mine } = await api('GET', `/unsubscriptions?q=${order.orderId}&status=PENDING_SELLER_REVIEW`, { token });
  assert.equal(mine.length, 1);
  assert.deepEqual(mine[0].refundAmount, { minorUnits: 1000, currency: 'CNY' });
  assert.deepEqual(errors, []);
  await context.close();
});
