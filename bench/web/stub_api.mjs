// The web bench's backend: answers the three calls the Purchased Apps page makes (who am I, the
// list, and the expiry reminders: none, as for apps far from expiry) from rows.mjs at once, so the bench times the pages, not a database. Any bearer token
// is taken; anything else is a 404 in the contract's error shape (and is listed in `unknown`).
import http from 'node:http';
import { benchBuyer, purchasedAppsPage } from './rows.mjs';

export function startStubApi() {
  const unknown = new Set();
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://stub');
    const send = (status, body) => {
      const text = JSON.stringify(body);
      res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(text),
                              'Cache-Control': 'no-store' });
      res.end(text);
    };
    if (req.method === 'GET' && url.pathname === '/api/v1/auth/me') return send(200, benchBuyer);
    if (req.method === 'GET' && url.pathname === '/api/v1/expiry-reminders') return send(200, { items: [] });
    if (req.method === 'GET' && url.pathname === '/api/v1/purchased-apps') {
      const page = Math.max(1, Number(url.searchParams.get('page')) || 1);
      const pageSize = Math.min(100, Math.max(1, Number(url.searchParams.get('pageSize')) || 10));
      return send(200, purchasedAppsPage(page, pageSize));
    }
    unknown.add(`${req.method} ${url.pathname}`);
    return send(404, { error: { code: 'NOT_FOUND', message: 'not part of the bench', requestId: 'bench' } });
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => resolve({
      url: `http://127.0.0.1:${server.address().port}`,
      unknown,
      close: () => new Promise((done) => { server.close(done); server.closeAllConnections(); }),
    }));
  });
}
