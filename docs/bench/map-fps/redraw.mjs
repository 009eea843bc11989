// Time from a person's action to the redrawn map, on the full data, in headless Chromium at 1600x1000, against a
// running application (logged in as the development viewer): choosing a region in the filter, stepping the date
// slider back a date with the arrow key, choosing the geographic layout and back, and opening and closing the
// largest count. The clock starts when the action is sent and stops at the first frame after the map has drawn.
//   cd docs/bench/map-fps && npm install && node redraw.mjs [base-url] [runs]
import { launch, signedIn } from './session.mjs';

const [base = 'http://localhost:8080', runs = 5] = process.argv.slice(2);
const browser = await launch();
const page = await signedIn(browser, base, { width: 1600, height: 1000 });

// Counts the map's drawings and notes when the frame after the latest one was painted.
async function watch() {
  await page.evaluate(() => {
    const m = document.querySelector('cooperation-map');
    if (!m.benchWatched) {
      const draw = m.draw.bind(m);
      m.draw = () => { draw(); m.benchDraws = (m.benchDraws || 0) + 1; requestAnimationFrame(() => { m.benchPainted = performance.now(); }); };
      m.benchWatched = true;
    }
  });
}
async function timed(action) {
  await page.waitForFunction(() => !document.querySelector('cooperation-map').cy.animated());
  const draws = await page.evaluate(() => { const m = document.querySelector('cooperation-map'); m.benchPainted = 0; return m.benchDraws || 0; });
  const started = await page.evaluate(() => performance.now());
  await action();
  await page.waitForFunction((n) => { const m = document.querySelector('cooperation-map'); return (m.benchDraws || 0) > n && m.benchPainted > 0; },
    draws, { timeout: 60000, polling: 'raf' });
  return Math.round(await page.evaluate(() => document.querySelector('cooperation-map').benchPainted) - started);
}
async function choose(combo, text) {
  await page.locator(combo + ' input').click();
  await page.locator('vaadin-multi-select-combo-box-item').filter({ hasText: text }).first().click();
  await page.keyboard.press('Escape');
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const results = { 'region filter (Region Skåne)': [], 'region filter cleared': [], 'date slider one step back': [],
  'date slider one step on': [], 'layout geographic': [], 'layout overview': [], 'open the largest count': [], 'close it': [] };
await watch();
for (let i = 0; i < runs; i++) {
  results['region filter (Region Skåne)'].push(await timed(() => choose('#filter-region', 'Region Skåne')));
  results['region filter cleared'].push(await timed(async () => {
    await page.locator('#filter-region').evaluate((c) => { c.selectedItems = []; c.dispatchEvent(new CustomEvent('change', { bubbles: true })); });
  }));
  await page.locator('#as-of').focus();
  results['date slider one step back'].push(await timed(() => page.keyboard.press('ArrowLeft')));
  results['date slider one step on'].push(await timed(() => page.keyboard.press('ArrowRight')));
  results['layout geographic'].push(await timed(async () => {
    await page.locator('#layout-select').click();
    await page.locator('vaadin-select-item[role=option]').filter({ hasText: 'Geografisk' }).click();
  }));
  results['layout overview'].push(await timed(async () => {
    await page.locator('#layout-select').click();
    await page.locator('vaadin-select-item[role=option]').filter({ hasText: 'Översikt' }).click();
  }));
  const owner = await page.evaluate(() => document.querySelector('cooperation-map').cy.nodes('.count').max((n) => n.data('members')).ele.data('owner'));
  // Opening draws in place (no new drawing): timed to the frame after the call.
  for (const what of ['open the largest count', 'close it']) {
    await page.waitForFunction(() => !document.querySelector('cooperation-map').cy.animated());
    results[what].push(Math.round(await page.evaluate((o) => new Promise((done) => {
      const m = document.querySelector('cooperation-map');
      const started = performance.now();
      m.toggleCount(o);
      requestAnimationFrame(() => done(performance.now() - started));
    }), owner)));
  }
}
console.log(`| action | median | range (${runs} runs) |`);
console.log('|---|---|---|');
for (const [what, ms] of Object.entries(results)) {
  console.log(`| ${what} | ${median(ms)} ms | ${Math.min(...ms)}–${Math.max(...ms)} ms |`);
}
await browser.close();
