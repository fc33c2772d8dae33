// Measures how koo-backend-server holds under hostile clients (issue 8): connections that trickle
// header lines, connections that flood header lines, and many slow clients; reports health latency
// and the server's memory (VmRSS from /proc). Usage: node bench/hostile_clients.mjs --help
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';

const usage = `usage: node bench/hostile_clients.mjs --server BINARY [options]
  --scenario trickle|flood|slow   trickle: N connections send one header line every --interval ms
                                  flood: N connections each send --lines header lines at full speed
                                  slow: N connections send half a request line, then nothing
  --connections N                 hostile connections (default 48)
  --lines L                       header lines per flooding connection (default 500000)
  --interval MS                   trickle interval (default 500)
  --seconds S                     how long the hostile clients stay (default 15)
Starts the server on a free port with a fresh database, probes GET /api/v1/health every 250 ms
on a new connection (from a worker thread) while the hostile clients run, and prints the probes' latency and the
server's RSS before, at its peak, and 2 s after the hostile clients left.`;

function parseArgs(argv) {
  const options = { scenario: 'trickle', connections: 48, lines: 500000, interval: 500, seconds: 15 };
  for (let i = 2; i < argv.length; ++i) {
    const name = argv[i].replace(/^--/, '');
    if (name === 'help') { console.log(usage); process.exit(0); }
    if (!(name in options) && name !== 'server') { console.error(usage); process.exit(2); }
    const value = argv[++i];
    options[name] = typeof options[name] === 'number' ? Number(value) : value;
  }
  if (!options.server) { console.error(usage); process.exit(2); }
  return options;
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function rssMiB(pid) {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) / 1024 : NaN;
}

function startServer(binary, db) {
  const proc = spawn(binary, ['--port', '0', '--db', db], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let out = '';
    proc.once('exit', (code) => reject(new Error(`server exited (${code})`)));
    proc.stdout.on('data', (chunk) => {
      out += chunk;
      const match = /listening on http:\/\/([\d.]+):(\d+)/.exec(out);
      if (match) resolve({ proc, host: match[1], port: Number(match[2]) });
    });
  });
}

// One GET /api/v1/health on a fresh connection: milliseconds until the whole answer arrived,
// or Infinity after 30 s.
function probeHealth({ host, port }) {
  return new Promise((resolve) => {
    const started = performance.now();
    const socket = net.connect(port, host);
    let answer = '';
    const finish = (ms) => { clearTimeout(timer); socket.destroy(); resolve(ms); };
    const timer = setTimeout(() => finish(Infinity), 30000);
    socket.on('connect', () => socket.write(`GET /api/v1/health HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`));
    socket.on('data', (chunk) => {
      answer += chunk;
      if (/^HTTP\/1\.1 200/.test(answer) && answer.includes('"status"')) finish(performance.now() - started);
    });
    socket.on('error', () => finish(Infinity));
    socket.on('close', () => finish(answer.startsWith('HTTP/1.1 200') ? performance.now() - started : Infinity));
  });
}

// Opens a hostile connection; `behave(socket, index)` drives it. Records how each one ended.
function openHostile(target, index, behave, outcomes) {
  const socket = net.connect(target.port, target.host);
  let firstLine = '';
  socket.on('data', (chunk) => { if (!firstLine) firstLine = String(chunk).split('\r\n')[0]; });
  socket.on('error', () => {});
  socket.on('close', () => { if (!socket.leftByBench) outcomes.push(firstLine || 'closed without an answer'); });
  socket.on('connect', () => behave(socket, index));
  return socket;
}

const behaviours = {
  trickle: (options) => (socket, index) => {
    socket.write('GET /api/v1/health HTTP/1.1\r\nHost: bench\r\n');
    let line = 0;
    const timer = setInterval(() => {
      if (socket.destroyed) return clearInterval(timer);
      socket.write(`X-Trickle-${index}-${line++}: still sending\r\n`);
    }, options.interval);
    socket.on('close', () => clearInterval(timer));
  },
  flood: (options) => (socket, index) => {
    socket.write('GET /api/v1/health HTTP/1.1\r\nHost: bench\r\n');
    let line = 0;
    const pump = () => {
      while (line < options.lines && !socket.destroyed) {
        let chunk = '';
        for (let i = 0; i < 1000 && line < options.lines; ++i) chunk += `X-Flood-${line++}: ${index}\r\n`;
        if (!socket.write(chunk)) return socket.once('drain', pump);
      }
    };
    pump();
  },
  slow: () => (socket) => socket.write('GET /api/v1/hea'),
};

async function main() {
  const options = parseArgs(process.argv);
  const dir = mkdtempSync(join(tmpdir(), 'koo-hostile-'));
  const server = await startServer(options.server, join(dir, 'bench.sqlite'));
  const pid = server.proc.pid;
  try {
    await probeHealth(server);  // warm up: first answer opens the database
    const rssBefore = rssMiB(pid);
    const idleLatency = await probeHealth(server);
    const outcomes = [];
    const behave = behaviours[options.scenario](options);
    const sockets = [];
    for (let i = 0; i < options.connections; ++i) sockets.push(openHostile(server, i, behave, outcomes));

    // Probes run in a worker thread: the hostile clients keep this thread busy, and their
    // lag must not count as the server's.
    const prober = new Worker(new URL(import.meta.url), { workerData: { ...server, proc: undefined, seconds: options.seconds } });
    const probed = new Promise((resolve) => prober.once('message', resolve));
    let rssPeak = rssBefore;
    let probing = true;
    probed.then(() => { probing = false; });
    while (probing) {
      rssPeak = Math.max(rssPeak, rssMiB(pid));
      await sleep(250);
    }
    const latencies = await probed;
    for (const socket of sockets) { socket.leftByBench = !socket.destroyed; socket.destroy(); }
    await sleep(2000);
    const rssAfter = rssMiB(pid);
    const afterLatency = await probeHealth(server);

    const sorted = [...latencies].sort((a, b) => a - b);
    const pick = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
    const count = (list) => Object.entries(list.reduce((acc, o) => ({ ...acc, [o]: (acc[o] ?? 0) + 1 }), {}));
    const ms = (v) => (Number.isFinite(v) ? `${v.toFixed(1)} ms` : 'no answer in 30 s');
    console.log(`scenario ${options.scenario}: ${options.connections} connections` +
      (options.scenario === 'flood' ? ` x ${options.lines} header lines` : '') +
      (options.scenario === 'trickle' ? `, a line every ${options.interval} ms` : '') + `, ${options.seconds} s`);
    console.log(`health latency: idle ${ms(idleLatency)}; under load median ${ms(pick(0.5))}, ` +
      `max ${ms(sorted[sorted.length - 1])} (${latencies.length} probes); after ${ms(afterLatency)}`);
    console.log(`server RSS: before ${rssBefore.toFixed(1)} MiB, peak ${rssPeak.toFixed(1)} MiB, ` +
      `2 s after the clients left ${rssAfter.toFixed(1)} MiB`);
    console.log(`hostile connections ended by the server: ${outcomes.length}/${options.connections}` +
      (outcomes.length ? ` (${count(outcomes).map(([o, n]) => `${n}x ${o}`).join(', ')})` : ''));
  } finally {
    server.proc.removeAllListeners('exit');
    server.proc.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  }
}

// The worker thread's part: probe health every 250 ms for `seconds`, post the latencies.
async function probeFor({ host, port, seconds }) {
  const latencies = [];
  const end = performance.now() + seconds * 1000;
  while (performance.now() < end) {
    latencies.push(await probeHealth({ host, port }));
    await sleep(250);
  }
  parentPort.postMessage(latencies);
}

if (isMainThread) main().catch((error) => { console.error(error); process.exit(1); });
else probeFor(workerData);
