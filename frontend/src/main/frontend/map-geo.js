import { separate, placeBlock } from './map-tidy.js';

// The geographic layout and its one projection. Nodes with coordinates (hospitals) are placed by the projection;
// what has none is placed in compact blocks beside the organisation it is most tied to; then the map frame
// (mapFrame) is worked out from where the hospitals ended up, and the base map (map-basemap.js) is drawn through
// that same frame, so that a hospital always sits at its own place on the outline however the tidy moved it.

// Equirectangular about the data's centre: x = (lon - lon0) cos(lat0), y = lat0 - lat, in degrees of latitude
// (north up). Good enough for southern Sweden, where it is within a few per cent of a conformal projection.
export function baseProjection(anchors) {
  const coords = anchors.map(coordinates);
  const lats = coords.map((c) => c.lat);
  const lons = coords.map((c) => c.lon);
  const lat0 = coords.length ? (Math.min(...lats) + Math.max(...lats)) / 2 : 62;
  const lon0 = coords.length ? (Math.min(...lons) + Math.max(...lons)) / 2 : 15;
  const k = Math.cos((lat0 * Math.PI) / 180);
  return (lon, lat) => ({ x: (lon - lon0) * k, y: lat0 - lat });
}

export function coordinates(n) {
  const lat = n.data('latitude');
  const lon = n.data('longitude');
  return typeof lat === 'number' && typeof lon === 'number' ? { lat, lon } : null;
}

// The places of the map: drawn nodes with coordinates of their own. A count carries its owner's coordinates and a
// box's position is its children's, so neither is a place; nor is an area (a region's coordinates are a point
// somewhere in it, and a healthcare region drawn without its regions would pin one of them to that point).
const AREAS = new Set(['REGION', 'HEALTHCARE_REGION', 'MUNICIPALITY']);
export function anchorsOf(cy) {
  return cy.nodes(':childless').filter((n) => !n.hasClass('count') && !AREAS.has(n.data('kind')) && coordinates(n) !== null);
}

// Lays the map out for a canvas of width x height (model px at zoom 1). Of a few scales tried, the one that lets the
// whole picture fit largest (labels largest) among those where the tidy turned round the fewest pairs of places
// (west-east, north-south; one pair more allowed), the larger scale when about equal. Without that rule the
// smallest scale wins, the tidy pushes Skåne's hospitals about, and the map is no longer a map.
export function geographicLayout(cy, { width, height, margin = 6 }) {
  const anchors = anchorsOf(cy);
  const project = baseProjection(anchors);
  const tried = [40, 60, 90, 130, 180, 250, 350, 500].map((scale) => {
    const planned = place(cy, project, scale, margin);
    const bb = cy.elements().boundingBox();
    return { scale, crossed: crossings(anchors, planned), zoom: Math.min(1, width / Math.max(bb.w, 1), height / Math.max(bb.h, 1)) };
  });
  const fewest = Math.min(...tried.map((t) => t.crossed));
  const faithful = tried.filter((t) => t.crossed <= fewest + 1);
  const best = Math.max(...faithful.map((t) => t.zoom));
  const chosen = faithful.filter((t) => t.zoom >= best * 0.97).pop();
  place(cy, project, chosen.scale, margin);
  // What was tried, for a look from the console or a benchmark.
  cy.scratch('geographic', tried.map((t) => ({ ...t, chosen: t === chosen })));
}

// Pairs of places the tidy turned round: west-east for a pair side by side, north-south for one above the other.
function crossings(anchors, planned) {
  let crossed = 0;
  const list = anchors.toArray();
  for (let i = 0; i < list.length; i++) {
    for (let j = i + 1; j < list.length; j++) {
      const a = planned.get(list[i].id());
      const b = planned.get(list[j].id());
      const pa = list[i].position();
      const pb = list[j].position();
      const across = Math.abs(a.x - b.x) > Math.abs(a.y - b.y);
      if (across ? (a.x - b.x) * (pa.x - pb.x) < 0 : (a.y - b.y) * (pa.y - pb.y) < 0) {
        crossed++;
      }
    }
  }
  return crossed;
}

// The longest empty stretch kept between two places from north to south, in degrees of latitude: the land between
// Kronoberg and Örebro län, where the data has no place, is drawn shorter, so that the dense south gets the room.
// The base map is squeezed the same way (mapFrame follows the places).
const LONGEST_GAP = 0.6;

function squeezed(anchors, project) {
  const ys = [...new Set(anchors.map((n) => project(coordinates(n).lon, coordinates(n).lat).y))].sort((a, b) => a - b);
  const to = new Map();
  ys.forEach((y, i) => to.set(y, i === 0 ? y : to.get(ys[i - 1]) + Math.min(y - ys[i - 1], LONGEST_GAP)));
  return (c) => {
    const p = project(c.lon, c.lat);
    return { x: p.x, y: to.get(p.y) };
  };
}

function place(cy, project, scale, margin) {
  const leaves = cy.nodes(':childless');
  const at = new Map();
  const anchors = anchorsOf(cy);
  const squeeze = squeezed(anchors, project);
  anchors.forEach((n) => {
    const p = squeeze(coordinates(n));
    at.set(n.id(), { x: p.x * scale, y: p.y * scale });
  });
  // A count starts on its owner; a box's count, like what else in a box has no coordinates, among the box's places.
  leaves.filter('.count').forEach((n) => {
    const owner = at.get(n.data('owner'));
    if (owner) {
      at.set(n.id(), { x: owner.x, y: owner.y + 1 });
    }
  });
  // Nodes without coordinates in a box with places start among those places; the tidy spreads them in the box.
  leaves.forEach((n, i) => {
    if (at.has(n.id()) || n.parent().empty()) {
      return;
    }
    const placed = n.parent().descendants(':childless').filter((m) => at.has(m.id()));
    if (placed.nonempty()) {
      const x = placed.reduce((s, m) => s + at.get(m.id()).x, 0) / placed.length;
      const y = placed.reduce((s, m) => s + at.get(m.id()).y, 0) / placed.length;
      at.set(n.id(), { x: x + 8 * Math.cos(i), y: y + 8 * Math.sin(i) });
    }
  });
  // The rest waits far away, apart, until its block is placed.
  const planned = new Map(anchors.map((n) => [n.id(), at.get(n.id())]));
  leaves.positions((n, i) => at.get(n.id()) || { x: 1e6 + i * 2000, y: 1e6 });
  // The places and the boxes holding them stay put where they can: what has no coordinates makes way.
  const places = new Set(anchors.map((n) => n.id()));
  separate(cy, margin, (el) => (el.isParent() ? el.descendants().some((m) => places.has(m.id())) : places.has(el.id())));
  // A count caught between two places can be left where it meets one; an even-handed round clears it.
  separate(cy, margin);
  for (const [home, members] of blocks(cy, at)) {
    const target = cy.getElementById(home);
    const centre = target.nonempty() ? target.boundingBox({ includeLabels: false }) : cy.nodes(':childless')
      .filter((m) => at.has(m.id())).boundingBox({ includeLabels: false });
    placeBlock(cy, members, { x: (centre.x1 + centre.x2) / 2, y: (centre.y1 + centre.y2) / 2 }, margin);
    members.forEach((m) => at.set(m.id(), m.position()));
  }
  return planned;
}

// The unplaced nodes in blocks, one per organisation: the place (or its box) a node has most relations with, found
// through unplaced neighbours too; a count goes with its owner, a box without places as one block of its own.
function blocks(cy, at) {
  const unplaced = cy.nodes(':childless').filter((n) => !at.has(n.id()));
  const home = new Map();
  // A relation to a box counts for the box; to a place in a box, for the place's box.
  const homeOf = (m) => (m.isParent() ? m.id() : at.has(m.id()) ? (m.parent().nonempty() ? m.parent().id() : m.id())
    : home.get(m.id()));
  for (let pass = 0; pass < 4; pass++) {
    unplaced.forEach((n) => {
      if (home.has(n.id())) {
        return;
      }
      const top = n.ancestors().last();
      if (top.nonempty()) {
        home.set(n.id(), 'box:' + top.id());
        return;
      }
      const owner = n.hasClass('count') ? cy.getElementById(n.data('owner')) : null;
      const votes = new Map();
      (owner ? [owner] : n.neighborhood('node').toArray()).forEach((m) => {
        const h = homeOf(m);
        if (h) {
          votes.set(h, (votes.get(h) || 0) + 1);
        }
      });
      const ranked = [...votes].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
      if (ranked.length) {
        home.set(n.id(), ranked[0][0]);
      } else if (pass === 3) {
        home.set(n.id(), '');
      }
    });
  }
  const groups = new Map();
  unplaced.forEach((n) => {
    const h = home.get(n.id()) ?? '';
    groups.set(h, (groups.get(h) || cy.collection()).union(n));
  });
  // A block of a box without places is anchored at the middle of the picture.
  return [...groups].map(([h, members]) => [h.startsWith('box:') ? '' : h, members])
    .sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1));
}

// The frame that maps a longitude and latitude to the model, fitted to where the places are drawn. First each axis
// on its own: the places' projected x (and y) against where they were drawn, made to keep their order (pooled where
// the tidy swapped two), joined by straight pieces and continued at the mean scale beyond them; a coast is then
// only stretched or squeezed along the axes, north stays up. What is left (a swap) is spread to the land around
// each place by inverse-distance weights that fade with distance (a rubber sheet), so that every place lies exactly
// on its own spot and the coast near it moves with it. Null with fewer than two places.
export function mapFrame(cy) {
  const anchors = anchorsOf(cy);
  if (anchors.length < 2) {
    return null;
  }
  const project = baseProjection(anchors);
  const pts = anchors.map((n) => {
    const c = coordinates(n);
    return { p: project(c.lon, c.lat), q: { ...n.position() } };
  });
  const gx = axis(pts.map((t) => [t.p.x, t.q.x]));
  const gy = axis(pts.map((t) => [t.p.y, t.q.y]));
  if (!gx || !gy) {
    return null;
  }
  const fitted = (p) => ({ x: gx(p.x), y: gy(p.y) });
  pts.forEach((t) => {
    t.f = fitted(t.p);
    t.r = { x: t.q.x - t.f.x, y: t.q.y - t.f.y };
  });
  // How far a move reaches: twice the usual distance between neighbouring places, and never less than the largest
  // move, so that the sheet stretches without folding over itself.
  const nearest = pts.map((t) => Math.min(...pts.filter((u) => u !== t)
    .map((u) => Math.hypot(u.f.x - t.f.x, u.f.y - t.f.y)))).sort((x, y) => x - y);
  const reach = Math.max(2 * nearest[Math.floor(nearest.length / 2)], ...pts.map((t) => Math.hypot(t.r.x, t.r.y)), 1);
  const far = 1 / (reach * reach);
  return (lon, lat) => {
    const f = fitted(project(lon, lat));
    let wx = 0;
    let wy = 0;
    let ws = far;
    for (const t of pts) {
      const d2 = (f.x - t.f.x) ** 2 + (f.y - t.f.y) ** 2;
      if (d2 < 1e-12) {
        return { ...t.q };
      }
      wx += t.r.x / d2;
      wy += t.r.y / d2;
      ws += 1 / d2;
    }
    return { x: f.x + wx / ws, y: f.y + wy / ws };
  };
}

// A rising function through [from, to] pairs: equal `from`s merged, falling runs pooled to their mean (isotonic
// regression), straight between, and beyond the ends at the overall scale. Null when the pairs span nothing.
function axis(pairs) {
  const merged = [];
  for (const [from, to] of [...pairs].sort((a, b) => a[0] - b[0])) {
    const last = merged[merged.length - 1];
    if (last && from - last.from < 1e-9) {
      last.sum += to;
      last.n += 1;
    } else {
      merged.push({ from, sum: to, n: 1 });
    }
  }
  const pooled = [];
  for (const m of merged) {
    pooled.push({ froms: [m.from], sum: m.sum, n: m.n });
    while (pooled.length > 1 && pooled[pooled.length - 2].sum / pooled[pooled.length - 2].n >= pooled[pooled.length - 1].sum / pooled[pooled.length - 1].n) {
      const top = pooled.pop();
      const below = pooled[pooled.length - 1];
      below.froms.push(...top.froms);
      below.sum += top.sum;
      below.n += top.n;
    }
  }
  // A pooled run becomes one knot at its middle.
  const knots = pooled.map((b) => ({ from: b.froms.reduce((s, f) => s + f, 0) / b.froms.length, to: b.sum / b.n }));
  const span = merged[merged.length - 1].from - merged[0].from;
  if (span <= 0) {
    return null;
  }
  const scale = knots.length > 1 ? (knots[knots.length - 1].to - knots[0].to) / (knots[knots.length - 1].from - knots[0].from)
    : 1;
  if (!(scale > 0)) {
    return null;
  }
  return (v) => {
    if (v <= knots[0].from) {
      return knots[0].to + (v - knots[0].from) * scale;
    }
    for (let i = 1; i < knots.length; i++) {
      if (v <= knots[i].from) {
        const a = knots[i - 1];
        const b = knots[i];
        return a.to + ((v - a.from) / (b.from - a.from)) * (b.to - a.to);
      }
    }
    const last = knots[knots.length - 1];
    return last.to + (v - last.from) * scale;
  };
}
