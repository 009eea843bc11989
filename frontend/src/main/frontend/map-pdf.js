// PDF pages of the map, made in the browser (jsPDF, svg2pdf.js): a 16:9 slide or an A4 page (landscape) with the
// title, an optional caption, the "data as of" stamp, the map as vector graphics (the cytoscape-svg drawing, not a
// picture of it) and the whole legend under it. One view is one page; a deck is collected page by page:
// beginPdf(format), addPdfPage(...) per slide once the map has drawn it, savePdf(filename).
import { jsPDF } from 'jspdf';
import 'svg2pdf.js';
import { download, graphSvg, legendLayout, legendRows, legendSvg } from './map-export.js';

// Page sizes in points; a slide is PowerPoint's 13.33 by 7.5 inches.
const FORMATS = {
  slide: { width: 960, height: 540, margin: 30, title: 26, caption: 15, stamp: 12, legend: 11 },
  a4: { width: 841.89, height: 595.28, margin: 36, title: 20, caption: 12, stamp: 10, legend: 9 }
};
const TEXT = '#1b1b1b';
const MUTED = '#4a4a4a';
// A map that has drawn nothing new in this time is already showing what was asked for (the same view again).
const DRAW_WAIT_MS = 15000;

let deck = null;

export function beginPdf(format) {
  const f = FORMATS[format] || FORMATS.a4;
  deck = {
    format: f,
    doc: new jsPDF({ orientation: 'landscape', unit: 'pt', format: [f.width, f.height], compress: true }),
    pages: 0,
    queue: Promise.resolve()
  };
}

// Adds a page of what the map shows once it has drawn (see whenDrawn); resolves when the page is on the document.
export function addPdfPage(element, picture, title, caption, stamp) {
  if (!deck) {
    beginPdf('a4');
  }
  const current = deck;
  const added = current.queue.then(async () => {
    await whenDrawn(element, picture);
    const { cy, labels } = picture();
    await drawPage(current, cy, labels, title, caption, stamp);
  });
  current.queue = added.catch(() => {});
  return added;
}

export async function savePdf(filename) {
  const current = deck;
  deck = null;
  if (!current) {
    return;
  }
  await current.queue;
  download(current.doc.output('blob'), filename);
}

// Drawn: the map has set data-node-count (Java clears it before it shows the next slide) and no animation is running.
function whenDrawn(element, picture) {
  const started = performance.now();
  return new Promise((resolve) => {
    const check = () => {
      const drawn = element.hasAttribute('data-node-count') && !picture().cy.animated();
      if (drawn || performance.now() - started > DRAW_WAIT_MS) {
        resolve();
      } else {
        requestAnimationFrame(check);
      }
    };
    check();
  });
}

async function drawPage(current, cy, labels, title, caption, stamp) {
  const { doc, format: f } = current;
  if (current.pages > 0) {
    doc.addPage([f.width, f.height], 'landscape');
  }
  current.pages++;
  const width = f.width - 2 * f.margin;
  let y = f.margin;
  y = writeLines(doc, pdfText(title), { size: f.title, bold: true, color: TEXT, x: f.margin, y, width, max: 2 });
  if (caption) {
    y = writeLines(doc, pdfText(caption), { size: f.caption, color: TEXT, x: f.margin, y: y + f.caption * 0.3, width, max: 3 });
  }
  y = writeLines(doc, pdfText(stamp), { size: f.stamp, color: MUTED, x: f.margin, y: y + f.stamp * 0.4, width, max: 1 });
  y += f.stamp;

  doc.setFont('helvetica', 'normal');
  const rows = legendRows(cy, labels).map((row) => ({ ...row, label: pdfText(row.label ?? '') }));
  const legend = legendLayout(rows, width, f.legend, (text, size) => doc.getStringUnitWidth(text) * size);
  const legendTop = f.height - f.margin - legend.height;
  const mapBottom = legendTop - (legend.height ? f.legend : 0);

  const svg = new DOMParser().parseFromString(graphSvg(cy, null), 'image/svg+xml').documentElement;
  const graphWidth = parseFloat(svg.getAttribute('width')) || 1;
  const graphHeight = parseFloat(svg.getAttribute('height')) || 1;
  svg.setAttribute('viewBox', `0 0 ${graphWidth} ${graphHeight}`);
  for (const text of svg.querySelectorAll('text')) {
    text.textContent = pdfText(text.textContent);
  }
  const areaHeight = Math.max(10, mapBottom - y);
  const scale = Math.min(width / graphWidth, areaHeight / graphHeight, 2);
  const w = graphWidth * scale;
  const h = graphHeight * scale;
  await render(doc, svg, f.margin + (width - w) / 2, y + (areaHeight - h) / 2, w, h);

  if (legend.height) {
    const legendElement = new DOMParser().parseFromString(
      `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${legend.height}" viewBox="0 0 ${width} ${legend.height}">`
      + legendSvg(legend, 0, 0, TEXT, 'helvetica') + '</svg>', 'image/svg+xml').documentElement;
    await render(doc, legendElement, f.margin, legendTop, width, legend.height);
  }
}

// svg2pdf reads styles through the DOM, so the drawing is attached, out of sight, while it is converted.
async function render(doc, svg, x, y, width, height) {
  const holder = document.createElement('div');
  holder.style.cssText = 'position:fixed;left:0;top:0;width:0;height:0;overflow:hidden;';
  const element = document.importNode(svg, true);
  holder.append(element);
  document.body.append(holder);
  try {
    await doc.svg(element, { x, y, width, height });
  } finally {
    holder.remove();
  }
}

function writeLines(doc, text, { size, bold, color, x, y, width, max }) {
  doc.setFont('helvetica', bold ? 'bold' : 'normal');
  doc.setFontSize(size);
  doc.setTextColor(color);
  const lines = doc.splitTextToSize(text, width).slice(0, max);
  doc.text(lines, x, y, { baseline: 'top', lineHeightFactor: 1.2 });
  return y + lines.length * size * 1.2;
}

// jsPDF's built-in Helvetica has the Windows-1252 characters (Swedish letters, dashes, quotes); the gap labels'
// warning sign becomes "!", anything else it cannot draw "?", rather than a wrong glyph.
function pdfText(text) {
  return String(text ?? '').replace(/\u26a0\ufe0f?/g, '!')
    .replace(/[^\x20-\x7e\xa0-\xff\u2013\u2014\u2018\u2019\u201a\u201c\u201d\u201e\u2022\u2026\u20ac\u2122\n]/g, '?');
}
