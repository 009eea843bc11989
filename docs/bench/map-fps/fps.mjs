// Frames per second while panning a generated graph of 2,000 nodes and 5,000 edges, drawn by Cytoscape.js
// (the version the map uses) in headless Chromium, as Debian packages it.
//   cd docs/bench/map-fps && npm install && node fps.mjs [nodes] [edges] [seconds]
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const [nodes = 2000, edges = 5000, seconds = 5] = process.argv.slice(2).map(Number);
const cytoscape = readFileSync(require.resolve('cytoscape/dist/cytoscape.min.js'), 'utf8');

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run'],
});
const page = await browser.newPage({ viewport: { width: 1600, height: 900 } });
await page.setContent('<div id="cy" style="width:1600px;height:900px"></div>');
await page.addScriptTag({ content: cytoscape });

const result = await page.evaluate(async ({ nodes, edges, seconds }) => {
  // A seeded generator: every run draws the same graph.
  let seed = 42;
  const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const kinds = ['HOSPITAL', 'REGION', 'GROUP', 'FLOW', 'ASSIGNMENT', 'AGREEMENT'];
  const elements = [];
  for (let i = 0; i < nodes; i++) {
    elements.push({ data: { id: 'n' + i, label: 'Nod ' + i, kind: kinds[i % kinds.length] },
      position: { x: random() * 4000, y: random() * 2500 } });
  }
  for (let i = 0; i < edges; i++) {
    const source = 'n' + Math.floor(random() * nodes);
    const target = 'n' + Math.floor(random() * nodes);
    elements.push({ data: { id: 'e' + i, source, target, gap: i % 25 === 0 ? 'STATED' : null } });
  }
  const started = performance.now();
  const cy = cytoscape({
    container: document.getElementById('cy'),
    elements,
    layout: { name: 'preset' },
    style: [
      { selector: 'node', style: { label: 'data(label)', 'font-size': 8, width: 12, height: 12 } },
      { selector: 'node[kind = "HOSPITAL"]', style: { shape: 'round-rectangle', 'background-color': '#1f6feb' } },
      { selector: 'edge', style: { width: 1, 'line-color': '#9aa4b2', 'curve-style': 'haystack' } },
      { selector: 'edge[gap]', style: { 'line-color': '#d1242f', 'line-style': 'dashed', width: 2, 'curve-style': 'bezier' } },
    ],
  });
  await new Promise((resolve) => cy.one('render', resolve));
  const firstDraw = performance.now() - started;
  cy.fit();
  let frames = 0;
  const end = performance.now() + seconds * 1000;
  await new Promise((resolve) => {
    const step = () => {
      cy.panBy({ x: 6, y: 3 });
      frames++;
      if (performance.now() < end) {
        requestAnimationFrame(step);
      } else {
        resolve();
      }
    };
    requestAnimationFrame(step);
  });
  return { firstDraw, fps: frames / seconds };
}, { nodes, edges, seconds });

console.log(`${nodes} nodes, ${edges} edges: first draw ${result.firstDraw.toFixed(0)} ms, ` +
  `panning ${result.fps.toFixed(1)} frames per second over ${seconds} s (${await browser.version()})`);
await browser.close();
