// Bench page: one <koo-console> widget against the bench's API (any token does), its rows and
// language from the URL; window.benchWidget is the element, for the bench to read its module.
const params = new URLSearchParams(location.search);
const widget = document.createElement('koo-console');
widget.setAttribute('api-base', '');
widget.setAttribute('locale', params.get('lang') || 'en');
widget.setAttribute('page', `purchased-apps?pageSize=${Number(params.get('rows')) || 10}`);
widget.token = 'bench';
document.getElementById('scroller').append(widget);
window.benchWidget = widget;
