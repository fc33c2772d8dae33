// A private reference backend (own SQLite file, test mode, optional --faults) and static server
// for one browser test file, so faults and database scans never touch what other test files use.
import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const serverBinary = process.env.KOO_BACKEND_BINARY || path.join(root, 'build/native/src/backend/koo-backend-server');
const distDir = process.env.KOO_DIST_DIR || path.join(root, 'build/wasm/dist');

// Starts `command` and resolves with the first http:// address it prints (both print one line
// once they listen) and a function returning all it printed so far; rejects with its output if
// it exits first.
export function startListening(command, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const onData = (chunk) => {
      output += chunk;
      const match = output.match(/http:\/\/[^\s]+/);
      if (match) resolve({ child, url: match[0].replace(/\/$/, ''), log: () => output });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => reject(new Error(`${command} exited with ${code}: ${output}`)));
  });
}

// The demo data set with a fresh random password for every buyer and app, written to `file`, so
// no secret of this backend is also in the module (whose offline demo embeds the demo data set).
// Returns the buyers' passwords by user name.
function writeDataWithFreshSecrets(file) {
  const data = JSON.parse(fs.readFileSync(path.join(root, 'assets/demo-data.json'), 'utf8'));
  const fresh = () => `Kx-${crypto.randomBytes(9).toString('base64url')}`;
  const buyerPasswords = {};
  for (const buyer of data.buyers) buyerPasswords[buyer.userName] = buyer.password = fresh();
  for (const app of data.apps) if (app.password) app.password = fresh();
  fs.writeFileSync(file, JSON.stringify(data));
  return buyerPasswords;
}

// { backendUrl, baseUrl (the page, with /api/ proxied to the backend), dbPath, buyerPasswords,
// backendLog (what the backend printed), serveConfig, stop }. `faults`: the backend's --faults SPEC. `freshSecrets`: seed with new
// passwords (buyerPasswords has them; otherwise it is the demo data set's). serveConfig(config)
// starts one more static server whose config.json answers `config`.
export async function startStack({ faults, freshSecrets = false } = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'koo-stack-'));
  const dbPath = path.join(dir, 'backend.sqlite');
  const children = [];
  const backendArgs = ['--port', '0', '--db', dbPath, '--test-mode'];
  if (faults) backendArgs.push('--faults', faults);
  let buyerPasswords = null;
  if (freshSecrets) {
    const dataPath = path.join(dir, 'demo-data.json');
    buyerPasswords = writeDataWithFreshSecrets(dataPath);
    backendArgs.push('--demo-data', dataPath);
  }
  const backend = await startListening(serverBinary, backendArgs);
  children.push(backend.child);
  const serve = async (extra) => {
    const server = await startListening(process.execPath,
      [path.join(root, 'web/serve.mjs'), distDir, '--port', '0', '--proxy', backend.url, ...extra]);
    children.push(server.child);
    return `${server.url}/`;
  };
  const baseUrl = await serve([]);
  return {
    backendUrl: backend.url,
    baseUrl,
    dbPath,
    buyerPasswords,
    backendLog: backend.log,
    serveConfig: (config) => serve(['--config', JSON.stringify(config)]),
    stop() {
      for (const child of children) child.kill();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

// A TCP port on 127.0.0.1 that nothing listens on (taken and released at once).
export function closedPort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

// JSON in and out against `backendUrl`, like browser.mjs's callApi but for a private backend.
export async function callBackend(backendUrl, method, apiPath, { token, body } = {}) {
  const headers = { Accept: 'application/json' };
  if (token) headers.Authorization = `Bearer ${token}`;
  if (method === 'POST') headers['Idempotency-Key'] = `stack-${crypto.randomUUID()}`;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(`${backendUrl}/api/v1${apiPath}`, {
    method, headers, body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (response.status < 200 || response.status > 299)
    throw new Error(`${method} ${apiPath} answered ${response.status}: ${text}`);
  return text ? JSON.parse(text) : null;
}
