// A console that cannot start says so in the page and runs no frame: no console, no frame loop.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, baseUrl } from './browser.mjs';

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

// A browser without WebGL2, counting the frames anything asks for (kooFrameRequests).
async function contextWithoutWebGL2() {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    const getContext = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function(kind, ...rest) {
      return kind === 'webgl2' ? null : getContext.call(this, kind, ...rest);
    };
    window.kooFrameRequests = 0;
    const requestFrame = window.requestAnimationFrame.bind(window);
    window.kooNextFrame = () => new Promise((resolve) => requestFrame(resolve));
    window.requestAnimationFrame = (callback) => { window.kooFrameRequests++; return requestFrame(callback); };
  });
  return context;
}

test('without WebGL2 the page says the console cannot start, and no frame ever runs', async () => {
  const context = await contextWithoutWebGL2();
  const page = await context.newPage();
  await page.goto(baseUrl);
  const alert = page.getByRole('alert');
  await alert.waitFor();
  assert.match(await alert.textContent(), /The console cannot start here: WebGL2 is not available/);
  await page.mouse.move(200, 200);  // input after the failure reaches no console
  await page.evaluate(async () => { await window.kooNextFrame(); await window.kooNextFrame(); });
  assert.equal(await page.evaluate(() => window.kooFrameRequests), 0);
  assert.equal(await page.evaluate(() => document.querySelector('.koo-semantics [data-koo-id]')), null);
  await context.close();
});

test('without WebGL2 each widget raises koo-error, and none runs a frame', async () => {
  const context = await contextWithoutWebGL2();
  const page = await context.newPage();
  await page.goto(new URL('portal.html', baseUrl).href);
  const errors = page.locator('#event-log li[data-event="koo-error"]', { hasText: 'WebGL2 is not available' });
  for (const widget of ['widget-left', 'widget-right']) await errors.and(page.locator(`[data-widget="${widget}"]`)).waitFor();
  await page.evaluate(async () => { await window.kooNextFrame(); await window.kooNextFrame(); });
  assert.equal(await page.evaluate(() => window.kooFrameRequests), 0);
  assert.equal(await page.locator('#event-log li[data-event="koo-error"]').count(), 2, 'one koo-error per widget');
  assert.equal(await page.locator('#event-log li[data-event="koo-ready"]').count(), 0);
  await context.close();
});
