// The console at every width a portal or a phone gives it, in both themes: screenshots of each
// main view at 1440, 768, 480 and 320 px (light and dark, from prefers-color-scheme) saved under
// the artifacts folder, every action button of a list row within the console's width and
// reachable, a dark canvas in the dark theme, the widget's `theme` attribute switching a running
// console without losing its view or what was typed, high contrast under forced-colors, and the
// keyboard focus ring drawn on the canvas.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, openConsoleWith, artifactPath, baseUrl, waitUntil } from './browser.mjs';

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

const widths = [1440, 768, 480, 320];
const themes = ['light', 'dark'];

// Mean relative luminance (0 black .. 1 white) of an element's pixels, and the colour at a point
// of it (CSS pixels from its corner), from a screenshot of the element.
async function pixels(page, locator, at = null) {
  const shot = await locator.screenshot();
  return page.evaluate(async ({ bytes, at }) => {
    const bitmap = await createImageBitmap(new Blob([new Uint8Array(bytes)], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = canvas.getContext('2d');
    ctx.drawImage(bitmap, 0, 0);
    const { data } = ctx.getImageData(0, 0, bitmap.width, bitmap.height);
    const lin = (c) => { const v = c / 255; return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
    let sum = 0;
    for (let i = 0; i < data.length; i += 4) sum += 0.2126 * lin(data[i]) + 0.7152 * lin(data[i + 1]) + 0.0722 * lin(data[i + 2]);
    let color = null;
    if (at) {
      const i = (Math.round(at.y) * bitmap.width + Math.round(at.x)) * 4;
      color = [data[i], data[i + 1], data[i + 2]];
    }
    return { luminance: sum / (data.length / 4), color };
  }, { bytes: [...shot], at });
}

// The view has loaded: its title is the level-1 heading and nothing is busy.
async function settled(page, title) {
  await page.getByRole('heading', { name: title, level: 1 }).waitFor();
  await page.waitForFunction(() => !document.querySelector('[role=status][aria-busy=true]'));
}

// The mirror rectangles of every button inside a row of a list (the header row excepted).
function rowButtons(page) {
  return page.evaluate(() => [...document.querySelectorAll('[role=row]')]
    .filter((row) => row.getAttribute('aria-label') !== 'Columns')
    .flatMap((row) => [...row.querySelectorAll('[role=button]')].map((button) => {
      const box = button.getBoundingClientRect();
      return { row: row.getAttribute('aria-label'), name: button.getAttribute('aria-label'),
               left: box.left, right: box.right, top: box.top, bottom: box.bottom };
    })));
}

// Every row's actions lie within the console's width; the last one, scrolled to, lies wholly
// inside the viewport (the content scrolls with the browser's scrollIntoView).
async function assertRowActionsReachable(page, width, height, view) {
  const buttons = await rowButtons(page);
  assert.ok(buttons.length > 0, `${view} at ${width} px: no row has an action`);
  for (const b of buttons)
    assert.ok(b.left >= 0 && b.right <= width + 0.5,
      `${view} at ${width} px: "${b.name}" of "${b.row}" spans ${b.left.toFixed(0)}..${b.right.toFixed(0)}`);
  const last = buttons[buttons.length - 1];
  const button = page.locator('[role=row]').filter({ has: page.locator(`[aria-label="${last.name}"]`) }).last()
    .getByRole('button', { name: last.name, exact: true });
  await button.scrollIntoViewIfNeeded();
  await waitUntil(async () => {
    const box = await button.boundingBox();
    return box && box.x >= 0 && box.x + box.width <= width + 0.5 && box.y >= 0 && box.y + box.height <= height + 0.5;
  }, { message: `${view} at ${width} px: the last row's "${last.name}" is not brought into the viewport` });
}

// Back to the top of the content with the wheel, as a buyer would (the browser's scrollIntoView
// reaches controls below the fold; the first row's, above it once scrolled down, it does not).
async function scrollToTop(page, width, height) {
  await page.mouse.move(width / 2, height / 2);
  await page.mouse.wheel(0, -20000);
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await waitUntil(async () => ((await page.getByRole('heading', { level: 1 }).first().boundingBox()) || { y: -1 }).y >= 0,
    { message: 'the content did not scroll back to the top' });
}

for (const theme of themes) {
  for (const width of widths) {
    test(`${theme} theme at ${width} px: every main view, its row actions within reach`, async () => {
      const height = 800;
      const { context, page, errors } = await openConsoleWith(browser, '#/purchased-apps',
        { viewport: { width, height }, contextOptions: { colorScheme: theme } });
      const shot = (view) => page.screenshot({ path: artifactPath(`views/${theme}-${width}-${view}.png`) });
      try {
        await settled(page, 'Purchased Apps');
        const canvas = await pixels(page, page.locator('canvas'));
        if (theme === 'dark') assert.ok(canvas.luminance < 0.1, `dark theme canvas is light: ${canvas.luminance.toFixed(3)}`);
        else assert.ok(canvas.luminance > 0.6, `light theme canvas is dark: ${canvas.luminance.toFixed(3)}`);
        await shot('purchased-apps');
        await assertRowActionsReachable(page, width, height, 'Purchased Apps');

        await scrollToTop(page, width, height);
        await page.getByRole('button', { name: 'Resource Details', exact: true }).first().click();
        await settled(page, 'Resource Details');
        await shot('resource-details');

        await page.evaluate(() => { location.hash = '#/supervision'; });
        await settled(page, 'Service Supervision');
        await shot('supervision');
        await assertRowActionsReachable(page, width, height, 'Service Supervision');
        await scrollToTop(page, width, height);
        await page.getByRole('button', { name: 'View Details', exact: true }).first().click();
        await settled(page, 'Order Details');
        await shot('supervision-details');

        await page.evaluate(() => { location.hash = '#/orders'; });
        await settled(page, 'My Orders');
        await shot('orders');
        await assertRowActionsReachable(page, width, height, 'My Orders');
        const firstOrder = await page.locator('[role=row]').filter({ hasNot: page.locator('[aria-label="Columns"]') })
          .evaluateAll((rows) => rows.map((row) => row.getAttribute('aria-label')).find((name) => name && name !== 'Columns'));
        const orderId = firstOrder.split(' ')[0];
        await page.evaluate((id) => { location.hash = `#/payment-result?order=${encodeURIComponent(id)}`; }, orderId);
        await settled(page, 'Payment Result');
        await shot('payment-result');
        assert.deepEqual(errors, []);
      } finally {
        await context.close();
      }
    });

    test(`${theme} theme at ${width} px: sign-in`, async () => {
      const { context, page, errors } = await openConsoleWith(browser, '?api=',
        { viewport: { width, height: 800 }, contextOptions: { colorScheme: theme } });
      try {
        await page.getByRole('heading', { name: 'Sign in to KooGallery Console' }).waitFor();
        for (const name of ['User name', 'Password']) {
          const box = await page.getByRole('textbox', { name, exact: true }).boundingBox();
          assert.ok(box.x >= 0 && box.x + box.width <= width + 0.5, `${name} at ${width} px: ${JSON.stringify(box)}`);
        }
        const signIn = await page.getByRole('button', { name: 'Sign in', exact: true }).boundingBox();
        assert.ok(signIn.x >= 0 && signIn.x + signIn.width <= width + 0.5, `Sign in at ${width} px`);
        await page.screenshot({ path: artifactPath(`views/${theme}-${width}-sign-in.png`) });
        assert.deepEqual(errors, []);
      } finally {
        await context.close();
      }
    });
  }
}

test('?theme=dark wins over a light prefers-color-scheme, and forced colors draw high contrast', async () => {
  const dark = await openConsoleWith(browser, '?theme=dark#/orders', { contextOptions: { colorScheme: 'light' } });
  try {
    await settled(dark.page, 'My Orders');
    const { luminance } = await pixels(dark.page, dark.page.locator('canvas'));
    assert.ok(luminance < 0.1, `?theme=dark drew a light canvas: ${luminance.toFixed(3)}`);
  } finally {
    await dark.context.close();
  }
  const forced = await openConsoleWith(browser, '#/orders',
    { contextOptions: { colorScheme: 'dark', forcedColors: 'active' } });
  try {
    await settled(forced.page, 'My Orders');
    // The high-contrast page is pure black or white (Chromium's emulated forced colours report a
    // light or dark scheme of their own), unlike the light (#f4f5f7) and dark (#15171c) pages.
    const { color } = await pixels(forced.page, forced.page.locator('canvas'), { x: 1270, y: 790 });
    assert.ok(['0,0,0', '255,255,255'].includes(color.join(',')), `forced colours drew ${color}`);
    await forced.page.screenshot({ path: artifactPath('views/forced-colors-orders.png') });
  } finally {
    await forced.context.close();
  }
});

test('the keyboard focus ring is drawn around the focused control in both themes', async () => {
  for (const [theme, ring] of [['light', [0x1a, 0x5f, 0xd0]], ['dark', [0xff, 0xcf, 0x4d]]]) {
    const { context, page } = await openConsoleWith(browser, `?theme=${theme}#/purchased-apps`);
    try {
      await settled(page, 'Purchased Apps');
      const link = page.getByRole('link', { name: 'My Orders', exact: true });
      await link.focus();
      await page.keyboard.press('Shift+Tab');  // keyboard focus (:focus-visible) lands on the entry before it
      await page.keyboard.press('Tab');
      const box = await link.boundingBox();
      // The ring's 2.5 px line runs 3 px outside the control: look just left of its middle.
      await waitUntil(async () => {
        const { color } = await pixels(page, page.locator('canvas'), { x: box.x - 3, y: box.y + box.height / 2 });
        return color.every((c, i) => Math.abs(c - ring[i]) < 40);
      }, { message: `${theme}: no focus ring left of "My Orders"` });
      await page.screenshot({ path: artifactPath(`views/${theme}-focus-ring.png`) });
      // A pointer click gives focus without the ring.
      await page.getByRole('link', { name: 'Service Supervision', exact: true }).click();
      await settled(page, 'Service Supervision');
      await waitUntil(async () => {
        const { color } = await pixels(page, page.locator('canvas'), { x: box.x - 3, y: box.y + box.height / 2 });
        return !color.every((c, i) => Math.abs(c - ring[i]) < 40);
      }, { message: `${theme}: the ring stayed after a pointer click` });
    } finally {
      await context.close();
    }
  }
});

test('the widget\'s theme attribute switches a running console, keeping its view and what was typed', async (t) => {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, colorScheme: 'light' });
  t.after(() => context.close());
  await context.addInitScript(() => {
    window.kooReady = 0;
    document.addEventListener('koo-ready', () => { window.kooReady++; });
  });
  const page = await context.newPage();
  await page.goto(new URL('portal.html', baseUrl).href);
  await page.waitForFunction(() => window.kooReady >= 2);
  const widget = page.locator('#widget-left');
  await widget.getByRole('heading', { name: 'Purchased Apps', level: 1 }).waitFor();
  const search = widget.getByRole('textbox', { name: 'Search', exact: true });
  await search.click();
  await page.keyboard.type('half typed');
  await page.waitForFunction(() => [...document.querySelector('#widget-left').shadowRoot.querySelectorAll('[role=textbox]')]
    .some((el) => el.dataset.value === 'half typed'));
  const light = await pixels(page, widget);
  assert.ok(light.luminance > 0.6, `light widget: ${light.luminance.toFixed(3)}`);

  await widget.evaluate((el) => el.setAttribute('theme', 'dark'));
  await waitUntil(async () => (await pixels(page, widget)).luminance < 0.1, { message: 'the widget did not turn dark' });
  assert.equal(await page.evaluate(() => window.kooReady), 2, 'the widget restarted instead of restyling');
  assert.equal(await search.getAttribute('data-value'), 'half typed');
  await widget.getByRole('heading', { name: 'Purchased Apps', level: 1 }).waitFor();
  await page.screenshot({ path: artifactPath('views/portal-left-dark.png') });

  await widget.evaluate((el) => el.removeAttribute('theme'));  // back to the browser's (light) scheme
  await waitUntil(async () => (await pixels(page, widget)).luminance > 0.6, { message: 'the widget did not follow the browser again' });
  // The portal's two widgets of about 650 px are medium: the navigation is a menu.
  assert.equal(await widget.getByRole('button', { name: 'Navigation menu' }).count(), 1);
});
