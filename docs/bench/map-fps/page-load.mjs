// Time from opening the map page to a drawn map with the full data, in headless Chromium, against a running
// application (logged in as the development viewer first, so the measured load is the map, not the login).
//   cd docs/bench/map-fps && npm install && node page-load.mjs [base-url] [runs]
import { chromium } from 'playwright-core';

const [base = 'http://localhost:8080', runs = 5] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run'],
});
const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
const page = await context.newPage();
await page.goto(base + '/login');
await page.locator('vaadin-login-form input[name=username]').fill('viewer');
await page.locator('vaadin-login-form input[name=password]').fill('viewer-dev');
await page.locator('vaadin-login-form input[name=password]').press('Enter');
await page.waitForSelector('cooperation-map[data-node-count] canvas', { timeout: 60000 });

const times = [];
for (let i = 0; i < Number(runs); i++) {
  const started = Date.now();
  await page.goto(base + '/', { waitUntil: 'commit' });
  await page.waitForFunction(() => Number(document.querySelector('cooperation-map')?.dataset.nodeCount) > 0,
    null, { timeout: 60000, polling: 20 });
  times.push(Date.now() - started);
}
const nodes = await page.getAttribute('cooperation-map', 'data-node-count');
times.sort((a, b) => a - b);
console.log(`page load to drawn map (${nodes} nodes): median ${times[Math.floor(times.length / 2)]} ms, ` +
  `min ${times[0]} ms, max ${times[times.length - 1]} ms over ${runs} loads`);
await browser.close();
