// Prints the web bench's table: bytes per file and per page, first rows cold and warm, where the
// cold time goes, frame times, memory, idle frames, the console's figures as ratios to the DOM
// pages' from the same run, and the goals of issue 11 with how far each is from being met.

const kb = (bytes) => (bytes === null || bytes === undefined ? '-' : `${(bytes / 1024).toFixed(1)} KB`);
const ms = (value, digits = 0) => (value === null || value === undefined ? '-' : `${value.toFixed(digits)} ms`);
const mb = (bytes) => (bytes === null || bytes === undefined ? '-' : `${(bytes / 1048576).toFixed(1)} MB`);
const ratio = (a, b) => (a === null || b === null || !b ? '-' : `${(a / b).toFixed(2)}x`);

function table(header, rows) {
  const all = [header, ...rows];
  const widths = header.map((_, i) => Math.max(...all.map((row) => String(row[i]).length)));
  for (const row of all) {
    console.log(row.map((cell, i) => (i === 0 ? String(cell).padEnd(widths[i]) : String(cell).padStart(widths[i])))
      .join('  '));
  }
}

// Each goal: its name, the figure, the limit and the unit (a figure at or under the limit meets it).
export function goals(report) {
  const find = (name) => report.results.find((r) => r.name === name);
  const page = find('page en');
  const dom = find('DOM table');
  const native = report.native || {};
  const list = [
    ['English standalone, gzip total incl. fonts', page.sizes.total.gzip / 1024, 350, 'KB'],
    ['first rows cold, localhost (page en)', page.localhost.coldMs, 300, 'ms'],
    ['first rows cold, throttled (page en)', page.throttled.coldMs, 1500, 'ms'],
    ['first rows warm, localhost (page en)', page.localhost.warmMs, 150, 'ms'],
    ['first rows cold vs plain DOM table (localhost)', page.localhost.coldMs / dom.localhost.coldMs, 3, 'x'],
    ['p95 frame at 100 rows, native', native.frame100 ? native.frame100.p95 : null, 1.5, 'ms'],
    ['p95 frame at 100 rows, browser (page en)', page.frame100 ? page.frame100.p95 : null, 4, 'ms'],
    ['frames from answer to rows (page en, 100 rows)', page.framesAfterAnswer, 1, 'frames'],
    ['wasm heap after 100 rows (page en)', page.memory.wasmHeap === null ? null : page.memory.wasmHeap / 1048576, 32, 'MB'],
    ['idle frames per second (page en)', page.idleFps, 0, 'fps'],
  ];
  return list.map(([name, value, limit, unit]) => ({
    name, value, limit, unit, met: value !== null && value !== undefined && value <= limit,
  }));
}

export function printReport(report) {
  const { results } = report;
  const consoles = results.filter((r) => r.kind === 'console');
  const names = results.map((r) => r.name);
  console.log(`\nKooGallery console web bench${report.label ? ` (${report.label})` : ''}: ${report.dist}, ` +
              `median of ${report.loads} loads, Chromium (SwiftShader), ${report.date}`);
  if (report.legacyMarks) console.log('(a build without Module.koo.perf: first rows seen by watching the mirror each frame)');

  for (const r of consoles) {
    console.log(`\nBytes per file, ${r.name} (cold load; transferred as served, gzip -9 and brotli 11 computed):`);
    table(['file', 'raw', 'transferred', 'gzip', 'brotli'],
      [...r.sizes.files.map((f) => [f.path, kb(f.raw), kb(f.transferred), kb(f.gzip), kb(f.brotli)]),
        ['total', kb(r.sizes.total.raw), kb(r.sizes.total.transferred), kb(r.sizes.total.gzip), kb(r.sizes.total.brotli)]]);
  }

  const row = (label, pick) => [label, ...results.map((r) => { try { return pick(r); } catch { return '-'; } })];
  console.log('\nPer page (cold load; times from navigation to the first frame showing Purchased Apps rows):');
  table(['', ...names], [
    row('bytes raw', (r) => kb(r.sizes.total.raw)),
    row('bytes transferred', (r) => kb(r.sizes.total.transferred)),
    row('bytes gzip', (r) => kb(r.sizes.total.gzip)),
    row('bytes brotli', (r) => kb(r.sizes.total.brotli)),
    row('first rows cold, localhost', (r) => ms(r.localhost.coldMs)),
    row('first rows warm, localhost', (r) => ms(r.localhost.warmMs)),
    row('first rows cold, throttled', (r) => ms(r.throttled.coldMs)),
    row('first rows warm, throttled', (r) => ms(r.throttled.warmMs)),
    row('cold localhost: files downloaded at', (r) => ms(r.localhost.breakdown.downloadDone)),
    row('  wasm downloaded at', (r) => ms(r.localhost.breakdown.wasmDownloaded)),
    row('  wasm compiled+instantiated at', (r) => ms(r.localhost.breakdown.wasmReady)),
    row('  (compile after its download)', (r) => ms(r.localhost.breakdown.compileAfterDownload)),
    row('  fonts downloaded at', (r) => ms(r.localhost.breakdown.fontsDownloaded)),
    row('  first frame at', (r) => ms(r.localhost.breakdown.firstFrame)),
    row('  font atlas build (in the first frame)', (r) => ms(r.localhost.breakdown.atlasMs, 1)),
    row('  list asked at', (r) => ms(r.localhost.breakdown.dataAsked)),
    row('  list arrived at', (r) => ms(r.localhost.breakdown.dataArrived)),
    row('  first frame with rows at', (r) => ms(r.localhost.breakdown.firstRows)),
    row('warm localhost: wasm ready at', (r) => ms(r.localhost.warmBreakdown.wasmReady)),
    row('  first frame at', (r) => ms(r.localhost.warmBreakdown.firstFrame)),
    row('  list asked at', (r) => ms(r.localhost.warmBreakdown.dataAsked)),
    row('  list arrived at', (r) => ms(r.localhost.warmBreakdown.dataArrived)),
    row('cold throttled: files downloaded at', (r) => ms(r.throttled.breakdown.downloadDone)),
    row('  wasm compiled+instantiated at', (r) => ms(r.throttled.breakdown.wasmReady)),
    row('  first frame at', (r) => ms(r.throttled.breakdown.firstFrame)),
    row('  list arrived at', (r) => ms(r.throttled.breakdown.dataArrived)),
    row('C++ frame (DOM: full update) 10 rows, median', (r) => ms(r.frame10 && r.frame10.median, 2)),
    row('  p95', (r) => ms(r.frame10 && r.frame10.p95, 2)),
    row('  mirror update in those frames, p95', (r) => ms(r.frame10 && r.frame10.mirrorP95, 2)),
    row('C++ frame (DOM: full update) 100 rows, median', (r) => ms(r.frame100 && r.frame100.median, 2)),
    row('  p95', (r) => ms(r.frame100 && r.frame100.p95, 2)),
    row('  mirror update in those frames, p95', (r) => ms(r.frame100 && r.frame100.mirrorP95, 2)),
    row('answer arrived -> rows on screen (100 rows)', (r) => ms(r.answerToRowsMs, 1)),
    row('  frames drawn for it', (r) => (r.framesAfterAnswer ?? '-')),
    row('wasm heap after 100 rows', (r) => mb(r.memory.wasmHeap)),
    row('JS heap after 100 rows', (r) => mb(r.memory.jsHeap)),
    row('DOM nodes after 100 rows', (r) => r.memory.domNodes),
    row('frames per second when idle', (r) => (r.idleFps ?? '-')),
  ]);

  if (report.native) {
    const n = report.native;
    console.log('\nNative C++ frame (Release, no GPU), Purchased Apps: ' +
      `10 rows median ${ms(n.frame10 && n.frame10.median, 3)} p95 ${ms(n.frame10 && n.frame10.p95, 3)}; ` +
      `100 rows median ${ms(n.frame100 && n.frame100.median, 3)} p95 ${ms(n.frame100 && n.frame100.p95, 3)}`);
  }

  const dom = { table: results.find((r) => r.name === 'DOM table'), virtual: results.find((r) => r.name === 'DOM virtual') };
  console.log('\nThe console as a ratio of the DOM pages (same run; under 1 is better than the DOM page):');
  // One row: `pick(result)` of each console page over the same of each DOM page.
  const ratios = (label, pick) => [label, ...consoles.flatMap((r) => [ratio(pick(r), pick(dom.table)),
    ratio(pick(r), pick(dom.virtual))])];
  table(['', ...consoles.flatMap((r) => [`${r.name} / table`, '/ virtual'])], [
    ratios('first rows cold, localhost', (r) => r.localhost.coldMs),
    ratios('first rows warm, localhost', (r) => r.localhost.warmMs),
    ratios('first rows cold, throttled', (r) => r.throttled.coldMs),
    ratios('bytes gzip', (r) => r.sizes.total.gzip),
    ratios('100 rows: C++ frame vs DOM update, p95', (r) => (r.frame100 ? r.frame100.p95 : null)),
    ratios('memory (wasm + JS heap)', (r) => (r.memory.wasmHeap || 0) + r.memory.jsHeap),
  ]);

  console.log('\nGoals (issue 11):');
  for (const goal of goals(report)) {
    const value = goal.value === null || goal.value === undefined ? '-' : Number(goal.value.toFixed(2));
    const miss = goal.met || typeof value !== 'number' ? '' : `  misses by ${Number((goal.value - goal.limit).toFixed(2))} ${goal.unit}`;
    console.log(`  ${goal.met ? 'met   ' : 'MISSED'}  ${goal.name}: ${value} ${goal.unit} (goal <= ${goal.limit})${miss}`);
  }
}
