// Starts the real native backend (koo-backend-server) for the node tests: a free loopback port,
// a database in a temporary folder, and stop/kill helpers that wait for the process to end.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// CTest passes both through the environment (tests/contract/CMakeLists.txt).
export function serverBinary() {
  const binary = process.env.KOO_BACKEND_SERVER;
  if (!binary) throw new Error('KOO_BACKEND_SERVER must name the koo-backend-server binary');
  return binary;
}

export function repoRoot() {
  const root = process.env.KOO_REPO_ROOT;
  if (!root) throw new Error('KOO_REPO_ROOT must name the repository root');
  return root;
}

export function makeTempDir() {
  const dir = mkdtempSync(join(tmpdir(), 'koo-contract-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

// Resolves once the server printed "listening on http://127.0.0.1:PORT".
export function startServer({ db, testMode = true, extraArgs = [], timeoutMs = 10000 }) {
  const args = ['--port', '0', '--host', '127.0.0.1', '--db', db, ...(testMode ? ['--test-mode'] : []), ...extraArgs];
  const env = { ...process.env };
  delete env.KOO_FAULTS;
  delete env.PORT;
  const proc = spawn(serverBinary(), args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  proc.stderr.on('data', (chunk) => { stderr += chunk; });
  const exited = new Promise((resolve) => proc.once('exit', (code, signal) => resolve({ code, signal })));
  return new Promise((resolve, reject) => {
    let stdout = '';
    const timer = setTimeout(() => {
      proc.kill('SIGKILL');
      reject(new Error(`server did not start within ${timeoutMs} ms; stderr: ${stderr}`));
    }, timeoutMs);
    const early = (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`server exited early (${code ?? signal}); stderr: ${stderr}`));
    };
    proc.once('exit', early);
    proc.stdout.on('data', (chunk) => {
      stdout += chunk;
      const match = /^listening on (http:\/\/127\.0\.0\.1:(\d+))$/m.exec(stdout);
      if (!match) return;
      clearTimeout(timer);
      proc.removeListener('exit', early);
      resolve({
        origin: match[1],
        base: `${match[1]}/api/v1`,
        pid: proc.pid,
        stderr: () => stderr,
        exited,
        // SIGTERM (or `signal`), then SIGKILL if it has not stopped within `graceMs`.
        async stop(signal = 'SIGTERM', graceMs = 5000) {
          if (proc.exitCode !== null || proc.signalCode !== null) return exited;
          proc.kill(signal);
          const late = setTimeout(() => proc.kill('SIGKILL'), graceMs);
          const result = await exited;
          clearTimeout(late);
          return result;
        },
        async kill() {
          if (proc.exitCode === null && proc.signalCode === null) proc.kill('SIGKILL');
          return exited;
        },
      });
    });
  });
}
