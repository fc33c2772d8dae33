// Starts the standalone console page: reads the configuration (config.json beside the page, then
// URL parameters), fetches the fonts, picks the module for the configuration (koo-loader.js: with an
// apiBase the smaller one, without it the offline demo's) and compiles its wasm while it
// downloads (index.html preloads the one its configuration picks), starts the module on the page's canvas through the shared loader (koo-loader.js), and exposes
// `window.kooConsole.ready` for tests and hosts.
import { compileWasm, fetchFonts, importModuleFactory, isOffline, startConsole } from './koo-loader.js';

const root = document.getElementById('koo-root');
const canvas = root.querySelector('canvas');

// The fonts download while the configuration is read (and the module index.html preloads).
const fonts = fetchFonts();

// index.html preloads the module its configuration picks (web/module-preload.mjs): that one is
// compiled while config.json is read. A configuration that picks the other (?api= over the
// page's own) compiles that one too, once read.
const preloadedWasm = document.querySelector('link[rel=preload][href*=".wasm"]');
if (preloadedWasm) {
  const offline = !preloadedWasm.getAttribute('href').startsWith('koo-console-api.');
  compileWasm(offline).catch(() => {});  // a failure is reported by startConsole
  importModuleFactory(offline).catch(() => {});
}

// config.json: {"apiBase": "" | "https://...", "timeoutMs": 15000, "allowedApiOrigins": [...]}.
// No apiBase: the offline demo. URL parameters override it: ?api=URL (or ?api=offline),
// ?demoBuyer=alice, ?timeoutMs=N, ?lang=zh-CN (config.json's "locale"), ?theme=dark (config.json's
// "theme": light or dark; absent, the browser's prefers-color-scheme). A link can be crafted by
// anyone, so ?api=URL is taken only for an origin in allowedApiOrigins (default: this page's own
// origin); otherwise the page says so and keeps its configured backend, and the buyer's password
// never goes to that URL.
async function readConfig() {
  let config = {};
  try {
    const response = await fetch("config.json", { cache: "no-store" });
    if (response.ok) config = await response.json();
  } catch { /* no config file: offline demo */ }
  const params = new URLSearchParams(location.search);
  if (params.has('api')) {
    const api = params.get('api');
    if (api === 'offline') delete config.apiBase;
    else if (apiAllowed(api, config)) config.apiBase = api;
    else showPageAlert(`The link asked the console to use the marketplace at "${api}", which this page does not ` +
                       'allow. The console uses its configured marketplace instead.');
  }
  if (params.has('demoBuyer')) config.demoBuyer = params.get('demoBuyer');
  if (params.has('lang')) config.locale = params.get('lang');
  if (params.has('theme')) config.theme = params.get('theme');  // light, dark; else the browser's
  if (params.has('timeoutMs')) config.timeoutMs = Number(params.get('timeoutMs'));
  delete config.allowedApiOrigins;  // the page's business, not the module's
  return config;
}

// True when `api` ("" is this origin) resolves to an http(s) origin the configuration allows.
function apiAllowed(api, config) {
  let origin;
  try {
    const url = new URL(api, location.href);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
    origin = url.origin;
  } catch { return false; }
  const allowed = Array.isArray(config.allowedApiOrigins) ? config.allowedApiOrigins : [location.origin];
  return allowed.some((entry) => {
    try { return new URL(entry).origin === origin; } catch { return false; }
  });
}

// A message above the console, for screen readers too (role=alert).
function showPageAlert(text) {
  const alert = document.createElement('p');
  alert.className = 'koo-page-alert';
  alert.setAttribute('role', 'alert');
  alert.textContent = text;
  document.body.prepend(alert);
}

const sessionKey = (config) => `koo-console-session:${config.apiBase ?? 'offline'}`;

let markReady;
const ready = new Promise((resolve) => { markReady = resolve; });
window.kooConsole = { ready, module: null };

const emit = (name, detail) => root.dispatchEvent(new CustomEvent(name, { bubbles: true, detail }));

let config;
readConfig().then((read) => {
  config = read;
  const offline = isOffline(config);
  const compiledWasm = compileWasm(offline);
  compiledWasm.catch(() => {});  // a failure is reported by startConsole, once the page can say it
  return importModuleFactory(offline).then((createKooConsole) => [createKooConsole, compiledWasm]);
}).then(([createKooConsole, compiledWasm]) => {
  // The session survives a reload of this tab, and nothing else: sessionStorage, not cookies.
  const token = sessionStorage.getItem(sessionKey(config));
  if (token && 'apiBase' in config) config.token = token;
  return startConsole({
    createKooConsole,
    canvas,
    root,
    useHash: true,
    config,
    fonts,
    compiledWasm,
    onReady: () => { markReady(); emit('koo-ready'); },
    onNavigate: (route) => emit('koo-navigate', { route }),
    onSession: (value) => {
      if (value) sessionStorage.setItem(sessionKey(config), value); else sessionStorage.removeItem(sessionKey(config));
    },
    onAuthRequired: () => emit('koo-auth-required'),
    onFailure: (message) => {
      console.error(message);
      showPageAlert(`The console cannot start here: ${message.replace(/^koo-console: /, '')}.`);
    },
  }).created;
}).then((module) => { window.kooConsole.module = module; }, (error) => {
  showPageAlert(`The console cannot start here: ${error && error.message ? error.message : error}.`);
});
