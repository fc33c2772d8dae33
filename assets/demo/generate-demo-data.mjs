// Generates assets/demo-data.json, the demo data set both backend stores seed from. Run
// `node assets/demo/generate-demo-data.mjs` after editing; a contract test checks it is current.
//
// Times are written relative to REFERENCE_TIME; the backend shifts them all by the whole days
// between REFERENCE_TIME and its own "now" when it seeds, so "6 days ago" stays 6 days ago.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const REFERENCE_TIME = '2025-01-15T00:00:00Z';
const REF = Date.parse(REFERENCE_TIME);
const DAY = 86400000;

// ISO text of REFERENCE_TIME + days (+ hours), always UTC without fraction.
const at = (days, hours = 0) => new Date(REF + days * DAY + hours * 3600000).toISOString().replace('.000Z', 'Z');
const addMonths = (iso, months) => {
  const d = new Date(Date.parse(iso));
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + months);
  const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, last));
  return d.toISOString().replace('.000Z', 'Z');
};
const addPeriod = (iso, p) =>
  p.unit === 'DAY' ? new Date(Date.parse(iso) + p.count * DAY).toISOString().replace('.000Z', 'Z')
    : addMonths(iso, p.unit === 'YEAR' ? 12 * p.count : p.count);

const buyers = [
  { buyerId: 'buyer-001', userName: 'alice', displayName: 'Alice Zhang', email: 'alice@example.com', password: 'alice-demo-2025' },
  { buyerId: 'buyer-002', userName: 'bob', displayName: 'Bob Li', email: 'bob@example.com', password: 'bob-demo-2025' },
  { buyerId: 'buyer-003', userName: 'chen', displayName: '陈静', email: 'chen.jing@example.cn', password: 'chen-demo-2025' },
];

const sellers = {
  nimbus: { name: 'Nimbus Software Co., Ltd.', contactPerson: 'Grace Wu', phone: '+86 755 2888 0101', email: 'support@nimbus.example.com', serviceHours: 'Mon-Fri 09:00-18:00 (UTC+8)' },
  yunfan: { name: '深圳云帆科技有限公司', contactPerson: '王磊', phone: '+86 400 800 1234', email: 'service@yunfan.example.cn', serviceHours: '7×24' },
  datasail: { name: 'DataSail Analytics Ltd.', contactPerson: 'Omar Haddad', phone: '+86 21 6123 4567', email: 'help@datasail.example.com', serviceHours: 'Mon-Sat 08:30-20:30 (UTC+8)' },
  qingshan: { name: '杭州青山信息技术有限公司', contactPerson: '李娜', phone: '+86 571 8765 4321', email: 'kefu@qingshan.example.cn', serviceHours: '工作日 09:00-17:30' },
};

// The catalog: mode decides which periods make sense; names mix English and Chinese.
const products = [
  { id: 'prod-crm', name: 'CloudDesk CRM', seller: 'nimbus', mode: 'PERIOD', specs: ['Standard, 10 users', 'Professional, 50 users'] },
  { id: 'prod-site', name: '云速建站 专业版', seller: 'yunfan', mode: 'PERIOD', specs: ['基础版', '企业版'] },
  { id: 'prod-bi', name: 'DataSail BI Dashboard', seller: 'datasail', mode: 'ON_DEMAND', specs: ['Pay per query'] },
  { id: 'prod-sign', name: '电子签章服务', seller: 'qingshan', mode: 'ON_DEMAND_PKG', specs: ['1,000 次签署包', '10,000 次签署包'] },
  { id: 'prod-helpdesk', name: 'Helpdesk Pro 智能客服', seller: 'yunfan', mode: 'PERIOD', specs: ['5 seats', '20 seats'] },
  { id: 'prod-migrate', name: 'Database Migration Service', seller: 'datasail', mode: 'ONE_TIME', specs: ['Up to 500 GB'] },
  { id: 'prod-hr', name: '人力资源管理系统', seller: 'qingshan', mode: 'PERIOD', specs: ['100 人', '500 人'] },
  { id: 'prod-sms', name: 'SMS Notification Gateway', seller: 'nimbus', mode: 'ON_DEMAND_PKG', specs: ['100k messages'] },
  { id: 'prod-audit', name: 'Security Audit 安全审计', seller: 'nimbus', mode: 'ONE_TIME', specs: ['One audit, up to 20 hosts'] },
  { id: 'prod-ocr', name: 'OCR 文字识别 API', seller: 'yunfan', mode: 'ON_DEMAND', specs: ['Per call'] },
];
const periods = [{ unit: 'MONTH', count: 1 }, { unit: 'YEAR', count: 1 }, { unit: 'MONTH', count: 3 }];
const trialPeriod = { unit: 'DAY', count: 14 };

let orderSerial = 0;
const orderId = () => `CS${String(240000000000 + ++orderSerial * 1048573)}`;
const hex = (n, width) => n.toString(16).padStart(width, '0');
const instanceId = (n) => `ins-${hex(0x5a3c00 + n * 2654435761 % 0xffff, 6)}${hex(n, 4)}`;
const price = (mode, period, i) => (mode === 'ON_DEMAND' ? 0 : 9900 * (1 + (i % 5)) * (period?.unit === 'YEAR' ? 10 : period?.count ?? 1));

function appInfo(i, productName) {
  const host = `app${i}.saas.example.com`;
  const info = { frontEndUrl: `https://${host}/`, userName: i % 4 === 0 ? `admin_${i}` : `user${100 + i}@tenant` };
  if (i % 3 !== 2) info.adminUrl = `https://${host}/admin`;
  if (i % 2 === 0) info.memo = i % 4 === 0 ? `首次登录后请修改初始密码。 (${productName})` : 'Log in with the user name and initial password above, then change the password.';
  return info;
}

// 60 purchased apps: alice 34, bob 16, chen 10, over every status, mode, and trials.
const apps = [];
const orders = [];
const owners = [...Array(34).fill('buyer-001'), ...Array(16).fill('buyer-002'), ...Array(10).fill('buyer-003')];
for (let i = 0; i < 60; i++) {
  const product = products[i % products.length];
  const buyerId = owners[i];
  const trial = product.mode === 'PERIOD' && (i === 4 || i === 11 || i === 40);
  const period = trial ? trialPeriod : product.mode === 'PERIOD' ? periods[i % 3]
    : product.mode === 'ON_DEMAND_PKG' ? { unit: 'YEAR', count: 1 } : undefined;
  // Status: every 4th one with a period (and one trial) expired, every 7th frozen, the rest in use.
  const wantExpired = (period && i % 4 === 1) || i === 11;
  const frozen = !wantExpired && i % 7 === 6;
  let purchaseDays;
  if (wantExpired) purchaseDays = -(period.unit === 'YEAR' ? 400 + i : period.unit === 'DAY' ? 30 + i : 120 + i);
  else purchaseDays = -(period?.unit === 'DAY' ? 3 + (i % 5) : 2 + ((i * 7) % 25));
  const purchaseTime = at(purchaseDays, 9 + (i % 8));
  const order = orderId();
  const app = {
    instanceId: instanceId(i + 1), orderId: order, productId: product.id, productName: product.name,
    specification: trial ? `${product.specs[0]} (trial)` : product.specs[i % product.specs.length],
    billingMode: product.mode, status: frozen ? 'FROZEN' : wantExpired ? 'EXPIRED' : 'IN_USE',
    purchaseTime, effectiveTime: purchaseTime, isTrial: trial, involvesSupervision: false,
  };
  if (period) {
    app.period = period;
    app.expiryTime = addPeriod(purchaseTime, period);
  }
  const record = { buyerId, app, applicationInfo: appInfo(i, product.name), password: `Init#${hex(i * 7919 + 4242, 5)}pw`, seller: sellers[product.seller] };
  if (i === 7) record.applicationInfo.adminUrl = 'javascript:alert(1)';  // unsafe: the console must not open it
  if (i === 22) record.applicationInfo.adminUrl = 'ftp://files.saas.example.com/admin';
  if (i === 9) record.password = '';  // the seller sent no password for this instance
  apps.push(record);
  const paid = at(purchaseDays, 9 + (i % 8) - 1);
  orders.push({ buyerId, order: {
    orderId: order, type: trial ? 'TRIAL' : 'NEW', status: 'COMPLETED', productId: product.id,
    productName: product.name, specification: app.specification, billingMode: product.mode,
    ...(period ? { period } : {}), amount: { minorUnits: trial ? 0 : price(product.mode, period, i), currency: 'CNY' },
    createdTime: at(purchaseDays, 9 + (i % 8) - 2), paidTime: paid, involvesSupervision: false, instanceId: app.instanceId,
  } });
}

// Billing Center orders of every status and type, beyond the purchases above.
const extraOrders = [
  ['buyer-001', 0, 'RENEWAL', 'COMPLETED', -1, null],
  ['buyer-001', 1, 'CHANGE', 'PENDING_APPROVAL', -1, null],
  ['buyer-001', 4, 'TRIAL_TO_COMMERCIAL', 'PENDING_PAYMENT', 0, null],
  ['buyer-001', 5, 'NEW', 'CANCELLED', -9, 'Provisioning failed: the seller\'s system answered 000005 (internal error) for 3 hours; the order was cancelled and refunded'],
  ['buyer-001', 6, 'NEW', 'CANCELLED', -20, 'Not paid before the payment deadline'],
  ['buyer-001', 2, 'UNSUBSCRIBE', 'PENDING_CONFIRMATION', -2, null],
  ['buyer-001', 3, 'NEW', 'PROCESSING', 0, null],
  ['buyer-001', 8, 'NEW', 'PENDING_PAYMENT', 0, null],
  ['buyer-001', 9, 'RENEWAL', 'CANCELLED', -4, 'Cancelled by the buyer before payment'],
  ['buyer-002', 1, 'NEW', 'CANCELLED', -3, 'Provisioning failed: the seller\'s system answered 000100 (no instance resource available)'],
  ['buyer-002', 4, 'RENEWAL', 'PENDING_PAYMENT', 0, null],
  ['buyer-002', 7, 'CHANGE', 'PROCESSING', -1, null],
  ['buyer-003', 6, 'TRIAL', 'COMPLETED', -6, null],
  ['buyer-003', 0, 'UNSUBSCRIBE', 'PENDING_APPROVAL', -1, null],
];
extraOrders.forEach(([buyerId, p, type, status, days, reason], k) => {
  const product = products[p];
  const trial = type === 'TRIAL';
  const period = trial ? trialPeriod : product.mode === 'PERIOD' ? periods[k % 3]
    : product.mode === 'ON_DEMAND_PKG' ? { unit: 'YEAR', count: 1 } : undefined;
  const created = at(days, 10 + (k % 6));
  const order = { orderId: orderId(), type, status, productId: product.id, productName: product.name,
    specification: product.specs[0], billingMode: product.mode, ...(period ? { period } : {}),
    amount: { minorUnits: type === 'UNSUBSCRIBE' ? -price(product.mode, period, k) : trial ? 0 : price(product.mode, period, k), currency: 'CNY' },
    createdTime: created, involvesSupervision: false };
  if (status !== 'PENDING_PAYMENT' && status !== 'PENDING_APPROVAL' && !(status === 'CANCELLED' && reason?.startsWith('Not paid')) && !reason?.startsWith('Cancelled by'))
    order.paidTime = at(days, 10 + (k % 6) + 1);
  if (reason) order.statusReason = reason;
  if (reason?.startsWith('Not paid')) order.cancelReason = 'PAYMENT_TIMEOUT';
  if (reason?.startsWith('Cancelled by')) order.cancelReason = 'BUYER_CANCELLED';
  orders.push({ buyerId, order });
});

// Supervised orders, one flow per stage (and the appealable ones), with consistent history.
const forms = {
  onboarding: [
    { key: 'companyName', label: 'Company name', type: 'TEXT', required: true, maxLength: 100 },
    { key: 'contactPhone', label: 'Contact phone', type: 'TEXT', required: true, maxLength: 32 },
    { key: 'seats', label: 'Number of seats', type: 'NUMBER', required: true, maxLength: 6 },
    { key: 'startDate', label: 'Expected start date', type: 'DATE', required: false, maxLength: 10 },
    { key: 'requirements', label: 'Requirements', type: 'MULTILINE', required: false, maxLength: 2000 },
  ],
  migration: [
    { key: 'sourceDatabase', label: '源数据库类型', type: 'TEXT', required: true, maxLength: 64 },
    { key: 'dataSizeGb', label: '数据量 (GB)', type: 'NUMBER', required: true, maxLength: 8 },
    { key: 'window', label: '可停机时间窗口', type: 'MULTILINE', required: false, maxLength: 500 },
  ],
};
const supervisedProducts = [
  { id: 'prod-impl', name: 'ERP Implementation Service', seller: 'nimbus', form: 'onboarding', mode: 'PERIOD', spec: 'Standard implementation', period: { unit: 'YEAR', count: 1 } },
  { id: 'prod-dbmig', name: '数据库迁移上云服务', seller: 'datasail', form: 'migration', mode: 'ONE_TIME', spec: '≤ 1 TB' },
  { id: 'prod-train', name: 'DevOps 培训与咨询', seller: 'qingshan', form: 'onboarding', mode: 'PERIOD', spec: '3 个月驻场', period: { unit: 'MONTH', count: 3 } },
];
const requestFields = {
  onboarding: { companyName: 'Example Trading Co.', contactPhone: '+86 138 0000 1111', seats: '25', startDate: '2025-02-01', requirements: 'Import our 2,000 customer records and set up two sales pipelines.' },
  migration: { sourceDatabase: 'MySQL 5.7', dataSizeGb: '320', window: '周六 00:00-06:00' },
};
const stepsTo = {
  WAITING_REQUEST: [],
  WAITING_SELLER_ACCEPT: ['submit'],
  WAITING_DELIVERY: ['submit', 'accept'],
  WAITING_BUYER_CONFIRM: ['submit', 'accept', 'deliver'],
  COMPLETED: ['submit', 'accept', 'deliver', 'confirm'],
};
const stepEvent = {
  submit: ['REQUEST_SUBMITTED', 'BUYER', 'WAITING_REQUEST', 'WAITING_SELLER_ACCEPT'],
  accept: ['REQUEST_ACCEPTED', 'SELLER', 'WAITING_SELLER_ACCEPT', 'WAITING_DELIVERY'],
  reject: ['REQUEST_REJECTED', 'SELLER', 'WAITING_SELLER_ACCEPT', 'WAITING_REQUEST'],
  deliver: ['SERVICE_DELIVERED', 'SELLER', 'WAITING_DELIVERY', 'WAITING_BUYER_CONFIRM'],
  rejectDelivery: ['DELIVERY_REJECTED', 'BUYER', 'WAITING_BUYER_CONFIRM', 'WAITING_DELIVERY'],
  confirm: ['ACCEPTANCE_CONFIRMED', 'BUYER', 'WAITING_BUYER_CONFIRM', 'COMPLETED'],
  remind: ['REMINDER_SENT', null, null, null],
};
const notes = {
  reject: 'Please add the number of seats and the start date.',
  rejectDelivery: 'The sales pipelines are missing; please complete them.',
  remind: 'Could you let me know when you can start?',
};
// [buyer, product, stage reached, days the last step took place ago, extra steps before, options]
const flows = [
  ['buyer-001', 0, 'WAITING_REQUEST', 1, [], {}],
  ['buyer-001', 1, 'WAITING_REQUEST', 3, [], {}],
  ['buyer-001', 0, 'WAITING_SELLER_ACCEPT', 1, [], {}],
  ['buyer-001', 2, 'WAITING_SELLER_ACCEPT', 6, [], { remindedDaysAgo: 2 }],  // seller silent 6 days: appealable
  ['buyer-001', 0, 'WAITING_DELIVERY', 2, [], {}],
  ['buyer-001', 1, 'WAITING_BUYER_CONFIRM', 1, [], {}],
  ['buyer-001', 2, 'WAITING_BUYER_CONFIRM', 1, ['submit', 'accept', 'deliver', 'rejectDelivery', 'deliver', 'rejectDelivery', 'deliver'], {}],
  ['buyer-001', 0, 'COMPLETED', 4, [], {}],
  ['buyer-001', 1, 'APPEALING', 2, [], { frozen: 'WAITING_DELIVERY' }],
  ['buyer-001', 2, 'CANCELLED', 5, [], { frozen: 'WAITING_SELLER_ACCEPT' }],
  ['buyer-001', 0, 'WAITING_REQUEST', 1, ['submit', 'reject', 'submit', 'reject', 'submit', 'reject'], {}],  // 3 rejections: appealable
  ['buyer-002', 1, 'WAITING_REQUEST', 2, [], {}],
  ['buyer-002', 0, 'WAITING_BUYER_CONFIRM', 1, [], {}],
  ['buyer-002', 2, 'COMPLETED', 10, [], {}],
  ['buyer-003', 0, 'WAITING_SELLER_ACCEPT', 7, [], {}],  // seller silent 7 days: appealable
];
const supervisions = [];
const events = [];
// Adds flow k (its instance, amount and password follow from k) and returns its order.
function addFlow([buyerId, p, stage, lastDaysAgo, before, opts], k) {
  const product = supervisedProducts[p];
  const closedByAppeal = stage === 'APPEALING' || stage === 'CANCELLED';
  const steps = (before.length ? before : stepsTo[closedByAppeal ? opts.frozen : stage]).map((step) => [step, 1]);
  // An appeal follows more than 5 days of seller silence, as the rules require.
  if (closedByAppeal) steps.push(['appeal', 6]);
  if (stage === 'CANCELLED') steps.push(['resolve', 1]);
  // The last step took place `lastDaysAgo` days before the reference time.
  const paidDays = -lastDaysAgo - steps.reduce((sum, [, gap]) => sum + gap, 0);
  const paidTime = at(paidDays, 10);
  const id = orderId();
  const instance = `ins-sv${hex(k + 1, 4)}`;
  const history = [{ sequence: 1, kind: 'ORDER_PAID', actor: 'SYSTEM', time: paidTime, fromStage: 'WAITING_REQUEST', toStage: 'WAITING_REQUEST' }];
  const flow = { stage: 'WAITING_REQUEST', stageEnteredTime: paidTime, requestRejections: 0, deliveryRejections: 0 };
  let request; let delivery;
  let day = paidDays;
  const push = (kind, actor, from, to, time, note) => {
    const e = { sequence: history.length + 1, kind, actor, time, fromStage: from, toStage: to };
    if (note) e.note = note;
    history.push(e);
  };
  for (const [step, gap] of steps) {
    day += gap;
    const time = at(day, 11);
    if (step === 'appeal') {
      push('APPEAL_INITIATED', 'BUYER', opts.frozen, 'APPEALING', time, 'The seller has not responded for more than 5 days.');
      flow.stage = 'APPEALING';
      flow.frozenStage = opts.frozen;
    } else if (step === 'resolve') {
      push('APPEAL_RESOLVED', 'OPERATIONS', 'APPEALING', 'CANCELLED', time, 'Appeal upheld: the order is cancelled and refunded.');
      flow.stage = 'CANCELLED';
      delete flow.frozenStage;
    } else {
      const [kind, actor, from, to] = stepEvent[step];
      push(kind, actor, from, to, time, notes[step]);
      flow.stage = to;
    }
    flow.stageEnteredTime = time;
    if (step === 'reject') flow.requestRejections += 1;
    if (step === 'rejectDelivery') flow.deliveryRejections += 1;
    if (step === 'submit') request = { fields: requestFields[product.form], submittedTime: time };
    if (step === 'deliver') delivery = { statementOfWork: 'Configured the tenant, imported the data and trained two administrators.', acceptanceDocument: 'acceptance-report.pdf', enablingTime: time, deliveredTime: time };
  }
  if (flow.stage !== stage) throw new Error(`flow ${k} ends in ${flow.stage}, not ${stage}`);
  if (opts.remindedDaysAgo) {
    push('REMINDER_SENT', 'BUYER', flow.stage, flow.stage, at(-opts.remindedDaysAgo, 15), notes.remind);
    flow.lastReminderTime = at(-opts.remindedDaysAgo, 15);
  }
  const status = stage === 'COMPLETED' ? 'COMPLETED' : stage === 'CANCELLED' ? 'CANCELLED' : 'PROCESSING';
  const order = { orderId: id, type: 'NEW', status, productId: product.id, productName: product.name,
    specification: product.spec, billingMode: product.mode, ...(product.period ? { period: product.period } : {}),
    amount: { minorUnits: 198000 + 10000 * k, currency: 'CNY' }, createdTime: at(paidDays, 9), paidTime,
    involvesSupervision: true, instanceId: instance };
  if (stage === 'CANCELLED') order.statusReason = 'Appeal upheld by the marketplace: cancelled and refunded';
  orders.push({ buyerId, order });
  const info = { frontEndUrl: `https://sv${k + 1}.services.example.com/`, userName: `buyer${k + 1}`,
    ...(k % 2 === 0 ? { adminUrl: `https://sv${k + 1}.services.example.com/console` } : {}),
    ...(k % 3 === 0 ? { memo: 'The environment is ready before the flow completes; log in to review it.' } : {}) };
  const password = `Sv#${hex(k * 104729 + 77, 6)}`;
  // Flow 1: the seller has not provisioned the instance yet (it does when accepting the request).
  const provisioned = k !== 1;
  supervisions.push({ orderId: id, buyerId, seller: sellers[product.seller], flow, requestForm: forms[product.form],
    ...(request ? { request } : {}), ...(delivery ? { delivery } : {}),
    ...(provisioned ? { applicationInfo: info } : {}), password: provisioned ? password : '' });
  for (const e of history) events.push({ orderId: id, event: e });
  if (stage === 'COMPLETED') {
    const accepted = flow.stageEnteredTime;
    const effective = delivery?.enablingTime ?? accepted;
    const app = { instanceId: instance, orderId: id, productId: product.id, productName: product.name,
      specification: product.spec, billingMode: product.mode, status: 'IN_USE', purchaseTime: paidTime,
      effectiveTime: effective, isTrial: false, involvesSupervision: true };
    if (product.period) { app.period = product.period; app.expiryTime = addPeriod(effective, product.period); }
    apps.push({ buyerId, app, applicationInfo: info, password, seller: sellers[product.seller] });
  }
  return { order, flow, history };
}
flows.forEach(addFlow);

// Unpaid orders and their ends (issue 13): deadlines near and far (paid before created + 7 days,
// else cancelled automatically), a supervised one, payments the stand-in platform refuses, and
// orders cancelled by the buyer and by the deadline. Amounts: list price - discount - coupon.
// [buyer, product, spec, mode, period, quantity, unit price, discount, coupon, created (days, hours), status, options]
const unpaidOrders = [
  ['buyer-001', 'prod-crm', 'Professional, 50 users', 'PERIOD', { unit: 'MONTH', count: 1 }, 3, 29900, 8970, 5000, [-1, 10], 'PENDING_PAYMENT', {}],
  ['buyer-001', 'prod-hr', '500 人', 'PERIOD', { unit: 'YEAR', count: 1 }, 1, 880000, 0, 0, [-6, 0.5], 'PENDING_PAYMENT', {}],  // due within a day (30 min to 24.5 h)
  ['buyer-001', 'prod-impl', 'Standard implementation', 'PERIOD', { unit: 'YEAR', count: 1 }, 1, 268000, 26800, 0, [-2, 9], 'PENDING_PAYMENT', { supervised: true }],
  ['buyer-001', 'prod-sms', '100k messages', 'ON_DEMAND_PKG', { unit: 'YEAR', count: 1 }, 2, 45000, 0, 0, [-1, 15], 'PENDING_PAYMENT', { paymentOutcome: 'FAIL' }],
  ['buyer-001', 'prod-sign', '10,000 次签署包', 'ON_DEMAND_PKG', { unit: 'YEAR', count: 1 }, 1, 120000, 12000, 0, [-3, 16], 'PENDING_PAYMENT', { paymentOutcome: 'INSUFFICIENT_BALANCE' }],
  ['buyer-001', 'prod-crm', 'Standard, 10 users', 'PERIOD', { unit: 'YEAR', count: 1 }, 1, 99000, 0, 0, [-4, 10], 'CANCELLED', { cancelReason: 'BUYER_CANCELLED' }],
  ['buyer-001', 'prod-audit', 'One audit, up to 20 hosts', 'ONE_TIME', undefined, 1, 29700, 0, 0, [-12, 9], 'CANCELLED', { cancelReason: 'PAYMENT_TIMEOUT' }],
  ['buyer-001', 'prod-helpdesk', '20 seats', 'PERIOD', { unit: 'MONTH', count: 3 }, 1, 267000, 0, 0, [-8, 9], 'PENDING_PAYMENT', {}],  // past its deadline: cancelled automatically
  ['buyer-002', 'prod-site', '企业版', 'PERIOD', { unit: 'YEAR', count: 1 }, 1, 198000, 0, 0, [-2, 11], 'PENDING_PAYMENT', {}],
];
const supervisedCatalog = { 'prod-impl': { name: 'ERP Implementation Service', seller: 'nimbus' } };
const cancelWords = { BUYER_CANCELLED: 'Cancelled by the buyer before payment', PAYMENT_TIMEOUT: 'Payment timeout: not paid before the payment deadline' };
for (const [buyerId, productId, spec, mode, period, quantity, unit, discount, coupon, [days, hours], status, opts] of unpaidOrders) {
  const product = products.find((p) => p.id === productId) ?? supervisedCatalog[productId];
  const list = unit * quantity;
  const order = { orderId: orderId(), type: 'NEW', status, productId, productName: product.name, specification: spec,
    billingMode: mode, ...(period ? { period } : {}), amount: { minorUnits: list - discount - coupon, currency: 'CNY' },
    createdTime: at(days, hours), involvesSupervision: Boolean(opts.supervised), quantity,
    listPrice: { minorUnits: list, currency: 'CNY' },
    ...(discount ? { discount: { minorUnits: discount, currency: 'CNY' } } : {}),
    ...(coupon ? { coupon: { minorUnits: coupon, currency: 'CNY' } } : {}),
    sellerName: sellers[product.seller].name };
  if (opts.cancelReason) Object.assign(order, { cancelReason: opts.cancelReason, statusReason: cancelWords[opts.cancelReason] });
  orders.push({ buyerId, order, seller: sellers[product.seller], ...(opts.paymentOutcome ? { paymentOutcome: opts.paymentOutcome } : {}) });
}
// Renewals (docs/renewals.md): every yearly/monthly app gets its SKU's offer (the price of one
// month or year); a few of alice's are moved into each Renewals state. Orders made here come
// after every other, so the order numbers above stay as they were.
const appOf = (id) => apps.find((record) => record.app.instanceId === id);
for (const [i, record] of apps.entries()) {
  const { app } = record;
  if (app.billingMode !== 'PERIOD' || app.isTrial || !app.period || app.period.unit === 'DAY') continue;
  const monthly = 9900 * (1 + (i % 5));
  app.renewalOffer = { unitPrice: { minorUnits: app.period.unit === 'YEAR' ? monthly * 10 : monthly, currency: 'CNY' },
    discountPercent: i % 4 === 3 ? 10 : 0 };
}
const renewalStates = [
  // [instance, expiry (days from the reference time, hours), auto-renew period, on sale]
  ['ins-5a53e90001', [29, 9], { unit: 'MONTH', count: 1 }, true],  // expires within 30 days, auto-renew on
  ['ins-5aa2a8000f', [4, 15], null, true],                          // expires within 7 days
  ['ins-5a91c30019', [11, 9], null, true],                          // expires within 15 days
  ['ins-5a6bd20002', [-5, 10], null, true],                         // expired: grace period
  ['ins-5a4a080016', [-20, 14], null, true],                        // frozen: retention period
  ['ins-5ad27a0011', [47, 9], { unit: 'YEAR', count: 1 }, true],    // auto-renew on, yearly
  ['ins-5ac195001b', [81, 11], null, false],                        // its SKU is no longer on sale
];
for (const [id, [days, hours], autoRenewPeriod, onSale] of renewalStates) {
  const { app } = appOf(id);
  app.expiryTime = at(days, hours);
  app.status = days < -15 ? 'FROZEN' : days < 0 ? 'EXPIRED' : 'IN_USE';
  if (autoRenewPeriod) app.autoRenewPeriod = autoRenewPeriod;
  if (!onSale) delete app.renewalOffer;
}
// Expiry reminders (docs/expiry-reminders.md): the states above remind at each threshold (30 days,
// 7 days, expired, frozen, auto-renewing); and one of alice's 14-day trials ends in 3 days.
{
  const { app } = appOf('ins-5ab38d0005');
  app.purchaseTime = app.effectiveTime = at(-11, 9);
  app.expiryTime = at(3, 9);
}
// An unpaid renewal order: renewing this app again is refused, naming the order.
{
  const { buyerId, app } = appOf('ins-5b2139001f');
  orders.push({ buyerId, order: { orderId: orderId(), type: 'RENEWAL', status: 'PENDING_PAYMENT', productId: app.productId,
    productName: app.productName, specification: app.specification, billingMode: 'PERIOD', period: app.period,
    amount: { minorUnits: app.renewalOffer.unitPrice.minorUnits * app.period.count, currency: 'CNY' },
    createdTime: at(-1, 16), involvesSupervision: false, instanceId: app.instanceId } });
}

// Changing specifications and trials (docs/spec-change-and-trials.md): each yearly/monthly app
// keeps its product's catalogue, priced from its own offer (the next specification up costs
// twice as much, the one below half). The HR system supports no change, the site builder's
// trials cannot be bought; one app is per user (volume-priced tiers), one SKU was removed.
const catalogueProducts = { 'prod-crm': true, 'prod-site': true, 'prod-helpdesk': true, 'prod-hr': true };
const money = (minorUnits) => ({ minorUnits: Math.round(minorUnits), currency: 'CNY' });
// Within 15 days of expiry on the higher specification: a downgrade at renewal is possible.
appOf('ins-5a91c30019').app.specification = '20 seats';
const userTiers = [{ upToUsers: 10, yearlyUnitPrice: money(10000), monthlyUnitPrice: money(1000) },
  { upToUsers: 50, yearlyUnitPrice: money(8000), monthlyUnitPrice: money(800) }];
for (const [i, record] of apps.entries()) {
  const { app } = record;
  if (!catalogueProducts[app.productId] || app.billingMode !== 'PERIOD') continue;
  const product = products.find((p) => p.id === app.productId);
  const monthly = 9900 * (1 + (i % 5));
  const current = app.isTrial ? 0 : Math.max(0, product.specs.indexOf(app.specification));
  record.catalogue = { changeSupported: app.productId !== 'prod-hr', trialConvertible: app.productId !== 'prod-site',
    userPricing: 'VOLUME', skus: product.specs.map((specification, level) => {
      const m = monthly * 2 ** (level - current);
      return { specification, level, yearlyPrice: money(m * 10), monthlyPrice: money(m), userTiers: [], onSale: true };
    }) };
}
// Per user: 10 users at 100.00 a year each (tier 1-10), 80.00 from 11 to 50 users.
{
  const record = appOf('ins-5b39220020');
  record.app.specification = 'Team, per user';
  record.app.users = 10;
  record.app.renewalOffer.unitPrice = money(100000);
  record.catalogue.skus.push({ specification: 'Team, per user', level: 0, yearlyPrice: money(0), monthlyPrice: money(0),
    userTiers, onSale: true });
}
// The SKU no longer on sale (Renewals' "not on sale" app) was removed from the catalogue.
for (const sku of appOf('ins-5ac195001b').catalogue?.skus ?? [])
  if (sku.specification === appOf('ins-5ac195001b').app.specification) sku.onSale = false;
// Negotiated unsubscription (docs/unsubscription.md): alice's requests in each status, on
// supervised orders of their own made last (so every number above stays as it was). The
// orders of flows above stay eligible; completed, unsupervised, trial and expired ones do not.
const unsubscriptions = [];
{
  const request = (order, requestId, status, days, extra) => {
    const time = at(days, 14);
    unsubscriptions.push({ buyerId: 'buyer-001', request: { requestId, orderId: order.orderId, instanceId: order.instanceId,
      productName: order.productName, specification: order.specification, status, paidAmount: order.amount,
      refundAmount: { minorUnits: Math.round(order.amount.minorUnits / 2), currency: 'CNY' },
      reason: 'NOT_MEET_REQUIREMENTS', shareContact: true, createdTime: time, updatedTime: time, ...extra } });
  };
  const pending = addFlow(['buyer-001', 0, 'WAITING_DELIVERY', 2, [], {}], flows.length);
  request(pending.order, 'US240000000101', 'PENDING_SELLER_REVIEW', -1,
    { description: 'The delivery plan does not cover our warehouse module.' });
  const refunding = addFlow(['buyer-001', 2, 'WAITING_BUYER_CONFIRM', 1, [], {}], flows.length + 1);
  request(refunding.order, 'US240000000102', 'APPROVED_REFUNDING', 0,
    { reason: 'SELLER_CANNOT_DELIVER', approvedTime: at(0, 14), expectedRefundTime: at(0, 17), updatedTime: at(0, 14) });
  const again = addFlow(['buyer-001', 0, 'WAITING_REQUEST', 3, [], {}], flows.length + 2);
  request(again.order, 'US240000000103', 'REJECTED', -3,
    { reason: 'OTHER', description: 'Our budget was cut.', updatedTime: at(-2, 9),
      sellerReason: 'The implementation team is already booked for you; please talk to us first.' });
  request(again.order, 'US240000000104', 'WITHDRAWN', -2, { reason: 'PURCHASED_BY_MISTAKE', updatedTime: at(-2, 16), shareContact: false });
  // Refunded: the purchase cancelled with the refund as its reason, its flow closed, and the
  // UNSUBSCRIBE order the refund left in My Orders.
  const done = addFlow(['buyer-001', 1, 'WAITING_DELIVERY', 6, [], {}], flows.length + 3);
  const refundId = orderId();
  const refund = Math.round(done.order.amount.minorUnits / 2);
  const note = `Unsubscribed: ¥${(refund / 100).toFixed(2)} refunded to the account balance (request US240000000105, order ${refundId})`;
  request(done.order, 'US240000000105', 'REFUNDED', -5,
    { reason: 'QUALITY_ISSUES', approvedTime: at(-4, 10), expectedRefundTime: at(-4, 13), refundedTime: at(-4, 12),
      updatedTime: at(-4, 12), refundOrderId: refundId });
  Object.assign(done.order, { status: 'CANCELLED', statusReason: note });
  done.history.push({ sequence: done.history.length + 1, kind: 'FLOW_CLOSED', actor: 'SYSTEM', time: at(-4, 12),
    fromStage: done.flow.stage, toStage: 'CANCELLED', note });
  events.push({ orderId: done.order.orderId, event: done.history.at(-1) });
  Object.assign(done.flow, { stage: 'CANCELLED', stageEnteredTime: at(-4, 12) });
  orders.push({ buyerId: 'buyer-001', order: { orderId: refundId, type: 'UNSUBSCRIBE', status: 'COMPLETED',
    productId: done.order.productId, productName: done.order.productName, specification: done.order.specification,
    billingMode: done.order.billingMode, ...(done.order.period ? { period: done.order.period } : {}),
    amount: { minorUnits: refund, currency: 'CNY' }, createdTime: at(-4, 12), paidTime: at(-4, 12),
    paymentMethod: 'BALANCE', involvesSupervision: true, instanceId: done.order.instanceId,
    statusReason: `Refund of unsubscription request US240000000105 for order ${done.order.orderId}` } });
}
// Invoices (docs/invoices.md): the marketplace issued one for every paid order with an amount,
// when it was paid, to the buyer's customer information on file; bob has none on file, so his
// go to his account's name and e-mail. Two of alice's are moved into the return states. The
// backend copies each invoice's number and state onto its order when it seeds.
const invoiceCustomers = [
  { buyerId: 'buyer-001', customer: { name: 'Zhang Trading Co., Ltd.', email: 'invoices@zhang-trading.example.com',
    address: '88 Century Avenue, Pudong, Shanghai 200120', taxId: '91310115MA1K4XXXXX' }, updatedTime: at(-400, 9) },
  { buyerId: 'buyer-003', customer: { name: '杭州静远咨询有限公司', email: 'finance@jingyuan.example.cn',
    address: '浙江省杭州市西湖区文三路 90 号' }, updatedTime: at(-400, 9) },
];
const accountOf = (buyerId) => buyers.find((b) => b.buyerId === buyerId);
const invoices = [];
for (const { buyerId, order } of orders) {
  // A refund's UNSUBSCRIBE order gets a credit memo, not an invoice.
  if (!order.paidTime || order.amount.minorUnits <= 0 || order.type === 'UNSUBSCRIBE') continue;
  const onFile = invoiceCustomers.find((c) => c.buyerId === buyerId);
  const account = accountOf(buyerId);
  invoices.push({ buyerId, invoice: { invoiceId: `INV-${order.orderId}`, orderId: order.orderId, orderType: order.type,
    status: 'ISSUED', issuedTime: order.paidTime,
    customer: onFile ? onFile.customer : { name: account.displayName, email: account.email, address: '' },
    customerOnFile: Boolean(onFile),
    lines: [{ productName: order.productName, specification: order.specification, ...(order.period ? { period: order.period } : {}),
      ...(order.quantity ? { quantity: order.quantity } : {}), amount: order.amount }],
    total: order.amount } });
}
{
  const alices = invoices.filter((record) => record.buyerId === 'buyer-001');
  const requested = alices[1].invoice;
  Object.assign(requested, { status: 'RETURN_REQUESTED', returnReason: 'Wrong company name on the invoice',
    returnRequestedTime: at(-2, 10) });
  const returned = alices[2].invoice;
  Object.assign(returned, { status: 'RETURNED', returnReason: 'Duplicate invoice', returnRequestedTime: at(-9, 10),
    returnedTime: at(-8, 15) });
  // An unsubscription is asked for only once the order's invoice was returned (§6). Every
  // other one of alice's supervised purchases still in progress had its invoice returned too
  // (to be unsubscribed, as the demo shows), the rest keep theirs and say so.
  const inProgress = orders.filter(({ buyerId, order }) => buyerId === 'buyer-001' && order.involvesSupervision &&
    order.type === 'NEW' && order.status === 'PROCESSING');
  for (const [i, { order }] of inProgress.entries()) {
    const invoice = i % 2 === 0 && invoices.find((record) => record.invoice.orderId === order.orderId)?.invoice;
    if (invoice) Object.assign(invoice, { status: 'RETURNED', returnReason: 'Returned to be unsubscribed',
      returnRequestedTime: at(-6, 9), returnedTime: at(-5, 15) });
  }
  for (const { request } of unsubscriptions) {
    const invoice = invoices.find((record) => record.invoice.orderId === request.orderId)?.invoice;
    if (invoice) Object.assign(invoice, { status: 'RETURNED', returnReason: 'Returned before unsubscribing',
      returnRequestedTime: at(-8, 9), returnedTime: at(-7, 15) });
  }
}

export const demoData = {
  about: 'KooGallery buyer console demo data set. Times are relative to referenceTime; the backend shifts them by whole days to its own now when it seeds. Generated by assets/demo/generate-demo-data.mjs.',
  referenceTime: REFERENCE_TIME,
  buyers,
  orders,
  apps,
  supervisions,
  events,
  unsubscriptions,
  invoices,
  invoiceCustomers,
};

// One record a line: small, and a change shows as a change of that record.
export const demoDataText = `{\n${Object.entries(demoData).map(([key, value]) => (Array.isArray(value)
  ? ` ${JSON.stringify(key)}: [\n${value.map((item) => `  ${JSON.stringify(item)}`).join(',\n')}\n ]`
  : ` ${JSON.stringify(key)}: ${JSON.stringify(value)}`)).join(',\n')}\n}\n`;

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const out = fileURLToPath(new URL('../demo-data.json', import.meta.url));
  writeFileSync(out, demoDataText);
  console.log(`wrote ${out}: ${buyers.length} buyers, ${apps.length} apps, ${orders.length} orders, ${supervisions.length} supervised orders, ${invoices.length} invoices`);
}
