// Times in the buyer's zone with the marketplace's "GMT+08:00", money with its symbol, and the
// Chinese font fetched only when Chinese is drawn (or the locale is Chinese), then in the atlas.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, openConsoleWith, typeInto, demoBuyers, artifactPath, waitUntil } from './browser.mjs';

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

const fontFiles = { subset: '/fonts/NotoSansSC-Subset.otf', fallback: '/fonts/NotoSansSC-Fallback.otf' };
const hasChinese = (text) => /[\u2e80-\uffef]/.test(text);
const dateTime = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2} GMT[+-]\d{2}:\d{2}$/;

// Counts the page's requests for the Chinese fonts, {subset, fallback} (set up before the page loads).
function watchFontRequests(page) {
  const seen = { subset: 0, fallback: 0 };
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    for (const [name, file] of Object.entries(fontFiles)) if (path.endsWith(file)) seen[name]++;
  });
  return seen;
}

// Signs in through the console's form (the backend flavour's sign-in page is open).
async function signIn(page, userName) {
  await typeInto(page, 'User name', userName);
  await typeInto(page, 'Password', demoBuyers[userName].password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

// The names of the console's semantic nodes with `role`, from the last published tree.
function namesOf(page, role) {
  return page.evaluate((r) => (window.kooConsole.module.koo.semantics || [])
    .filter((node) => node.role === r).map((node) => node.name), role);
}

// Resolves once the atlas was rebuilt holding at least `count` Chinese characters.
function atlasHoldsChinese(page, count) {
  return page.waitForFunction((n) => {
    const atlas = window.kooConsole.module && window.kooConsole.module.koo.fontAtlas;
    return atlas && atlas.cjkGlyphs >= n;
  }, count, { timeout: 15000 });
}

// Opens the console like openConsoleWith, then waits for its Module (set just after ready).
async function open(route, options) {
  const opened = await openConsoleWith(browser, route, options);
  await opened.page.waitForFunction(() => window.kooConsole.module);
  return opened;
}

// The orders table's cells once its rows are there.
async function orderCells(page) {
  await page.waitForFunction(() => (window.kooConsole.module.koo.semantics || [])
    .some((node) => node.role === 'cell' && /GMT[+-]/.test(node.name)), null, { timeout: 15000 });
  return namesOf(page, 'cell');
}

test('an English page without Chinese text never fetches the Chinese font; a Chinese name fetches and draws it', async () => {
  let requests;
  const { context, page, errors } = await open('?api=', {
    prepare: async (_, newPage) => {
      requests = watchFontRequests(newPage);
      // The sign-in page lists the demo buyers: keep only those with Latin names.
      await newPage.route('**/api/v1/auth/demo-buyers', async (route) => {
        const response = await route.fetch();
        const strip = (value) => (Array.isArray(value)
          ? value.filter((item) => !hasChinese(JSON.stringify(item))).map(strip)
          : value && typeof value === 'object'
            ? Object.fromEntries(Object.entries(value).map(([key, item]) => [key, strip(item)])) : value);
        await route.fulfill({ response, json: strip(await response.json()) });
      });
    },
  });
  await page.getByRole('button', { name: 'Use Alice Zhang', exact: true }).waitFor();
  const names = await page.evaluate(() => window.kooConsole.module.koo.semantics.map((node) => node.name).join('\n'));
  assert.ok(!hasChinese(names), 'the sign-in page should show no Chinese text here');
  assert.deepEqual(requests, { subset: 0, fallback: 0 }, 'the English page fetched a Chinese font');
  assert.equal((await page.evaluate(() => window.kooConsole.module.koo.fontAtlas)).cjkGlyphs, 0);

  await signIn(page, 'chen');
  await page.getByRole('button', { name: demoBuyers.chen.displayName, exact: true }).waitFor();
  await atlasHoldsChinese(page, [...demoBuyers.chen.displayName].length);
  assert.deepEqual(requests, { subset: 1, fallback: 0 }, 'the Chinese font is fetched once, the fallback never');
  assert.deepEqual(errors, []);
  await context.close();
});

// What the first frame drew and the atlas it drew with, as the page announces that frame (koo-ready).
function recordFirstFrame() {
  document.addEventListener('koo-ready', () => {
    const koo = window.kooConsole && window.kooConsole.module && window.kooConsole.module.koo;
    if (!koo) return;
    const texts = (koo.semantics || []).flatMap((node) => [node.name, node.value, node.hint]).filter(Boolean).join('');
    window.firstFrame = { frames: koo.perf.frames, atlas: koo.fontAtlas,
                          chinese: [...new Set([...texts].filter((c) => /[\u2e80-\ufffc]/.test(c)))] };
  });
}

test('a Chinese browser in Asia/Shanghai gets the font up front and times in GMT+08:00', async () => {
  let requests;
  const { context, page, errors } = await open('#/orders', {
    prepare: async (newContext, newPage) => {
      requests = watchFontRequests(newPage);
      await newContext.addInitScript(recordFirstFrame);
    },
    contextOptions: { locale: 'zh-CN', timezoneId: 'Asia/Shanghai' },
  });
  assert.equal(requests.subset, 1, 'the Chinese locale fetches the Chinese font with the others');
  // The very first frame draws every Chinese character it shows, none as '?' (its atlas learns them
  // from the frame's texts and the frame is laid out again).
  const first = await page.evaluate(() => window.firstFrame);
  assert.ok(first && first.frames === 1, `the first frame was not recorded: ${JSON.stringify(first)}`);
  assert.ok(first.chinese.length > 0, 'the first frame shows no Chinese');
  assert.equal(first.atlas.missingGlyphs, 0);
  const lacking = first.chinese.filter((c) => !first.atlas.characters.includes(c));
  assert.deepEqual(lacking, [], 'Chinese characters of the first frame missing from its atlas');
  const cells = await orderCells(page);
  const times = cells.filter((name) => dateTime.test(name));
  assert.ok(times.length > 0, `no date and time among ${JSON.stringify(cells)}`);
  for (const time of times) assert.match(time, / GMT\+08:00$/);
  const money = cells.filter((name) => name.startsWith('¥'));
  assert.ok(money.length > 0, 'amounts in yuan');
  for (const amount of money) assert.match(amount, /^¥\d{1,3}(,\d{3})*\.\d{2}$/);
  await atlasHoldsChinese(page, 1);
  assert.equal(requests.fallback, 0, 'the demo data needs no fallback');
  await page.screenshot({ path: artifactPath('times-fonts-zh-orders.png') });
  assert.deepEqual(errors, []);
  await context.close();
});

test("the host's timeZone wins over the browser's", async () => {
  const { context, page, errors } = await open('#/orders', {
    prepare: async (newContext, newPage) => {
      await newPage.route('**/config.json', (route) => route.fulfill({ json: { timeZone: 'America/New_York' } }));
    },
    contextOptions: { timezoneId: 'Asia/Shanghai' },
  });
  const times = (await orderCells(page)).filter((name) => dateTime.test(name));
  assert.ok(times.length > 0);
  // Eastern time: -05:00 in winter, -04:00 in summer, whichever the order's instant fell in.
  for (const time of times) assert.match(time, / GMT-0[45]:00$/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a name with a character outside the subset fetches the fallback font and draws it', async () => {
  let requests;
  const rareName = '陈喆';  // 喆 is not in GB2312
  const { context, page, errors } = await open('?api=', {
    prepare: async (_, newPage) => {
      requests = watchFontRequests(newPage);
      await newPage.route('**/api/v1/**', async (route) => {
        const response = await route.fetch();
        await route.fulfill({ response, body: (await response.text()).replaceAll(demoBuyers.chen.displayName, rareName) });
      });
    },
  });
  await signIn(page, 'chen');
  await page.getByRole('button', { name: rareName, exact: true }).waitFor();
  await waitUntil(() => requests.fallback === 1, { message: 'the fallback font was not fetched' });
  // Asked for after a build that lacked the character; the build with the fallback lacks none.
  await page.waitForFunction(() => window.kooConsole.module.koo.fontAtlas.missingGlyphs === 0, null, { timeout: 15000 });
  assert.deepEqual(requests, { subset: 1, fallback: 1 });
  assert.deepEqual(errors, []);
  await context.close();
});
