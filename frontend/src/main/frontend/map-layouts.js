import { overviewLayout } from './map-overview.js';
import { geographicLayout } from './map-geo.js';

// The layouts of the map. All are deterministic: the same data gives the same picture, so a deep link or a
// saved view shows what its author saw, and compare mode keeps nodes in place between two dates.

// Mulberry32: a tiny seeded generator that stands in for Math.random while fcose runs.
function seeded(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function withSeed(fn) {
  const original = Math.random;
  Math.random = seeded(20231114);
  try {
    return fn();
  } finally {
    Math.random = original;
  }
}

export function runLayout(cy, name) {
  if (cy.nodes().length === 0) {
    return;
  }
  if (name === 'overview') {
    // Sizes are measured from the current style, so the stylesheet is set before; positions start anywhere.
    overviewLayout(cy, { w: Math.max(cy.width() - 24, 200), h: Math.max(cy.height() - 24, 150) });
    return;
  }
  // Nodes arrive at the origin, and Cytoscape warns "invalid endpoints" for edges between coinciding polygon
  // shapes when a layout first measures them; a spiral start avoids that (fCoSE randomizes the start anyway).
  cy.nodes(':childless').positions((n, i) => spiral({ x: 0, y: 0 }, i + 1, 40));
  if (name === 'geographic') {
    // Places by their coordinates, the rest in blocks beside their organisation (map-geo.js).
    geographicLayout(cy, { width: Math.max(cy.width() - 24, 200), height: Math.max(cy.height() - 24, 150) });
  } else {
    withSeed(() => cy.layout({
      name: 'fcose', quality: 'default', randomize: true, animate: false, fit: false,
      nodeDimensionsIncludeLabels: true, packComponents: true, nodeRepulsion: () => 9000,
      // A count stays close to the node it belongs to.
      idealEdgeLength: (e) => (e.hasClass('count-link') ? 35 : 90), nestingFactor: 0.2, gravity: 0.3, numIter: 2500
    }).run());
  }
}

// Golden-angle spiral: keeps nodes placed around one anchor from landing on top of each other.
function spiral(center, i, step) {
  const angle = i * 2.399963;
  const r = step * Math.sqrt(i % 40 + 1);
  return { x: center.x + r * Math.cos(angle), y: center.y + r * Math.sin(angle) };
}
