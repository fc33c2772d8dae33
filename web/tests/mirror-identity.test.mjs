// Identity in the DOM mirror: every node of the semantics tree gets an element of its own, even
// where cells read alike ("-", the same status, the same date), so a screen reader and a test see
// them all; and the widget gallery, a test-only view, opens by its deep link.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, openConsole, waitUntil } from './browser.mjs';

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

// The mirror's elements and the nodes the console last published, read in one go.
const mirrorAndNodes = (page) => page.evaluate(() => {
  const elements = [...document.querySelectorAll('.koo-semantics [data-koo-id]')];
  const nodes = window.kooConsole.module.koo.semantics || [];
  return { ids: elements.map((el) => el.dataset.kooId), nodeIds: nodes.map((node) => String(node.id)),
           rows: elements.filter((el) => el.getAttribute('role') === 'row').length };
});

test('a page of up to 100 purchased apps mirrors every node under an id of its own', async () => {
  const { context, page, errors } = await openConsole(browser, '#/purchased-apps?pageSize=100');
  await page.getByRole('table', { name: 'Purchased apps' }).waitFor();
  const total = Number((await page.getByText(/^Showing \d+-\d+ of \d+$/).textContent()).match(/of (\d+)/)[1]);
  assert.ok(total > 20, `the demo buyer should have a long list, has ${total}`);
  // Header row plus one row per app, once the mirror caught up with the drawn frame.
  const seen = await waitUntil(async () => {
    const state = await mirrorAndNodes(page);
    return state.rows === total + 1 && state.ids.length === state.nodeIds.length ? state : null;
  }, { message: 'the mirror never showed every row' });
  assert.equal(new Set(seen.nodeIds).size, seen.nodeIds.length, 'two semantics nodes share an id');
  assert.equal(new Set(seen.ids).size, seen.ids.length, 'two mirror elements share an id');
  assert.deepEqual([...seen.ids].sort(), [...seen.nodeIds].sort(), 'a node has no mirror element');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the widget gallery opens by its deep link in the offline demo, every widget mirrored once', async () => {
  const { context, page, errors } = await openConsole(browser, '#/widget-gallery');
  await page.getByRole('heading', { name: 'Widget Gallery', level: 1 }).waitFor();
  await page.getByRole('button', { name: 'Open the confirm dialog' }).waitFor();
  const seen = await waitUntil(async () => {
    const state = await mirrorAndNodes(page);
    return state.ids.length === state.nodeIds.length ? state : null;
  }, { message: 'the mirror never caught up with the gallery' });
  assert.equal(new Set(seen.ids).size, seen.ids.length, 'two mirror elements share an id');
  // Test-only views are not in the navigation.
  assert.equal(await page.getByRole('link', { name: 'Widget Gallery' }).count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});
