// Expiry reminders in headless Chromium against a private reference backend (its test clock is
// moved here, so no other test file shares it): the reminders on Purchased Apps and in the frame
// on another view, Renew from a reminder to the app's renewal, one click to the apps filtered in
// Renewals, dismissing one (kept across a reload), and its return at the next threshold.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, artifactPath, demoBuyers, openConsoleWith, typeInto } from './browser.mjs';
import { startStack, callBackend } from './stack.mjs';

let browser;
let stack;
before(async () => { [browser, stack] = await Promise.all([launchBrowser(), startStack()]); });
after(async () => { await browser?.close(); stack?.stop(); });

const within15 = 'ins-5a91c30019';  // alice's app expiring in 11 days (the 30-day reminder)
const within7 = 'ins-5aa2a8000f';   // alice's app expiring in 4 days
const dismissName = (id) => new RegExp(`^Dismiss the reminder for .*\\(${id}\\)$`);

// Signs in as alice through the console's form, once it shows.
async function signInAsAlice(page) {
  await page.getByRole('heading', { name: 'Sign in to KooGallery Console' }).waitFor();
  await typeInto(page, 'User name', 'alice');
  await typeInto(page, 'Password', demoBuyers.alice.password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.getByRole('button', { name: demoBuyers.alice.displayName, exact: true }).waitFor();
}

async function signedIn(route) {
  const opened = await openConsoleWith(browser, `${stack.baseUrl}?api=${route}`);
  await signInAsAlice(opened.page);
  return opened;
}

test('reminders show, lead to Renewals, stay dismissed across a reload and return at the next threshold', async () => {
  const { context, page, errors } = await signedIn('#/purchased-apps');
  try {
    const reminders = page.getByRole('region', { name: 'Expiry reminders' });
    await reminders.getByText(new RegExp(`\\(${within15}\\) expires on `)).waitFor();
    await reminders.getByText(/\) is frozen and cannot be used/).waitFor();
    await reminders.getByText(/will renew automatically/).waitFor();
    await reminders.getByText(/^The trial of /).waitFor();
    await page.waitForFunction(() => [...document.querySelectorAll('[aria-live]')]
      .some((el) => /expiry reminder\(s\)/.test(el.textContent)));
    await page.screenshot({ path: artifactPath('flows-reminders-purchased-apps.png') });

    // Another view: the frame's strip, and one click to the apps filtered in Renewals.
    await page.getByRole('link', { name: 'My Orders', exact: true }).click();
    await page.getByRole('heading', { name: 'My Orders', level: 1 }).waitFor();
    await reminders.getByText(/app\(s\) expire within 7 days/).waitFor();
    await reminders.getByRole('link', { name: 'Show frozen apps' }).click();
    await page.waitForFunction(() => location.hash.startsWith('#/renewals') && location.hash.includes('expires=FROZEN'));
    await page.getByRole('table', { name: 'Renewals' }).getByRole('row').nth(1).waitFor();

    // Renew from the reminder: the app's row in Renewals, whose Renew opens the renew dialog.
    await reminders.getByRole('link', { name: 'Review or dismiss reminders' }).click();
    await page.getByRole('heading', { name: 'Purchased Apps', level: 1 }).waitFor();
    await reminders.getByRole('button', { name: new RegExp(`^Renew .*\\(${within7}\\)$`) }).click();
    await page.waitForFunction((id) => location.hash.startsWith('#/renewals') && location.hash.includes(`q=${id}`), within7);
    const row = page.getByRole('table', { name: 'Renewals' }).getByRole('row').nth(1);
    await row.getByRole('cell', { name: within7, exact: true }).waitFor();
    await row.getByRole('button', { name: 'Renew', exact: true }).click();
    await page.getByRole('dialog', { name: 'Renew' }).waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('dialog', { name: 'Renew' }).waitFor({ state: 'detached' });

    // Dismiss one reminder: it goes, the others stay, and a reload keeps it dismissed.
    await page.getByRole('link', { name: 'Purchased Apps', exact: true }).click();
    await reminders.getByRole('button', { name: dismissName(within15) }).click();
    await reminders.getByRole('button', { name: dismissName(within15) }).waitFor({ state: 'detached' });
    assert.equal(await reminders.getByRole('button', { name: dismissName(within7) }).count(), 1);
    await page.reload();
    await reminders.getByRole('button', { name: dismissName(within7) }).waitFor();
    assert.equal(await reminders.getByRole('button', { name: dismissName(within15) }).count(), 0);

    assert.deepEqual(errors, []);
    // Past its next threshold (7 days before expiry) it is back. The move outlives the 24-hour
    // session, so the buyer signs in again.
    const token = (await callBackend(stack.backendUrl, 'POST', '/auth/sign-in',
      { body: { userName: 'alice', password: demoBuyers.alice.password } })).token;
    const app = await callBackend(stack.backendUrl, 'GET', `/purchased-apps/${within15}`, { token });
    const sevenDaysBefore = new Date(Date.parse(app.basicInfo.expiryTime) - 7 * 86400000 + 3600000);
    await callBackend(stack.backendUrl, 'POST', '/test/clock', { token, body: { now: sevenDaysBefore.toISOString().replace(/\.\d+Z$/, 'Z') } });
    await page.reload();
    await signInAsAlice(page);
    await reminders.getByRole('button', { name: dismissName(within15) }).waitFor();
    await reminders.getByText(new RegExp(`\\(${within15}\\) expires on .*within 7 days`)).waitFor();
    // The only complaint since: the ended session's 401, which is what sent alice to sign in.
    assert.deepEqual(errors.filter((e) => !/status of 401/.test(e.message)), []);
  } finally {
    await context.close();
  }
});
