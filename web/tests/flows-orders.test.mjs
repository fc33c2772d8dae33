// Unpaid orders and supervision in headless Chromium against the reference backend: pay an
// order from My Orders through the payment step and land on Purchased Apps via the payment
// result; cancel one after its confirmation; reveal the password of a supervised order before
// its flow completes. Orders are picked through the API at test start among those that fit, so
// the tests run on any database that still has one.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, artifactPath, api, apiToken, domText, openSignedIn, searchFor } from './browser.mjs';

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

// alice's unpaid ordinary orders the payment platform's stand-in accepts (the demo data has some
// it declines: those are kept out by their product).
async function payableOrders(token) {
  const { items } = await api('GET', '/orders?status=PENDING_PAYMENT&type=NEW&pageSize=100', { token });
  return items.filter((o) => !o.involvesSupervision && !['prod-sms', 'prod-sign'].includes(o.productId));
}

test('Pay an unpaid order from My Orders and land on Purchased Apps via the payment result', async () => {
  const token = await apiToken('alice');
  const [order] = await payableOrders(token);
  assert.ok(order, 'alice has no unpaid order to pay');
  const { context, page, errors } = await openSignedIn(browser, '#/orders', 'alice');
  await page.getByRole('heading', { name: 'My Orders', level: 1 }).waitFor();
  await searchFor(page, order.orderId);
  await page.getByText(/^Cancelled automatically in /).first().waitFor();
  await page.getByRole('button', { name: 'Pay', exact: true }).click();
  await page.getByRole('heading', { name: 'Payment Method' }).waitFor();
  await page.getByRole('checkbox', { name: 'Pay online (credit card)' }).click();
  await page.screenshot({ path: artifactPath('flows-orders-payment-step.png') });
  await page.getByRole('button', { name: /^Confirm payment of / }).click();
  await page.getByRole('heading', { name: 'Payment successful' }).waitFor();
  await page.screenshot({ path: artifactPath('flows-orders-paid.png') });
  const paid = await api('GET', `/orders/${order.orderId}`, { token });
  assert.equal(paid.status, 'COMPLETED');
  assert.equal(paid.paymentMethod, 'ONLINE_CARD');
  await page.getByRole('button', { name: 'Back to KooGallery Console' }).click();
  await page.getByRole('heading', { name: 'Purchased Apps', level: 1 }).waitFor();
  await searchFor(page, order.orderId);
  await page.getByRole('row', { name: new RegExp(order.productName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) }).first().waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('Cancel an unpaid order after confirming, from My Orders', async () => {
  const token = await apiToken('alice');
  const orders = await payableOrders(token);
  const order = orders[orders.length - 1];
  assert.ok(order, 'alice has no unpaid order to cancel');
  const { context, page, errors } = await openSignedIn(browser, '#/orders', 'alice');
  await page.getByRole('heading', { name: 'My Orders', level: 1 }).waitFor();
  await searchFor(page, order.orderId);
  await page.getByRole('button', { name: 'Cancel Order' }).click();
  const dialog = page.getByRole('dialog', { name: `Cancel order ${order.orderId}?` });
  await dialog.waitFor();
  assert.equal((await api('GET', `/orders/${order.orderId}`, { token })).status, 'PENDING_PAYMENT');
  await page.getByRole('button', { name: 'Yes, cancel order' }).click();
  await page.getByText('Cancelled: Cancelled by you before payment', { exact: true }).waitFor();
  await page.screenshot({ path: artifactPath('flows-orders-cancelled-details.png') });
  const cancelled = await api('GET', `/orders/${order.orderId}`, { token });
  assert.equal(cancelled.status, 'CANCELLED');
  assert.equal(cancelled.cancelReason, 'BUYER_CANCELLED');
  assert.equal(await page.getByRole('button', { name: 'Pay', exact: true }).count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('Reveal the password of a supervised order before its flow completes', async () => {
  const token = await apiToken('alice');
  const { items } = await api('GET', '/supervised-orders?stage=WAITING_BUYER_CONFIRM&pageSize=100', { token });
  let picked;
  for (const item of items) {
    const details = await api('GET', `/supervised-orders/${item.orderId}`, { token });
    if (details.applicationInfo?.hasPassword) { picked = item; break; }
  }
  assert.ok(picked, 'alice has no supervised order waiting for acceptance with a login');
  const { password } = await api('POST', `/supervised-orders/${picked.orderId}/password/reveal`, { token, body: {} });
  const { context, page, errors } = await openSignedIn(browser, `#/supervision/${picked.orderId}`, 'alice');
  await page.getByRole('heading', { name: 'Application Information' }).waitFor();
  await page.getByText(/^Password: \u2022+$/).waitFor();
  assert.ok(!(await domText(page)).includes(password), 'the password is in the DOM before it was revealed');
  await page.getByRole('button', { name: 'Show password' }).click();
  await page.getByText(`Password: ${password}`, { exact: true }).waitFor();
  await page.getByRole('button', { name: 'Confirm Acceptance' }).waitFor();  // the flow is still open
  await page.screenshot({ path: artifactPath('flows-orders-supervision-password.png') });
  await page.getByRole('button', { name: 'Hide password' }).click();
  await page.getByRole('button', { name: 'Show password' }).waitFor();
  assert.ok(!(await domText(page)).includes(password), 'the password stayed in the DOM after Hide password');
  const log = await api('GET', '/test/audit-log', { token });
  assert.ok(log.items.filter((e) => e.targetId === picked.orderId && e.action === 'SUPERVISED_PASSWORD_REVEAL').length >= 2);
  assert.deepEqual(errors, []);
  await context.close();
});
