// Typing any language into the console's text fields (offline demo): text inserted without keys
// (Chinese, an IME's commit through CDP, dead keys) reaches Dear ImGui exactly once, the preedit
// shows while composing and is not committed, Ctrl+A/X/V/Z, Home and End edit as in any field,
// the mirror's text boxes are real form controls that never hold a password, a tap on a touch
// screen focuses a field's input, and the same typing works inside a <koo-console> widget.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, openConsole, openConsoleWith, baseUrl, waitUntil } from './browser.mjs';

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

const textbox = (page, name) => page.getByRole('textbox', { name, exact: true });

// Waits until the text box `name` mirrors exactly `value` (what Dear ImGui holds).
async function waitForValue(page, name, value) {
  try {
    await page.waitForFunction(({ label, text }) => [...document.querySelectorAll('[role=textbox]')]
      .some((el) => el.getAttribute('aria-label') === label && (el.dataset.value || '') === text),
    { label: name, text: value }, { timeout: 5000 });
  } catch {
    const held = await textbox(page, name).getAttribute('data-value');
    throw new Error(`text box "${name}" holds ${JSON.stringify(held)}, expected ${JSON.stringify(value)}`);
  }
}

// A few frames of the page: whatever the module was going to do with queued input is done.
const settle = (page) => page.evaluate(() => new Promise((resolve) => {
  let frames = 6;
  const next = () => (--frames ? requestAnimationFrame(next) : resolve());
  requestAnimationFrame(next);
}));

// Clicks a field and waits until its <input> has focus (Dear ImGui activates it in its next frame).
async function focusField(page, name) {
  const box = textbox(page, name);
  await box.click();
  await page.waitForFunction((label) => {
    const active = document.activeElement;
    return active && active.getAttribute('aria-label') === label;
  }, name);
  return box;
}

test('Chinese inserted without keys searches Purchased Apps and lands in the URL', async () => {
  const { context, page, errors } = await openConsole(browser, '#/purchased-apps');
  await page.getByRole('heading', { name: 'Purchased Apps', level: 1 }).waitFor();
  const search = await focusField(page, 'Search');
  assert.equal(await search.evaluate((el) => el.tagName), 'INPUT');
  await page.keyboard.insertText('安全');
  await waitForValue(page, 'Search', '安全');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => new URLSearchParams(location.hash.split('?')[1] || '').get('q') === '安全');
  assert.ok(page.url().includes(`q=${encodeURIComponent('安全')}`), page.url());
  // Every data row of the filtered list holds the term (the demo's "Security Audit 安全审计").
  await page.waitForFunction(() => {
    const rows = [...document.querySelectorAll('[role=table][aria-label="Purchased apps"] [role=row]')]
      .filter((row) => row.getAttribute('aria-label') !== 'Columns');
    return rows.length > 0 && rows.every((row) => row.textContent.includes('安全'));
  });
  await page.getByRole('cell', { name: 'Security Audit 安全审计' }).first().waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('an IME composition shows its preedit at the field and commits only the chosen text', async () => {
  const { context, page, errors } = await openConsole(browser, '#/purchased-apps');
  await page.getByRole('heading', { name: 'Purchased Apps', level: 1 }).waitFor();
  await focusField(page, 'Search');
  const cdp = await context.newCDPSession(page);
  await cdp.send('Input.imeSetComposition', { text: 'anquan', selectionStart: 6, selectionEnd: 6 });
  // The preedit is in the focused field, visibly (the field is transparent over the canvas otherwise).
  await page.waitForFunction(() => {
    const el = document.activeElement;
    return el.classList.contains('koo-composing') && el.value === 'anquan' &&
      getComputedStyle(el).color !== 'rgba(0, 0, 0, 0)';
  });
  await settle(page);
  await waitForValue(page, 'Search', '');  // composing is not typing
  await cdp.send('Input.imeSetComposition', { text: '安全', selectionStart: 2, selectionEnd: 2 });
  await cdp.send('Input.insertText', { text: '安全' });  // the buyer picks the candidate
  await waitForValue(page, 'Search', '安全');
  await settle(page);
  await waitForValue(page, 'Search', '安全');  // once, not twice
  assert.equal(await page.evaluate(() => document.activeElement.classList.contains('koo-composing')), false);
  assert.deepEqual(errors, []);
  await context.close();
});

test('dead keys and inserted accents type once; Ctrl+A then typing replaces; Home and End move', async () => {
  const { context, page, errors } = await openConsole(browser, '#/widget-gallery');
  await focusField(page, 'Empty field');
  await page.keyboard.type('caf');
  // A dead key is a short composition ("´", then the letter) that commits the accented letter.
  const cdp = await context.newCDPSession(page);
  await cdp.send('Input.imeSetComposition', { text: '´', selectionStart: 1, selectionEnd: 1 });
  await cdp.send('Input.insertText', { text: 'é' });
  await page.keyboard.insertText('ü');
  await waitForValue(page, 'Empty field', 'caféü');
  await page.keyboard.press('Home');
  await page.keyboard.type('>');
  await page.keyboard.press('End');
  await page.keyboard.type('<');
  await waitForValue(page, 'Empty field', '>caféü<');

  await page.keyboard.press('Control+A');
  // The <input> carries Dear ImGui's selection (where the browser puts caret and candidates).
  await page.waitForFunction(() => document.activeElement.selectionStart === 0 &&
    document.activeElement.selectionEnd === document.activeElement.value.length && document.activeElement.value.length > 0);
  await page.keyboard.type('new text');
  await waitForValue(page, 'Empty field', 'new text');
  assert.deepEqual(errors, []);
  await context.close();
});

test('paste (Ctrl+V), cut (Ctrl+X) and undo (Ctrl+Z) in a field', async () => {
  const origin = new URL(baseUrl).origin;
  const { context, page, errors } = await openConsoleWith(browser, '#/widget-gallery', {
    prepare: (ctx) => ctx.grantPermissions(['clipboard-read', 'clipboard-write'], { origin }),
  });
  await focusField(page, 'Empty field');
  await page.evaluate(() => navigator.clipboard.writeText('粘贴 paste'));
  await page.keyboard.press('Control+V');
  await waitForValue(page, 'Empty field', '粘贴 paste');
  await settle(page);
  await waitForValue(page, 'Empty field', '粘贴 paste');  // pasted once

  await page.keyboard.press('Control+A');
  await page.keyboard.press('Control+X');
  await waitForValue(page, 'Empty field', '');
  await waitUntil(async () => (await page.evaluate(() => navigator.clipboard.readText())) === '粘贴 paste',
    { message: 'Ctrl+X did not put the cut text on the clipboard' });
  await page.keyboard.press('Control+Z');
  await waitForValue(page, 'Empty field', '粘贴 paste');
  assert.deepEqual(errors, []);
  await context.close();
});

test('mirror text boxes are form controls; a password box never holds the password', async () => {
  const { context, page, errors } = await openConsole(browser, '#/widget-gallery');
  const kind = (name) => textbox(page, name).evaluate((el) => `${el.tagName}:${el.type}`);
  assert.equal(await kind('Filled field'), 'INPUT:text');
  assert.equal(await kind('Password field'), 'INPUT:password');
  assert.equal(await kind('Text area'), 'TEXTAREA:textarea');
  // A non-secret box's value is its text, for readers.
  const filled = await textbox(page, 'Filled field').evaluate((el) => [el.value, el.dataset.value]);
  assert.equal(filled[0], filled[1]);

  const secret = 'Pw-秘密-2025';
  await focusField(page, 'Password field');
  await page.keyboard.type('Pw-');
  await page.keyboard.insertText('秘密');
  await page.keyboard.type('-2025');
  await settle(page);
  const leaks = () => page.evaluate((text) => [...document.querySelectorAll('*')].some((el) =>
    (typeof el.value === 'string' && el.value.includes(text.slice(0, 3))) ||
    [...el.attributes].some((a) => a.value.includes(text.slice(0, 3)))), secret);
  assert.equal(await leaks(), false, 'the password is in the DOM while typing');
  await focusField(page, 'Filled field');
  assert.equal(await leaks(), false, 'the password is in the DOM after leaving the field');

  const notes = await focusField(page, 'Text area');
  await page.keyboard.press('Control+A');
  await page.keyboard.insertText('第一行');
  await page.keyboard.press('Enter');
  await page.keyboard.type('line 2');
  await waitForValue(page, 'Text area', '第一行\nline 2');
  assert.equal(await notes.evaluate((el) => el.value), '第一行\nline 2');
  assert.deepEqual(errors, []);
  await context.close();
});

test('on a touch screen a tap on a field focuses its input, where the on-screen keyboard types', async () => {
  const context = await browser.newContext({ viewport: { width: 1024, height: 768 }, hasTouch: true });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error));
  await page.goto(new URL('#/purchased-apps', baseUrl).href);
  await page.waitForFunction(() => window.kooConsole && window.kooConsole.ready);
  await page.getByRole('heading', { name: 'Purchased Apps', level: 1 }).waitFor();
  await textbox(page, 'Search').tap();
  await page.waitForFunction(() => document.activeElement.getAttribute('aria-label') === 'Search');
  await page.keyboard.insertText('CRM');
  await waitForValue(page, 'Search', 'CRM');
  assert.deepEqual(errors, []);
  await context.close();
});

test('in a <koo-console> widget (shadow root) Chinese typed into Search reaches the console and its route', async () => {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error));
  await page.goto(new URL('portal.html', baseUrl).href);
  const widget = page.locator('#widget-left');
  const search = widget.getByRole('textbox', { name: 'Search', exact: true });
  await search.click();
  await page.keyboard.insertText('安全');
  await page.waitForFunction(() => document.querySelector('#widget-left').shadowRoot
    .querySelector('[role=textbox][aria-label="Search"]')?.dataset.value === '安全');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => new URLSearchParams(document.querySelector('#widget-left').route.split('?')[1] || '')
    .get('q') === '安全');
  assert.deepEqual(errors, []);
  await context.close();
});
