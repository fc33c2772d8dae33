// Serves a built console folder over HTTP on loopback (no dependencies): the right MIME types
// for wasm, an optional Content-Security-Policy header, and a clean stop on SIGINT/SIGTERM.
// Usage: node web/serve.mjs DIR [--port N] [--host H] [--csp POLICY] [--proxy URL] [--config JSON]
//   --proxy URL    forwards /api/ to a backend (same origin for the console: no CORS needed)
//   --config JSON  answers /config.json with this text (the console's configuration)
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
};
const root = path.resolve(args.find((a, i) => !a.startsWith('--') && (i === 0 || !args[i - 1].startsWith('--'))) || '.');
const port = Number(option('--port', process.env.PORT || 8080));
const host = option('--host', '127.0.0.1');
const csp = option('--csp', process.env.KOO_CSP || '');
const proxy = option('--proxy', '');
const configText = option('--config', '');

function forward(req, res) {
  const target = new URL(req.url, proxy);
  const upstream = http.request(target, { method: req.method, headers: { ...req.headers, host: target.host } }, (answer) => {
    res.writeHead(answer.statusCode, answer.headers);
    answer.pipe(res);
  });
  upstream.on('error', () => {
    if (!res.headersSent) res.writeHead(502, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify({ error: { code: 'UNAVAILABLE', message: 'The backend is not reachable.', requestId: '' } }));
  });
  req.pipe(upstream);
}

const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.wasm': 'application/wasm', '.json': 'application/json; charset=utf-8',
  '.ttf': 'font/ttf', '.otf': 'font/otf', '.woff2': 'font/woff2', '.png': 'image/png', '.svg': 'image/svg+xml',
};

const server = http.createServer((req, res) => {
  const url = new URL(req.url, 'http://localhost');
  if (proxy && url.pathname.startsWith('/api/')) { forward(req, res); return; }
  if (configText && url.pathname === '/config.json') {
    res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' }).end(configText);
    return;
  }
  let file = path.normalize(path.join(root, decodeURIComponent(url.pathname)));
  if (file !== root && !file.startsWith(root + path.sep)) { res.writeHead(403).end('forbidden'); return; }
  fs.stat(file, (err, stat) => {
    if (!err && stat.isDirectory()) file = path.join(file, 'index.html');
    fs.readFile(file, (readErr, body) => {
      if (readErr) { res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found'); return; }
      const headers = { 'Content-Type': types[path.extname(file)] || 'application/octet-stream', 'Cache-Control': 'no-cache' };
      if (csp) headers['Content-Security-Policy'] = csp;
      res.writeHead(200, headers).end(body);
    });
  });
});

server.listen(port, host, () => {
  console.log(`serving ${root} on http://${host}:${server.address().port}/`);
});
const stop = () => { server.close(() => process.exit(0)); server.closeAllConnections(); };
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
