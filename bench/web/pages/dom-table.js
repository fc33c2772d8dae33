// The bench's DOM page laid out as a plain <table> with every row (dom-page.js loads it).
import { columns, cellTexts } from './dom-page.js';

const scroller = document.getElementById('scroller');

export function render(items) {
  const table = document.createElement('table');
  const head = table.createTHead().insertRow();
  for (const name of columns) head.append(Object.assign(document.createElement('th'), { textContent: name }));
  const body = table.createTBody();
  for (const app of items) {
    const row = body.insertRow();
    const texts = cellTexts(app);
    texts.forEach((text, i) => {
      const cell = row.insertCell();
      if (i === texts.length - 1) cell.append(Object.assign(document.createElement('button'), { textContent: text }));
      else if (i === 6) cell.append(Object.assign(document.createElement('span'), { className: 'badge', textContent: text }));
      else cell.textContent = text;
    });
  }
  scroller.replaceChildren(table);
}
