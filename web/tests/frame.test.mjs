// The console frame in headless Chromium: it draws, its navigation switches pages through the
// DOM mirror, routes follow the URL, and it idles when nothing happens.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, openConsole, artifactPath } from './browser.mjs';

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

// Fraction of canvas pixels that differ from the page background.
async function inkRatio(page) {
  const shot = await page.locator('canvas').screenshot();
  return page.evaluate(async (bytes) => {
    const blob = new Blob([new Uint8Array(bytes)], { type: 'image/png' });
    const bitmap = await createImageBitmap(blob);
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = canvas.getContext('2d');
    ctx.drawImage(bitmap, 0, 0);
    const { data } = ctx.getImageData(0, 0, bitmap.width, bitmap.height);
    const [r, g, b] = [data[0], data[1], data[2]];
    let differing = 0;
    for (let i = 0; i < data.length; i += 4)
      if (Math.abs(data[i] - r) + Math.abs(data[i + 1] - g) + Math.abs(data[i + 2] - b) > 24) differing++;
    return differing / (data.length / 4);
  }, [...shot]);
}

test('the frame draws into the canvas and reports ready', async () => {
  const { context, page, errors } = await openConsole(browser);
  const ratio = await inkRatio(page);
  assert.ok(ratio > 0.02, `canvas looks blank: only ${(ratio * 100).toFixed(2)}% of pixels differ`);
  await page.screenshot({ path: artifactPath('frame-purchased-apps.png') });
  assert.deepEqual(errors, []);
  await context.close();
});

test('clicking Service Supervision switches the page and the URL', async () => {
  const { context, page, errors } = await openConsole(browser);
  const nav = page.getByRole('navigation', { name: 'Console navigation' });
  await assert.doesNotReject(nav.waitFor());
  assert.equal(await page.getByRole('link', { name: 'Purchased Apps', exact: true }).getAttribute('aria-current'), 'page');
  await page.getByRole('link', { name: 'Service Supervision', exact: true }).click();
  await page.getByRole('heading', { name: 'Service Supervision', level: 1 }).waitFor();
  assert.equal(await page.getByRole('link', { name: 'Service Supervision', exact: true }).getAttribute('aria-current'), 'page');
  assert.equal(await page.getByRole('link', { name: 'Purchased Apps', exact: true }).getAttribute('aria-current'), null);
  assert.equal(new URL(page.url()).hash, '#/supervision');
  await page.screenshot({ path: artifactPath('frame-service-supervision.png') });

  await page.goBack();  // the browser's back button returns to the previous page
  await page.getByRole('heading', { name: 'Purchased Apps', level: 1 }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('a deep link opens its page and the user menu leads back to Purchased Apps', async () => {
  const { context, page } = await openConsole(browser, '#/orders');
  await page.getByRole('heading', { name: 'My Orders', level: 1 }).waitFor();
  await page.getByText('Billing Center', { exact: true }).first().waitFor();
  await page.getByRole('button', { name: 'Alice Zhang' }).click();
  await page.getByRole('menuitem', { name: 'My KooGallery Apps' }).click();
  await page.getByRole('heading', { name: 'Purchased Apps', level: 1 }).waitFor();
  assert.equal(new URL(page.url()).hash, '#/purchased-apps');
  await context.close();
});

test('keyboard activation of a mirror element works without a pointer', async () => {
  const { context, page } = await openConsole(browser);
  await page.getByRole('link', { name: 'My Orders', exact: true }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'My Orders', level: 1 }).waitFor();
  await context.close();
});

test('an idle console draws no frames', async () => {
  const { context, page } = await openConsole(browser);
  await page.getByRole('heading', { name: 'Purchased Apps', level: 1 }).waitFor();
  const frames = await page.evaluate(async () => {
    // Count requestAnimationFrame callbacks the module schedules over one second of idling.
    let count = 0;
    const original = window.requestAnimationFrame;
    window.requestAnimationFrame = (cb) => { count++; return original(cb); };
    await new Promise((resolve) => setTimeout(resolve, 1000));
    window.requestAnimationFrame = original;
    return count;
  });
  assert.equal(frames, 0);
  await context.close();
});

test('a control below the fold is scrolled into view and works', async () => {
  // A short window: the pagination of Purchased Apps starts below the visible area.
  const { context, page, errors } = await openConsole(browser, '#/purchased-apps', { viewport: { width: 1280, height: 560 } });
  const next = page.getByRole('button', { name: 'Next page' });
  await next.waitFor();
  const before = await next.boundingBox();
  assert.ok(before.y + before.height > 560, `Next page should start off screen, is at ${before.y}`);
  await next.click();  // Playwright scrolls it into view first: the console's content must follow
  await page.waitForFunction(() => location.hash.includes('page=2'));
  const after = await page.getByRole('button', { name: 'Page 2' }).boundingBox();
  assert.ok(after.y + after.height <= 560, 'the pagination is visible after scrolling');
  assert.deepEqual(errors, []);
  await context.close();
});
