// Contract test: starts the real koo-backend-server on a free loopback port with a fresh
// database, calls every endpoint of contract/openapi.yaml (successes and every documented
// error) and validates each answer against the contract with Ajv. Ends by demanding that every
// documented (operation, status) pair was produced.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { join } from 'node:path';
import { ContractClient, loadContract } from './support/contract.mjs';
import { makeTempDir, repoRoot, startServer } from './support/server.mjs';

const { document, documentValid, documentErrors } = await loadContract(repoRoot());
const BIG = `{"x":"${'a'.repeat(1100 * 1024)}"}`;  // over the 1 MiB body limit

describe('contract/openapi.yaml against the native server', { timeout: 60000 }, () => {
  let tmp; let server; let api; let alice; let bob;

  const signIn = async (userName, password) => (await api.call('signIn', { body: { userName, password } })).json.token;
  const operationsWith = (status) => [...api.operations].filter(([, e]) => e.operation.responses[status]);
  const pathParams = (path, value) => Object.fromEntries([...path.matchAll(/\{(\w+)\}/g)].map((m) => [m[1], value]));
  const all = async (operationId, token, query = {}) => {
    const items = [];
    for (let page = 1; page < 100; page++) {
      const { json } = await api.call(operationId, { token, query: { ...query, page, pageSize: 100 } });
      items.push(...json.items);
      if (items.length >= json.total) return items;
    }
    throw new Error('too many pages');
  };
  const supervised = async (token, stage) => (await api.call('listSupervisedOrders', { token, query: { stage } })).json.items;

  before(async () => {
    tmp = makeTempDir();
    server = await startServer({ db: join(tmp.dir, 'contract.sqlite') });
    api = new ContractClient(document, server.base);
    alice = await signIn('alice', 'alice-demo-2025');
    bob = await signIn('bob', 'bob-demo-2025');
  });
  after(async () => {
    await server?.stop();
    tmp?.remove();
  });

  test('the OpenAPI document is valid OpenAPI 3', () => {
    assert.ok(documentValid, JSON.stringify(documentErrors, null, 1));
  });

  test('health, demo buyers, sign-in, me', async () => {
    const health = await api.call('getHealth');
    assert.equal(health.json.testMode, true);
    assert.equal((await api.call('listDemoBuyers')).json.items.length, 3);
    assert.equal((await api.call('signIn', { body: { buyerId: 'buyer-003', password: 'chen-demo-2025' } })).status, 200);
    assert.equal((await api.call('signIn', { body: { userName: 'alice', password: 'nope' } })).status, 401);
    assert.equal((await api.call('signIn', { rawBody: '{"userName":', invalidRequest: true })).json.error.code, 'BAD_JSON');
    assert.equal((await api.call('signIn', { body: { userName: 7 }, invalidRequest: true })).status, 422);
    assert.equal((await api.call('signIn', { body: { userName: 'alice' }, key: null })).status, 400);
    assert.equal((await api.call('getMe', { token: alice })).json.userName, 'alice');
  });

  test('every endpoint that needs a token refuses a missing or unknown one', async () => {
    for (const [id, entry] of operationsWith('401')) {
      if (id === 'signIn') continue;  // its 401 is for wrong credentials, seen above
      const path = pathParams(entry.path, 'x');
      assert.equal((await api.call(id, { path, invalidRequest: true })).status, 401, id);
      assert.equal((await api.call(id, { path, token: 'kgt_forged', invalidRequest: true })).status, 401, id);
    }
  });

  test('every POST needs an Idempotency-Key', async () => {
    for (const [id, entry] of operationsWith('400')) {
      if (entry.method !== 'POST') continue;
      const answer = await api.call(id, { path: pathParams(entry.path, 'x'), token: alice, key: null, body: api.exampleBody(id), invalidRequest: true });
      assert.equal(answer.status, 400, id);
      assert.equal(answer.json.error.code, 'BAD_REQUEST', id);
    }
  });

  test('every POST refuses a body sent as something other than JSON', async () => {
    for (const [id, entry] of operationsWith('415')) {
      const answer = await api.call(id, { path: pathParams(entry.path, 'x'), token: alice, rawBody: '{}', headers: { 'Content-Type': 'text/plain' }, invalidRequest: true });
      assert.equal(answer.status, 415, id);
      assert.equal(answer.json.error.code, 'UNSUPPORTED_MEDIA_TYPE', id);
    }
  });

  test('sign-out ends the session on the server', async () => {
    const token = await signIn('bob', 'bob-demo-2025');
    assert.equal((await api.call('getMe', { token })).status, 200);
    assert.equal((await api.call('signOut', { token })).status, 204);
    assert.equal((await api.call('getMe', { token })).status, 401);
    assert.equal((await api.call('signOut', { token })).status, 204);  // already done: same answer
    assert.equal((await api.call('getMe', { token: bob })).status, 200);  // other sessions stay
  });

  test('repeated wrong passwords are slowed with 429 and Retry-After', async () => {
    for (let i = 0; i < 5; i++)
      assert.equal((await api.call('signIn', { body: { userName: 'mallory', password: `guess-${i}` } })).status, 401);
    const slowed = await api.call('signIn', { body: { userName: 'mallory', password: 'guess' } });
    assert.equal(slowed.status, 429);
    assert.equal(slowed.json.error.code, 'TOO_MANY_REQUESTS');
    assert.ok(Number(slowed.headers.get('retry-after')) >= 1, slowed.headers.get('retry-after'));
    assert.equal((await api.call('signIn', { body: { userName: 'chen', password: 'chen-demo-2025' } })).status, 200);
  });

  test('unknown IDs and other buyers\' IDs answer 404', async () => {
    for (const [id, entry] of operationsWith('404')) {
      if (!entry.path.includes('{')) continue;  // the /test/clock and audit-log 404s: see below
      const answer = await api.call(id, { path: pathParams(entry.path, 'no-such-id'), token: alice, body: api.exampleBody(id), invalidRequest: true });
      assert.equal(answer.status, 404, `${id}: ${answer.text}`);
    }
    const bobsApp = (await api.call('listPurchasedApps', { token: bob })).json.items[0].instanceId;
    const answer = await api.call('getResourceDetails', { path: { instanceId: bobsApp }, token: alice });
    assert.equal(answer.status, 404);
    assert.equal(answer.json.error.code, 'NOT_FOUND');
  });

  test('bodies over 1 MiB answer 413', async () => {
    for (const [id, entry] of operationsWith('413')) {
      const answer = await api.call(id, { path: pathParams(entry.path, 'x'), token: alice, rawBody: BIG, invalidRequest: true });
      assert.equal(answer.status, 413, id);
    }
  });

  test('purchased apps: lists, filters, every app\'s details', async () => {
    for (const token of [alice, bob]) {
      const apps = await all('listPurchasedApps', token);
      assert.ok(apps.length >= 10);
      for (const app of apps) {
        const details = await api.call('getResourceDetails', { path: { instanceId: app.instanceId }, token });
        assert.equal(details.status, 200);
        assert.equal(details.json.basicInfo.instanceId, app.instanceId);
      }
    }
    for (const query of [{ status: 'FROZEN' }, { billingMode: 'ON_DEMAND_PKG' }, { q: '建站', sort: 'expiryTime', order: 'asc' }]) {
      const { json } = await api.call('listPurchasedApps', { token: alice, query });
      assert.ok(json.items.length > 0, JSON.stringify(query));
    }
    assert.equal((await api.call('listPurchasedApps', { token: alice, query: { status: 'LOST' }, invalidRequest: true })).status, 422);
  });

  test('password reveal writes the audit log', async () => {
    const apps = await all('listPurchasedApps', alice);
    let withPassword; let withoutPassword;
    for (const app of apps) {
      const { json } = await api.call('getResourceDetails', { path: { instanceId: app.instanceId }, token: alice });
      if (json.applicationInfo.hasPassword) withPassword ??= app.instanceId;
      else withoutPassword ??= app.instanceId;
    }
    const reveal = await api.call('revealPassword', { path: { instanceId: withPassword }, token: alice });
    assert.equal(reveal.status, 200);
    assert.equal((await api.call('revealPassword', { path: { instanceId: withoutPassword }, token: alice })).status, 409);
    assert.equal((await api.call('revealPassword', { path: { instanceId: withPassword }, token: alice, rawBody: '[]', invalidRequest: true })).status, 422);
    const log = (await api.call('testAuditLog', { token: alice })).json.items;
    assert.ok(log.some((e) => e.targetId === withPassword && e.requestId === reveal.headers.get('x-request-id')));
    assert.ok(!JSON.stringify(log).includes(reveal.json.password));
    // The same key again: the password is not kept with the answer, so it is read (and
    // audited) again; a different request under the key is refused.
    const key = 'reveal-once';
    const first = await api.call('revealPassword', { path: { instanceId: withPassword }, token: alice, key });
    const again = await api.call('revealPassword', { path: { instanceId: withPassword }, token: alice, key });
    assert.equal(again.json.password, first.json.password);
    assert.equal(again.headers.get('idempotent-replayed'), 'true');
    const reused = await api.call('revealPassword', { path: { instanceId: withPassword }, token: alice, key, body: {} });
    assert.equal(reused.json.error.code, 'IDEMPOTENCY_KEY_REUSED');
    const audited = (await api.call('testAuditLog', { token: alice })).json.items;
    assert.equal(audited.length, log.length + 2);
    assert.equal(audited.at(-1).requestId, again.headers.get('x-request-id'));
  });

  test('a supervised order\'s password is revealed during the flow, audited', async () => {
    const orders = await all('listSupervisedOrders', alice);
    let provided; let missing;
    for (const order of orders) {
      const { json } = await api.call('getSupervisedOrder', { path: { orderId: order.orderId }, token: alice });
      if (json.applicationInfo?.hasPassword && json.flow.stage !== 'COMPLETED') provided ??= order.orderId;
      if (!json.applicationInfo) missing ??= order.orderId;
    }
    assert.ok(provided && missing, 'the demo data has a provisioned and an unprovisioned supervised order');
    const reveal = await api.call('revealSupervisedPassword', { path: { orderId: provided }, token: alice });
    assert.equal(reveal.status, 200);
    const log = (await api.call('testAuditLog', { token: alice })).json.items;
    assert.ok(log.some((e) => e.action === 'SUPERVISED_PASSWORD_REVEAL' && e.targetId === provided && e.requestId === reveal.headers.get('x-request-id')));
    assert.ok(!JSON.stringify(log).includes(reveal.json.password));
    assert.equal((await api.call('revealSupervisedPassword', { path: { orderId: missing }, token: alice })).status, 409);
    assert.equal((await api.call('revealSupervisedPassword', { path: { orderId: provided }, token: alice, rawBody: '[]', invalidRequest: true })).status, 422);
  });

  test('billing orders', async () => {
    const orders = await all('listOrders', alice);
    assert.ok(new Set(orders.map((o) => o.status)).size >= 5);
    assert.equal((await api.call('getOrder', { path: { orderId: orders[0].orderId }, token: alice })).status, 200);
    assert.equal((await api.call('listOrders', { token: alice, query: { type: 'TRIAL' } })).status, 200);
    assert.equal((await api.call('listOrders', { token: alice, query: { sort: 'cheapest' }, invalidRequest: true })).status, 422);
    const bobsOrder = (await api.call('listOrders', { token: bob })).json.items[0].orderId;
    assert.equal((await api.call('getOrder', { path: { orderId: bobsOrder }, token: alice })).status, 404);
  });

  test('unpaid orders: pay by type, refusals of the payment stand-in, cancel, deadlines', async () => {
    const pending = await all('listOrders', alice, { status: 'PENDING_PAYMENT' });
    for (const order of pending) {
      assert.ok(order.paymentDeadline && order.secondsToDeadline > 0, order.orderId);
      assert.equal(Date.parse(order.paymentDeadline) - Date.parse(order.createdTime), 7 * 86400000);
    }
    const find = (productId, spec) => pending.find((o) => o.productId === productId && (!spec || o.specification === spec));
    const crm = find('prod-crm', 'Professional, 50 users');
    const erp = find('prod-impl');
    const declined = find('prod-sms');
    const poor = find('prod-sign');
    const hr = find('prod-hr');
    assert.ok(crm && erp && declined && poor && hr, 'the demo data has each unpaid case');
    const pay = (order, method, extra = {}) => api.call('payOrder', { path: { orderId: order.orderId }, token: alice, body: { method }, ...extra });
    assert.equal((await pay(declined, 'ONLINE_CARD')).json.error.code, 'PAYMENT_FAILED');
    assert.equal((await pay(poor, 'BALANCE')).json.error.code, 'INSUFFICIENT_BALANCE');
    assert.equal((await pay(poor, 'CASH', { invalidRequest: true })).status, 422);
    const paid = await pay(crm, 'BALANCE');
    assert.equal(paid.json.status, 'COMPLETED');
    assert.equal((await api.call('getResourceDetails', { path: { instanceId: paid.json.instanceId }, token: alice })).status, 200);
    assert.equal((await pay(crm, 'BALANCE')).status, 409);
    const supervised = await pay(erp, 'MONTHLY_SETTLEMENT');
    assert.equal(supervised.json.status, 'PROCESSING');
    assert.equal((await api.call('getSupervisedOrder', { path: { orderId: erp.orderId }, token: alice })).json.flow.stage, 'WAITING_REQUEST');
    assert.equal((await api.call('revealSupervisedPassword', { path: { orderId: erp.orderId }, token: alice })).status, 409);
    const outcome = (order, body, invalidRequest = false) => api.call('testPaymentOutcome', { path: { orderId: order.orderId }, token: alice, body, invalidRequest });
    assert.equal((await outcome(declined, { outcome: 'SUCCEED' })).status, 200);
    assert.equal((await outcome(declined, { outcome: 'NEVER' }, true)).status, 422);
    assert.equal((await pay(declined, 'BALANCE')).status, 200);
    const cancel = (order, extra = {}) => api.call('cancelOrder', { path: { orderId: order.orderId }, token: alice, ...extra });
    assert.equal((await cancel(hr, { rawBody: '[]', invalidRequest: true })).status, 422);
    const cancelled = await cancel(hr);
    assert.equal(cancelled.json.cancelReason, 'BUYER_CANCELLED');
    assert.equal((await cancel(hr)).status, 409);
    const overdue = (await all('listOrders', alice, { status: 'CANCELLED' })).find((o) => o.cancelReason === 'PAYMENT_TIMEOUT' && o.productId === 'prod-helpdesk');
    assert.ok(overdue, 'an unpaid order past its deadline is answered as cancelled automatically');
    const bobs = (await all('listOrders', bob, { status: 'PENDING_PAYMENT' }))[0];
    assert.equal((await api.call('cancelOrder', { path: { orderId: bobs.orderId }, token: alice })).status, 404);
  });

  test('renewals: the list and its filters, renewal orders, auto-renew, and their refusals', async () => {
    const month = (count) => ({ unit: 'MONTH', count });
    const renewable = await all('listRenewals', alice);
    assert.ok(renewable.length >= 8);
    assert.ok(renewable.every((app) => app.billingMode === 'PERIOD' && !app.isTrial));
    for (const expires of ['WITHIN_7_DAYS', 'WITHIN_15_DAYS', 'WITHIN_30_DAYS', 'EXPIRED', 'FROZEN'])
      assert.ok((await api.call('listRenewals', { token: alice, query: { expires } })).json.items.length > 0, expires);
    assert.equal((await api.call('listRenewals', { token: alice, query: { autoRenew: 'ON', sort: 'productName', order: 'desc' } })).json.items.length, 2);
    assert.equal((await api.call('listRenewals', { token: alice, query: { expires: 'SOON' }, invalidRequest: true })).status, 422);
    const blocked = renewable.find((app) => app.pendingOrderId);
    const [soon] = (await api.call('listRenewals', { token: alice, query: { expires: 'WITHIN_7_DAYS' } })).json.items;
    const [grace] = (await api.call('listRenewals', { token: alice, query: { expires: 'EXPIRED' } })).json.items;
    const [frozen] = (await api.call('listRenewals', { token: alice, query: { expires: 'FROZEN' } })).json.items;
    const renew = (items, key) => api.call('createRenewalOrders', { token: alice, key, body: { items } });

    const one = await renew([{ instanceId: soon.instanceId, period: month(2) }], 'renew-soon');
    assert.equal(one.status, 201);
    assert.equal(one.json.orders[0].status, 'PENDING_PAYMENT');
    assert.equal(one.json.orders[0].type, 'RENEWAL');
    assert.equal(one.json.orders[0].amount.minorUnits, soon.renewalOffer.unitPrice.minorUnits * 2 * (100 - soon.renewalOffer.discountPercent) / 100);
    const again = await renew([{ instanceId: soon.instanceId, period: month(2) }], 'renew-soon');
    assert.equal(again.headers.get('idempotent-replayed'), 'true');
    assert.deepEqual(again.json, one.json);
    const pending = await renew([{ instanceId: soon.instanceId, period: month(1) }]);
    assert.equal(pending.status, 409);
    assert.match(pending.json.error.message, new RegExp(one.json.orders[0].orderId));
    assert.equal((await renew([{ instanceId: blocked.instanceId, period: month(1) }])).status, 409);
    assert.equal((await renew([{ instanceId: grace.instanceId, period: month(12) }])).status, 422);
    assert.equal((await renew([{ instanceId: 'no-such-id', period: month(1) }])).status, 404);
    const combined = await renew([{ instanceId: grace.instanceId, period: grace.period }, { instanceId: frozen.instanceId, period: frozen.period }]);
    assert.equal(combined.status, 201);
    assert.ok(combined.json.combinedOrderId);
    assert.ok(combined.json.orders.every((o) => o.combinedOrderId === combined.json.combinedOrderId));
    const inMyOrders = await all('listOrders', alice, { status: 'PENDING_PAYMENT', type: 'RENEWAL' });
    for (const order of [...one.json.orders, ...combined.json.orders]) assert.ok(inMyOrders.some((o) => o.orderId === order.orderId));

    const inUse = renewable.find((app) => app.status === 'IN_USE' && app.renewalOffer && !app.autoRenewPeriod);
    const autoRenew = (instanceId, body) => api.call('setAutoRenew', { token: alice, path: { instanceId }, body });
    const on = await autoRenew(inUse.instanceId, { enabled: true, period: inUse.period });
    assert.equal(on.status, 200);
    assert.deepEqual(on.json.autoRenewPeriod, inUse.period);
    const off = await autoRenew(inUse.instanceId, { enabled: false });
    assert.equal(off.status, 200);
    assert.equal(off.json.autoRenewPeriod, undefined);
    assert.equal((await autoRenew(grace.instanceId, { enabled: true, period: grace.period })).status, 409);
    assert.equal((await autoRenew(inUse.instanceId, { enabled: true })).status, 422);
    // Another buyer's instance is unknown here.
    const bobsApp = (await api.call('listRenewals', { token: bob })).json.items[0].instanceId;
    assert.equal((await autoRenew(bobsApp, { enabled: false })).status, 404);
  });

  test('expiry reminders: the list, dismissing one until its next threshold, and the refusals', async () => {
    const list = async (token) => (await api.call('listExpiryReminders', { token })).json.items;
    const reminders = await list(alice);
    for (const stage of ['WITHIN_30_DAYS', 'WITHIN_7_DAYS', 'EXPIRED', 'FROZEN'])
      assert.ok(reminders.some((r) => r.stage === stage), stage);
    assert.equal(reminders[0].stage, 'FROZEN');
    assert.ok(reminders.some((r) => r.trial) && reminders.some((r) => r.autoRenew));
    const soon = reminders.find((r) => r.stage === 'WITHIN_30_DAYS' && !r.autoRenew);
    const dismiss = (instanceId, stage, token = alice) =>
      api.call('dismissExpiryReminder', { token, path: { instanceId }, body: { stage } });
    assert.equal((await dismiss(soon.instanceId, 'FROZEN')).status, 409);
    const after = await dismiss(soon.instanceId, 'WITHIN_30_DAYS');
    assert.equal(after.status, 200);
    assert.ok(!after.json.items.some((r) => r.instanceId === soon.instanceId));
    assert.equal(after.json.items.length, reminders.length - 1);  // the others stay
    assert.ok(!(await list(alice)).some((r) => r.instanceId === soon.instanceId));
    assert.equal((await api.call('dismissExpiryReminder', { token: alice, path: { instanceId: soon.instanceId }, body: { stage: 'SOON' }, invalidRequest: true })).status, 422);
    // Another buyer's reminders are apart, and alice's app is unknown to them.
    assert.ok(!(await list(bob)).some((r) => reminders.some((mine) => mine.instanceId === r.instanceId)));
    assert.equal((await dismiss(soon.instanceId, 'WITHIN_30_DAYS', bob)).status, 404);
  });

  test('invoices: issued on payment to the customer information on file, listed, returned and confirmed', async () => {
    // bob has no customer information on file: his invoices went to his account's name and email.
    assert.deepEqual((await api.call('getInvoiceCustomer', { token: bob })).json, {});
    const seeded = await all('listInvoices', bob);
    assert.ok(seeded.length > 0 && seeded.every((i) => !i.customerOnFile && i.customer.email === 'bob@example.com'));
    assert.equal((await api.call('getInvoiceCustomer', { token: alice })).json.customer.name, 'Zhang Trading Co., Ltd.');
    const customer = { name: 'Li Bob Studio', email: 'billing@bob-studio.example.com', address: '1 Nanjing Road, Shanghai' };
    const setCustomer = (body, key) => api.call('setInvoiceCustomer', { token: bob, body, key });
    const refused = await setCustomer({ ...customer, email: 'not-an-address' });
    assert.equal(refused.status, 422);
    assert.match(refused.json.error.message, /^\$\.email: /);
    assert.equal((await setCustomer({ ...customer, address: ' ' })).status, 422);
    const saved = await setCustomer(customer, 'bob-customer');
    assert.deepEqual(saved.json.customer, customer);
    assert.equal((await setCustomer(customer, 'bob-customer')).headers.get('idempotent-replayed'), 'true');

    // Paying an order issues its invoice at once, to what is on file now.
    const app = (await api.call('listRenewals', { token: bob })).json.items.find((a) => a.renewalOffer && !a.pendingOrderId);
    const [order] = (await api.call('createRenewalOrders', { token: bob, body: { items: [{ instanceId: app.instanceId, period: app.period }] } })).json.orders;
    assert.equal(order.invoiceId, undefined);
    const paid = (await api.call('payOrder', { token: bob, path: { orderId: order.orderId }, body: { method: 'BALANCE' } })).json;
    assert.equal(paid.invoiceId, `INV-${order.orderId}`);
    assert.equal(paid.invoiceStatus, 'ISSUED');
    const invoiceId = paid.invoiceId;
    const invoice = (await api.call('getInvoice', { token: bob, path: { invoiceId } })).json;
    assert.equal(invoice.customerOnFile, true);
    assert.deepEqual(invoice.customer, customer);
    assert.deepEqual(invoice.total, paid.amount);
    assert.equal(invoice.lines[0].productName, paid.productName);
    assert.equal((await api.call('listInvoices', { token: bob, query: { q: order.orderId } })).json.items[0].invoiceId, invoiceId);
    assert.equal((await api.call('listInvoices', { token: bob, query: { status: 'LOST' }, invalidRequest: true })).status, 422);
    assert.equal((await api.call('getInvoice', { token: alice, path: { invoiceId } })).status, 404);  // bob's

    // Asking to return it; asking twice is refused; operations confirm; the order follows.
    const ask = (key, body = { reason: 'Wrong company name' }) => api.call('requestInvoiceReturn', { token: bob, path: { invoiceId }, body, key });
    const tooLong = { reason: 'x'.repeat(201) };
    assert.equal((await api.call('requestInvoiceReturn', { token: bob, path: { invoiceId }, body: tooLong, invalidRequest: true })).status, 422);
    const asked = await ask('bob-return');
    assert.equal(asked.json.status, 'RETURN_REQUESTED');
    assert.equal(asked.json.returnReason, 'Wrong company name');
    assert.deepEqual((await ask('bob-return')).json, asked.json);
    assert.equal((await ask()).status, 409);
    assert.equal((await api.call('getOrder', { token: bob, path: { orderId: order.orderId } })).json.invoiceStatus, 'RETURN_REQUESTED');
    const statuses = await all('listInvoices', bob, { status: 'RETURN_REQUESTED' });
    assert.deepEqual(statuses.map((i) => i.invoiceId), [invoiceId]);
    const confirm = (id, key) => api.call('testConfirmInvoiceReturn', { token: bob, path: { invoiceId: id }, key });
    assert.equal((await confirm(seeded[0].invoiceId)).status, 409);  // nothing to confirm
    const confirmed = await confirm(invoiceId, 'bob-confirm');
    assert.equal(confirmed.json.status, 'RETURNED');
    assert.ok(confirmed.json.returnedTime);
    assert.equal((await confirm(seeded[0].invoiceId, 'bob-confirm')).status, 422);  // the key names another request
    assert.equal((await api.call('getOrder', { token: bob, path: { orderId: order.orderId } })).json.invoiceStatus, 'RETURNED');
  });

  test('changing specifications and buying a trial: options with fees, orders, refusals', async () => {
    const options = (instanceId, query = {}, invalidRequest = false) =>
      api.call('getChangeOptions', { token: alice, path: { instanceId }, query, invalidRequest });
    const change = (instanceId, body, key) => api.call('createChangeOrder', { token: alice, path: { instanceId }, body, key });
    const buy = (instanceId, body, key) => api.call('createConversionOrder', { token: alice, path: { instanceId }, body, key });
    // CloudDesk CRM, yearly Standard: Professional is an upgrade with its fee and parts.
    const upgradeable = await options('ins-5a4304000b');
    assert.equal(upgradeable.status, 200);
    const [upgrade] = upgradeable.json.options;
    assert.equal(upgrade.kind, 'UPGRADE');
    const { quote } = upgrade;
    const expected = Math.round((quote.newPrice.minorUnits - quote.originalPrice.minorUnits) * quote.remainingDays / quote.daysInPeriod);
    assert.equal(quote.fee.minorUnits, expected);
    assert.equal((await options('ins-5a4304000b', { users: 'many' }, true)).status, 422);
    const made = await change('ins-5a4304000b', { target: upgrade.target }, 'change-crm');
    assert.equal(made.status, 201);
    assert.equal(made.json.type, 'CHANGE');
    assert.deepEqual(made.json.amount, quote.fee);
    const replay = await change('ins-5a4304000b', { target: upgrade.target }, 'change-crm');
    assert.equal(replay.headers.get('idempotent-replayed'), 'true');
    const paid = await api.call('payOrder', { token: alice, path: { orderId: made.json.orderId }, body: { method: 'BALANCE' } });
    assert.equal(paid.status, 200);
    const details = (await api.call('getResourceDetails', { token: alice, path: { instanceId: 'ins-5a4304000b' } })).json.basicInfo;
    assert.equal(details.specification, upgrade.target.specification);
    // Refusals: a removed SKU, a downgrade now, a target the product does not sell.
    assert.equal((await options('ins-5ac195001b')).json.refusal.code, 'SKU_REMOVED');
    const removed = await change('ins-5ac195001b', { target: { specification: '500 人' } });
    assert.equal(removed.status, 409);
    assert.match(removed.json.error.message, /^SKU_REMOVED/);
    assert.equal((await change('ins-5a91c30019', { target: { specification: '5 seats' } })).status, 409);
    assert.equal((await change('ins-5a4304000b', { target: { specification: 'Ultimate' } })).status, 422);
    // The downgrade at renewal (within 30 days of expiry) is a RENEWAL order.
    const atRenewal = await change('ins-5a91c30019', { target: { specification: '5 seats' }, renewalPeriod: { unit: 'MONTH', count: 1 } });
    assert.equal(atRenewal.status, 201);
    assert.equal(atRenewal.json.type, 'RENEWAL');
    // A trial is bought as a NEW order linked to it; a closed one is refused.
    const trial = (await options('ins-5ab38d0005')).json;
    assert.equal(trial.refusal.code, 'TRIAL');
    assert.ok(trial.purchaseOptions.length > 0);
    assert.equal((await buy('ins-5ab38d0005', { specification: 'Nope', period: { unit: 'MONTH', count: 1 } })).status, 422);
    const bought = await buy('ins-5ab38d0005', { specification: trial.purchaseOptions[0].specification, period: { unit: 'MONTH', count: 1 } });
    assert.equal(bought.status, 201);
    assert.equal(bought.json.trialInstanceId, 'ins-5ab38d0005');
    assert.equal((await buy('ins-5a5aed000c', { specification: '基础版', period: { unit: 'MONTH', count: 1 } })).status, 409);
    assert.equal((await buy('ins-5ab38d0005', { specification: trial.purchaseOptions[0].specification, period: { unit: 'MONTH', count: 12 } })).status, 409);
    assert.equal((await buy('ins-5a53e90001', { specification: 'Nope', period: { unit: 'MONTH', count: 1 } })).status, 409);
  });

  test('supervised orders: list and every order\'s details', async () => {
    const orders = await all('listSupervisedOrders', alice);
    assert.ok(new Set(orders.map((o) => o.stage)).size >= 7);
    for (const order of orders)
      assert.equal((await api.call('getSupervisedOrder', { path: { orderId: order.orderId }, token: alice })).status, 200);
    assert.equal((await api.call('listSupervisedOrders', { token: alice, query: { order: 'sideways' }, invalidRequest: true })).status, 422);
  });

  test('the buyer\'s flow from request to Purchased Apps', async () => {
    const [order] = await supervised(alice, 'WAITING_REQUEST');
    const orderId = order.orderId;
    const path = { orderId };
    const details = (await api.call('getSupervisedOrder', { path, token: alice })).json;
    const fields = Object.fromEntries(details.requestForm.map((f) => [f.key, f.type === 'NUMBER' ? '3' : f.type === 'DATE' ? '2025-02-01' : 'text']));
    assert.equal((await api.call('submitRequest', { path, token: alice, body: { fields: { nope: '1' } } })).status, 422);
    assert.equal((await api.call('submitRequest', { path, token: alice, rawBody: '{"fields":', invalidRequest: true })).status, 400);
    const tooBig = Buffer.alloc(256 * 1024 + 1, 1).toString('base64');
    assert.equal((await api.call('submitRequest', { path, token: alice, body: { fields, attachment: { fileName: 'a.bin', contentType: 'application/octet-stream', base64: tooBig } }, invalidRequest: true })).status, 413);
    const attachment = { fileName: 'network.txt', contentType: 'text/plain', base64: Buffer.from('site A').toString('base64') };
    const submitted = await api.call('submitRequest', { path, token: alice, body: { fields, attachment } });
    assert.equal(submitted.json.flow.stage, 'WAITING_SELLER_ACCEPT');
    assert.equal((await api.call('submitRequest', { path, token: alice, body: { fields } })).status, 409);
    assert.equal((await api.call('testSellerAction', { path, token: alice, body: { action: 'DELIVER', delivery: { statementOfWork: 'x' } } })).status, 409);
    assert.equal((await api.call('testSellerAction', { path, token: alice, body: { action: 'REJECT_REQUEST' }, invalidRequest: true })).status, 422);
    assert.equal((await api.call('testSellerAction', { path, token: alice, body: { action: 'ACCEPT_REQUEST' } })).status, 200);
    assert.equal((await api.call('testSellerAction', { path, token: alice, body: { action: 'DELIVER', delivery: { statementOfWork: 'Done', enablingTime: '2025-01-16T00:00:00Z' } } })).status, 200);
    assert.equal((await api.call('rejectDelivery', { path, token: alice, body: { reason: ' ' }, invalidRequest: true })).status, 422);
    assert.equal((await api.call('rejectDelivery', { path, token: alice, body: { reason: 'Missing the manual' } })).json.flow.stage, 'WAITING_DELIVERY');
    assert.equal((await api.call('rejectDelivery', { path, token: alice, body: { reason: 'again' } })).status, 409);
    assert.equal((await api.call('testSellerAction', { path, token: alice, body: { action: 'DELIVER', delivery: { statementOfWork: 'Manual added' } } })).status, 200);
    assert.equal((await api.call('confirmAcceptance', { path, token: alice, rawBody: '"yes"', invalidRequest: true })).status, 422);
    const done = await api.call('confirmAcceptance', { path, token: alice });
    assert.equal(done.json.flow.stage, 'COMPLETED');
    assert.equal((await api.call('confirmAcceptance', { path, token: alice })).status, 409);
    const listed = await api.call('listPurchasedApps', { token: alice, query: { q: orderId } });
    assert.equal(listed.json.items.length, 1);
    assert.equal(listed.json.items[0].involvesSupervision, true);
    assert.equal((await api.call('getOrder', { path, token: alice })).json.status, 'COMPLETED');
  });

  test('reminders, appeals and the operations staff\'s decision', async () => {
    const [waiting] = await supervised(alice, 'WAITING_DELIVERY');
    const path = { orderId: waiting.orderId };
    assert.equal((await api.call('remindSeller', { path, token: alice, body: { message: 5 }, invalidRequest: true })).status, 422);
    assert.equal((await api.call('remindSeller', { path, token: alice, body: { message: 'When?' } })).status, 200);
    assert.equal((await api.call('remindSeller', { path, token: alice })).status, 409);
    assert.equal((await api.call('initiateAppeal', { path, token: alice, body: {}, invalidRequest: true })).status, 422);
    assert.equal((await api.call('initiateAppeal', { path, token: alice, body: { reason: 'Too early' } })).status, 409);
    const silent = (await supervised(alice, 'WAITING_SELLER_ACCEPT')).find((o) => Date.now() - Date.parse(o.stageEnteredTime) > 5 * 86400000);
    assert.ok(silent, 'the demo data set has an appealable order');
    const appealed = await api.call('initiateAppeal', { path: { orderId: silent.orderId }, token: alice, body: { reason: 'Silent seller' } });
    assert.equal(appealed.json.flow.stage, 'APPEALING');
    const decide = (orderId, body, invalidRequest = false) => api.call('testAppealDecision', { path: { orderId }, token: alice, body, invalidRequest });
    assert.equal((await decide(silent.orderId, { decision: 'LATER' }, true)).status, 422);
    assert.equal((await decide(silent.orderId, { decision: 'RESUME' })).json.flow.stage, 'WAITING_SELLER_ACCEPT');
    assert.equal((await decide(silent.orderId, { decision: 'CANCEL' })).status, 409);
  });

  test('provisioning failure cancels an order', async () => {
    const pending = (await api.call('listOrders', { token: alice, query: { status: 'PENDING_PAYMENT' } })).json.items[0];
    const path = { orderId: pending.orderId };
    assert.equal((await api.call('testProvisioningFailure', { path, token: alice, body: { reason: 'r'.repeat(501) }, invalidRequest: true })).status, 422);
    const failed = await api.call('testProvisioningFailure', { path, token: alice, body: { reason: 'Seller interface answered 000100' } });
    assert.equal(failed.json.status, 'CANCELLED');
    assert.equal((await api.call('testProvisioningFailure', { path, token: alice })).status, 409);
  });

  test('the test clock', async () => {
    const now = (await api.call('testGetClock', { token: alice })).json.now;
    const moved = await api.call('testSetClock', { token: alice, body: { advanceSeconds: 60 } });
    assert.equal(Date.parse(moved.json.now) - Date.parse(now) >= 60000, true);
    assert.equal((await api.call('testSetClock', { token: alice, body: {}, invalidRequest: true })).status, 422);
  });

  test('fault injection: set at runtime, and from --faults', async () => {
    const errorBody = api.schemaNamed('ErrorBody');
    const raw = (path) => fetch(`${server.base}${path}`, { headers: { Authorization: `Bearer ${alice}` }, signal: AbortSignal.timeout(5000) });
    assert.equal((await api.call('testSetFaults', { token: alice, body: { spec: 'GET /x:status=200' } })).status, 422);
    const set = await api.call('testSetFaults', { token: alice, body: { spec: 'GET /api/v1/orders:status=503;GET /api/v1/auth/me:malformed=1' } });
    assert.equal(set.json.rules, 2);
    assert.equal((await api.call('testGetFaults', { token: alice })).json.spec, set.json.spec);
    const unavailable = await raw('/orders');
    assert.equal(unavailable.status, 503);
    api.check(errorBody, await unavailable.json(), 'injected 503');
    const malformed = await raw('/auth/me');
    assert.equal(malformed.status, 200);
    await assert.rejects(malformed.json());
    assert.equal((await api.call('testSetFaults', { token: alice, body: { spec: '' } })).json.rules, 0);
    assert.equal((await raw('/orders')).status, 200);

    const faulty = await startServer({ db: join(tmp.dir, 'faults.sqlite'), testMode: false, extraArgs: ['--faults', 'GET /api/v1/health:status=503,every=2'] });
    try {
      const statuses = [];
      for (let i = 0; i < 4; i++) statuses.push((await fetch(`${faulty.base}/health`, { signal: AbortSignal.timeout(5000) })).status);
      assert.deepEqual(statuses, [200, 503, 200, 503]);
    } finally {
      assert.deepEqual(await faulty.stop('SIGTERM'), { code: 0, signal: null }, 'SIGTERM stops it cleanly');
    }
  });

  test('test endpoints answer 404 outside test mode', async () => {
    const plain = await startServer({ db: join(tmp.dir, 'plain.sqlite'), testMode: false });
    try {
      const other = api.withBase(plain.base);
      const token = (await other.call('signIn', { body: { userName: 'chen', password: 'chen-demo-2025' } })).json.token;
      assert.equal((await other.call('getHealth')).json.testMode, false);
      assert.equal((await other.call('listDemoBuyers')).status, 404);  // no public list of accounts
      for (const [id, entry] of operationsWith('404')) {
        if (!entry.path.startsWith('/test/')) continue;
        const answer = await other.call(id, { path: pathParams(entry.path, 'x'), token, body: other.exampleBody(id), invalidRequest: true });
        assert.equal(answer.status, 404, id);
      }
    } finally {
      assert.deepEqual(await plain.stop('SIGINT'), { code: 0, signal: null }, 'SIGINT stops it cleanly');
    }
  });

  test('unknown routes, wrong methods and CORS preflight', async () => {
    const errorBody = api.schemaNamed('ErrorBody');
    const missing = await fetch(`${server.base}/no-such-thing`, { signal: AbortSignal.timeout(5000) });
    assert.equal(missing.status, 404);
    api.check(errorBody, await missing.json(), '404 answer');
    const wrong = await fetch(`${server.base}/orders`, { method: 'DELETE', headers: { Authorization: `Bearer ${alice}` }, signal: AbortSignal.timeout(5000) });
    assert.equal(wrong.status, 405);
    assert.equal(wrong.headers.get('allow'), 'GET, HEAD, OPTIONS');
    api.check(errorBody, await wrong.json(), '405 answer');
    const doubled = await fetch(`${server.base.replace(/\/api\/v1$/, '')}//api/v1/health`, { signal: AbortSignal.timeout(5000) });
    assert.equal(doubled.status, 404);
    const preflight = await fetch(`${server.base}/supervised-orders/x/appeal`, {
      method: 'OPTIONS',
      headers: { Origin: 'http://127.0.0.1:9', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'authorization,content-type,idempotency-key' },
      signal: AbortSignal.timeout(5000),
    });
    assert.equal(preflight.status, 204);
    assert.equal(preflight.headers.get('access-control-allow-origin'), '*');
    assert.match(preflight.headers.get('access-control-allow-headers'), /Idempotency-Key/);
  });

  test('unsubscription: eligibility, request, seller review, refund, withdraw and their refusals', async () => {
    const candidates = (await api.call('listUnsubscriptionCandidates', { token: alice })).json.items;
    const eligible = candidates.filter((c) => c.eligible);
    assert.ok(eligible.length >= 2, 'the demo data has eligible purchases');
    const unsupervised = candidates.find((c) => c.refusal?.code === 'NOT_SUPERVISED');
    assert.ok(unsupervised, 'an unsupervised purchase says why');
    assert.equal((await api.call('getOrderUnsubscription', { path: { orderId: unsupervised.orderId }, token: alice })).json.eligible, false);

    const [target] = eligible;
    const orderId = target.orderId;
    const paid = target.paidAmount;
    const ask = (body, key) => api.call('createUnsubscription', { token: alice, key, body: { orderId, reason: 'QUALITY_ISSUES', shareContact: true, refundAmount: { minorUnits: 100, currency: paid.currency }, ...body } });
    // Refusals change nothing.
    assert.equal((await ask({ refundAmount: { minorUnits: paid.minorUnits + 1, currency: paid.currency } })).status, 422);
    assert.equal((await ask({ refundAmount: { minorUnits: 0, currency: paid.currency } })).status, 422);
    const other = await ask({ reason: 'OTHER' });
    assert.equal(other.status, 422);
    assert.match(other.json.error.message, /^\$\.description: /);
    assert.equal((await api.call('createUnsubscription', { token: alice, body: { orderId, reason: 'OTHER', description: 'x'.repeat(201), refundAmount: paid }, invalidRequest: true })).status, 422);
    assert.equal((await api.call('createUnsubscription', { token: alice, body: { orderId: unsupervised.orderId, reason: 'QUALITY_ISSUES', shareContact: false, refundAmount: { minorUnits: 1, currency: 'CNY' } } })).status, 409);
    assert.equal((await api.call('createUnsubscription', { token: alice, body: { orderId: 'no-such-order', reason: 'QUALITY_ISSUES', shareContact: false, refundAmount: { minorUnits: 1, currency: 'CNY' } } })).status, 404);

    // Asked, then withdrawn; one open request per order; a repeat of the key changes nothing.
    const first = await ask({ reason: 'OTHER', description: 'The project was cancelled.' }, 'unsub-first');
    assert.equal(first.status, 201);
    assert.equal(first.json.status, 'PENDING_SELLER_REVIEW');
    assert.equal((await ask({ reason: 'OTHER', description: 'The project was cancelled.' }, 'unsub-first')).json.requestId, first.json.requestId);
    assert.equal((await ask({})).status, 409);
    assert.equal((await api.call('getOrderUnsubscription', { path: { orderId }, token: alice })).json.openRequestId, first.json.requestId);
    const request = { requestId: first.json.requestId };
    assert.equal((await api.call('getUnsubscription', { path: request, token: bob })).status, 404, 'another buyer sees nothing');
    assert.equal((await api.call('withdrawUnsubscription', { path: request, token: alice, rawBody: '"yes"', invalidRequest: true })).status, 422);
    assert.equal((await api.call('withdrawUnsubscription', { path: request, token: alice })).json.status, 'WITHDRAWN');
    assert.equal((await api.call('withdrawUnsubscription', { path: request, token: alice })).status, 409);
    assert.equal((await api.call('getUnsubscription', { path: request, token: alice })).json.status, 'WITHDRAWN');

    // Rejected by the seller with a reason; the buyer may submit again.
    const second = (await ask({})).json;
    assert.equal((await api.call('testRejectUnsubscription', { path: { requestId: second.requestId }, token: alice, body: {}, invalidRequest: true })).status, 422);
    const rejected = await api.call('testRejectUnsubscription', { path: { requestId: second.requestId }, token: alice, body: { reason: 'Let us talk first.' } });
    assert.equal(rejected.json.status, 'REJECTED');
    assert.equal(rejected.json.sellerReason, 'Let us talk first.');
    assert.equal((await api.call('testApproveUnsubscription', { path: { requestId: second.requestId }, token: alice })).status, 409);
    assert.equal((await api.call('testRejectUnsubscription', { path: { requestId: second.requestId }, token: alice, body: { reason: 'Again.' } })).status, 409);

    // Approved: the refund is expected 3 hours later; paid: the purchase is cancelled with the
    // refund, an UNSUBSCRIBE order shows it, and the order cannot be unsubscribed again.
    const third = (await ask({ refundAmount: { minorUnits: paid.minorUnits, currency: paid.currency } })).json;
    const path = { requestId: third.requestId };
    assert.equal((await api.call('testRefundPaid', { path, token: alice })).status, 409, 'not approved yet');
    const approved = (await api.call('testApproveUnsubscription', { path, token: alice })).json;
    assert.equal(approved.status, 'APPROVED_REFUNDING');
    assert.equal(Date.parse(approved.expectedRefundTime) - Date.parse(approved.approvedTime), 3 * 3600 * 1000);
    assert.equal((await api.call('withdrawUnsubscription', { path, token: alice })).status, 409, 'too late to withdraw');
    const refunded = (await api.call('testRefundPaid', { path, token: alice })).json;
    assert.equal(refunded.status, 'REFUNDED');
    const refundOrder = (await api.call('getOrder', { path: { orderId: refunded.refundOrderId }, token: alice })).json;
    assert.equal(refundOrder.type, 'UNSUBSCRIBE');
    assert.equal(refundOrder.status, 'COMPLETED');
    assert.deepEqual(refundOrder.amount, paid);
    const purchase = (await api.call('getOrder', { path: { orderId }, token: alice })).json;
    assert.equal(purchase.status, 'CANCELLED');
    assert.match(purchase.statusReason, /refunded/);
    assert.equal((await api.call('getOrderUnsubscription', { path: { orderId }, token: alice })).json.refusal.code, 'ALREADY_UNSUBSCRIBED');
    assert.equal((await api.call('testRefundPaid', { path, token: alice })).status, 409);

    // The list: search, status filter, sort, paging.
    const mine = await api.call('listUnsubscriptions', { token: alice, query: { q: orderId, sort: 'refundAmount', order: 'asc' } });
    const ours = mine.json.items.filter((r) => [first.json.requestId, second.requestId, third.requestId].includes(r.requestId));
    assert.deepEqual(ours.map((r) => r.status).sort(), ['REFUNDED', 'REJECTED', 'WITHDRAWN']);
    assert.equal(ours.at(-1).status, 'REFUNDED', 'the largest refund last');
    const refundedOnly = await all('listUnsubscriptions', alice, { status: 'REFUNDED' });
    assert.ok(refundedOnly.length >= 2 && refundedOnly.every((r) => r.status === 'REFUNDED'));
    assert.equal((await api.call('listUnsubscriptions', { token: alice, query: { pageSize: 1, page: 2 } })).json.items.length, 1);
    assert.equal((await api.call('listUnsubscriptions', { token: alice, query: { status: 'LOST' }, invalidRequest: true })).status, 422);
    assert.equal((await api.call('listUnsubscriptions', { token: bob })).json.total, 0);

    // While a request is open the buyer cannot accept the supervised delivery.
    const [refunding] = (await api.call('listUnsubscriptions', { token: alice, query: { status: 'APPROVED_REFUNDING' } })).json.items;
    const held = await api.call('confirmAcceptance', { path: { orderId: refunding.orderId }, token: alice });
    assert.equal(held.status, 409);
    assert.match(held.json.error.message, new RegExp(refunding.requestId));
  });

  test('every documented answer of every operation was produced', () => {
    assert.deepEqual(api.unseenAnswers(), []);
  });
});
