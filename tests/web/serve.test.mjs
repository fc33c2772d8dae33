// web/serve.mjs under hostile and ordinary requests, sent raw over sockets: malformed paths,
// absolute URLs and traversal answer 400 and the server keeps serving; the proxy reaches only its
// backend; security headers; gzip and brotli bodies decode to the file's bytes; the build's
// precompressed copies are sent while fresh; content-versioned URLs may be cached for a year.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import net from 'node:net';
import http from 'node:http';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { startListening } from '../../web/tests/stack.mjs';
import { contentVersion } from '../../web/content-version.mjs';

const serveScript = fileURLToPath(new URL('../../web/serve.mjs', import.meta.url));
const strictCsp = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
const secret = 'SECRET-OUTSIDE-THE-SERVED-FOLDER';

// outer/secret.txt must never be served; outer/site/ is the served folder.
const outer = fs.mkdtempSync(path.join(os.tmpdir(), 'koo-serve-test-'));
const site = path.join(outer, 'site');
const files = {
  'index.html': '<!doctype html><title>t</title><script type="module" src="app.js"></script>\n'.repeat(20),
  'app.js': 'export const answer = 42; // some text to compress\n'.repeat(200),
  'style.css': 'body { margin: 0; color: #123456; }\n'.repeat(100),
  'module.wasm': Buffer.concat([Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]), Buffer.alloc(4000, 7)]),
  'font.woff2': Buffer.alloc(3000, 3),
  'sub/index.html': '<!doctype html><title>sub</title>',
};

let backend, backendSeen = [];      // stands for the configured backend: records what reaches it
let otherHost, otherHostConnections = 0;  // stands for a stranger's host: nothing may reach it
let server, serverUrl, serverPort;

before(async () => {
  fs.mkdirSync(path.join(site, 'sub'), { recursive: true });
  fs.writeFileSync(path.join(outer, 'secret.txt'), secret);
  for (const [name, body] of Object.entries(files)) fs.writeFileSync(path.join(site, name), body);
  fs.symlinkSync('/proc/self/mem', path.join(site, 'unreadable.js'));  // stat says a file, every read fails (EIO)

  backend = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => { body += chunk; });
    req.on('end', () => {
      if (req.url === '/api/odd-status') { req.socket.end('HTTP/1.1 099 Odd\r\nContent-Length: 0\r\n\r\n'); return; }
      backendSeen.push({ method: req.method, url: req.url, host: req.headers.host, body });
      res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ seen: req.url }));
    });
  });
  otherHost = net.createServer((socket) => { otherHostConnections++; socket.destroy(); });
  await Promise.all([backend, otherHost].map((s) => new Promise((resolve) => s.listen(0, '127.0.0.1', resolve))));

  // startListening keeps reading stderr too: the 500 test makes the server log a stack trace.
  ({ child: server, url: serverUrl } = await startListening(process.execPath,
    [serveScript, site, '--port', '0', '--proxy', `http://127.0.0.1:${backend.address().port}`]));
  serverPort = Number(new URL(serverUrl).port);
});

after(() => {
  server?.kill('SIGTERM');
  backend?.close();
  otherHost?.close();
  fs.rmSync(outer, { recursive: true, force: true });
});

// Sends `requestLine` and headers as raw bytes; resolves to { status, headers, body } (status 0
// when the connection closed without an answer).
function rawRequest(requestLine, headers = {}, body = '') {
  return new Promise((resolve) => {
    const socket = net.connect(serverPort, '127.0.0.1');
    const chunks = [];
    const head = { Host: `127.0.0.1:${serverPort}`, Connection: 'close', ...headers };
    socket.write(`${requestLine}\r\n${Object.entries(head).map(([k, v]) => `${k}: ${v}\r\n`).join('')}\r\n${body}`);
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', () => {});
    socket.on('close', () => {
      const raw = Buffer.concat(chunks);
      const split = raw.indexOf('\r\n\r\n');
      if (split < 0) { resolve({ status: 0, headers: {}, body: Buffer.alloc(0) }); return; }
      const [statusLine, ...headerLines] = raw.subarray(0, split).toString('latin1').split('\r\n');
      const parsed = {};
      for (const line of headerLines) {
        const colon = line.indexOf(':');
        parsed[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
      }
      const body = raw.subarray(split + 4);
      resolve({ status: Number(statusLine.split(' ')[1]), headers: parsed, body: parsed['transfer-encoding'] === 'chunked' ? dechunk(body) : body });
    });
  });
}

// The payload of a chunked body: "size CRLF data CRLF" up to the chunk of size 0.
function dechunk(body) {
  const parts = [];
  for (let at = 0; ;) {
    const lineEnd = body.indexOf('\r\n', at);
    const size = parseInt(body.subarray(at, lineEnd).toString(), 16);
    if (!size) return Buffer.concat(parts);
    parts.push(body.subarray(lineEnd + 2, lineEnd + 2 + size));
    at = lineEnd + 2 + size + 2;
  }
}

async function assertStillServes(afterWhat) {
  assert.equal(server.exitCode, null, `serve.mjs died after ${afterWhat}`);
  const ok = await rawRequest('GET /index.html HTTP/1.1', { 'Accept-Encoding': 'identity' });
  assert.equal(ok.status, 200, `serve.mjs stopped serving after ${afterWhat}`);
  assert.equal(ok.body.toString(), files['index.html']);
}

test('malformed paths answer 400 and the server keeps serving', async () => {
  for (const target of ['/%ZZ', '/%E0%A4%A', '/%00', '/index.html%00.js', '/%', '/a%2', '/%C0%AF']) {
    const reply = await rawRequest(`GET ${target} HTTP/1.1`);
    assert.equal(reply.status, 400, `GET ${target}`);
    await assertStillServes(`GET ${target}`);
  }
});

test('absolute URLs and //host targets answer 400 and reach no other host', async () => {
  const other = `127.0.0.1:${otherHost.address().port}`;
  const seenBefore = backendSeen.length;
  for (const target of [`http://${other}/api/x`, `https://${other}/api/x`, `http://${other}/index.html`,
    `https://${other}/`, `//${other}/api/x`, '//x', '//x/index.html', '*']) {
    const reply = await rawRequest(`GET ${target} HTTP/1.1`);
    assert.equal(reply.status, 400, `GET ${target}`);
    assert.equal(otherHostConnections, 0, `GET ${target} reached the other host`);
    await assertStillServes(`GET ${target}`);
  }
  assert.equal(backendSeen.length, seenBefore, 'a rejected request reached the backend');
});

test('path traversal never leaves the served folder', async () => {
  for (const target of ['/../secret.txt', '/sub/../../secret.txt', '/%2e%2e/secret.txt', '/%2E%2E%2Fsecret.txt',
    '/..%2fsecret.txt', '/sub/%2e%2e/%2e%2e/secret.txt', '/..\\secret.txt', '/%5c..%5csecret.txt', '/sub\\..\\..\\secret.txt',
    '/api/../../secret.txt', '/api/%2e%2e/%2e%2e/secret.txt']) {
    const reply = await rawRequest(`GET ${target} HTTP/1.1`);
    assert.equal(reply.status, 400, `GET ${target}`);
    assert.ok(!reply.body.toString().includes(secret), `GET ${target} served the file outside the folder`);
    await assertStillServes(`GET ${target}`);
  }
});

test('the proxy forwards /api/ paths to the backend with their path and query only', async () => {
  backendSeen = [];
  const get = await rawRequest('GET /api/v1/apps?page=2&status=RUNNING HTTP/1.1', { Host: 'other-host.example' });
  assert.equal(get.status, 200);
  assert.equal(get.headers['x-content-type-options'], 'nosniff');
  assert.deepEqual(JSON.parse(get.body), { seen: '/api/v1/apps?page=2&status=RUNNING' });
  const post = await rawRequest('POST /api/v1/orders HTTP/1.1', { 'Content-Type': 'application/json', 'Content-Length': 11 }, '{"a":"bcd"}');
  assert.equal(post.status, 200);
  assert.deepEqual(backendSeen, [
    { method: 'GET', url: '/api/v1/apps?page=2&status=RUNNING', host: `127.0.0.1:${backend.address().port}`, body: '' },
    { method: 'POST', url: '/api/v1/orders', host: `127.0.0.1:${backend.address().port}`, body: '{"a":"bcd"}' },
  ]);
  // Only /api/ goes to the backend: the rest is the folder's.
  assert.equal((await rawRequest('GET /apix HTTP/1.1')).status, 404);
  assert.equal((await rawRequest('GET /%61pi/v1/apps HTTP/1.1')).status, 404);
  assert.equal(backendSeen.length, 2);
  assert.equal(otherHostConnections, 0);
});

test('a backend answer Node cannot relay answers 502 and the server keeps serving', async () => {
  assert.equal((await rawRequest('GET /api/odd-status HTTP/1.1')).status, 502);
  await assertStillServes('an odd backend status');
});

test('every answer carries the strict CSP, nosniff and no-referrer', async () => {
  for (const target of ['/', '/index.html', '/module.wasm', '/missing.html', '/%ZZ', '/api/v1/apps']) {
    const reply = await rawRequest(`GET ${target} HTTP/1.1`);
    assert.equal(reply.headers['content-security-policy'], strictCsp, `GET ${target}`);
    assert.equal(reply.headers['x-content-type-options'], 'nosniff', `GET ${target}`);
    assert.equal(reply.headers['referrer-policy'], 'no-referrer', `GET ${target}`);
  }
  const page = await rawRequest('GET /sub/ HTTP/1.1');
  assert.equal(page.status, 200);
  assert.equal(page.headers['content-type'], 'text/html; charset=utf-8');
  assert.equal(page.body.toString(), files['sub/index.html']);
  const put = await rawRequest('PUT /index.html HTTP/1.1', { 'Content-Length': 0 });
  assert.equal(put.status, 405);
  assert.equal(put.headers.allow, 'GET, HEAD');
});

test('gzip and brotli bodies decode to the file bytes, with the right types', async () => {
  const expectedTypes = { 'index.html': 'text/html; charset=utf-8', 'app.js': 'text/javascript; charset=utf-8',
    'style.css': 'text/css; charset=utf-8', 'module.wasm': 'application/wasm' };
  const decoders = { gzip: zlib.gunzipSync, br: zlib.brotliDecompressSync, identity: (body) => body };
  const cases = [['gzip, deflate, br, zstd', 'br'], ['gzip', 'gzip'], ['br;q=0, gzip;q=0.5', 'gzip'], ['*', 'br'],
    ['identity', 'identity'], [undefined, 'identity'], ['gzip;q=0, br;q=0', 'identity']];
  for (const [name, type] of Object.entries(expectedTypes)) {
    for (const [acceptEncoding, encoding] of cases) {
      const reply = await rawRequest(`GET /${name} HTTP/1.1`, acceptEncoding === undefined ? {} : { 'Accept-Encoding': acceptEncoding });
      const what = `${name} with Accept-Encoding ${acceptEncoding}`;
      assert.equal(reply.status, 200, what);
      assert.equal(reply.headers['content-type'], type, what);
      assert.equal(reply.headers['content-encoding'], encoding === 'identity' ? undefined : encoding, what);
      assert.equal(reply.headers.vary, 'Accept-Encoding', what);
      assert.equal(Number(reply.headers['content-length']), reply.body.length, what);
      assert.deepEqual(decoders[encoding](reply.body), Buffer.from(files[name]), what);
      if (encoding !== 'identity') assert.ok(reply.body.length < files[name].length / 4, `${what}: not compressed`);
    }
  }
  // Compressed formats go as they are.
  const font = await rawRequest('GET /font.woff2 HTTP/1.1', { 'Accept-Encoding': 'gzip, br' });
  assert.equal(font.headers['content-type'], 'font/woff2');
  assert.equal(font.headers['content-encoding'], undefined);
  assert.deepEqual(font.body, files['font.woff2']);
  const head = await rawRequest('HEAD /module.wasm HTTP/1.1', { 'Accept-Encoding': 'gzip' });
  assert.equal(head.headers['content-encoding'], 'gzip');
  assert.equal(head.body.length, 0);
});

test('a changed file is served anew, compressed too', async () => {
  const changed = 'export const answer = 43; // changed, and longer than before\n'.repeat(300);
  fs.writeFileSync(path.join(site, 'app.js'), changed);
  for (const encoding of ['gzip', 'br']) {
    const reply = await rawRequest('GET /app.js HTTP/1.1', { 'Accept-Encoding': encoding });
    const decode = encoding === 'gzip' ? zlib.gunzipSync : zlib.brotliDecompressSync;
    assert.equal(decode(reply.body).toString(), changed);
  }
  fs.writeFileSync(path.join(site, 'app.js'), files['app.js']);
});

test("the build's precompressed FILE.br and FILE.gz go as they are while at least as new as the file", async () => {
  const css = 'main { padding: 0; }\n'.repeat(200);
  const file = path.join(site, 'pre.css');
  fs.writeFileSync(file, css);
  // Copies whose content differs from a fresh compression, to tell which one was sent.
  fs.writeFileSync(`${file}.br`, zlib.brotliCompressSync(Buffer.from('/* from pre.css.br */')));
  fs.writeFileSync(`${file}.gz`, zlib.gzipSync(Buffer.from('/* from pre.css.gz */')));
  const br = await rawRequest('GET /pre.css HTTP/1.1', { 'Accept-Encoding': 'br' });
  assert.equal(br.headers['content-encoding'], 'br');
  assert.equal(zlib.brotliDecompressSync(br.body).toString(), '/* from pre.css.br */');
  const gzip = await rawRequest('GET /pre.css HTTP/1.1', { 'Accept-Encoding': 'gzip' });
  assert.equal(zlib.gunzipSync(gzip.body).toString(), '/* from pre.css.gz */');
  // The file changed after its copies were made: they are stale, the file is compressed here.
  const later = new Date(Date.now() + 5000);
  fs.writeFileSync(file, `${css}/* changed */\n`);
  fs.utimesSync(file, later, later);
  const fresh = await rawRequest('GET /pre.css HTTP/1.1', { 'Accept-Encoding': 'br' });
  assert.equal(zlib.brotliDecompressSync(fresh.body).toString(), `${css}/* changed */\n`);
});

test('a URL with the file\'s content version may be kept for a year; any other is revalidated', async () => {
  const version = contentVersion(Buffer.from(files['app.js']));
  const kept = await rawRequest(`GET /app.js?v=${version} HTTP/1.1`);
  assert.equal(kept.status, 200);
  assert.equal(kept.headers['cache-control'], 'public, max-age=31536000, immutable');
  for (const target of ['/app.js', '/app.js?v=0123456789ab', '/app.js?x=1']) {
    const reply = await rawRequest(`GET ${target} HTTP/1.1`);
    assert.equal(reply.status, 200, target);
    assert.equal(reply.headers['cache-control'], 'no-cache', target);
  }
});

test('a failing read answers 500 and the server keeps serving', async () => {
  const reply = await rawRequest('GET /unreadable.js HTTP/1.1');
  assert.equal(reply.status, 500);
  await assertStillServes('a failing read');
});
