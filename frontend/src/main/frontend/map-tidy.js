// Makes a laid-out map readable: every label at a fixed size on screen when the whole picture fits, no two labels
// on top of each other, no box over another box or over a node it does not hold. The layout decides where things
// go roughly; this moves whole boxes and single nodes apart, from the innermost boxes outwards, never into a box
// they do not belong to.

// How far the layout is squeezed into the canvas before the labels push it apart again: the labels, not the
// layout's edge lengths, then decide how much room the picture takes.
const SQUEEZE = 0.35;

// Lays the labels out for the canvas: the layout is squeezed into a part of the canvas (keeping its shape, stretched
// to the canvas's proportions), labels and boxes are pushed apart, and the picture is fitted. When it fits with
// room to spare it is spread out to fill the canvas at zoom 1, so that labels show at the stylesheet's size.
// `restyle(unit)` sets the stylesheet for a unit (model px per screen px). Answers the unit reached.
export function tidy(cy, restyle, { fitPadding = 24, margin = 6 } = {}) {
  if (cy.nodes().empty() || cy.width() === 0 || cy.height() === 0) {
    return 1;
  }
  const width = cy.width() - 2 * fitPadding;
  const height = cy.height() - 2 * fitPadding;
  aspect = { x: width, y: height };
  restyle(1);
  scaleInto(cy, width * SQUEEZE, height * SQUEEZE);
  separate(cy, margin);
  cy.fit(undefined, fitPadding);
  if (cy.zoom() > 1) {
    // Room to spare: spread the nodes (not the labels) until the picture fills the canvas at zoom 1.
    spread(cy, width, height, margin);
  }
  return 1 / cy.zoom();
}

// Scales the positions of all nodes about the picture's centre so that their centres span at most w by h.
function scaleInto(cy, w, h) {
  const leaves = cy.nodes(':childless');
  const bb = leaves.boundingBox({ includeLabels: false });
  const sx = bb.w > 0 ? Math.min(1, w / bb.w) : 1;
  const sy = bb.h > 0 ? Math.min(1, h / bb.h) : 1;
  const cx = (bb.x1 + bb.x2) / 2;
  const cy0 = (bb.y1 + bb.y2) / 2;
  leaves.positions((n) => ({ x: cx + (n.position('x') - cx) * sx, y: cy0 + (n.position('y') - cy0) * sy }));
}

// Stretches the positions by the room left at zoom 1, a few times, since labels keep their size while centres move.
function spread(cy, width, height, margin) {
  for (let i = 0; i < 4 && cy.zoom() > 1.02; i++) {
    const leaves = cy.nodes(':childless');
    const bb = cy.elements().boundingBox();
    const inner = leaves.boundingBox({ includeLabels: false });
    const fx = inner.w > 0 ? Math.max(1, 1 + (width - bb.w) / inner.w) : 1;
    const fy = inner.h > 0 ? Math.max(1, 1 + (height - bb.h) / inner.h) : 1;
    const cx = (inner.x1 + inner.x2) / 2;
    const cy0 = (inner.y1 + inner.y2) / 2;
    leaves.positions((n) => ({ x: cx + (n.position('x') - cx) * fx, y: cy0 + (n.position('y') - cy0) * fy }));
    separate(cy, margin);
    cy.fit(undefined, 24);
  }
  if (cy.zoom() > 1) {
    cy.zoom(1);
    cy.center();
  }
}

// Pushes apart the members of each box, innermost boxes first, then the boxes and nodes at the top. `pinned(el)`
// (optional) names what should stay put: when it meets something that is not, the other moves the whole way
// (the geographic layout pins the places, so that a count or a block makes way for a hospital, not the reverse).
export function separate(cy, margin, pinned = () => false) {
  const boxes = cy.nodes(':parent').sort((a, b) => depth(b) - depth(a));
  boxes.forEach((box) => resolve(box.children(), margin, pinned));
  resolve(cy.nodes().orphans(), margin, pinned);
}

// Places the given nodes (e.g. those a count just opened) as one block in rows, at the free place nearest to
// `anchor` where the block meets no other node or box; nothing else moves.
export function placeBlock(cy, moving, anchor, margin) {
  if (moving.empty()) {
    return;
  }
  const items = moving.map((n) => {
    const bb = n.boundingBox({ includeLabels: true, includeOverlays: false, includeEdges: false });
    return { n, w: bb.w + margin, h: bb.h + margin, dx: n.position('x') - bb.x1, dy: n.position('y') - bb.y1 };
  });
  const area = items.reduce((sum, i) => sum + i.w * i.h, 0);
  const width = Math.max(...items.map((i) => i.w), Math.sqrt(area * 2.5));
  let x = 0;
  let y = 0;
  let row = 0;
  let blockWidth = 0;
  for (const i of items) {
    if (x > 0 && x + i.w > width) {
      x = 0;
      y += row;
      row = 0;
    }
    i.x = x;
    i.y = y;
    x += i.w;
    blockWidth = Math.max(blockWidth, x);
    row = Math.max(row, i.h);
  }
  const blockHeight = y + row;
  const others = cy.nodes().not(moving).filter((n) => !moving.some((m) => m.ancestors().contains(n)));
  const obstacles = others.map((n) => n.boundingBox({ includeLabels: true, includeOverlays: false, includeEdges: false }));
  const free = (x0, y0) => obstacles.every((o) => x0 + blockWidth <= o.x1 || x0 >= o.x2 || y0 + blockHeight <= o.y1 || y0 >= o.y2);
  // Rings of candidate places around the anchor, nearest first: right, below, left, above, then further out.
  let at = null;
  const step = Math.max(20, Math.min(blockWidth, blockHeight) / 4);
  for (let ring = 1; ring < 200 && !at; ring++) {
    const r = ring * step;
    for (const [cx, cyy] of [[r, -blockHeight / 2], [-blockWidth / 2, r], [-r - blockWidth, -blockHeight / 2],
      [-blockWidth / 2, -r - blockHeight], [r, r], [-r - blockWidth, r], [r, -r - blockHeight], [-r - blockWidth, -r - blockHeight]]) {
      if (free(anchor.x + cx, anchor.y + cyy)) {
        at = { x: anchor.x + cx, y: anchor.y + cyy };
        break;
      }
    }
  }
  at = at || { x: anchor.x + step, y: anchor.y };
  items.forEach((i) => i.n.position({ x: at.x + i.x + i.dx + margin / 2, y: at.y + i.y + i.dy + margin / 2 }));
}

function depth(node) {
  return node.ancestors().length;
}

function rect(el, margin) {
  const bb = el.boundingBox({ includeLabels: true, includeOverlays: false, includeEdges: false });
  return { x1: bb.x1 - margin / 2, y1: bb.y1 - margin / 2, x2: bb.x2 + margin / 2, y2: bb.y2 + margin / 2 };
}

function shifted(item) {
  return { x1: item.r.x1 + item.dx, y1: item.r.y1 + item.dy, x2: item.r.x2 + item.dx, y2: item.r.y2 + item.dy };
}

// How far `a` must move to clear `b`, along the axis where that is shorter; null when they do not meet.
let aspect = { x: 1, y: 1 };

function penetration(a, b) {
  const ox = Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1);
  const oy = Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1);
  if (ox <= 0 || oy <= 0) {
    return null;
  }
  const acx = (a.x1 + a.x2) / 2;
  const bcx = (b.x1 + b.x2) / 2;
  const acy = (a.y1 + a.y2) / 2;
  const bcy = (b.y1 + b.y2) / 2;
  // Along the line between the centres, so that a crowd spreads out in every direction rather than into a column;
  // far enough to clear on the axis where that is shorter, relative to the canvas's width and height.
  let dx = bcx - acx;
  let dy = bcy - acy;
  if (Math.abs(dx) < 0.01 && Math.abs(dy) < 0.01) {
    dx = 1;
    dy = 0.5;
  }
  const length = Math.hypot(dx, dy);
  const ux = dx / length;
  const uy = dy / length;
  // The distance along (ux, uy) at which the boxes stop overlapping on x, and on y; the nearer one clears them.
  const along = Math.min(Math.abs(ux) > 0.01 ? (ox + 0.5) / Math.abs(ux) : Infinity,
    Math.abs(uy) > 0.01 ? (oy + 0.5) / Math.abs(uy) : Infinity);
  return { x: -ux * along, y: -uy * along };
}

// Siblings as rigid rectangles pushed apart pairwise, each by half the overlap, until none overlap.
function resolve(items, margin, pinned = () => false) {
  if (items.length < 2) {
    return;
  }
  const bodies = items.map((el) => ({ el, r: rect(el, margin), dx: 0, dy: 0, pinned: pinned(el) }));
  for (let iteration = 0; iteration < 300; iteration++) {
    let moved = false;
    for (let i = 0; i < bodies.length; i++) {
      for (let j = i + 1; j < bodies.length; j++) {
        const a = shifted(bodies[i]);
        const b = shifted(bodies[j]);
        let push = penetration(a, b);
        if (!push) {
          continue;
        }
        if (push.x === 0 && push.y === 0) {
          push = { x: 1, y: 0 };
        }
        // Half each, or all of it for the one not pinned when the other is.
        const share = bodies[i].pinned === bodies[j].pinned ? 0.5 : bodies[i].pinned ? 0 : 1;
        bodies[i].dx += push.x * share;
        bodies[i].dy += push.y * share;
        bodies[j].dx -= push.x * (1 - share);
        bodies[j].dy -= push.y * (1 - share);
        moved = true;
      }
    }
    if (!moved) {
      break;
    }
  }
  for (const body of bodies) {
    if (body.dx === 0 && body.dy === 0) {
      continue;
    }
    const leaves = body.el.isParent() ? body.el.descendants(':childless') : body.el;
    leaves.shift({ x: body.dx, y: body.dy });
  }
}

// What a reader sees, measured on screen: labels drawn, label pairs that overlap, boxes that overlap, nodes inside
// a box they do not belong to, and the smallest label in screen pixels. The browser tests and the benchmark use it.
export function readability(cy) {
  const labelled = cy.elements(':visible').filter((el) => {
    const text = el.style('label');
    return text && String(text).trim() !== '' && el.style('display') !== 'none'
      && Number(el.style('font-size').replace('px', '')) * cy.zoom() >= 1;
  });
  const boxes = labelled.map((el) => ({
    el, r: el.renderedBoundingBox({ includeNodes: false, includeEdges: false, includeLabels: true })
  }));
  let overlappingLabels = 0;
  const pairs = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      if (intersects(boxes[i].r, boxes[j].r, 1)) {
        overlappingLabels++;
        if (pairs.length < 10) {
          pairs.push([boxes[i].el.id(), boxes[j].el.id()]);
        }
      }
    }
  }
  const parents = cy.nodes(':parent:visible');
  let overlappingBoxes = 0;
  parents.forEach((a, i) => parents.forEach((b, j) => {
    if (j > i && !a.ancestors().contains(b) && !b.ancestors().contains(a)
      && intersects(a.renderedBoundingBox({ includeLabels: true }), b.renderedBoundingBox({ includeLabels: true }), 1)) {
      overlappingBoxes++;
    }
  }));
  let misplaced = 0;
  cy.nodes(':childless:visible').forEach((n) => {
    const p = n.renderedPosition();
    parents.forEach((box) => {
      if (!n.ancestors().contains(box) && inside(p, box.renderedBoundingBox({ includeLabels: false }))) {
        misplaced++;
      }
    });
  });
  const sizes = labelled.map((el) => Number(el.style('font-size').replace('px', '')) * cy.zoom());
  return {
    labels: labelled.length, overlappingLabels, overlappingBoxes, misplaced,
    smallestLabelPx: sizes.length ? Math.round(Math.min(...sizes) * 10) / 10 : 0,
    examples: pairs,
    unlabelled: cy.nodes(':childless:visible').filter((n) => !String(n.style('label') || '').trim()).length
  };
}

function intersects(a, b, tolerance) {
  return Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1) > tolerance
    && Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1) > tolerance;
}

function inside(p, bb) {
  return p.x > bb.x1 && p.x < bb.x2 && p.y > bb.y1 && p.y < bb.y2;
}
