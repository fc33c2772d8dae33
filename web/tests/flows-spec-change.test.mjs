// Changing specifications and buying a trial in headless Chromium against the reference backend:
// upgrade a spec from Purchased Apps, see the fee with its parts, pay the CHANGE order through
// the payment step and see the new spec on Resource Details; buy a trial and pay it; a refused
// change says why. Apps are picked through the API at test start among those that fit, so the
// tests run on any database that still has one.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, artifactPath, api, apiToken, openSignedIn, searchFor } from './browser.mjs';

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const go = (page, hash) => page.evaluate((target) => { location.hash = target; }, hash);

// alice's apps with their change options, those that fit `wanted`.
async function appsWithOptions(token, wanted) {
  const { items } = await api('GET', '/purchased-apps?pageSize=100', { token });
  const found = [];
  for (const app of items) {
    const options = await api('GET', `/purchased-apps/${app.instanceId}/change-options`, { token });
    if (wanted(app, options)) found.push({ app, options });
  }
  return found;
}

async function payOnThePaymentStep(page) {
  await page.getByRole('heading', { name: 'Payment Method' }).waitFor();
  await page.getByRole('button', { name: /^Confirm payment of / }).click();
  await page.getByRole('heading', { name: 'Payment successful' }).waitFor();
}

test('Upgrade a specification, see the fee, pay the change order, see the new spec on Resource Details', async () => {
  const token = await apiToken('alice');
  const [picked] = await appsWithOptions(token, (app, options) =>
    !app.isTrial && options.options.some((o) => o.kind === 'UPGRADE' && o.quote && !o.refusal));
  assert.ok(picked, 'alice has no app to upgrade');
  const { app } = picked;
  const upgrade = picked.options.options.find((o) => o.kind === 'UPGRADE' && o.quote);
  const { context, page, errors } = await openSignedIn(browser, '#/purchased-apps', 'alice');
  await page.getByRole('heading', { name: 'Purchased Apps', level: 1 }).waitFor();
  await searchFor(page, app.orderId);
  const row = page.getByRole('row', { name: new RegExp(escape(app.instanceId)) });
  await row.getByRole('button', { name: 'Change Specifications' }).click();
  await page.getByRole('heading', { name: `Change specifications: ${app.productName}` }).waitFor();
  const option = page.getByRole('checkbox', { name: new RegExp(`^Upgrade to ${escape(upgrade.target.specification)} - Fee: `) });
  await option.click();
  // The fee's parts before confirming.
  await page.getByText(`Remaining: ${upgrade.quote.remainingDays} of ${upgrade.quote.daysInPeriod} days`).waitFor();
  await page.getByText(/^New price: /).waitFor();
  await page.getByText(/^Original price: /).waitFor();
  await page.getByText(`Discount: ${upgrade.quote.discountPercent}%`).waitFor();
  await page.screenshot({ path: artifactPath('flows-spec-change-fee.png') });
  await page.getByRole('button', { name: 'Confirm and pay' }).click();
  await payOnThePaymentStep(page);
  const orderId = new URLSearchParams(page.url().split('?').pop()).get('order')
    ?? (await api('GET', '/orders?type=CHANGE&pageSize=100', { token })).items[0].orderId;
  const order = await api('GET', `/orders/${orderId}`, { token });
  assert.equal(order.type, 'CHANGE');
  assert.equal(order.status, 'COMPLETED');
  assert.deepEqual(order.amount, upgrade.quote.fee);
  await go(page, `#/purchased-apps/${app.instanceId}`);
  await page.getByRole('heading', { name: 'Resource Details', level: 1 }).waitFor();
  await page.getByText(`Specification: ${upgrade.target.specification}`, { exact: true }).waitFor();
  const after = await api('GET', `/purchased-apps/${app.instanceId}`, { token });
  assert.equal(after.basicInfo.specification, upgrade.target.specification);
  assert.equal(after.basicInfo.expiryTime, app.expiryTime);
  assert.deepEqual(errors, []);
  await context.close();
});

test('Buy a trial and pay it: the same instance becomes commercial', async () => {
  const token = await apiToken('alice');
  const [picked] = await appsWithOptions(token, (app, options) => app.isTrial && !options.purchaseRefusal);
  assert.ok(picked, 'alice has no trial to buy');
  const { app } = picked;
  const { context, page, errors } = await openSignedIn(browser, `#/purchased-apps/${app.instanceId}`, 'alice');
  await page.getByText(/^Trial (ends|ended) /).first().waitFor();
  await page.getByRole('button', { name: 'Buy', exact: true }).click();
  await page.getByRole('heading', { name: `Buy ${app.productName}` }).waitFor();
  await page.getByText(/^Price: /).waitFor();
  await page.getByRole('button', { name: 'Create order and pay' }).click();
  await payOnThePaymentStep(page);
  const bought = await api('GET', `/purchased-apps/${app.instanceId}`, { token });
  assert.equal(bought.basicInfo.isTrial, false);
  assert.equal(bought.basicInfo.instanceId, app.instanceId);
  const order = await api('GET', `/orders/${bought.basicInfo.orderId}`, { token });
  assert.equal(order.type, 'NEW');
  assert.equal(order.trialInstanceId, app.instanceId);
  assert.equal(order.status, 'COMPLETED');
  assert.deepEqual(errors, []);
  await context.close();
});

test('A refused change says why', async () => {
  const token = await apiToken('alice');
  const [picked] = await appsWithOptions(token, (app, options) => options.refusal?.code === 'SKU_REMOVED');
  assert.ok(picked, 'alice has no app whose SKU was removed');
  const { context, page, errors } = await openSignedIn(browser, `#/change-spec/${picked.app.instanceId}`, 'alice');
  await page.getByText(picked.options.refusal.message, { exact: true }).waitFor();
  assert.equal(await page.getByRole('button', { name: 'Confirm and pay' }).count(), 0);
  await page.screenshot({ path: artifactPath('flows-spec-change-refused.png') });
  assert.deepEqual(errors, []);
  await context.close();
});
