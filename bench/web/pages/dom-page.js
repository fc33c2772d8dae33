// The bench's DOM page: the rows (the same API call as the console, ?rows=N) drawn by the layout
// ?layout= names (dom-table.js, dom-virtual.js), with the columns and cell texts of Purchased
// Apps, and what the bench reads: the mark "dom:first-rows" in the animation frame that first
// paints rows (as the console's mark is), and window.benchDom.rerender() timing a full update.
export const columns = ['Product', 'Instance ID', 'Order ID', 'Specification', 'Billing Mode', 'Period', 'Status',
  'Purchased', 'Expires', 'Operation'];

const billing = { PERIOD: 'Yearly/Monthly', ON_DEMAND: 'Pay-per-use', ONE_TIME: 'One-time' };
const statuses = { IN_USE: 'In use', FROZEN: 'Frozen', EXPIRED: 'Expired' };
const date = (iso) => (iso ? iso.slice(0, 10) : '-');
const period = (p) => (p ? `${p.count} ${p.unit.toLowerCase()}${p.count > 1 ? 's' : ''}` : '-');

// The texts of one app's cells (the last one is the button).
export function cellTexts(app) {
  return [app.productName, app.instanceId, app.orderId, app.specification, billing[app.billingMode] || app.billingMode,
    period(app.period), statuses[app.status] || app.status, date(app.purchaseTime), date(app.expiryTime), 'Resource Details'];
}

async function loadRows() {
  const rows = Number(new URLSearchParams(location.search).get('rows')) || 10;
  const response = await fetch(`/api/v1/purchased-apps?page=1&pageSize=${rows}`, {
    headers: { Authorization: 'Bearer bench' },
  });
  return (await response.json()).items;
}

// Shows the rows with the layout's `render(items)`, then marks the frame that paints them.
async function start() {
  const layout = new URLSearchParams(location.search).get('layout') === 'virtual' ? 'virtual' : 'table';
  const [{ render }, items] = await Promise.all([import(`./dom-${layout}.js`), loadRows()]);
  render(items);
  requestAnimationFrame(() => performance.mark('dom:first-rows'));
  window.benchDom = {
    // A full update of every row, laid out: the DOM's cost of what the console does per frame.
    rerender() {
      const started = performance.now();
      render(items.map((app) => ({ ...app })));
      void document.body.offsetHeight;
      return performance.now() - started;
    },
  };
}

start();
