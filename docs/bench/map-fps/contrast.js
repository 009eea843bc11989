// The contrast of every text and its background on the map as drawn (WCAG 2 ratios), the gap colour included: node
// labels, box titles, counts, edge labels, gap lines, the rings on cooperation that lacks an agreement, and the
// stamp, caption and legend around the map. Answers JSON: per kind of text, the worst ratio and where it is.
// Evaluated in the page by readability.mjs and by the browser test DecksBrowserTest.
() => {
  const rgb = (c) => {
    c = String(c).trim();
    if (c.startsWith('#')) { const h = c.length === 4 ? c.slice(1).split('').map((x) => x + x).join('') : c.slice(1);
      return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16)).concat([1]); }
    const m = c.match(/[\d.]+/g).map(Number); return [m[0], m[1], m[2], m.length > 3 ? m[3] : 1];
  };
  const over = (top, opacity, under) => top.slice(0, 3).map((v, i) => v * opacity + under[i] * (1 - opacity)).concat([1]);
  const lum = (c) => { const [r, g, b] = c.slice(0, 3).map((v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
  const ratio = (a, b) => { const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
  const m = document.querySelector('cooperation-map');
  const cy = m.cy;
  const page = rgb(getComputedStyle(document.querySelector('.map-area') || m).backgroundColor);
  const ground = page[3] === 0 ? [0, 0, 0, 1] : page;
  // What lies under an element: the map's ground and the boxes it sits in, each with its fill's opacity.
  const under = (el) => { let c = ground; el.ancestors().toArray().reverse().forEach((a) => {
    c = over(rgb(a.style('background-color')), Number(a.style('background-opacity')), c); }); return c; };
  const worst = {};
  const note = (what, r, detail) => { if (!worst[what] || r < worst[what].ratio) { worst[what] = { ratio: Math.round(r * 100) / 100, detail }; } };
  cy.elements(':visible').forEach((el) => {
    const text = String(el.style('label') || '').trim();
    if (text) {
      const color = rgb(el.style('color'));
      const outlined = parseFloat(el.style('text-outline-width')) >= 1;
      let back;
      if (outlined) back = rgb(el.style('text-outline-color'));
      else if (el.isNode() && el.style('text-valign') === 'center' && !el.isParent()) back = over(rgb(el.style('background-color')), Number(el.style('background-opacity')), under(el));
      else back = el.isNode() ? under(el) : ground;
      note(el.isNode() ? (el.isParent() ? 'box titles' : el.hasClass('count') ? 'counts' : 'node labels') : 'edge labels', ratio(color, back), el.id());
    }
    if (el.isEdge() && el.data('gap')) note('gap lines', ratio(rgb(el.style('line-color')), ground), el.id());
    if (el.isNode() && el.data('missing')) note('missing rings', ratio(rgb(el.style('border-color')), under(el)), el.id());
  });
  const bg = (e) => { for (; e; e = e.parentElement) { const c = rgb(getComputedStyle(e).backgroundColor); if (c[3] > 0) return c; } return [255, 255, 255, 1]; };
  for (const sel of ['#stamp', '#slide-caption', '.cm-legend']) {
    const root = document.querySelector(sel);
    if (!root || root.offsetParent === null) continue;
    [root, ...root.querySelectorAll('*')].filter((e) => [...e.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim()))
      .forEach((e) => note(sel, ratio(rgb(getComputedStyle(e).color), bg(e)), e.textContent.trim().slice(0, 30)));
  }
  return JSON.stringify(worst);
}
