// Exports the current view with its title, "data as of" stamp and legend, as PNG or SVG (map-pdf.js puts the same
// parts on PDF pages). A picture without its legend cannot be read in a minutes document, so the whole legend is
// drawn under the graph, wrapped in rows as wide as the picture; for a large network the texts grow with it, so
// that they keep their size relative to the picture when it is shown whole.
import { kindStyle, statusColor, swatchShape, statusSwatchShape, swatchPath, gapStyle, gapColor, MARK_COLORS, UNSOURCED_COLOR } from './map-style.js';

// Text sizes for a graph up to 1000 units across; a larger one scales them up in proportion.
const BASE = { title: 22, stamp: 15, legend: 14, pad: 16, header: 70, minWidth: 640 };
const NATURAL_EXTENT = 1000;
// Chromium draws nothing on a canvas beyond these; a whole network is scaled down to fit them.
const MAX_SIDE = 8000;
const MAX_AREA = 100e6;

export function download(blob, filename) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  setTimeout(() => {
    URL.revokeObjectURL(url);
    a.remove();
  }, 2000);
}

function escapeXml(text) {
  return String(text ?? '').replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' }[c]));
}

// The legend rows: the kinds on the map, the overview's counts, then the gap lines and change marks that occur;
// on a dark background (presenting) the gap colour is the one that reads there.
export function legendRows(cy, labels, dark = !!cy.container()?.closest('.presenting')) {
  const kinds = [...new Set(cy.nodes().not('.count').map((n) => n.data('kind')))].sort();
  const rows = kinds.map((kind) => ({ type: 'kind', kind, label: labels.kinds?.[kind] || kind }));
  if (cy.nodes('.count').length) {
    rows.push({ type: 'ring', color: '#5b6670', label: labels.countLegend || '' });
  }
  const GAP_COLOR = gapColor(dark);
  // One line per assignment status drawn, reported and forecast apart, in the order the API's labels list them.
  const drawn = new Set(cy.nodes('[status]').map((n) => n.data('status') + (n.data('forecast') ? ':FORECAST' : '')));
  for (const [key, label] of Object.entries(labels.statuses || {})) {
    if (drawn.has(key)) {
      const [status, kind] = key.split(':');
      rows.push({ type: 'status', status, forecast: kind === 'FORECAST', label });
    }
  }
  // One line per gap kind on the map, in the order the API's labels list them.
  for (const gap of Object.keys(labels.gapLegend || {})) {
    const style = gapStyle(gap, false);
    rows.push({ type: 'line', color: GAP_COLOR, dash: style.dash.join(','), width: style.width, label: labels.gapLegend[gap] });
  }
  if (cy.nodes('[?missing]').length) rows.push({ type: 'ring', color: GAP_COLOR, label: labels.missing });
  for (const mark of ['added', 'removed', 'changed']) {
    if (cy.elements('.' + mark).length) rows.push({ type: 'ring', color: MARK_COLORS[mark], label: labels[mark] });
  }
  if (cy.elements('.unsourced').length) rows.push({ type: 'ring', color: UNSOURCED_COLOR, label: labels.unsourced });
  return rows;
}

// The graph as Cytoscape draws it, as SVG text. cytoscape-svg draws on a canvas2svg context, which needs each path
// to begin with beginPath(); Cytoscape's rounded polygons (the round-tag of care areas) start without one, because on
// screen each shape gets a fresh Path2D. Each such node then logged "Attempted to apply path command to node text"
// twice and was left out of the SVG. The renderer's method gets the beginPath for this one export only.
export function graphSvg(cy, background) {
  const renderer = cy.renderer();
  const own = Object.prototype.hasOwnProperty.call(renderer, 'drawRoundPolygonPath');
  const original = renderer.drawRoundPolygonPath;
  renderer.drawRoundPolygonPath = function (context, ...rest) {
    if (typeof context.beginPath === 'function' && !(context instanceof Path2D)) {
      context.beginPath();
    }
    return original.call(this, context, ...rest);
  };
  try {
    return cy.svg({ full: true, scale: 1, bg: background || undefined });
  } finally {
    if (own) {
      renderer.drawRoundPolygonPath = original;
    } else {
      delete renderer.drawRoundPolygonPath;
    }
  }
}

// The legend flowed into rows no wider than width: each item is its mark and its label, measured by measure.
export function legendLayout(rows, width, fontSize, measure) {
  const mark = fontSize * 2;
  const gap = fontSize * 1.6;
  const rowHeight = fontSize * 1.75;
  const items = [];
  let x = 0;
  let line = 0;
  for (const row of rows) {
    const itemWidth = mark + measure(row.label ?? '', fontSize);
    if (x > 0 && x + itemWidth > width) {
      x = 0;
      line++;
    }
    items.push({ row, x, y: line * rowHeight + rowHeight / 2, width: itemWidth });
    x += itemWidth + gap;
  }
  return { items, fontSize, height: rows.length ? (line + 1) * rowHeight : 0 };
}

// The legend as SVG elements, its top left corner at (left, top).
export function legendSvg(layout, left, top, fg, fontFamily = 'sans-serif') {
  const fs = layout.fontSize;
  const s = (fs * 16) / 14;
  return layout.items.map(({ row, x, y }) => {
    const mx = left + x;
    const my = top + y;
    let mark;
    if (row.type === 'kind' || row.type === 'status') {
      const shape = row.type === 'kind' ? swatchShape(row.kind, kindStyle(row.kind).color)
        : statusSwatchShape(row.status, row.forecast);
      mark = `<g transform="translate(${mx},${my - s / 2}) scale(${s / 16})">${shape}</g>`;
    } else if (row.type === 'line') {
      const k = fs / 14;
      const dash = row.dash.split(',').map((d) => Number(d) * k).join(',');
      mark = `<line x1="${mx}" y1="${my}" x2="${mx + 1.6 * fs}" y2="${my}" stroke="${row.color}" stroke-width="${row.width * k}" stroke-dasharray="${dash}"/>`;
    } else {
      mark = `<circle cx="${mx + s / 2}" cy="${my}" r="${s * 0.45}" fill="none" stroke="${row.color}" stroke-width="${fs * 0.25}"/>`;
    }
    return `${mark}<text class="legend-label" x="${mx + 2 * fs}" y="${my + fs * 0.35}" font-family="${fontFamily}" font-size="${fs}" fill="${fg}">${escapeXml(row.label)}</text>`;
  }).join('');
}

function drawLegend(g, layout, left, top, fg) {
  const fs = layout.fontSize;
  const s = (fs * 16) / 14;
  for (const { row, x, y } of layout.items) {
    const mx = left + x;
    const my = top + y;
    g.save();
    if (row.type === 'kind' || row.type === 'status') {
      g.translate(mx, my - s / 2);
      g.scale(s / 16, s / 16);
      const shape = new Path2D(swatchPath(row.type === 'kind' ? row.kind : 'ASSIGNMENT'));
      const color = row.type === 'kind' ? kindStyle(row.kind).color : statusColor(row.status);
      g.fillStyle = color;
      g.globalAlpha = row.forecast ? 0.3 : 1;
      g.fill(shape);
      g.globalAlpha = 1;
      g.strokeStyle = row.forecast ? color : '#222';
      g.lineWidth = row.forecast ? 2.5 : 0.8;
      g.stroke(shape);
    } else if (row.type === 'line') {
      const k = fs / 14;
      g.strokeStyle = row.color;
      g.lineWidth = row.width * k;
      g.setLineDash(row.dash.split(',').map((d) => Number(d) * k));
      g.beginPath();
      g.moveTo(mx, my);
      g.lineTo(mx + 1.6 * fs, my);
      g.stroke();
    } else {
      g.strokeStyle = row.color;
      g.lineWidth = fs * 0.25;
      g.beginPath();
      g.arc(mx + s / 2, my, s * 0.45, 0, 2 * Math.PI);
      g.stroke();
    }
    g.restore();
    g.fillStyle = fg;
    g.font = `${fs}px sans-serif`;
    g.fillText(row.label ?? '', mx + 2 * fs, my + fs * 0.35);
  }
}

let measuring;
function measureSans(text, size, weight = '') {
  measuring = measuring || document.createElement('canvas').getContext('2d');
  measuring.font = `${weight} ${size}px sans-serif`.trim();
  // A little room: another viewer's sans-serif may be wider than this browser's.
  return measuring.measureText(text).width * 1.08;
}

// Where everything goes, in the graph's own units: header, graph, then the legend under it, as wide as the picture.
function composition(cy, labels, title, stamp) {
  const bb = cy.elements().boundingBox();
  const graphWidth = Math.max(1, Math.ceil(bb.w || 0));
  const graphHeight = Math.max(1, Math.ceil(bb.h || 0));
  const k = Math.max(1, Math.max(graphWidth, graphHeight) / NATURAL_EXTENT);
  const size = {};
  for (const [key, value] of Object.entries(BASE)) {
    size[key] = value * k;
  }
  const rows = legendRows(cy, labels);
  const widest = Math.max(measureSans(title, size.title, 'bold'), measureSans(stamp, size.stamp),
    ...rows.map((r) => size.legend * 2 + measureSans(r.label ?? '', size.legend)));
  const width = Math.ceil(Math.max(graphWidth, widest + 2 * size.pad, size.minWidth));
  const legend = legendLayout(rows, width - 2 * size.pad, size.legend, measureSans);
  const graph = { x: (width - graphWidth) / 2, y: size.header, width: graphWidth, height: graphHeight };
  const legendTop = graph.y + graphHeight + size.pad;
  const height = Math.ceil(legendTop + legend.height + size.pad);
  return { width, height, size, graph, legend, legendTop };
}

function foreground(background) {
  return background === '#000000' ? '#ffffff' : '#1b1b1b';
}

export async function exportPng(cy, labels, filename, title, stamp, background) {
  const c = composition(cy, labels, title, stamp);
  // Twice the screen's detail where it fits; a whole network is scaled down, its texts with it.
  const ratio = Math.min(2, MAX_SIDE / c.width, MAX_SIDE / c.height, Math.sqrt(MAX_AREA / (c.width * c.height)));
  const image = await createImageBitmap(await cy.png({ output: 'blob-promise', full: true, scale: ratio, bg: background }));
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(c.width * ratio);
  canvas.height = Math.round(c.height * ratio);
  const g = canvas.getContext('2d');
  g.fillStyle = background;
  g.fillRect(0, 0, canvas.width, canvas.height);
  g.scale(ratio, ratio);
  const fg = foreground(background);
  g.fillStyle = fg;
  g.font = `bold ${c.size.title}px sans-serif`;
  g.fillText(title, c.size.pad, c.size.title * 1.36);
  g.font = `${c.size.stamp}px sans-serif`;
  g.fillText(stamp, c.size.pad, c.size.stamp * 3.6);
  g.drawImage(image, c.graph.x, c.graph.y, c.graph.width, c.graph.height);
  drawLegend(g, c.legend, c.size.pad, c.legendTop, fg);
  canvas.toBlob((blob) => download(blob, filename), 'image/png');
}

export function exportSvg(cy, labels, filename, title, stamp, background) {
  const c = composition(cy, labels, title, stamp);
  const doc = new DOMParser().parseFromString(graphSvg(cy, background), 'image/svg+xml');
  const root = doc.documentElement;
  root.setAttribute('x', String(c.graph.x));
  root.setAttribute('y', String(c.graph.y));
  const fg = foreground(background);
  const inner = new XMLSerializer().serializeToString(root);
  const svg = `<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${c.width}" height="${c.height}" viewBox="0 0 ${c.width} ${c.height}">`
    + `<rect width="100%" height="100%" fill="${background}"/>`
    + `<title>${escapeXml(title)}</title>`
    + `<text class="title" x="${c.size.pad}" y="${c.size.title * 1.36}" font-family="sans-serif" font-size="${c.size.title}" font-weight="bold" fill="${fg}">${escapeXml(title)}</text>`
    + `<text class="stamp" x="${c.size.pad}" y="${c.size.stamp * 3.6}" font-family="sans-serif" font-size="${c.size.stamp}" fill="${fg}">${escapeXml(stamp)}</text>`
    + inner + legendSvg(c.legend, c.size.pad, c.legendTop, fg) + '</svg>';
  download(new Blob([svg], { type: 'image/svg+xml' }), filename);
}
