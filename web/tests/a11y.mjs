// Helpers of the accessibility and keyboard tests (a11y*.test.mjs, keyboard*.test.mjs): axe-core
// (from node_modules) run inside the page or a widget's shadow root, the texts of both catalogues,
// and waits on the DOM mirror's state (never on time).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const axeSource = fs.readFileSync(path.join(root, 'node_modules/axe-core/axe.min.js'), 'utf8');

// The console's texts by catalogue key, per language: tests name controls as the buyer reads them.
export const catalogues = {
  en: JSON.parse(fs.readFileSync(path.join(root, 'src/i18n/en.json'), 'utf8')),
  'zh-CN': JSON.parse(fs.readFileSync(path.join(root, 'src/i18n/zh-CN.json'), 'utf8')),
};
export const text = (lang, key, values = {}) =>
  catalogues[lang][key].replace(/\{(\w+)\}/g, (_, name) => values[name]);

// Runs every axe-core rule (all but the experimental ones: WCAG 2.0-2.2 A and AA and best practices)
// over `context` (default: the whole document; a widget: ['#widget-left', '.koo-root'], a shadow
// path) and resolves to its violations, [{ id, impact, help, nodes: [{ target, html, summary }] }].
export async function axeViolations(page, context = null) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.evaluate(axeSource);
  return page.evaluate(async (include) => {
    const results = await window.axe.run(include ? { include: [include] } : document, { resultTypes: ['violations'] });
    return results.violations.map((v) => ({
      id: v.id, impact: v.impact, help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target.flat().join(' >> '), html: n.html.slice(0, 160), summary: n.failureSummary })),
    }));
  }, context);
}

// Each violation's id, help and nodes, for a failure message.
export function describeViolations(violations) {
  return violations.map((v) => `${v.id} (${v.impact}, ${v.nodes.length} nodes): ${v.help}\n` +
    v.nodes.map((n) => `    ${n.target}\n      ${n.html}\n      ${(n.summary || '').replace(/\n/g, ' ')}`).join('\n')).join('\n');
}

// The mirror layer of the page, or of the widget whose host matches `host`.
export const mirrorHandle = (page, host) => page.evaluateHandle((selector) =>
  (selector ? document.querySelector(selector).shadowRoot : document).querySelector('.koo-semantics'), host || null);

// Waits until the console shows a view and has nothing loading: one h1, no busy status.
export async function waitSettled(page, { host = null, timeout = 20000 } = {}) {
  await page.waitForFunction((selector) => {
    const scope = selector ? document.querySelector(selector)?.shadowRoot : document;
    const layer = scope && scope.querySelector('.koo-semantics');
    return !!layer && layer.querySelectorAll('[role=heading][aria-level="1"]').length === 1 &&
      !layer.querySelector('[role=status][aria-busy=true]');
  }, host, { timeout });
}

// What the polite live region says now.
export const liveText = (page, host = null) => page.evaluate((selector) => {
  const scope = selector ? document.querySelector(selector).shadowRoot : document;
  const region = scope.querySelector('.koo-semantics [aria-live=polite]');
  return region ? region.textContent.replace(/\u200b/g, '') : null;
}, host);

// Waits until the live region says `sentence` (a string it must contain, or a RegExp).
export async function waitForAnnouncement(page, sentence, { host = null, timeout = 15000 } = {}) {
  await page.waitForFunction(({ selector, source, flags }) => {
    const scope = selector ? document.querySelector(selector).shadowRoot : document;
    const region = scope.querySelector('.koo-semantics [aria-live=polite]');
    return !!region && new RegExp(source, flags).test(region.textContent.replace(/\u200b/g, ''));
  }, { selector: host, ...(sentence instanceof RegExp ? { source: sentence.source, flags: sentence.flags }
                                                      : { source: sentence.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), flags: '' }) },
  { timeout }).catch(async () => {
    throw new Error(`the live region never said "${sentence}"; it says "${await liveText(page, host)}"`);
  });
}

// The focused mirror element's role and accessible name ({ role, name }, or null outside the console).
export const focused = (page, host = null) => page.evaluate((selector) => {
  let active = document.activeElement;
  if (selector) active = document.querySelector(selector).shadowRoot.activeElement;
  if (!active || !active.dataset || active.dataset.kooId === undefined) return null;
  return { role: active.getAttribute('role'), name: active.getAttribute('aria-label'), id: active.dataset.kooId };
}, host);

// Presses `key` until the focused element has this role and name (exact, or a RegExp), at most
// `limit` times; fails with the path taken. Returns the number of presses.
export async function pressUntilFocused(page, key, role, name, { limit = 80, host = null } = {}) {
  const path = [];
  for (let i = 0; i <= limit; i++) {
    const now = await focused(page, host);
    if (now && now.role === role && (name instanceof RegExp ? name.test(now.name) : now.name === name)) return i;
    path.push(now ? `${now.role}:${now.name}` : 'outside');
    if (i < limit) await page.keyboard.press(key);
  }
  throw new Error(`${key} never reached ${role} "${name}"; went through: ${path.join(' | ')}`);
}

// Waits until the focused element has this role and name (focus moves by itself: a dialog opening).
export async function waitForFocus(page, role, name, { host = null, timeout = 10000 } = {}) {
  const pattern = name instanceof RegExp ? { source: name.source, flags: name.flags } : { source: `^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, flags: '' };
  try {
    await page.waitForFunction(({ selector, role, source, flags }) => {
      const active = selector ? document.querySelector(selector).shadowRoot.activeElement : document.activeElement;
      return !!active && active.getAttribute('role') === role && new RegExp(source, flags).test(active.getAttribute('aria-label') || '');
    }, { selector: host, role, ...pattern }, { timeout });
  } catch {
    throw new Error(`focus did not come to ${role} "${name}"; it is on ${JSON.stringify(await focused(page, host))}`);
  }
}
