// Two languages: a Chinese browser gets the Chinese console (headings, navigation, statuses), and
// switching the language from the user menu keeps the view and a form being filled in. The Chinese
// texts are a file of their own (i18n/zh-CN.json), fetched only when Chinese is shown: once, and
// asked again after a failed download.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, openConsoleWith, typeInto, artifactPath, waitUntil } from './browser.mjs';

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

// An order of the offline demo's buyer (alice) waiting for her request: its form is on the page.
const orderWaitingForRequest = 'CS240078642975';
const chineseResourceStatuses = ['使用中', '已冻结', '已过期'];

// The names of the console's semantic nodes with `role`, from the last published tree.
const namesOf = (page, role) => page.evaluate((r) => (window.kooConsole.module.koo.semantics || [])
  .filter((node) => node.role === r).map((node) => node.name), role);

// Records the page's downloads of the Chinese texts.
const catalogueRequests = (newPage, into) => newPage.on('request', (request) => {
  if (new URL(request.url()).pathname.endsWith('/i18n/zh-CN.json')) into.push(request.url());
});

test('a Chinese browser reads the console in Chinese', async () => {
  const fetched = [];
  const { context, page, errors } = await openConsoleWith(browser, '#/purchased-apps', {
    contextOptions: { locale: 'zh-CN', timezoneId: 'Asia/Shanghai' },
    prepare: async (newContext, newPage) => catalogueRequests(newPage, fetched),
  });
  await page.getByRole('heading', { name: '已购应用', level: 1 }).waitFor();
  await page.getByRole('link', { name: '服务监管', exact: true }).waitFor();
  await page.getByRole('link', { name: '我的订单', exact: true }).waitFor();
  await page.getByRole('table', { name: /./ }).getByRole('row').nth(3).waitFor();
  assert.equal(await page.locator('.koo-semantics').getAttribute('lang'), 'zh-CN', 'screen readers are not told the language');
  const statuses = (await namesOf(page, 'status')).filter((name) => chineseResourceStatuses.includes(name));
  assert.ok(statuses.length >= 3, `the rows' statuses are not in Chinese: ${JSON.stringify(await namesOf(page, 'status'))}`);
  await page.screenshot({ path: artifactPath('language-zh-purchased-apps.png') });
  assert.equal(fetched.length, 1, `the Chinese texts were fetched ${fetched.length} times`);
  assert.match(new URL(fetched[0]).search, /^\?v=[0-9a-f]{12}$/, 'the Chinese texts have no content version');
  assert.deepEqual(errors, []);
  await context.close();
});

test('switching the language from the user menu keeps the view and the half-filled request form', async () => {
  const fetched = [];
  const { context, page, errors } = await openConsoleWith(browser, `#/supervision/${orderWaitingForRequest}`, {
    contextOptions: { locale: 'en-US' },
    prepare: async (newContext, newPage) => catalogueRequests(newPage, fetched),
  });
  await page.getByRole('heading', { name: 'Order Details', level: 1 }).waitFor();
  await typeInto(page, 'Attachment file name', 'scope.txt');
  assert.deepEqual(fetched, [], 'an English console fetched the Chinese texts');

  await page.getByRole('button', { name: 'Alice Zhang' }).click();
  await page.getByRole('menuitemradio', { name: '简体中文' }).click();
  await page.getByRole('heading', { name: '订单详情', level: 1 }).waitFor();
  assert.equal(new URL(page.url()).hash, `#/supervision/${orderWaitingForRequest}`);
  assert.equal(await page.locator('.koo-semantics').getAttribute('lang'), 'zh-CN');
  const field = page.getByRole('textbox', { name: '附件文件名' });
  assert.equal(await field.inputValue(), 'scope.txt', 'the typed text did not survive the switch');

  await page.getByRole('button', { name: 'Alice Zhang' }).click();
  await page.getByRole('menuitemradio', { name: 'English' }).click();
  await page.getByRole('heading', { name: 'Order Details', level: 1 }).waitFor();
  assert.equal(await page.getByRole('textbox', { name: 'Attachment file name' }).inputValue(), 'scope.txt');
  assert.equal(await page.locator('.koo-semantics').getAttribute('lang'), 'en');
  assert.equal(fetched.length, 1, 'switching back and forth fetched the Chinese texts again');
  assert.deepEqual(errors, []);
  await context.close();
});

test('when the Chinese texts cannot be downloaded the console stays in English, and the next pick tries again', async () => {
  let refusals = 0;
  const { context, page, errors } = await openConsoleWith(browser, '#/purchased-apps', {
    contextOptions: { locale: 'en-US' },
    prepare: async (newContext, newPage) => {
      // The first download fails as a broken network would; later ones go through.
      await newPage.route('**/i18n/zh-CN.json*', (route) => {
        if (refusals++ === 0) return route.fulfill({ status: 503, body: 'unavailable' });
        return route.continue();
      });
    },
  });
  await page.getByRole('heading', { name: 'Purchased Apps', level: 1 }).waitFor();
  const pickChinese = async () => {
    await page.getByRole('button', { name: 'Alice Zhang' }).click();
    await page.getByRole('menuitemradio', { name: '简体中文' }).click();
  };
  await pickChinese();
  await waitUntil(() => refusals === 1, { message: 'the Chinese texts were not asked for' });
  // Still English: its radio is the checked one when the menu opens again.
  await page.getByRole('button', { name: 'Alice Zhang' }).click();
  await page.getByRole('menuitemradio', { name: 'English', checked: true }).waitFor();
  await page.getByRole('heading', { name: 'Purchased Apps', level: 1 }).waitFor();
  await page.getByRole('menuitemradio', { name: '简体中文' }).click();
  await page.getByRole('heading', { name: '已购应用', level: 1 }).waitFor();
  assert.equal(refusals, 2);
  assert.deepEqual(errors.filter((e) => !/503/.test(e.message)), []);
  await context.close();
});
