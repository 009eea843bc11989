// How readable the map is, per view, as the map measures itself on screen (cooperation-map's readability()):
// labels drawn, overlapping label pairs, overlapping boxes, nodes inside a box they do not belong to, the smallest
// label in screen pixels; and how long a view takes from the address to a drawn map, and an opened count to redraw.
// Then the example deck (example-deck.json) presented at 1920x1080, slide by slide: the same measures, the stamp's,
// caption's and legend's font size, and the worst contrast per kind of text (contrast.js).
// Against a running application, logged in as the development viewer, at 1600x1000 and 1920x1080.
//   cd docs/bench/map-fps && npm install && node readability.mjs [base-url]
import { readFileSync } from 'node:fs';
import { launch, signedIn } from './session.mjs';

const [base = 'http://localhost:8080'] = process.argv.slice(2);
const VIEWS = [
  ['default (overview)', ''],
  ['healthcare region Södra', '?hr=hr-sodra'],
  ['region Skåne', '?region=region-skane'],
  ['region Örebro län', '?region=region-orebro'],
  ['care area benign gynekologi', '?care=care-benign-gynekologi'],
  ['kinds: hospitals and groups', '?kind=HOSPITAL,GROUP'],
  ['gaps stated by a source', '?gap=STATED'],
  ['layout force-directed', '?layout=fcose'],
  ['layout geographic', '?layout=geographic'],
  ['date 2024-01-01', '?asOf=2024-01-01'],
];

const browser = await launch();
for (const [width, height] of [[1600, 1000], [1920, 1080]]) {
  const page = await signedIn(browser, base, { width, height });
  console.log(`\n${width}x${height}`);
  console.log('| view | labels | overlapping labels | overlapping boxes | misplaced | smallest label px | address to drawn map |');
  console.log('|---|---|---|---|---|---|---|');
  for (const [name, query] of VIEWS) {
    const started = Date.now();
    await page.goto(base + '/' + query, { waitUntil: 'commit' });
    await page.waitForFunction(() => {
      const m = document.querySelector('cooperation-map');
      return m?.cy && Number(m.dataset.nodeCount) > 0 && !m.cy.animated();
    }, null, { timeout: 60000, polling: 20 });
    const took = Date.now() - started;
    const r = JSON.parse(await page.evaluate(() => document.querySelector('cooperation-map').readability()));
    console.log(`| ${name} | ${r.labels} | ${r.overlappingLabels} | ${r.overlappingBoxes} | ${r.misplaced} | ` +
      `${r.smallestLabelPx} | ${took} ms |`);
  }
  await page.goto(base + '/', { waitUntil: 'commit' });
  await page.waitForFunction(() => document.querySelector('cooperation-map')?.cy?.nodes('.count').length > 0,
    null, { timeout: 60000 });
  const unfold = await page.evaluate(() => {
    const m = document.querySelector('cooperation-map');
    const count = m.cy.nodes('.count').max((n) => n.data('members')).ele;
    const started = performance.now();
    m.toggleCount(count.data('owner'));
    return { ms: Math.round(performance.now() - started), members: count.data('members') };
  });
  console.log(`opening the largest count (${unfold.members} nodes): ${unfold.ms} ms`);
}

// The example deck, as the viewer's own, presented as a director presents it.
const example = JSON.parse(readFileSync(new URL('./example-deck.json', import.meta.url), 'utf8'));
const contrast = readFileSync(new URL('./contrast.js', import.meta.url), 'utf8');
const gql = async (query) => (await (await fetch(base + '/graphql', {
  method: 'POST', body: JSON.stringify({ query }),
  headers: { 'content-type': 'application/json', authorization: 'Basic ' + Buffer.from('viewer:viewer-dev').toString('base64') }
})).json()).data;
const name = `${example.name} ${new Date().toISOString()}`;
let deck = (await gql(`mutation { createDeck(name: ${JSON.stringify(name)}) { id version } }`)).createDeck;
for (const slide of example.slides) {
  deck = (await gql(`mutation { addSlide(input: {deckId: "${deck.id}", version: ${deck.version}, name: ${JSON.stringify(slide.name)},
    caption: ${JSON.stringify(slide.caption ?? '')}, view: ${JSON.stringify(slide.view)}, dataAsOf: "2026-12-01", live: true}) { id version } }`)).addSlide;
}
const page = await signedIn(browser, base, { width: 1920, height: 1080 });
await page.getByText('Sparade vyer').first().click();
await page.locator('#deck-select').click();
await page.locator('vaadin-select-item[role=option]').filter({ hasText: name }).click({ force: true });
await page.waitForFunction((n) => document.querySelectorAll('#slide-list .saved-view').length === n, example.slides.length);
await page.locator('#present-views').click();
console.log('\nexample deck presented at 1920x1080');
console.log('| slide | labels | overlapping labels | overlapping boxes | misplaced | smallest label px | stamp, caption, legend px | lowest contrast |');
console.log('|---|---|---|---|---|---|---|---|');
for (let i = 1; i <= example.slides.length; i++) {
  await page.waitForFunction((n) => document.querySelector('#stamp')?.textContent.includes(`(${n}/`), i);
  await page.waitForFunction(() => {
    const m = document.querySelector('cooperation-map');
    return m?.cy && !m.cy.animated() && !m.tidyPending && Number(m.dataset.nodeCount) > 0;
  }, null, { timeout: 60000, polling: 20 });
  const r = JSON.parse(await page.evaluate(() => document.querySelector('cooperation-map').readability()));
  const px = await page.evaluate(() => ['#stamp', '#slide-caption', '.cm-legend']
    .map((s) => document.querySelector(s)).filter((e) => e && e.offsetParent !== null)
    .map((e) => parseFloat(getComputedStyle(e).fontSize)).join(', '));
  const ratios = Object.entries(JSON.parse(await page.evaluate(`(${contrast}
)()`)));
  const [what, low] = ratios.sort((a, b) => a[1].ratio - b[1].ratio)[0];
  console.log(`| ${i}. ${example.slides[i - 1].name} | ${r.labels} | ${r.overlappingLabels} | ${r.overlappingBoxes} | `
    + `${r.misplaced} | ${r.smallestLabelPx} | ${px} | ${low.ratio}:1 (${what}) |`);
  await page.keyboard.press('ArrowRight');
}
await gql(`mutation { deleteDeck(id: "${deck.id}", version: ${deck.version}) }`);
await browser.close();
