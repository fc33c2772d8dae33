// Durability test: streams flow actions and password reveals at the real server, kills it with
// SIGKILL in the middle of the stream, restarts it on the same database, and checks that every
// acknowledged (2xx) action is there, that its idempotency key replays the same answer (a
// reveal's is read anew: passwords are not kept with answers), and
// that no unacknowledged action was left half-written.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { makeTempDir, startServer } from './support/server.mjs';

const KILL_AFTER_ACKS = 60;   // kill once this many actions were acknowledged
const MAX_ACTIONS = 400;      // bound of each stream, whatever happens
const DEADLINE_MS = 15000;    // bound of the streaming phase

async function post(base, path, token, key, body) {
  const response = await fetch(`${base}${path}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Idempotency-Key': key, 'Content-Type': 'application/json' },
    body: body === undefined ? '' : JSON.stringify(body),
    signal: AbortSignal.timeout(5000),
  });
  return { status: response.status, text: await response.text(), requestId: response.headers.get('x-request-id') };
}

async function get(base, path, token) {
  const response = await fetch(`${base}${path}`, { headers: { Authorization: `Bearer ${token}` }, signal: AbortSignal.timeout(5000) });
  assert.equal(response.status, 200, `${path}: ${response.status}`);
  return response.json();
}

test('every acknowledged action survives SIGKILL and a restart', { timeout: 30000 }, async (t) => {
  const tmp = makeTempDir();
  const db = join(tmp.dir, 'durability.sqlite');
  let server = await startServer({ db });
  try {
    const signIn = await fetch(`${server.base}/auth/sign-in`, {
      method: 'POST',
      headers: { 'Idempotency-Key': 'durability-sign-in', 'Content-Type': 'application/json' },
      body: JSON.stringify({ userName: 'alice', password: 'alice-demo-2025' }),
    });
    const { token } = await signIn.json();
    const waiting = (await get(server.base, '/supervised-orders?stage=WAITING_REQUEST', token)).items;
    assert.ok(waiting.length >= 2, 'the demo data set has orders waiting for a request');
    const forms = new Map();
    for (const { orderId } of waiting) {
      const details = await get(server.base, `/supervised-orders/${orderId}`, token);
      forms.set(orderId, Object.fromEntries(details.requestForm.map((f) => [f.key, f.type === 'NUMBER' ? '1' : f.type === 'DATE' ? '2025-02-01' : 'x'])));
    }
    const app = (await get(server.base, '/purchased-apps?pageSize=100', token)).items[0].instanceId;

    const acked = [];  // { path, key, body, text, kind, orderId?, sequence?, requestId }
    let acks = 0; let killed = false; let serial = 0;
    const deadline = Date.now() + DEADLINE_MS;
    const base = server.base;
    const victim = server;
    const send = async (record) => {
      const key = `durability-${++serial}`;
      const answer = await post(base, record.path, token, key, record.body);
      if (answer.status < 200 || answer.status >= 300) throw new Error(`${record.path} answered ${answer.status}: ${answer.text}`);
      const entry = { ...record, key, text: answer.text, requestId: answer.requestId };
      if (record.orderId) entry.sequence = JSON.parse(answer.text).history.at(-1).sequence;
      acked.push(entry);
      if (++acks === KILL_AFTER_ACKS) { killed = true; victim.kill(); }  // other streams are mid-request now
    };
    // One stream per waiting order (submit, seller rejects, submit again, ...), one of reveals.
    const flowStream = async (orderId) => {
      const path = `/test/supervised-orders/${orderId}/seller-action`;
      for (let i = 0; i < MAX_ACTIONS && !killed && Date.now() < deadline; i++) {
        await send({ kind: 'SUBMIT', orderId, path: `/supervised-orders/${orderId}/submit-request`, body: { fields: forms.get(orderId) } });
        await send({ kind: 'REJECT', orderId, path, body: { action: 'REJECT_REQUEST', reason: `round ${i}` } });
      }
    };
    const revealStream = async () => {
      for (let i = 0; i < MAX_ACTIONS && !killed && Date.now() < deadline; i++)
        await send({ kind: 'REVEAL', path: `/purchased-apps/${app}/password/reveal` });
    };
    const results = await Promise.allSettled([...waiting.map((o) => flowStream(o.orderId)), revealStream()]);
    assert.ok(killed, `the server was killed mid-stream (acks: ${acks})`);
    const inFlight = results.filter((r) => r.status === 'rejected').length;
    t.diagnostic(`${acked.length} actions acknowledged before SIGKILL; ${inFlight} streams cut mid-request`);
    const exit = await server.exited;
    assert.equal(exit.signal, 'SIGKILL');
    // Requests in flight at the kill failed on the network, not with an error answer.
    for (const r of results) if (r.status === 'rejected') assert.doesNotMatch(String(r.reason), /answered/);

    server = await startServer({ db });
    const after = server.base;
    // Sessions are data too: the token from before the crash still works.
    for (const { orderId } of waiting) {
      const details = await get(after, `/supervised-orders/${orderId}`, token);
      const sequences = details.history.map((e) => e.sequence);
      assert.deepEqual(sequences, sequences.map((_, i) => i + 1), `history of ${orderId} has no gaps`);
      assert.equal(details.flow.stage, details.history.at(-1).toStage, `flow of ${orderId} matches its last event`);
      const mine = acked.filter((a) => a.orderId === orderId);
      for (const action of mine) {
        const event = details.history.find((e) => e.sequence === action.sequence);
        assert.ok(event, `acknowledged ${action.kind} #${action.sequence} of ${orderId} is there`);
        assert.equal(event.kind, action.kind === 'SUBMIT' ? 'REQUEST_SUBMITTED' : 'REQUEST_REJECTED');
      }
      assert.ok(details.history.length >= 1 + mine.length);
    }
    const audit = (await get(after, '/test/audit-log', token)).items;
    for (const action of acked.filter((a) => a.kind === 'REVEAL'))
      assert.ok(audit.some((e) => e.requestId === action.requestId), `reveal ${action.requestId} is in the audit log`);
    // Every acknowledged key replays its first answer and changes nothing; a reveal's answer
    // holds the password, which is not kept, so its repeat reads it again (audited again).
    const sample = acked.filter((_, i) => i % 5 === 0);
    for (const action of sample) {
      const again = await post(after, action.path, token, action.key, action.body);
      if (action.kind === 'REVEAL') assert.equal(JSON.parse(again.text).password, JSON.parse(action.text).password, `repeat of ${action.key}`);
      else assert.equal(again.text, action.text, `replay of ${action.key}`);
    }
    const reveals = sample.filter((a) => a.kind === 'REVEAL').length;
    assert.equal((await get(after, '/test/audit-log', token)).items.length, audit.length + reveals);
  } finally {
    await server.stop();
    tmp.remove();
  }
});
