// Exports the current view with its title, "data as of" stamp and legend, as PNG or SVG. A picture without its
// legend cannot be read in a minutes document, so the legend is always drawn beside the graph.
import { kindStyle, statusColor, swatchShape, statusSwatchShape, swatchPath, gapStyle, GAP_COLOR, MARK_COLORS, UNSOURCED_COLOR } from './map-style.js';

const LEGEND_WIDTH = 300;
const HEADER = 70;
const ROW = 24;

function download(blob, filename) {
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

// The legend rows: the kinds on the map, then the gap lines and change marks that occur.
export function legendRows(cy, labels) {
  const kinds = [...new Set(cy.nodes().map((n) => n.data('kind')))].sort();
  const rows = kinds.map((kind) => ({ type: 'kind', kind, label: labels.kinds?.[kind] || kind }));
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

export async function exportPng(cy, labels, filename, title, stamp, background) {
  const graph = cy.png({ output: 'blob-promise', full: true, scale: 2, bg: background, maxWidth: 6000, maxHeight: 6000 });
  const image = await createImageBitmap(await graph);
  const rows = legendRows(cy, labels);
  const canvas = document.createElement('canvas');
  canvas.width = image.width + LEGEND_WIDTH * 2;
  canvas.height = Math.max(image.height, rows.length * ROW * 2 + 40) + HEADER * 2;
  const g = canvas.getContext('2d');
  g.fillStyle = background;
  g.fillRect(0, 0, canvas.width, canvas.height);
  g.scale(2, 2);
  const fg = background === '#000000' ? '#ffffff' : '#1b1b1b';
  g.fillStyle = fg;
  g.font = 'bold 22px sans-serif';
  g.fillText(title, 16, 30);
  g.font = '15px sans-serif';
  g.fillText(stamp, 16, 54);
  g.drawImage(image, 0, HEADER, image.width / 2, image.height / 2);
  const x0 = image.width / 2 + 20;
  rows.forEach((row, i) => {
    const y = HEADER + 20 + i * ROW;
    drawLegendMark(g, row, x0, y);
    g.fillStyle = fg;
    g.font = '14px sans-serif';
    g.fillText(row.label ?? '', x0 + 36, y + 5);
  });
  canvas.toBlob((blob) => download(blob, filename), 'image/png');
}

function drawLegendMark(g, row, x, y) {
  if (row.type === 'status') {
    g.save();
    g.translate(x + 2, y - 8);
    const shape = new Path2D(swatchPath('ASSIGNMENT'));
    g.fillStyle = statusColor(row.status);
    g.globalAlpha = row.forecast ? 0.3 : 1;
    g.fill(shape);
    g.globalAlpha = 1;
    g.strokeStyle = row.forecast ? statusColor(row.status) : '#222';
    g.lineWidth = row.forecast ? 2.5 : 0.8;
    g.stroke(shape);
    g.restore();
  } else if (row.type === 'kind') {
    g.save();
    g.translate(x + 2, y - 8);
    const shape = new Path2D(swatchPath(row.kind));
    g.fillStyle = kindStyle(row.kind).color;
    g.fill(shape);
    g.strokeStyle = '#222';
    g.lineWidth = 0.8;
    g.stroke(shape);
    g.restore();
  } else if (row.type === 'line') {
    g.strokeStyle = row.color;
    g.lineWidth = row.width;
    g.setLineDash(row.dash.split(',').map(Number));
    g.beginPath();
    g.moveTo(x, y);
    g.lineTo(x + 28, y);
    g.stroke();
    g.setLineDash([]);
  } else {
    g.strokeStyle = row.color;
    g.lineWidth = 4;
    g.beginPath();
    g.arc(x + 10, y, 8, 0, 2 * Math.PI);
    g.stroke();
  }
}

export function exportSvg(cy, labels, filename, title, stamp, background) {
  const graphSvg = cy.svg({ full: true, scale: 1, bg: background });
  const doc = new DOMParser().parseFromString(graphSvg, 'image/svg+xml');
  const root = doc.documentElement;
  const width = parseFloat(root.getAttribute('width')) || 800;
  const height = parseFloat(root.getAttribute('height')) || 600;
  root.setAttribute('x', '0');
  root.setAttribute('y', String(HEADER));
  const rows = legendRows(cy, labels);
  const fg = background === '#000000' ? '#ffffff' : '#1b1b1b';
  const totalW = width + LEGEND_WIDTH;
  const totalH = Math.max(height, rows.length * ROW + 40) + HEADER;
  const x0 = width + 20;
  const legend = rows.map((row, i) => {
    const y = HEADER + 20 + i * ROW;
    let mark;
    if (row.type === 'kind') {
      mark = `<g transform="translate(${x0 + 2},${y - 8})">${swatchShape(row.kind, kindStyle(row.kind).color)}</g>`;
    } else if (row.type === 'status') {
      mark = `<g transform="translate(${x0 + 2},${y - 8})">${statusSwatchShape(row.status, row.forecast)}</g>`;
    } else if (row.type === 'line') {
      mark = `<line x1="${x0}" y1="${y}" x2="${x0 + 28}" y2="${y}" stroke="${row.color}" stroke-width="${row.width}" stroke-dasharray="${row.dash}"/>`;
    } else {
      mark = `<circle cx="${x0 + 10}" cy="${y}" r="8" fill="none" stroke="${row.color}" stroke-width="4"/>`;
    }
    return `${mark}<text x="${x0 + 36}" y="${y + 5}" font-family="sans-serif" font-size="14" fill="${fg}">${escapeXml(row.label)}</text>`;
  }).join('');
  const inner = new XMLSerializer().serializeToString(root);
  const svg = `<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${totalW}" height="${totalH}" viewBox="0 0 ${totalW} ${totalH}">`
    + `<rect width="100%" height="100%" fill="${background}"/>`
    + `<title>${escapeXml(title)}</title>`
    + `<text x="16" y="30" font-family="sans-serif" font-size="22" font-weight="bold" fill="${fg}">${escapeXml(title)}</text>`
    + `<text x="16" y="54" font-family="sans-serif" font-size="15" fill="${fg}">${escapeXml(stamp)}</text>`
    + inner + legend + '</svg>';
  download(new Blob([svg], { type: 'image/svg+xml' }), filename);
}
