// Debian's Chromium as the benchmarks launch it, and a page signed in as the development viewer with the map drawn.
import { chromium } from 'playwright-core';

export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run'],
  });
}

export async function signedIn(browser, base, { width = 1600, height = 1000 } = {}) {
  const page = await (await browser.newContext({ viewport: { width, height }, locale: 'sv-SE' })).newPage();
  await page.goto(base + '/login');
  await page.locator('vaadin-login-form input[name=username]').fill('viewer');
  await page.locator('vaadin-login-form input[name=password]').fill('viewer-dev');
  await page.locator('vaadin-login-form input[name=password]').press('Enter');
  await page.waitForSelector('cooperation-map[data-node-count] canvas', { timeout: 60000 });
  return page;
}
