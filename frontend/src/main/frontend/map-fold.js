// The overview's folding: process nodes (assignments, decisions, bodies …) are not drawn but counted on the node
// they belong to, as the API's `foldsInto` says, in a count ("12 uppdrag, 3 beslut") drawn beside that node.
// Opening a count draws its nodes; their relations to the rest of the map are drawn from the count while folded.

export const COUNT_PREFIX = 'count:';

// Which way each element is drawn for a set of opened owners: the drawn nodes, the counts, and the edges, where an
// edge from a folded node is drawn from its count, and edges that meet on the same pair are drawn once.
export function foldPlan(nodes, edges, fold, opened) {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const folded = new Map();
  const counts = new Map();
  if (fold) {
    for (const n of nodes) {
      if (!n.foldsInto || !byId.has(n.foldsInto) || n.foldsInto === n.id) {
        continue;
      }
      const count = counts.get(n.foldsInto) || { owner: n.foldsInto, members: [], kinds: new Map(), gap: undefined };
      count.members.push(n.id);
      count.kinds.set(n.kind, (count.kinds.get(n.kind) || 0) + 1);
      if (n.gap) {
        count.gap = stronger(count.gap, n.gap);
      }
      counts.set(n.foldsInto, count);
      if (!opened.has(n.foldsInto)) {
        folded.set(n.id, n.foldsInto);
      }
    }
  }
  const end = (id) => (folded.has(id) ? COUNT_PREFIX + folded.get(id) : id);
  const drawnEdges = [];
  const merged = new Map();
  for (const e of edges) {
    const source = end(e.source);
    const target = end(e.target);
    if (source === target) {
      continue;
    }
    if (source === e.source && target === e.target) {
      drawnEdges.push(e);
      continue;
    }
    const key = source < target ? source + '|' + target : target + '|' + source;
    const via = merged.get(key) || { id: 'via:' + key, source, target, type: 'FOLDED', directed: false, members: [] };
    via.members.push(e.id);
    if (e.gap) {
      via.gap = stronger(via.gap, e.gap);
    }
    merged.set(key, via);
  }
  return {
    nodes: nodes.filter((n) => !folded.has(n.id)),
    counts: [...counts.values()].map((c) => ({ ...c, open: opened.has(c.owner) })),
    edges: [...drawnEdges, ...merged.values()],
    folded
  };
}

// A source's own word weighs more than the analysis: a merged edge is STATED when one of its edges is.
function stronger(a, b) {
  return a === 'STATED' || b === 'STATED' ? 'STATED' : (a || b);
}

// On the map, "12 uppdrag +14": the largest kind in the words of the UI's language and how many more; in full
// (the hover card), "12 uppdrag, 5 beslut, 3 organ …", the kinds by count, largest first.
export function countLabel(count, words, openLabel, full = false) {
  if (count.open && !full) {
    return openLabel || '▾';
  }
  const kinds = [...count.kinds.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const said = ([kind, n]) => `${n} ${(words?.[kind]?.[n === 1 ? 'one' : 'other']) || kind}`;
  if (full) {
    return kinds.map(said).join(', ');
  }
  const rest = kinds.slice(1).reduce((sum, [, n]) => sum + n, 0);
  return said(kinds[0]) + (rest ? ` +${rest}` : '');
}
