// Starts the standalone console page: reads the configuration (config.json beside the page, then
// URL parameters), fetches the fonts while the module downloads, starts the module on the page's
// canvas, and exposes `window.kooConsole.ready` for tests and hosts.
import createKooConsole from './koo-console.js';

const root = document.getElementById('koo-root');
const canvas = root.querySelector('canvas');

// A missing font is not fatal: the module falls back to Dear ImGui's built-in one.
const fontFiles = ['fonts/NotoSans-Regular.ttf', 'fonts/NotoSans-Bold.ttf', 'fonts/NotoSansSC-Subset.otf'];
const fonts = Promise.all(fontFiles.map((url) =>
  fetch(url).then((r) => (r.ok ? r.arrayBuffer() : null)).catch(() => null)));

// config.json: {"apiBase": "" | "https://...", "timeoutMs": 15000}. No apiBase: the offline demo.
// URL parameters override it: ?api=URL (or ?api=offline), ?demoBuyer=alice, ?timeoutMs=N.
async function readConfig() {
  let config = {};
  try {
    const response = await fetch("config.json", { cache: "no-store" });
    if (response.ok) config = await response.json();
  } catch { /* no config file: offline demo */ }
  const params = new URLSearchParams(location.search);
  if (params.has('api')) {
    if (params.get('api') === 'offline') delete config.apiBase; else config.apiBase = params.get('api');
  }
  if (params.has('demoBuyer')) config.demoBuyer = params.get('demoBuyer');
  if (params.has('timeoutMs')) config.timeoutMs = Number(params.get('timeoutMs'));
  return config;
}

const sessionKey = (config) => `koo-console-session:${config.apiBase ?? 'offline'}`;

let markReady;
const ready = new Promise((resolve) => { markReady = resolve; });
window.kooConsole = { ready, module: null };

const emit = (name, detail) => root.dispatchEvent(new CustomEvent(name, { bubbles: true, detail }));

readConfig().then((config) => {
  // The session survives a reload of this tab, and nothing else: sessionStorage, not cookies.
  const token = sessionStorage.getItem(sessionKey(config));
  if (token && 'apiBase' in config) config.token = token;
  return createKooConsole({
    canvas,
    kooRoot: root,
    kooUseHash: true,
    kooConfig: config,
    preRun: [(module) => {
      module.addRunDependency('koo-fonts');
      fonts.then((loaded) => { module.kooFonts = loaded; module.removeRunDependency('koo-fonts'); });
    }],
    kooOnReady: () => { markReady(); emit('koo-ready'); },
    kooOnNavigate: (route) => emit('koo-navigate', { route }),
    kooOnSession: (value) => {
      if (value) sessionStorage.setItem(sessionKey(config), value); else sessionStorage.removeItem(sessionKey(config));
    },
    kooOnAuthRequired: () => emit('koo-auth-required'),
  });
}).then((module) => { window.kooConsole.module = module; });
