// Serves a built console folder over HTTP (no dependencies): MIME types, gzip/brotli (the build's
// precompressed FILE.br/FILE.gz when fresh, else compressed once here), a year of caching for
// URLs carrying the file's content version (?v=, scripts/finish_dist.mjs), the strict CSP and
// other security headers, an optional /api/ proxy to one backend. A bad request gets 4xx/5xx;
// the server keeps serving.
// Usage: node web/serve.mjs DIR [--port N] [--host H] [--csp POLICY|none] [--proxy URL] [--config JSON]
//   --csp POLICY   the Content-Security-Policy header (default: the strict policy of the README; none: no header)
//   --proxy URL    forwards /api/ to this backend (same origin for the console: no CORS needed)
//   --config JSON  answers /config.json with this text (the console's configuration), and serves
//                  index.html preloading the module that configuration loads
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { promisify } from 'node:util';
import { contentVersion } from './content-version.mjs';
import { configIsOffline, withModulePreloads } from './module-preload.mjs';

const strictCsp = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
};
const root = path.resolve(args.find((a, i) => !a.startsWith('--') && (i === 0 || !args[i - 1].startsWith('--'))) || '.');
const port = Number(option('--port', process.env.PORT || 8080));
const host = option('--host', '127.0.0.1');
const cspOption = option('--csp', strictCsp);
const csp = cspOption === 'none' ? '' : cspOption;
const proxy = option('--proxy', '') ? new URL(option('--proxy', '')) : null;
if (proxy && proxy.protocol !== 'http:') throw new Error(`--proxy takes an http:// backend URL, not ${proxy.href}`);
const configText = option('--config', '');

// Sent with every answer, the proxied ones included.
const securityHeaders = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  ...(csp ? { 'Content-Security-Policy': csp } : {}),
};

const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.wasm': 'application/wasm', '.json': 'application/json; charset=utf-8',
  '.ttf': 'font/ttf', '.otf': 'font/otf', '.woff2': 'font/woff2', '.png': 'image/png', '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};
// woff2 and png are compressed already: another pass only costs time.
const compressible = new Set(['.html', '.js', '.mjs', '.css', '.wasm', '.json', '.ttf', '.otf', '.svg', '.txt']);

function answer(res, status, text, extraHeaders = {}) {
  if (res.headersSent) { res.destroy(); return; }
  res.writeHead(status, { ...securityHeaders, 'Content-Type': 'text/plain; charset=utf-8', ...extraHeaders });
  res.end(text);
}

// The request target as { rawPath, query, filePath } (filePath: the decoded path), or null for a
// 400: not origin-form ("/path?query"; an absolute URL or "//host" is for a proxy, which this is
// not for strangers), or a path that cannot name a file under the root (bad %-escapes, NUL, "\", "..").
function parseTarget(target) {
  if (!target.startsWith('/') || target.startsWith('//')) return null;
  const queryAt = target.indexOf('?');
  const rawPath = queryAt < 0 ? target : target.slice(0, queryAt);
  const query = queryAt < 0 ? '' : target.slice(queryAt);
  let decoded;
  try { decoded = decodeURIComponent(rawPath); } catch { return null; }
  if (/[\0\\]/.test(decoded) || decoded.split('/').includes('..')) return null;
  return { rawPath, query, filePath: decoded };
}

// Headers that concern one connection only (RFC 9110 7.6.1): never passed through the proxy.
const hopByHop = new Set(['connection', 'keep-alive', 'proxy-connection', 'proxy-authorization', 'proxy-authenticate',
  'te', 'trailer', 'transfer-encoding', 'upgrade']);
const endToEnd = (headers) => Object.fromEntries(Object.entries(headers).filter(([name]) => !hopByHop.has(name)));

// Forwards one /api/ request to the configured backend: its origin, the request's path and query.
function forward(req, res, { rawPath, query }) {
  const upstream = http.request({
    protocol: proxy.protocol, hostname: proxy.hostname, port: proxy.port, path: rawPath + query,
    method: req.method, headers: { ...endToEnd(req.headers), host: proxy.host },
  }, (reply) => {
    reply.on('error', () => res.destroy());
    try {
      res.writeHead(reply.statusCode, { ...endToEnd(reply.headers), ...securityHeaders });
    } catch (error) {  // a header Node refuses to send: outside handle()'s promise, so caught here
      console.error(`serve.mjs: ${req.method} ${req.url}: the backend's answer: ${error}`);
      reply.resume();
      answer(res, 502, 'bad answer from the backend');
      return;
    }
    reply.pipe(res);
  });
  upstream.on('error', () => {
    if (res.headersSent) { res.destroy(); return; }
    res.writeHead(502, { ...securityHeaders, 'Content-Type': 'application/json' });
    res.end(JSON.stringify({ error: { code: 'UNAVAILABLE', message: 'The backend is not reachable.', requestId: '' } }));
  });
  res.on('close', () => { if (!res.writableFinished) upstream.destroy(); });
  req.on('error', () => upstream.destroy());
  req.pipe(upstream);
}

// The encoding to send for an Accept-Encoding header: brotli, else gzip, else none.
function chooseEncoding(acceptEncoding = '') {
  const accepted = new Map();
  for (const part of acceptEncoding.toLowerCase().split(',')) {
    const [name, ...params] = part.trim().split(';').map((s) => s.trim());
    const q = params.find((p) => p.startsWith('q='));
    if (name) accepted.set(name, q ? Number(q.slice(2)) : 1);
  }
  const weight = (name) => accepted.get(name) ?? accepted.get('*') ?? 0;
  if (weight('br') > 0) return 'br';
  if (weight('gzip') > 0) return 'gzip';
  return '';
}

const compressors = {
  gzip: (body) => promisify(zlib.gzip)(body, { level: 9 }),
  // Quality 6: the wasm 1% larger than at 9, in a third of the time; 11 saves 10% more but takes
  // about 10 s per MB, which the first request of each file would wait for.
  br: (body) => promisify(zlib.brotliCompress)(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 6 } }),
};

// One entry per file, kept while its mtime and size stay: the bytes, each encoding's promise and
// the content version.
const cache = new Map();
function cachedFile(file, stat) {
  let entry = cache.get(file);
  if (!entry || entry.mtimeMs !== stat.mtimeMs || entry.size !== stat.size) {
    entry = { file, mtimeMs: stat.mtimeMs, size: stat.size, body: fs.promises.readFile(file), encoded: {}, version: null };
    cache.set(file, entry);
  }
  return entry;
}
// With --config, index.html as that configuration needs it: preloading the module it loads (the
// build's index.html preloads the one the folder's config.json picks). Compressed here.
function configuredPage(entry) {
  entry.configured ??= {
    file: null, mtimeMs: entry.mtimeMs, size: entry.size, encoded: {}, version: null,
    body: entry.body.then((bytes) => Buffer.from(withModulePreloads(bytes.toString('utf8'), configIsOffline(configText),
      (name) => {
        const file = path.join(root, name);
        return fs.existsSync(file) ? `${name}?v=${contentVersion(fs.readFileSync(file))}` : name;
      }))),
  };
  return entry.configured;
}

const precompressedSuffix = { br: '.br', gzip: '.gz' };
// The build's FILE.br / FILE.gz when at least as new as the file, else compressed here (once).
async function precompressed(entry, encoding) {
  if (!entry.file) return null;
  const copy = entry.file + precompressedSuffix[encoding];
  const stat = await fs.promises.stat(copy).catch(() => null);
  return stat && stat.isFile() && stat.mtimeMs >= entry.mtimeMs ? fs.promises.readFile(copy) : null;
}
function encodedBody(entry, encoding) {
  if (!encoding) return entry.body;
  entry.encoded[encoding] ??= precompressed(entry, encoding)
    .then((bytes) => bytes || entry.body.then(compressors[encoding]));
  return entry.encoded[encoding];
}

// A URL naming the file's content version (?v=) may be kept for a year; any other is revalidated.
async function cacheControl(entry, query) {
  const version = new URLSearchParams(query).get('v');
  if (!version) return 'no-cache';
  entry.version ??= entry.body.then(contentVersion);
  return version === await entry.version ? 'public, max-age=31536000, immutable' : 'no-cache';
}

async function serveFile(req, res, { filePath, query }) {
  if (req.method !== 'GET' && req.method !== 'HEAD') { answer(res, 405, 'method not allowed', { Allow: 'GET, HEAD' }); return; }
  let file = path.join(root, filePath);
  if (file !== root && !file.startsWith(root + path.sep)) { answer(res, 400, 'bad path'); return; }
  let stat = await fs.promises.stat(file).catch(() => null);
  if (stat?.isDirectory()) {
    file = path.join(file, 'index.html');
    stat = await fs.promises.stat(file).catch(() => null);
  }
  if (!stat?.isFile()) { answer(res, 404, 'not found'); return; }
  const extension = path.extname(file);
  let entry = cachedFile(file, stat);
  if (configText && path.basename(file) === 'index.html') entry = configuredPage(entry);
  const headers = { ...securityHeaders, 'Content-Type': types[extension] || 'application/octet-stream',
                    'Cache-Control': await cacheControl(entry, query) };
  let encoding = '';
  if (compressible.has(extension)) {
    headers.Vary = 'Accept-Encoding';
    encoding = chooseEncoding(req.headers['accept-encoding']);
    if (encoding) headers['Content-Encoding'] = encoding;
  }
  const body = await encodedBody(entry, encoding);
  headers['Content-Length'] = body.length;
  res.writeHead(200, headers);
  res.end(req.method === 'HEAD' ? undefined : body);
}

async function handle(req, res) {
  const target = parseTarget(req.url);
  if (!target) { answer(res, 400, 'bad request target'); return; }
  if (proxy && target.rawPath.startsWith('/api/')) { forward(req, res, target); return; }
  if (configText && target.filePath === '/config.json') {
    res.writeHead(200, { ...securityHeaders, 'Content-Type': 'application/json', 'Cache-Control': 'no-store' }).end(configText);
    return;
  }
  await serveFile(req, res, target);
}

const server = http.createServer((req, res) => {
  handle(req, res).catch((error) => {
    console.error(`serve.mjs: ${req.method} ${req.url}: ${error.stack || error}`);
    answer(res, 500, 'internal error');
  });
});

server.listen(port, host, () => {
  console.log(`serving ${root} on http://${host}:${server.address().port}/`);
});
const stop = () => { server.close(() => process.exit(0)); server.closeAllConnections(); };
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
