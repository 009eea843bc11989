// <cooperation-map>: the cooperation graph drawn with Cytoscape.js. The Java side (CooperationMap) sends the
// network as JSON and gets clicks, double-clicks and positions back; everything visual is decided here.
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import svg from 'cytoscape-svg';
import { kindStyle, statusColor, stylesheet, swatchSvg, statusSwatchSvg, lineSwatchSvg, GAP_COLOR, MARK_COLORS } from './map-style.js';
import { runLayout } from './map-layouts.js';
import { exportPng, exportSvg, legendRows } from './map-export.js';

cytoscape.use(fcose);
cytoscape.use(svg);

const DOUBLE_TAP_MS = 400;

class CooperationMap extends HTMLElement {
  constructor() {
    super();
    this.labels = { kinds: {} };
    this.presentation = false;
    this.lastTap = { id: null, time: 0 };
  }

  connectedCallback() {
    if (this.cy) {
      return;
    }
    // Positioned by the page's stylesheet; only give it a containing block when the page did not.
    if (getComputedStyle(this).position === 'static') {
      this.style.position = 'relative';
    }
    if (getComputedStyle(this).display === 'inline') {
      this.style.display = 'block';
    }
    // The legend is docked below the canvas, not laid over it, so it never hides a node; it can be collapsed to
    // give the canvas its room back.
    this.style.display = 'flex';
    this.style.flexDirection = 'column';
    this.container = document.createElement('div');
    this.container.className = 'cm-canvas';
    this.container.style.cssText = 'position:relative;flex:1 1 auto;min-height:0;';
    this.legend = document.createElement('div');
    this.legend.className = 'cm-legend';
    this.legend.setAttribute('role', 'list');
    this.legendOpen = true;
    this.append(this.container, this.legend);
    this.cy = cytoscape({
      container: this.container, style: stylesheet(false), minZoom: 0.05, maxZoom: 4,
      boxSelectionEnabled: false
    });
    this.cy.on('tap', 'node, edge', (e) => this.onTap(e.target));
    // Labels of hospitals and regions keep a readable size on screen whatever the zoom (see map-style.js).
    this.cy.on('zoom', () => this.scheduleLabelUpdate());
    // Cytoscape sizes its canvas when it is created; the element gets its real size only after Vaadin lays out
    // the page, so resize and fit once it has one (and again on later size changes, without refitting).
    this.fitted = false;
    this.resizeObserver = new ResizeObserver(() => this.onResize());
    this.resizeObserver.observe(this.container);
  }

  scheduleLabelUpdate() {
    if (this.labelFrame) {
      return;
    }
    this.labelFrame = requestAnimationFrame(() => {
      this.labelFrame = null;
      this.cy.nodes('.landmark').style('font-size', landmarkFontSize(this.cy.zoom(), this.presentation));
    });
  }

  onResize() {
    if (this.clientWidth === 0 || this.clientHeight === 0) {
      return;
    }
    this.cy.resize();
    if (!this.fitted && this.cy.nodes().length) {
      this.cy.fit(undefined, 30);
      this.fitted = true;
    }
  }

  onTap(target) {
    const now = Date.now();
    const id = target.id();
    const kind = target.isNode() ? 'node' : 'edge';
    if (kind === 'node') {
      // A node chosen now: the relation chosen before is no longer the one shown.
      this.removeAttribute('data-highlighted-edge');
    }
    this.dispatchEvent(new CustomEvent(kind + '-click', { detail: { id } }));
    if (this.lastTap.id === id && now - this.lastTap.time < DOUBLE_TAP_MS) {
      this.dispatchEvent(new CustomEvent(kind + '-dblclick', { detail: { id } }));
      this.lastTap = { id: null, time: 0 };
    } else {
      this.lastTap = { id, time: now };
    }
  }

  // Called from Java with the whole picture: nodes, edges, layout, saved positions, marks, focus and legend texts.
  setGraph(json) {
    const data = JSON.parse(json);
    this.labels = data.labels || this.labels;
    const ids = new Set(data.nodes.map((n) => n.id));
    const marks = data.marks || {};
    const unsourced = new Set(data.unsourced || []);
    // Cooperation that lacks an agreement, as the API marked it (Java reads the API's gap field).
    const missing = new Set(data.missing || []);
    const elements = [];
    for (const n of data.nodes) {
      const style = kindStyle(n.kind);
      elements.push({
        group: 'nodes',
        data: {
          id: n.id, label: n.label, kind: n.kind, shape: style.shape, color: style.color,
          parent: data.grouped && n.parent && ids.has(n.parent) && n.parent !== n.id ? n.parent : undefined,
          missing: missing.has(n.id) ? true : undefined,
          // An assignment's latest status on the map's date, as the API gives it; a forecast is drawn as one.
          status: n.status?.status, statusColor: n.status ? statusColor(n.status.status) : undefined,
          forecast: n.status?.kind === 'FORECAST' ? true : undefined,
          latitude: n.latitude ?? undefined, longitude: n.longitude ?? undefined
        },
        classes: [marks[n.id] || '', unsourced.has(n.id) ? 'unsourced' : '',
          LANDMARKS.has(n.kind) ? 'landmark' : ''].join(' ').trim()
      });
    }
    breakParentCycles(elements);
    for (const e of data.edges) {
      if (!ids.has(e.source) || !ids.has(e.target)) {
        continue;
      }
      elements.push({
        group: 'edges',
        data: {
          id: e.id, source: e.source, target: e.target, type: e.type, gap: e.gap || undefined,
          // An edge that states no direction (a flow BETWEEN places) is drawn without an arrow.
          undirected: e.directed === false ? true : undefined,
          gapLabel: e.gap ? '⚠ ' + (this.labels.gapShort?.[e.gap] || e.gap) : undefined
        },
        classes: [marks[e.id] || '', unsourced.has(e.id) ? 'unsourced' : ''].join(' ').trim()
      });
    }
    this.cy.batch(() => {
      this.cy.elements().remove();
      this.cy.add(elements);
      // A relation from a node to the group drawn around it (hospital to its region) is shown by the grouping
      // itself; drawn as a line it would loop inside the box.
      this.cy.edges().filter((e) => e.source().ancestors().contains(e.target())
        || e.target().ancestors().contains(e.source())).addClass('implied');
    });
    const positions = data.positions || {};
    if (Object.keys(positions).length) {
      this.cy.nodes(':childless').forEach((n) => positions[n.id()] && n.position(positions[n.id()]));
      runLayoutForUnplaced(this.cy, positions);
    } else {
      runLayout(this.cy, data.layout);
    }
    this.layoutName = data.layout;
    this.renderLegend();
    this.fitted = false;
    this.onResize();
    this.scheduleLabelUpdate();
    if (data.focus) {
      this.focusNode(data.focus);
    }
    this.setAttribute('data-node-count', String(this.cy.nodes().length));
    this.setAttribute('data-edge-count', String(this.cy.edges().length));
    this.setAttribute('data-gap-edges', String(this.cy.edges('[gap]').length));
    this.setAttribute('data-unsourced', String(this.cy.elements('.unsourced').length));
    this.setAttribute('data-missing', String(this.cy.nodes('[?missing]').length));
  }

  relayout(name) {
    this.layoutName = name;
    runLayout(this.cy, name);
    this.cy.fit(undefined, 30);
  }

  fitView() {
    this.cy.resize();
    this.cy.fit(undefined, 30);
  }

  focusNode(id) {
    const node = this.cy.getElementById(id);
    this.cy.elements().removeClass('focused faded');
    this.cy.elements().unselect();
    this.removeAttribute('data-highlighted-edge');
    if (!node || node.empty()) {
      this.removeAttribute('data-focus');
      return false;
    }
    const around = node.closedNeighborhood();
    this.cy.elements().not(around).not(around.ancestors()).addClass('faded');
    node.addClass('focused').select();
    this.cy.resize();
    this.cy.animate({ fit: { eles: around, padding: 60 }, duration: 300 });
    this.setAttribute('data-focus', id);
    return true;
  }

  // A relation chosen in the table: selected (highlighted) and brought into view, the rest of the map unchanged.
  highlightEdge(id) {
    const edge = this.cy.getElementById(id);
    this.cy.elements().unselect();
    if (edge.empty()) {
      this.removeAttribute('data-highlighted-edge');
      return;
    }
    edge.select();
    this.cy.animate({ center: { eles: edge }, duration: 200 });
    this.setAttribute('data-highlighted-edge', id);
  }

  clearFocus() {
    this.cy.elements().removeClass('focused faded');
    this.cy.elements().unselect();
    this.removeAttribute('data-focus');
  }

  positions() {
    const result = {};
    this.cy.nodes(':childless').forEach((n) => {
      const p = n.position();
      result[n.id()] = { x: Math.round(p.x), y: Math.round(p.y) };
    });
    return JSON.stringify(result);
  }

  setPresentation(on) {
    this.presentation = !!on;
    this.cy.style(stylesheet(this.presentation));
    this.classList.toggle('presenting', this.presentation);
    this.renderLegend();
    this.scheduleLabelUpdate();
    setTimeout(() => this.fitView(), 50);
  }

  exportImage(format, filename, title, stamp) {
    const background = this.presentation ? '#000000' : '#ffffff';
    if (format === 'svg') {
      exportSvg(this.cy, this.labels, filename, title, stamp, background);
    } else {
      exportPng(this.cy, this.labels, filename, title, stamp, background);
    }
  }

  // --- PDF export hook (issue 12, map-pdf.js): pages of what the map shows, one view or a deck of slides. ---
  // jsPDF is loaded on the first export, not with the page; one shared import keeps the calls in their order.
  pdf() {
    this.pdfModule = this.pdfModule || import('./map-pdf.js');
    return this.pdfModule;
  }

  beginPdf(format) {
    return this.pdf().then((pdf) => pdf.beginPdf(format));
  }

  addPdfPage(title, caption, stamp) {
    return this.pdf().then((pdf) => pdf.addPdfPage(this, () => ({ cy: this.cy, labels: this.labels }), title, caption, stamp));
  }

  savePdf(filename) {
    return this.pdf().then((pdf) => pdf.savePdf(filename));
  }
  // --- end of the PDF export hook ---

  renderLegend() {
    const rows = legendRows(this.cy, this.labels);
    this.legend.setAttribute('aria-label', this.labels.legend || 'Legend');
    this.legend.innerHTML = '';
    const heading = document.createElement('button');
    heading.type = 'button';
    heading.className = 'cm-legend-title';
    heading.id = 'legend-toggle';
    heading.setAttribute('aria-expanded', String(this.legendOpen));
    heading.textContent = (this.legendOpen ? '▾ ' : '▸ ') + (this.labels.legend || 'Legend');
    heading.addEventListener('click', () => {
      this.legendOpen = !this.legendOpen;
      this.renderLegend();
    });
    this.legend.append(heading);
    this.legend.classList.toggle('collapsed', !this.legendOpen);
    if (!this.legendOpen) {
      return;
    }
    for (const row of rows) {
      const item = document.createElement('div');
      item.className = 'cm-legend-item';
      item.setAttribute('role', 'listitem');
      const mark = row.type === 'kind' ? swatchSvg(row.kind)
        : row.type === 'status' ? statusSwatchSvg(row.status, row.forecast)
        : row.type === 'line' ? lineSwatchSvg(row.color, row.dash, row.width)
          : `<svg width="16" height="16" aria-hidden="true"><circle cx="8" cy="8" r="6" fill="none" stroke="${row.color}" stroke-width="3"/></svg>`;
      item.innerHTML = mark;
      const text = document.createElement('span');
      text.textContent = row.label ?? '';
      item.append(text);
      this.legend.append(item);
    }
  }
}

// The kinds whose labels stay readable at the zoom that fits the whole network: the map's landmarks.
const LANDMARKS = new Set(['HOSPITAL', 'REGION', 'HEALTHCARE_REGION']);

// A font size that shows as about 11 px on screen (16 px when presenting) at any zoom, within sensible bounds.
function landmarkFontSize(zoom, presentation) {
  const screen = presentation ? 16 : 11;
  return Math.max(screen * 0.8, Math.min(screen / Math.max(zoom, 0.05), screen * 4));
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

// With saved positions, nodes that are new since the view was saved go next to a placed neighbour.
function runLayoutForUnplaced(cy, positions) {
  cy.nodes(':childless').forEach((n, i) => {
    if (positions[n.id()]) {
      return;
    }
    const anchor = n.neighborhood('node').filter((m) => positions[m.id()]).first();
    const base = anchor && anchor.nonempty() ? anchor.position() : { x: 0, y: 0 };
    n.position({ x: base.x + 40 * Math.cos(i), y: base.y + 40 * Math.sin(i) });
  });
}

export { GAP_COLOR, MARK_COLORS };
customElements.define('cooperation-map', CooperationMap);
