// A console that cannot start says so in the page and runs no frame: no console, no frame loop.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, baseUrl } from './browser.mjs';

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

test('without WebGL2 the page says the console cannot start, and no frame ever runs', async () => {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    // A browser without WebGL2; and a count of the frames anything asks for.
    const getContext = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function(kind, ...rest) {
      return kind === 'webgl2' ? null : getContext.call(this, kind, ...rest);
    };
    window.kooFrameRequests = 0;
    const requestFrame = window.requestAnimationFrame.bind(window);
    window.kooNextFrame = () => new Promise((resolve) => requestFrame(resolve));
    window.requestAnimationFrame = (callback) => { window.kooFrameRequests++; return requestFrame(callback); };
  });
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
