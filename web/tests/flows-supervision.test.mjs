// Service Supervision in headless Chromium against the reference backend: a supervised order
// taken through Submit Request, the seller's acceptance and delivery (test API), Reject with a
// reason, a second delivery and Confirm Acceptance, until the app shows in Purchased Apps.
// The order is picked through the API at test start among those in the needed stage, so the
// test runs on any database that still has one; it asserts changes relative to that start.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, artifactPath, api, apiToken, openSignedIn, searchFor, typeInto, waitUntil, clickInView } from './browser.mjs';

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

const stages = {
  WAITING_REQUEST: 'Waiting for your request',
  WAITING_SELLER_ACCEPT: 'Waiting for the seller to accept the request',
  WAITING_DELIVERY: 'Waiting for the seller to provide the service',
  WAITING_BUYER_CONFIRM: 'Waiting for you to confirm acceptance',
  COMPLETED: 'Completed',
};

const sellerAction = (token, orderId, body) =>
  api('POST', `/test/supervised-orders/${encodeURIComponent(orderId)}/seller-action`, { token, body });

// A supervised order waiting for the buyer's request, and its buyer. Takes the last one found
// (others' tests more likely take the first); if none is left, sends one that waits for the
// seller's acceptance back to the buyer through the seller's rejection.
async function pickOrderWaitingForRequest() {
  const found = [];
  for (const stage of ['WAITING_REQUEST', 'WAITING_SELLER_ACCEPT']) {
    for (const buyer of ['bob', 'chen', 'alice']) {
      const token = await apiToken(buyer);
      const list = await api('GET', `/supervised-orders?stage=${stage}&pageSize=100`, { token });
      for (const item of list.items) found.push({ buyer, token, orderId: item.orderId, stage });
    }
    if (found.length) break;
  }
  assert.ok(found.length, 'no supervised order is waiting for a request or for the seller\'s acceptance');
  const picked = found[found.length - 1];
  if (picked.stage === 'WAITING_SELLER_ACCEPT')
    await sellerAction(picked.token, picked.orderId, { action: 'REJECT_REQUEST', reason: 'Flow test: please submit again.' });
  return picked;
}

// A short value the request form accepts for a field of the seller's template (typing is slow:
// every key is a frame of the console in software WebGL).
function valueFor(spec) {
  switch (spec.type) {
    case 'NUMBER': return '12';
    case 'DATE': return '2030-03-01';
    default: return 'Acme';
  }
}

// Waits until the order's stage badge and the stepper's current step show `stage`.
async function waitForStage(page, stage) {
  await page.getByRole('status', { name: stages[stage], exact: true }).waitFor();
  await page.waitForFunction(() => !document.querySelector('[role=status][aria-busy=true]'));
}

const currentStep = (page) => page.getByRole('list', { name: 'Service flow steps' }).evaluate(
  (list) => [...list.querySelectorAll('[aria-current=step]')].map((el) => el.textContent));

// Dialogs float above the page in the mirror too, so a normal click works: Playwright waits
// until the button stands still (a dialog sizes itself over its first frames) and is on top.
const clickInDialog = (locator) => locator.click();

// Refresh order is at the top of the order; the buyer may have scrolled down to the form.
async function refresh(page) {
  await clickInView(page, page.getByRole('button', { name: 'Refresh order' }));
}

test('Service Supervision: submit, reject with a reason, confirm, and the app appears in Purchased Apps', async () => {
  const { buyer, token, orderId } = await pickOrderWaitingForRequest();
  const start = await api('GET', `/supervised-orders/${orderId}`, { token });
  assert.equal(start.flow.stage, 'WAITING_REQUEST');
  const before = await api('GET', `/purchased-apps?q=${orderId}`, { token });
  assert.equal(before.total, 0, 'the app is in Purchased Apps before its flow completed');

  const { context, page, errors } = await openSignedIn(browser, '#/supervision', buyer);
  await page.getByRole('heading', { name: 'Service Supervision', level: 1 }).waitFor();
  await searchFor(page, orderId);
  await page.getByRole('row', { name: new RegExp(`^${orderId} `) }).getByRole('button', { name: 'View Details' }).click();
  await page.getByRole('heading', { name: 'Order Details', level: 1 }).waitFor();
  assert.equal(new URL(page.url()).hash, `#/supervision/${orderId}`);
  await waitForStage(page, 'WAITING_REQUEST');
  assert.deepEqual(await currentStep(page), ['Submit request']);
  assert.equal(await page.getByRole('button', { name: 'Confirm Acceptance' }).count(), 0);

  // 1. The buyer's request: the seller's form, its required fields filled in.
  const typed = {};
  for (const spec of start.requestForm.filter((field) => field.required)) {
    typed[spec.key] = valueFor(spec);
    await typeInto(page, spec.label + (spec.required ? ' (required)' : ''), typed[spec.key], { replace: true });
  }
  await page.getByRole('button', { name: 'Submit Request' }).click();
  await waitForStage(page, 'WAITING_SELLER_ACCEPT');
  await page.getByRole('status', { name: 'Request submitted to the seller', exact: true }).waitFor();  // the toast
  const submitted = await api('GET', `/supervised-orders/${orderId}`, { token });
  assert.equal(submitted.flow.stage, 'WAITING_SELLER_ACCEPT');
  for (const [key, value] of Object.entries(typed)) assert.equal(submitted.request.fields[key], value, key);

  // 2. The seller accepts and delivers; the buyer refreshes the order.
  await sellerAction(token, orderId, { action: 'ACCEPT_REQUEST' });
  await sellerAction(token, orderId, { action: 'DELIVER', delivery: { statementOfWork: 'Flow test: first delivery' } });
  await refresh(page);
  await waitForStage(page, 'WAITING_BUYER_CONFIRM');
  await page.getByText('Statement of work: Flow test: first delivery', { exact: true }).waitFor();
  assert.deepEqual(await currentStep(page), ['You confirm']);

  // 3. Reject: the reason is required, then the flow goes back to the seller.
  await page.getByRole('button', { name: 'Reject', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Reject the delivery' });
  await dialog.waitFor();
  await clickInDialog(dialog.getByRole('button', { name: 'Send rejection' }));
  await dialog.getByRole('alert', { name: 'A reason is required' }).waitFor();
  const reason = 'Node 2 missing';
  await typeInto(page, 'Reason for rejecting', reason);
  await clickInDialog(dialog.getByRole('button', { name: 'Send rejection' }));
  await waitForStage(page, 'WAITING_DELIVERY');
  await page.getByRole('table', { name: 'Flow history' }).getByText(reason, { exact: true }).waitFor();
  const rejected = await api('GET', `/supervised-orders/${orderId}`, { token });
  assert.equal(rejected.flow.deliveryRejections, start.flow.deliveryRejections + 1);

  // 4. The seller delivers again; the buyer confirms acceptance through the confirmation dialog.
  await sellerAction(token, orderId, { action: 'DELIVER', delivery: { statementOfWork: 'Flow test: second delivery' } });
  await refresh(page);
  await waitForStage(page, 'WAITING_BUYER_CONFIRM');
  await page.getByText('Statement of work: Flow test: second delivery', { exact: true }).waitFor();
  await page.getByRole('button', { name: 'Confirm Acceptance' }).click();
  await page.getByRole('dialog', { name: 'Confirm acceptance' }).waitFor();
  await clickInDialog(page.getByRole('button', { name: 'Yes, confirm acceptance' }));
  await waitForStage(page, 'COMPLETED');
  await page.getByText(/^Completed\b.* the app is now in Purchased Apps$/).waitFor();
  assert.equal(await page.getByRole('button', { name: 'Confirm Acceptance' }).count(), 0);
  assert.equal(await page.getByRole('button', { name: 'Reject', exact: true }).count(), 0);
  await page.screenshot({ path: artifactPath('flows-supervision-completed.png') });

  // 5. The app is now in Purchased Apps, found by its order ID.
  const completed = await waitUntil(async () => {
    const answer = await api('GET', `/supervised-orders/${orderId}`, { token });
    return answer.order.instanceId && answer;
  }, { message: 'the completed order names no instance' });
  await page.getByRole('link', { name: 'Purchased Apps', exact: true }).first().click();
  await page.getByRole('heading', { name: 'Purchased Apps', level: 1 }).waitFor();
  await searchFor(page, orderId);
  const row = page.getByRole('row', { name: `${completed.order.productName} ${completed.order.instanceId}`, exact: true });
  await row.waitFor();
  await row.getByRole('button', { name: 'Resource Details' }).click();
  await page.getByText(`Order ID: ${orderId}`, { exact: true }).waitFor();
  await page.screenshot({ path: artifactPath('flows-supervision-purchased-app.png') });
  assert.deepEqual(errors, []);
  await context.close();
});
