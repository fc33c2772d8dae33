// Two languages: a Chinese browser gets the Chinese console (headings, navigation, statuses), and
// switching the language from the user menu keeps the view and a form being filled in.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, openConsole, openConsoleWith, typeInto, artifactPath } from './browser.mjs';

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

// An order of the offline demo's buyer (alice) waiting for her request: its form is on the page.
const orderWaitingForRequest = 'CS240078642975';
const chineseResourceStatuses = ['使用中', '已冻结', '已过期'];

// The names of the console's semantic nodes with `role`, from the last published tree.
const namesOf = (page, role) => page.evaluate((r) => (window.kooConsole.module.koo.semantics || [])
  .filter((node) => node.role === r).map((node) => node.name), role);

test('a Chinese browser reads the console in Chinese', async () => {
  const { context, page, errors } = await openConsoleWith(browser, '#/purchased-apps', {
    contextOptions: { locale: 'zh-CN', timezoneId: 'Asia/Shanghai' },
  });
  await page.getByRole('heading', { name: '已购应用', level: 1 }).waitFor();
  await page.getByRole('link', { name: '服务监管', exact: true }).waitFor();
  await page.getByRole('link', { name: '我的订单', exact: true }).waitFor();
  await page.getByRole('table', { name: /./ }).getByRole('row').nth(3).waitFor();
  assert.equal(await page.locator('.koo-semantics').getAttribute('lang'), 'zh-CN', 'screen readers are not told the language');
  const statuses = (await namesOf(page, 'status')).filter((name) => chineseResourceStatuses.includes(name));
  assert.ok(statuses.length >= 3, `the rows' statuses are not in Chinese: ${JSON.stringify(await namesOf(page, 'status'))}`);
  await page.screenshot({ path: artifactPath('language-zh-purchased-apps.png') });
  assert.deepEqual(errors, []);
  await context.close();
});

test('switching the language from the user menu keeps the view and the half-filled request form', async () => {
  const { context, page, errors } = await openConsole(browser, `#/supervision/${orderWaitingForRequest}`);
  await page.getByRole('heading', { name: 'Order Details', level: 1 }).waitFor();
  await typeInto(page, 'Attachment file name', 'scope.txt');

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
  assert.deepEqual(errors, []);
  await context.close();
});
