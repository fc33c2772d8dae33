// The example portal's own script: logs every event the widgets raise, removes and re-adds the
// right widget (its instance is freed and a new one starts), and passes ?api=URL to both widgets.
const log = document.getElementById('event-log');
const eventNames = ['koo-ready', 'koo-navigate', 'koo-error', 'koo-auth-required'];

function record(event) {
  const widget = event.target.id || event.target.localName;
  const detail = Object.keys(event.detail || {}).length ? ` ${JSON.stringify(event.detail)}` : '';
  const entry = document.createElement('li');
  entry.dataset.event = event.type;
  entry.dataset.widget = widget;
  entry.textContent = `${new Date().toLocaleTimeString()} ${widget} ${event.type}${detail}`;
  log.append(entry);
  entry.scrollIntoView({ block: 'nearest' });
}
for (const name of eventNames) document.addEventListener(name, record);

// ?api=URL (or ?api= for this origin) points both widgets at a backend instead of the demo data.
const params = new URLSearchParams(location.search);
if (params.has('api')) {
  for (const widget of document.querySelectorAll('koo-console')) widget.setAttribute('api-base', params.get('api'));
}

const toggle = document.getElementById('toggle-right-widget');
const card = document.getElementById('right-card');
let removedWidget = null;
toggle.addEventListener('click', () => {
  if (removedWidget) {
    card.append(removedWidget);  // a new module instance starts, on the route it showed
    removedWidget = null;
    toggle.textContent = 'Remove the right widget';
  } else {
    removedWidget = document.getElementById('widget-right');
    removedWidget.remove();  // frees its module instance
    toggle.textContent = 'Add the right widget again';
  }
});
