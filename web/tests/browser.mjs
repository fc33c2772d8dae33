// Shared helpers of the browser tests: launches Debian's Chromium through playwright-core with
// software WebGL, opens the console, and waits for its ready signal (never for a fixed time).
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import path from 'node:path';

export const baseUrl = process.env.KOO_BASE_URL || 'http://127.0.0.1:8080/';
export const artifactsDir = process.env.KOO_ARTIFACTS || path.resolve('build/browser-artifacts');

export async function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.KOO_CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-quic', '--no-first-run', '--disable-background-networking',
           '--disable-component-update', '--disable-sync', '--use-gl=swiftshader', '--enable-unsafe-swiftshader'],
  });
}

// Opens `route` (e.g. '#/orders') and resolves once the first frame is drawn. Page errors fail the test.
export async function openConsole(browser, route = '', { viewport = { width: 1280, height: 800 } } = {}) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error));
  page.on('console', (msg) => { if (msg.type() === 'error') errors.push(new Error(msg.text())); });
  await page.goto(new URL(route, baseUrl).href);
  await page.waitForFunction(() => window.kooConsole && window.kooConsole.ready);
  await page.evaluate(() => window.kooConsole.ready);
  return { context, page, errors };
}

export function artifactPath(name) {
  fs.mkdirSync(artifactsDir, { recursive: true });
  return path.join(artifactsDir, name);
}
