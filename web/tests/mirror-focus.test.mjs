// Focus and clicks on a slow machine: the DOM mirror must never blur the control the buyer is on
// while it re-orders or removes elements, or Dear ImGui is told the console lost focus and drops
// the click in progress (the cause of the lost "Send rejection" clicks on busy 2-core machines).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, openConsoleWith, typeInto } from './browser.mjs';

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

// An order of the first demo buyer (the offline demo signs in as alice) waiting for her confirmation.
const orderWaitingForConfirmation = 'CS240083885840';

// Counts, in the page, each time focus leaves the console for nowhere (what the console reports
// to Dear ImGui as "focus lost").
const watchFocusLoss = (page) => page.evaluate(() => {
  const root = document.querySelector('.koo-semantics').parentElement;
  window.kooFocusLosses = 0;
  root.addEventListener('focusout', (e) => { if (!root.contains(e.relatedTarget)) window.kooFocusLosses++; });
});

test('a click right after typing reaches the console on a slow CPU, and focus stays in the console', async () => {
  // Six times slower script: typed keys queue up behind slow frames, so the click arrives while
  // the mirror is still catching up with the text box, as on a busy 2-core machine.
  const { context, page, errors } = await openConsoleWith(browser, `#/supervision/${orderWaitingForConfirmation}`, {
    prepare: async (ctx, p) => (await ctx.newCDPSession(p)).send('Emulation.setCPUThrottlingRate', { rate: 6 }),
  });
  await page.getByRole('status', { name: 'Waiting for you to confirm acceptance', exact: true }).waitFor();
  await page.getByRole('button', { name: 'Reject', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Reject the delivery' });
  await dialog.waitFor();
  await watchFocusLoss(page);

  await typeInto(page, 'Reason for rejecting', 'Node 2 missing');
  await dialog.getByRole('button', { name: 'Send rejection' }).click();
  await page.getByRole('status', { name: 'Waiting for the seller to provide the service', exact: true }).waitFor();
  await dialog.waitFor({ state: 'detached' });

  assert.equal(await page.evaluate(() => window.kooFocusLosses), 0, 'the console was told it lost focus');
  // The focused button went away with its dialog: focus is on the console, not on the page body.
  assert.ok(await page.evaluate(() => document.querySelector('.koo-semantics').parentElement.contains(document.activeElement)));
  assert.deepEqual(errors, []);
  await context.close();
});
