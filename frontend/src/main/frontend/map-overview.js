// The overview layout: the organisations as nested boxes (healthcare region, region, hospitals), each box's members
// in rows inside it, the cooperation each box takes part in (groups, flows, agreements) in rows under it, and the
// groups of boxes packed into rows with the proportions of the canvas. Every node with its label, every box with
// its title, is a rectangle placed beside the others: nothing overlaps by construction, and the same data always
// gives the same picture.

const GAP = 10;

export function overviewLayout(cy, canvas, unit = 1) {
  const gap = GAP * unit;
  const tops = cy.nodes().orphans();
  if (tops.empty()) {
    return;
  }
  const boxes = tops.filter((n) => n.isParent());
  const free = tops.not(boxes);
  // Each free node goes with the box it has most edges into; cooperation of no box is shared.
  const home = new Map();
  free.forEach((n) => {
    let best = null;
    let most = 0;
    boxes.forEach((box) => {
      const inside = box.descendants();
      const count = n.connectedEdges().filter((e) => inside.contains(e.source()) || inside.contains(e.target())).length;
      if (count > most) {
        most = count;
        best = box;
      }
    });
    const key = best ? best.id() : '';
    home.set(key, [...(home.get(key) || []), n]);
  });
  // Measured once; only the boxes' inner rows change with the proportion tried.
  const clustered = sorted(boxes).map((box) => ({ box, satellites: sortedLeaves(home.get(box.id()) || []).map(leaf) }));
  const shared = sortedLeaves(home.get('') || []).map(leaf);
  const sharedShapes = shared.length ? [rowShapes(shared, gap)] : [];
  // The boxes' inner rows are tried at a few proportions, each with the best shapes of the clusters around them.
  let best = null;
  for (const aspect of [1.2, 1.7, 2.2, 3, 4]) {
    const shapes = [...clustered.map(({ box, satellites }) => clusterShapes(block(box, unit, aspect), satellites, gap)),
      ...sharedShapes];
    const tried = bestPacking(shapes, canvas, gap * 3);
    if (!best || tried.zoom > best.zoom + 1e-9) {
      best = tried;
    }
  }
  best.packed.place(0, 0);
}

// The shapes a box with the cooperation it takes part in can take: the cooperation in rows under the box, or
// beside it, in rows of a few widths; the packing chooses the one that lets the whole picture fit best.
function clusterShapes(box, satellites, gap) {
  if (!satellites.length) {
    return [box];
  }
  const area = satellites.reduce((sum, m) => sum + (m.w + gap) * (m.h + gap), 0);
  const widest = Math.max(...satellites.map((m) => m.w));
  const shapes = [];
  for (const f of [0.5, 0.75, 1, 1.5, 2, 3]) {
    shapes.push(stack([box, rows(satellites, Math.max(widest, box.w * f), gap)], gap));
    shapes.push(side([box, rows(satellites, Math.max(widest, (area / Math.max(box.h, 1)) * f), gap)], gap));
  }
  return shapes;
}

// Rectangles in rows of a few widths, from one column to about four times as wide as high.
function rowShapes(items, gap) {
  const area = items.reduce((sum, m) => sum + (m.w + gap) * (m.h + gap), 0);
  const widest = Math.max(...items.map((m) => m.w));
  return [0.5, 0.75, 1, 1.5, 2, 3, 4].map((f) => rows(items, Math.max(widest, Math.sqrt(area) * f), gap));
}

// One shape per cluster and rows of them, chosen for the largest zoom at which the picture fits the canvas:
// each cluster's shape in turn, the others kept, a few rounds (a handful of clusters, a dozen shapes each).
function bestPacking(shapes, canvas, gap) {
  const choice = shapes.map((s) => s.reduce((best, c, i) => (c.w * c.h < s[best].w * s[best].h ? i : best), 0));
  let best = bestRows(shapes.map((s, i) => s[choice[i]]), canvas, gap);
  for (let round = 0; round < 3; round++) {
    let better = false;
    shapes.forEach((s, i) => {
      s.forEach((_, k) => {
        if (k === choice[i]) {
          return;
        }
        const tried = bestRows(shapes.map((t, j) => t[j === i ? k : choice[j]]), canvas, gap);
        if (tried.zoom > best.zoom + 1e-9) {
          best = tried;
          choice[i] = k;
          better = true;
        }
      });
    });
    if (!better) {
      break;
    }
  }
  return best;
}

// Rectangles side by side, top-aligned.
function side(items, gap) {
  const w = items.reduce((sum, i) => sum + i.w, 0) + gap * (items.length - 1);
  const h = Math.max(...items.map((i) => i.h));
  return {
    w, h,
    place: (x, y) => {
      let at = x;
      items.forEach((i) => {
        i.place(at, y);
        at += i.w + gap;
      });
    }
  };
}

// A node with its label: the rectangle it takes, and where the node goes for the rectangle's top left.
function leaf(n) {
  const bb = n.boundingBox({ includeLabels: true, includeOverlays: false, includeEdges: false });
  const dx = n.position('x') - bb.x1;
  const dy = n.position('y') - bb.y1;
  return { w: bb.w, h: bb.h, place: (x, y) => n.position({ x: x + dx, y: y + dy }) };
}

// A box: its members packed in rows about `aspect` times as wide as high, inside its padding, under its title.
function block(box, unit, aspect) {
  const gap = GAP * unit;
  const padding = box.numericStyle('padding') + box.numericStyle('border-width');
  const label = box.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true });
  const labelHeight = label.h > 0 ? label.h + Math.abs(box.numericStyle('text-margin-y')) : 0;
  const children = sorted(box.children().filter((c) => c.isParent()));
  const members = [...children.map((c) => block(c, unit, aspect)), ...sortedLeaves(box.children().filter((c) => !c.isParent())).map(leaf)];
  const area = members.reduce((sum, m) => sum + (m.w + gap) * (m.h + gap), 0);
  const widest = Math.max(...members.map((m) => m.w), 0);
  const inner = rows(members, Math.max(widest, Math.sqrt(area * aspect)), gap);
  const w = Math.max(inner.w + 2 * padding, label.w);
  return {
    w, h: labelHeight + inner.h + 2 * padding,
    place: (x, y) => inner.place(x + (w - inner.w) / 2, y + labelHeight + padding)
  };
}

// Rectangles in rows of at most `width`, left to right, in the order given.
function rows(items, width, gap) {
  const placed = [];
  let x = 0;
  let y = 0;
  let rowHeight = 0;
  let w = 0;
  for (const item of items) {
    if (x > 0 && x + item.w > width) {
      x = 0;
      y += rowHeight + gap;
      rowHeight = 0;
    }
    placed.push({ item, x, y });
    x += item.w + gap;
    w = Math.max(w, x - gap);
    rowHeight = Math.max(rowHeight, item.h);
  }
  return {
    w, h: items.length ? y + rowHeight : 0,
    place: (ox, oy) => placed.forEach((p) => p.item.place(ox + p.x, oy + p.y))
  };
}

// Rectangles one above the other, centred.
function stack(items, gap) {
  const shown = items.filter((i) => i.h > 0);
  const w = Math.max(...shown.map((i) => i.w), 0);
  const h = shown.reduce((sum, i) => sum + i.h, 0) + gap * Math.max(0, shown.length - 1);
  return {
    w, h,
    place: (x, y) => {
      let at = y;
      shown.forEach((i) => {
        i.place(x + (w - i.w) / 2, at);
        at += i.h + gap;
      });
    }
  };
}

// The rows whose picture fits the canvas at the largest zoom, of widths from the widest item to all in one row.
function bestRows(items, canvas, gap) {
  const widest = Math.max(...items.map((i) => i.w));
  const total = items.reduce((sum, i) => sum + i.w + gap, 0);
  let best = null;
  for (let k = 0; k <= 24; k++) {
    const width = widest + ((total - widest) * k) / 24;
    const packed = rows(items, width, gap);
    const zoom = Math.min(canvas.w / packed.w, canvas.h / packed.h);
    if (!best || zoom > best.zoom + 1e-9) {
      best = { zoom, packed };
    }
  }
  return best;
}

function sorted(nodes) {
  return nodes.sort((a, b) => String(a.data('name') || a.data('label')).localeCompare(String(b.data('name') || b.data('label')), 'sv'));
}

// Leaves by kind in the overview's order, then by name; a count right after the node it belongs to.
function sortedLeaves(nodes) {
  const list = Array.isArray(nodes) ? nodes : nodes.toArray();
  const owners = list.filter((n) => !n.hasClass('count'));
  const counts = new Map(list.filter((n) => n.hasClass('count')).map((n) => [n.data('owner'), n]));
  // The kind's place in the overview, as the vocabulary gives it (elements() puts it on the node); counts last.
  const rank = (n) => n.data('rank') ?? Number.MAX_SAFE_INTEGER;
  owners.sort((a, b) => rank(a) - rank(b)
    || String(a.data('name') || a.data('label')).localeCompare(String(b.data('name') || b.data('label')), 'sv'));
  const result = [];
  for (const n of owners) {
    result.push(n);
    if (counts.has(n.id())) {
      result.push(counts.get(n.id()));
      counts.delete(n.id());
    }
  }
  // The count of a box's own owner (a region's "6 kommuner") comes first in the box.
  return [...counts.values(), ...result];
}
