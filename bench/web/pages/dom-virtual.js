// The bench's DOM page virtualized as react-window does it (dom-page.js loads it): a body as tall
// as all rows, and only the rows in view (plus a few) as absolutely placed elements, replaced as
// the list scrolls.
import { columns, cellTexts } from './dom-page.js';

const rowHeight = 36;
const overscan = 3;
const scroller = document.getElementById('scroller');
let items = [];

const head = document.createElement('div');
head.className = 'virtual-head';
for (const name of columns) head.append(Object.assign(document.createElement('div'), { textContent: name }));
const body = document.createElement('div');
body.className = 'virtual-body';
scroller.replaceChildren(head, body);

function renderWindow() {
  const first = Math.max(0, Math.floor(scroller.scrollTop / rowHeight) - overscan);
  const last = Math.min(items.length, Math.ceil((scroller.scrollTop + scroller.clientHeight) / rowHeight) + overscan);
  const rows = [];
  for (let i = first; i < last; i++) {
    const row = document.createElement('div');
    row.className = 'virtual-row';
    row.style.top = `${i * rowHeight}px`;
    for (const text of cellTexts(items[i])) row.append(Object.assign(document.createElement('div'), { textContent: text }));
    rows.push(row);
  }
  body.replaceChildren(...rows);
}

export function render(next) {
  items = next;
  body.style.height = `${items.length * rowHeight}px`;
  renderWindow();
}

scroller.addEventListener('scroll', renderWindow, { passive: true });
