// The web bench of `./console bench`: serves a built console (web/serve.mjs, as `./console demo`
// does) with the bench's own API and DOM pages, loads the standalone page and the widget in
// English and Chinese and two DOM pages with the same rows in Chromium, and prints one table
// (bench/web/report.mjs), also written as JSON.
// Usage: node bench/web_bench.mjs [--dist build/wasm/dist] [--out build/bench-web/web-bench.json]
//          [--native build/bench/native-frames.json] [--loads 5] [--label after]
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from '../web/tests/browser.mjs';
import { startStubApi } from './web/stub_api.mjs';
import {
  profiles, consoleTarget, domTarget, openContext, loadOnce, breakdown, median, consoleFrameTimes,
  domUpdateTimes, idleFps, memory,
} from './web/measure.mjs';
import { printReport } from './web/report.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
};
const dist = path.resolve(root, option('--dist', 'build/wasm/dist'));
const out = path.resolve(root, option('--out', 'build/bench-web/web-bench.json'));
const nativeFile = option('--native', '');
const loads = Math.max(1, Number(option('--loads', 5)));
const label = option('--label', '');
const site = path.resolve(root, 'build/bench-web/site');

// The site: the dist folder's files as the build lists them (dist-files.txt beside it, with any
// precompressed .gz/.br), config.json, and the bench's own pages.
function prepareSite() {
  fs.rmSync(site, { recursive: true, force: true });
  const listed = fs.readFileSync(path.join(dist, '..', 'dist-files.txt'), 'utf8').split('\n').filter(Boolean);
  for (const name of [...listed, 'config.json']) {
    for (const file of [name, `${name}.gz`, `${name}.br`]) {
      if (!fs.existsSync(path.join(dist, file))) continue;
      fs.mkdirSync(path.dirname(path.join(site, file)), { recursive: true });
      fs.copyFileSync(path.join(dist, file), path.join(site, file));
    }
  }
  const pages = path.join(root, 'bench/web/pages');
  for (const file of fs.readdirSync(pages)) fs.copyFileSync(path.join(pages, file), path.join(site, file));
  // Builds from before koo_perf.js have no "koo-first-rows" mark: the bench watches the mirror instead.
  return !fs.readFileSync(path.join(site, 'koo-console.js'), 'utf8').includes('koo-first-rows');
}

// web/serve.mjs on a free port, /api/ proxied to the bench's API; resolves with its URL.
function startServer(apiUrl) {
  const child = spawn(process.execPath, [path.join(root, 'web/serve.mjs'), site, '--port', '0', '--proxy', apiUrl,
    '--config', '{"apiBase": ""}'], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let text = '';
    child.stdout.on('data', (chunk) => {
      text += chunk;
      const url = /http:\/\/\S+/.exec(text);
      if (url) resolve({ url: url[0], stop: () => child.kill() });
    });
    child.on('exit', (code) => reject(new Error(`serve.mjs exited (${code})`)));
  });
}

// Raw, gzip -9 and brotli (quality 11) bytes of each file a load fetched (API answers aside).
function sizesOf(resources) {
  const files = [];
  for (const r of resources) {
    if (r.path.startsWith('/api/')) continue;
    let file = path.join(site, decodeURIComponent(r.path));
    if (r.path.endsWith('/')) file = path.join(file, 'index.html');
    if (!fs.existsSync(file) || files.some((f) => f.path === r.path)) continue;
    const bytes = fs.readFileSync(file);
    files.push({
      path: r.path, raw: bytes.length, transferred: r.transfer,
      gzip: zlib.gzipSync(bytes, { level: 9 }).length,
      brotli: zlib.brotliCompressSync(bytes, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    });
  }
  const total = (key) => files.reduce((sum, f) => sum + (f[key] || 0), 0);
  return { files, total: { raw: total('raw'), transferred: total('transferred'), gzip: total('gzip'), brotli: total('brotli') } };
}

// Cold loads (a new context each) and warm ones (one context, after a first visit) on a profile.
async function timeLoads(browser, baseUrl, target, profileName, legacyMarks) {
  const cold = [];
  for (let i = 0; i < loads; i++) {
    const opened = await openContext(browser, profiles[profileName], { legacyMarks });
    cold.push(await loadOnce(opened.page, baseUrl, target, `cold${i}`));
    if (opened.errors.length) console.error(`bench: ${target.flavour} ${target.lang}: ${opened.errors.join('; ')}`);
    await opened.context.close();
  }
  const warm = [];
  const opened = await openContext(browser, profiles[profileName], { legacyMarks });
  await loadOnce(opened.page, baseUrl, target, 'prime');
  for (let i = 0; i < loads; i++) warm.push(await loadOnce(opened.page, baseUrl, target, `warm${i}`));
  await opened.context.close();
  // Each figure's median over the loads.
  const medians = (runs) => {
    const parts = runs.map(breakdown);
    return Object.fromEntries(Object.keys(parts[0]).map((key) => [key, median(parts.map((p) => p[key]))]));
  };
  return {
    coldMs: median(cold.map((l) => l.firstRows)), warmMs: median(warm.map((l) => l.firstRows)),
    coldRuns: cold.map((l) => l.firstRows), warmRuns: warm.map((l) => l.firstRows),
    breakdown: medians(cold), warmBreakdown: medians(warm),
    firstLoad: cold[0],
  };
}

// Frame (or DOM update) times at `rows`, and at 100 rows also the answer's way to the screen,
// idle frames and memory (localhost).
async function details(browser, baseUrl, target, legacyMarks) {
  const opened = await openContext(browser, null, { legacyMarks });
  const { page, cdp } = opened;
  const result = {};
  for (const rows of [10, 100]) {
    const shown = { ...target, rows, url: (visit) => target.url(visit).replace(/(pageSize|rows)=\d+/, `$1=${rows}`) };
    const load = await loadOnce(page, baseUrl, shown, `rows${rows}`);
    const times = target.kind === 'console' ? await consoleFrameTimes(page) : await domUpdateTimes(page);
    result[`frame${rows}`] = times;
    if (rows !== 100) continue;
    const parts = breakdown(load);
    result.answerToRowsMs = parts.answerToRows;
    result.framesAfterAnswer = await page.evaluate((dataEnd) => {
      const module = window.benchModule && window.benchModule();
      const perf = module && module.koo.perf;
      return perf ? perf.recent.filter(([start]) => start >= dataEnd && start <= perf.firstRowsMs).length : null;
    }, parts.dataArrived);
    result.idleFps = target.kind === 'console' ? await idleFps(page) : null;
    result.memory = await memory(page, cdp, target);
  }
  await opened.context.close();
  return result;
}

// The native frame times from koo_bench's JSON (BM_ConsoleFramePurchasedApps/10 and /100).
function nativeFrames() {
  if (!nativeFile || !fs.existsSync(nativeFile)) return null;
  const report = JSON.parse(fs.readFileSync(nativeFile, 'utf8'));
  const frames = {};
  for (const b of report.benchmarks || []) {
    const match = /^BM_ConsoleFramePurchasedApps\/(\d+)$/.exec(b.name);
    if (match) frames[`frame${match[1]}`] = { median: b.median_ms, p95: b.p95_ms, frames: b.iterations };
  }
  return frames;
}

async function main() {
  const legacyMarks = prepareSite();
  const api = await startStubApi();
  const server = await startServer(api.url);
  const browser = await launchBrowser();
  const targets = [
    consoleTarget('page', 'en', 10), consoleTarget('page', 'zh-CN', 10),
    consoleTarget('widget', 'en', 10), consoleTarget('widget', 'zh-CN', 10),
    domTarget('table', 10), domTarget('virtual', 10),
  ];
  const results = [];
  try {
    for (const target of targets) {
      process.stderr.write(`bench: ${target.kind} ${target.flavour} ${target.lang}...\n`);
      const localhost = await timeLoads(browser, server.url, target, 'localhost', legacyMarks);
      const throttled = await timeLoads(browser, server.url, target, 'throttled', legacyMarks);
      results.push({
        name: target.kind === 'console' ? `${target.flavour} ${target.lang}` : `DOM ${target.flavour}`,
        kind: target.kind, flavour: target.flavour, lang: target.lang,
        sizes: sizesOf(localhost.firstLoad.resources),
        localhost: { ...localhost, firstLoad: undefined }, throttled: { ...throttled, firstLoad: undefined },
        ...(await details(browser, server.url, target, legacyMarks)),
      });
    }
  } finally {
    await browser.close();
    server.stop();
    await api.close();
  }
  if (api.unknown.size) console.error(`bench: calls the bench's API does not answer: ${[...api.unknown].join(', ')}`);
  const report = { label, date: new Date().toISOString(), dist: path.relative(root, dist), loads, legacyMarks,
                   native: nativeFrames(), results };
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
  printReport(report);
  console.log(`\n(written to ${path.relative(root, out)})`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
