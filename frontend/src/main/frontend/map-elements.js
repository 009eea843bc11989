// The Cytoscape elements for a network as the map draws it: nodes with their label, kind, style, box and marks,
// counts ("12 uppdrag") for what the overview folds, the count's own link when it is open, and the edges between
// what is drawn. Pure: the same data, open counts and labels give the same elements.
import { kindStyle, statusColor } from './map-style.js';
import { foldPlan, countLabel, COUNT_PREFIX } from './map-fold.js';

// `data` is what Java sent (nodes, edges, fold, marks, unsourced, missing, layout), `opened` the owners whose counts
// are open, `labels` the texts and the vocabulary's order of kinds, `grouped` whether nodes go in their boxes.
export function mapElements(data, opened, labels, grouped) {
  const plan = foldPlan(data.nodes, data.edges, !!data.fold, opened);
  const ids = new Set(plan.nodes.map((n) => n.id));
  const marks = data.marks || {};
  const unsourced = new Set(data.unsourced || []);
  // Cooperation that lacks an agreement, as the API marked it (Java reads the API's gap field).
  const missing = new Set(data.missing || []);
  // What an opened count holds is drawn as a block of its own beside the count, outside the boxes, so that opening
  // it moves no box (see toggleCount).
  const openedMembers = new Set(plan.counts.filter((c) => c.open).flatMap((c) => c.members));
  // On the geographic map a healthcare region is a node, not a box: its box would have to take in the land of a
  // region outside it (Halland lies between Skåne and Kronoberg), and the map could no longer keep its places.
  const kinds = new Map(plan.nodes.map((n) => [n.id, n.kind]));
  const holds = (id) => ids.has(id) && !(data.layout === 'geographic' && kinds.get(id) === 'HEALTHCARE_REGION');
  const hasChildren = new Set(plan.nodes.filter((n) => n.parent && holds(n.parent) && !openedMembers.has(n.id))
    .map((n) => n.parent));
  const elements = [];
  // The overview's order of kinds and the landmarks, as the API's vocabulary defines them (overviewRank, landmark).
  const order = labels.overviewOrder || [];
  const landmarks = new Set(labels.landmarks || []);
  for (const n of plan.nodes) {
    const style = kindStyle(n.kind);
    elements.push({
      group: 'nodes',
      data: {
        id: n.id, label: hasChildren.has(n.id) && grouped ? n.label : shortLabel(n.label), name: n.label, kind: n.kind, shape: style.shape, color: style.color,
        parent: grouped && n.parent && holds(n.parent) && n.parent !== n.id && !openedMembers.has(n.id)
          ? n.parent : undefined,
        missing: missing.has(n.id) ? true : undefined,
        // An assignment's latest status on the map's date, as the API gives it; a forecast is drawn as one.
        status: n.status?.status, statusColor: n.status ? statusColor(n.status.status) : undefined,
        forecast: n.status?.kind === 'FORECAST' ? true : undefined,
        latitude: n.latitude ?? undefined, longitude: n.longitude ?? undefined,
        rank: order.includes(n.kind) ? order.indexOf(n.kind) + 1 : undefined
      },
      classes: [marks[n.id] || '', unsourced.has(n.id) ? 'unsourced' : '',
        landmarks.has(n.kind) ? 'landmark' : ''].join(' ').trim()
    });
  }
  const byId = new Map(data.nodes.map((n) => [n.id, n]));
  for (const count of plan.counts) {
    const owner = byId.get(count.owner);
    // Inside the owner's box when the owner is drawn as one, else beside the owner in the owner's own box.
    const parent = !grouped ? undefined : hasChildren.has(count.owner) ? count.owner
      : owner.parent && holds(owner.parent) ? owner.parent : undefined;
    elements.push({
      group: 'nodes',
      data: {
        id: COUNT_PREFIX + count.owner, owner: count.owner, kind: 'COUNT', parent,
        label: countLabel(count, labels.countWords, labels.countOpen), members: count.members.length,
        summary: countLabel({ ...count, open: false }, labels.countWords, '', true),
        latitude: owner.latitude ?? undefined, longitude: owner.longitude ?? undefined
      },
      classes: 'count' + (count.open ? ' open' : '') + (count.members.some((m) => missing.has(m)) ? ' holds-missing' : '')
    });
    if (count.open) {
      elements.push({ group: 'edges', data: { id: 'link:' + count.owner, source: count.owner, target: COUNT_PREFIX + count.owner }, classes: 'count-link' });
    }
  }
  const present = new Set([...ids, ...plan.counts.map((c) => COUNT_PREFIX + c.owner)]);
  for (const e of plan.edges) {
    if (!present.has(e.source) || !present.has(e.target)) {
      continue;
    }
    const toOwnCount = e.type === 'FOLDED' && (e.source === COUNT_PREFIX + e.target || e.target === COUNT_PREFIX + e.source);
    elements.push({
      group: 'edges',
      data: {
        id: e.id, source: e.source, target: e.target, type: e.type, gap: e.gap || undefined,
        // An edge that states no direction (a flow BETWEEN places) is drawn without an arrow.
        undirected: e.directed === false ? true : undefined,
        gapLabel: e.gap ? '⚠ ' + (labels.gapShort?.[e.gap] || e.gap) : undefined,
        members: e.members
      },
      classes: [marks[e.id] || '', unsourced.has(e.id) ? 'unsourced' : '', toOwnCount && !e.gap ? 'count-link' : '']
        .join(' ').trim()
    });
  }
  breakParentCycles(elements);
  return { plan, elements };
}

// A name on one line: long names (a flow's whole description) are cut at a word, whole in the hover card and table.
const LABEL_CHARS = 22;
function shortLabel(name) {
  if (!name || name.length <= LABEL_CHARS) {
    return name;
  }
  const cut = name.lastIndexOf(' ', LABEL_CHARS - 1);
  return name.slice(0, cut > LABEL_CHARS / 2 ? cut : LABEL_CHARS - 1).replace(/[\s,(–-]+$/, '') + '…';
}

// A node must never end up inside itself through a chain of parents; such a parent is dropped.
function breakParentCycles(elements) {
  const parentOf = new Map(elements.map((el) => [el.data.id, el.data.parent]));
  for (const el of elements) {
    const seen = new Set([el.data.id]);
    let p = el.data.parent;
    while (p) {
      if (seen.has(p)) {
        el.data.parent = undefined;
        parentOf.set(el.data.id, undefined);
        break;
      }
      seen.add(p);
      p = parentOf.get(p);
    }
  }
}
