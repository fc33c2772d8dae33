// What the English page downloads: no Chinese font and no Chinese texts at all (what only Chinese
// needs), the two Latin fonts as the build's subsets, every file at a content-versioned URL the
// browser may keep; and the figures the bench reads (Module.koo.perf, the "koo-first-rows" mark).
// Without its body font (the module has no built-in one) the page says it cannot start.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, openConsoleWith, api, apiToken, baseUrl } from './browser.mjs';

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

test('the English page shows its first rows without requesting any Chinese font', async () => {
  const requested = [];
  // Alice, signed in already (the tab's stored session), on her orders of an app with a Latin
  // name: a page with no Chinese text at all. (Her other apps have Chinese names, which rightly
  // fetch the Chinese font: times-fonts.test.mjs; and Purchased Apps lists her expiry reminders,
  // some of them for those apps; other views only count them.)
  const token = await apiToken('alice');
  // My Orders searches by order ID: one of her CloudDesk CRM orders.
  const { items } = await api('GET', '/orders?pageSize=100', { token });
  const order = items.find((o) => o.productName === 'CloudDesk CRM' && !/[\u3000-\u9fff]/.test(JSON.stringify(o)));
  assert.ok(order, 'alice has no CloudDesk CRM order');
  const { context, page, errors } = await openConsoleWith(browser, `?api=&lang=en#/orders?q=${order.orderId}`, {
    contextOptions: { locale: 'en-US' },
    prepare: async (newContext, newPage) => {
      await newContext.addInitScript((value) => sessionStorage.setItem('koo-console-session:', value), token);
      newPage.on('request', (request) => requested.push(new URL(request.url())));
    },
  });
  try {
    // The first frame with the list's rows; then the fonts it drew them with.
    await page.waitForFunction(() => performance.getEntriesByName('koo-first-rows').length > 0, null, { timeout: 20000 });
    const fonts = requested.filter((url) => url.pathname.includes('/fonts/'));
    assert.deepEqual(fonts.map((url) => url.pathname).sort(), ['/fonts/NotoSans-Bold.ttf', '/fonts/NotoSans-Regular.ttf'],
      `fonts requested: ${fonts.map((url) => url.pathname).join(', ')}`);
    assert.ok(!requested.some((url) => /NotoSansSC|CJK/i.test(url.pathname)), 'a Chinese font was requested');
    assert.ok(!requested.some((url) => url.pathname.includes('/i18n/')), 'the Chinese texts were requested');
    // Content-versioned, so a returning buyer's browser keeps them instead of asking again.
    for (const url of requested.filter((u) => /\.(wasm|ttf)$|koo-console\.js$/.test(u.pathname)))
      assert.match(url.search, /^\?v=[0-9a-f]{12}$/, `${url.pathname} has no content version`);
    const perf = await page.evaluate(() => {
      const { koo } = window.kooConsole.module;
      return { cjkGlyphs: koo.fontAtlas.cjkGlyphs, frames: koo.perf.frames, firstRowsMs: koo.perf.firstRowsMs,
               heapBytes: koo.perf.heapBytes, recent: koo.perf.recent.length };
    });
    assert.equal(perf.cjkGlyphs, 0, 'the atlas holds Chinese characters');
    assert.ok(perf.frames >= 1 && perf.recent >= 1 && perf.firstRowsMs > 0 && perf.heapBytes > 0,
      `Module.koo.perf: ${JSON.stringify(perf)}`);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('without its body font the page says the console cannot start, after trying twice', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  let attempts = 0;
  await page.route('**/fonts/NotoSans-Regular.ttf*', (route) => {
    attempts++;
    return route.abort('connectionfailed');
  });
  try {
    await page.goto(new URL('#/purchased-apps', baseUrl).href);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    assert.match(await alert.textContent(), /cannot start here: its font could not be downloaded \(reload the page to try again\)/);
    assert.equal(attempts, 2);
  } finally {
    await context.close();
  }
});
