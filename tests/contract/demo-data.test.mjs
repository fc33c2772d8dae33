// assets/demo-data.json is generated: it must be exactly what its generator writes today.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { repoRoot } from './support/server.mjs';

test('assets/demo-data.json is up to date with assets/demo/generate-demo-data.mjs', async () => {
  const root = repoRoot();
  const { demoDataText } = await import(join(root, 'assets/demo/generate-demo-data.mjs'));
  const committed = readFileSync(join(root, 'assets/demo-data.json'), 'utf8');
  assert.ok(committed === demoDataText, 'run: node assets/demo/generate-demo-data.mjs');
});
