import { overviewLayout } from './map-overview.js';

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
    cy.nodes(':childless').layout({ name: 'preset', positions: geographicPositions(cy), animate: false, fit: false }).run();
  } else {
    withSeed(() => cy.layout({
      name: 'fcose', quality: 'default', randomize: true, animate: false, fit: false,
      nodeDimensionsIncludeLabels: true, packComponents: true, nodeRepulsion: () => 9000,
      // A count stays close to the node it belongs to.
      idealEdgeLength: (e) => (e.hasClass('count-link') ? 35 : 90), nestingFactor: 0.2, gravity: 0.3, numIter: 2500
    }).run());
  }
}

// Places hospitals and others with coordinates on a simple equirectangular projection of Sweden; a node without
// coordinates goes near its neighbours that have them, else near its siblings in the same group, else on a ring.
function geographicPositions(cy) {
  const scale = 320;
  const cosLat = Math.cos((62 * Math.PI) / 180);
  const pos = {};
  cy.nodes(':childless').forEach((n) => {
    const lat = n.data('latitude');
    const lon = n.data('longitude');
    if (typeof lat === 'number' && typeof lon === 'number') {
      pos[n.id()] = { x: (lon - 15) * cosLat * scale, y: (62 - lat) * scale };
    }
  });
  for (let pass = 0; pass < 4; pass++) {
    cy.nodes(':childless').forEach((n, i) => {
      if (pos[n.id()]) {
        return;
      }
      const placed = n.neighborhood('node').filter((m) => pos[m.id()]);
      const siblings = n.parent().length ? n.parent().children().filter((m) => pos[m.id()]) : cy.collection();
      const anchors = placed.length ? placed : (pass >= 2 ? siblings : cy.collection());
      if (anchors.length) {
        const x = anchors.reduce((s, m) => s + pos[m.id()].x, 0) / anchors.length;
        const y = anchors.reduce((s, m) => s + pos[m.id()].y, 0) / anchors.length;
        pos[n.id()] = spiral({ x, y }, i, 28);
      }
    });
  }
  // What is still unplaced goes in blocks beside the map, one block per group, so that a group's box stays compact.
  const known = Object.values(pos);
  const maxX = known.length ? Math.max(...known.map((p) => p.x)) : 0;
  const minX = known.length ? Math.min(...known.map((p) => p.x)) : 0;
  const minY = known.length ? Math.min(...known.map((p) => p.y)) : 0;
  const blocks = new Map();
  cy.nodes(':childless').filter((n) => !pos[n.id()]).forEach((n) => {
    const key = n.parent().length ? n.parent().id() : '';
    blocks.set(key, [...(blocks.get(key) || []), n]);
  });
  let y = minY;
  for (const [key, members] of blocks) {
    const columns = Math.ceil(Math.sqrt(members.length));
    // Nodes outside any group go to the left, so that no group's box reaches around them.
    const x0 = key === '' ? minX - 250 - columns * 110 : maxX + 250;
    const y0 = key === '' ? minY : y;
    members.forEach((n, i) => {
      pos[n.id()] = { x: x0 + (i % columns) * 110, y: y0 + Math.floor(i / columns) * 80 };
    });
    if (key !== '') {
      y += Math.ceil(members.length / columns) * 80 + 120;
    }
  }
  return pos;
}

// Golden-angle spiral: keeps nodes placed around one anchor from landing on top of each other.
function spiral(center, i, step) {
  const angle = i * 2.399963;
  const r = step * Math.sqrt(i % 40 + 1);
  return { x: center.x + r * Math.cos(angle), y: center.y + r * Math.sin(angle) };
}
