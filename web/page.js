// Starts the standalone console page: fetches the fonts while the module downloads, starts the
// module on the page's canvas, and exposes `window.kooConsole.ready` for tests and hosts.
import createKooConsole from './koo-console.js';

const root = document.getElementById('koo-root');
const canvas = root.querySelector('canvas');
const fontFiles = ['fonts/NotoSans-Regular.ttf', 'fonts/NotoSans-Bold.ttf'];
// A missing font is not fatal: the module falls back to Dear ImGui's built-in one.
const fonts = Promise.all(fontFiles.map((url) =>
  fetch(url).then((r) => (r.ok ? r.arrayBuffer() : null)).catch(() => null)));

let markReady;
const ready = new Promise((resolve) => { markReady = resolve; });
window.kooConsole = { ready, module: null };

createKooConsole({
  canvas,
  kooRoot: root,
  kooUseHash: true,
  preRun: [(module) => {
    module.addRunDependency('koo-fonts');
    fonts.then((loaded) => { module.kooFonts = loaded; module.removeRunDependency('koo-fonts'); });
  }],
  kooOnReady: () => {
    markReady();
    root.dispatchEvent(new CustomEvent('koo-ready', { bubbles: true }));
  },
  kooOnNavigate: (route) => root.dispatchEvent(new CustomEvent('koo-navigate', { bubbles: true, detail: { route } })),
}).then((module) => { window.kooConsole.module = module; });
