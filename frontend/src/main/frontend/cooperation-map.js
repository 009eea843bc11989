// <cooperation-map>: the cooperation graph drawn with Cytoscape.js. The Java side (CooperationMap) sends the
// network as JSON and gets clicks, double-clicks and positions back; everything visual is decided here.
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import svg from 'cytoscape-svg';
import { stylesheet, GAP_COLOR, MARK_COLORS } from './map-style.js';
import { runLayout } from './map-layouts.js';
import { COUNT_PREFIX } from './map-fold.js';
import { tidy, placeBlock, readability } from './map-tidy.js';
import { geographicLayout, mapFrame, anchorsOf } from './map-geo.js';
import { HoverCards } from './map-card.js';
import { mapElements } from './map-elements.js';
import { renderLegend } from './map-legend.js';
import { exportPng, exportSvg, legendRows } from './map-export.js';

cytoscape.use(fcose);
cytoscape.use(svg);

const DOUBLE_TAP_MS = 400;
// The margin around a fitted picture, in screen px: small, since the overview is laid out for the canvas's shape.
const FIT_PADDING = 12;

class CooperationMap extends HTMLElement {
  constructor() {
    super();
    this.labels = { kinds: {} };
    this.presentation = false;
    // The owners whose counts are open; kept across new data (a date or filter change keeps what was opened).
    this.opened = new Set();
    this.unit = 1;
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
      container: this.container, style: stylesheet(false), minZoom: 0.02, maxZoom: 6,
      boxSelectionEnabled: false
    });
    this.cy.on('tap', 'node, edge', (e) => this.onTap(e.target));
    // Hover cards: what the pointer rests on, asked of Java (which reads the API) unless the map knows it itself.
    this.cards = new HoverCards(this);
    this.cy.on('mouseover', 'node, edge', (e) => this.onHover(e.target, e.renderedPosition || e.target.renderedPosition?.()));
    this.cy.on('mouseout', 'node, edge', () => this.hideCard());
    this.cy.on('pan zoom', () => this.hideCard());
    // A place dragged elsewhere takes its part of the base map with it.
    this.cy.on('dragfree', 'node', (e) => {
      if (this.layoutName === 'geographic' && anchorsOf(this.cy).contains(e.target)) {
        this.updateBaseMap();
      }
    });
    // Cytoscape sizes its canvas when it is created; the element gets its real size only after Vaadin lays out
    // the page, so resize and fit once it has one (and again on later size changes, without refitting).
    this.fitted = false;
    this.resizeObserver = new ResizeObserver(() => this.onResize());
    this.resizeObserver.observe(this.container);
  }

  onResize() {
    if (this.clientWidth === 0 || this.clientHeight === 0) {
      return;
    }
    this.cy.resize();
    this.keepSelectedInView();
    if (!this.fitted && this.cy.nodes().length) {
      this.fitted = true;
      if (this.tidyPending) {
        this.tidyPending = false;
        this.tidyUp();
      } else {
        this.cy.fit(undefined, FIT_PADDING);
      }
    }
  }

  // When the side panel opens beside the map, what was just chosen may lie past the narrower canvas: the view
  // moves sideways just enough to show it, at the same zoom.
  keepSelectedInView() {
    const chosen = this.cy.$(':selected');
    if (chosen.empty()) {
      return;
    }
    const box = chosen.renderedBoundingBox({ includeLabels: true });
    const width = this.cy.width();
    const margin = 24;
    if (box.x2 > width - margin) {
      this.cy.panBy({ x: Math.max(width - margin - box.x2, margin - box.x1), y: 0 });
    } else if (box.x1 < margin) {
      this.cy.panBy({ x: margin - box.x1, y: 0 });
    }
  }

  // Labels at their size on screen, nothing on top of anything (map-tidy.js); the unit is kept for later restyles.
  tidyUp() {
    if (this.layoutName === 'overview') {
      // Laid out for the canvas without overlaps (map-overview.js): the labels keep the stylesheet's size, and the
      // picture is fitted, never blown up beyond half again that size when it is small.
      this.unit = 1;
      this.restyle();
      runLayout(this.cy, 'overview');
      this.cy.fit(undefined, FIT_PADDING);
      if (this.cy.zoom() > 1.5) {
        this.cy.zoom(1.5);
        this.cy.center();
      }
    } else if (this.layoutName === 'geographic') {
      // Geography first: the projection's scale is chosen for the canvas and the tidy inside it only pushes apart
      // (map-geo.js); the base map then follows where the places ended up. Labels keep the stylesheet's size.
      this.unit = 1;
      this.restyle();
      geographicLayout(this.cy, { width: this.cy.width() - 2 * FIT_PADDING, height: this.cy.height() - 2 * FIT_PADDING });
      this.cy.fit(undefined, FIT_PADDING);
      if (this.cy.zoom() > 1) {
        this.cy.zoom(1);
        this.cy.center();
      }
      this.updateBaseMap();
    } else {
      tidy(this.cy, (unit) => this.styleFor(unit));
      // The labels were tidied at the stylesheet's size: the unit stays the one applied, so that a later restyle
      // (a count opened) does not grow them into their neighbours.
      this.unit = 1;
    }
    this.report();
  }

  restyle() {
    this.styleFor(this.unit);
  }

  // Setting a stylesheet recomputes the style of every element; it is set again only when it would differ (elements
  // added since take the current one by themselves).
  styleFor(unit) {
    const key = `${this.presentation}|${unit}`;
    if (this.styled !== key) {
      this.cy.style(stylesheet(this.presentation, unit));
      this.styled = key;
    }
  }

  onTap(target) {
    if (target.isNode() && target.hasClass('count')) {
      this.toggleCount(target.data('owner'));
      return;
    }
    if (target.isEdge() && target.data('type') === 'FOLDED') {
      // Relations drawn from a count: open the count, which draws them one by one.
      const count = [target.source(), target.target()].find((n) => n.hasClass('count'));
      if (count) {
        this.toggleCount(count.data('owner'));
      }
      return;
    }
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
    this.data = data;
    this.draw();
  }

  draw() {
    const data = this.data;
    this.cy.stop(true, true);
    this.cy.batch(() => {
      this.cy.elements().remove();
      this.cy.add(this.elements());
      this.markImplied();
    });
    this.layoutName = data.layout;
    this.restyle();
    const positions = data.positions || {};
    this.tidyPending = false;
    // A live update keeps the view (zoom, pan, label size) as the user has it, unless none of what was drawn still is.
    let keep = false;
    if (Object.keys(positions).length) {
      // A saved view: its author's positions, fitted, with labels sized for that fit; or, after a live update, where
      // the nodes were.
      this.cy.nodes(':childless').forEach((n) => {
        if (positions[n.id()]) {
          n.position(positions[n.id()]);
        }
      });
      keep = !!data.keepView && this.cy.nodes(':childless').some((n) => !!positions[n.id()]);
      runLayoutForUnplaced(this.cy, positions);
      if (!keep) {
        this.cy.fit(undefined, FIT_PADDING);
        this.unit = 1 / this.cy.zoom();
        this.restyle();
      }
    } else {
      const sized = this.container.clientWidth && this.container.clientHeight;
      // tidyUp lays the overview and the geographic map out for the canvas itself: once is enough.
      if (!(sized && (data.layout === 'overview' || data.layout === 'geographic'))) {
        runLayout(this.cy, data.layout, this.grouping());
      }
      if (sized) {
        this.tidyUp();
      } else {
        this.tidyPending = true;
      }
    }
    this.renderLegend();
    this.fitted = keep || (!this.tidyPending && Object.keys(positions).length === 0);
    this.onResize();
    if (data.focus) {
      this.focusNode(data.focus, !keep);
    }
    this.updateBaseMap();
    this.report();
  }

  // The base map under the geographic layout (map-basemap.js, loaded on first use), drawn through the frame the
  // places are drawn in; hidden for the other layouts. `data-base-map` says when it is drawn.
  updateBaseMap() {
    const frame = this.layoutName === 'geographic' ? mapFrame(this.cy) : null;
    this.baseMapFrame = frame;
    if (!frame) {
      this.baseMap?.hide();
      this.removeAttribute('data-base-map');
      return;
    }
    this.baseMapModule = this.baseMapModule || import('./map-basemap.js');
    this.baseMapModule.then(({ BaseMap }) => {
      // A later picture (another layout or data) may have come while the module loaded.
      if (this.baseMapFrame !== frame) {
        return;
      }
      this.baseMap = this.baseMap || new BaseMap(this.container, this.cy);
      this.baseMap.show(frame, this.presentation);
      this.setAttribute('data-base-map', 'drawn');
    });
  }

  // Whether a node is drawn on the base map's Sweden, for the tests: its rendered position taken back through the
  // outline's own transform, so that the check fails if the outline does not follow a pan or zoom.
  onSweden(id) {
    const node = this.cy.getElementById(id);
    if (!this.baseMap || node.empty() || this.getAttribute('data-base-map') !== 'drawn') {
      return false;
    }
    const r = node.renderedPosition();
    const m = this.baseMap.layer.getCTM().inverse();
    return this.baseMap.onSweden(m.a * r.x + m.c * r.y + m.e, m.b * r.x + m.d * r.y + m.f);
  }

  // Boxes are drawn unless the user chose to see hospitals outside their regions.
  grouping() {
    return !!this.data?.grouped;
  }

  // The elements for the current data and open counts (map-elements.js); the fold plan is kept for the counts.
  elements() {
    const { plan, elements } = mapElements(this.data, this.opened, this.labels, this.grouping());
    this.plan = plan;
    return elements;
  }

  // A relation from a node to the group drawn around it (hospital to its region) is shown by the grouping itself;
  // drawn as a line it would loop inside the box.
  markImplied() {
    this.cy.edges().filter((e) => e.source().ancestors().contains(e.target())
      || e.target().ancestors().contains(e.source())).addClass('implied');
  }

  // Opens or closes one count in place: what it holds is drawn around it (or removed), nothing else moves.
  toggleCount(owner) {
    // A view animation still under way would go on over elements that are about to be replaced.
    this.cy.stop(true, true);
    if (this.opened.has(owner)) {
      // Closing draws the picture again as it was before the count opened (the layouts are deterministic).
      this.opened.delete(owner);
      this.data.positions = this.data.positions || {};
      this.draw();
      return;
    }
    this.opened.add(owner);
    const before = new Map();
    this.cy.nodes(':childless').forEach((n) => before.set(n.id(), { ...n.position() }));
    const countAt = before.get(COUNT_PREFIX + owner) || this.cy.getElementById(owner).position();
    const elements = this.elements();
    this.cy.batch(() => {
      this.cy.elements().remove();
      this.cy.add(elements);
      this.markImplied();
    });
    const added = this.cy.nodes(':childless').filter((n) => !before.has(n.id()));
    // Cytoscape's forEach stops at a callback that answers false: no && here.
    this.cy.nodes(':childless').forEach((n) => {
      if (before.has(n.id())) {
        n.position(before.get(n.id()));
      }
    });
    this.restyle();
    // Only what the count holds is placed, as one block where it meets nothing; then the view takes it in.
    const leaves = added.filter((n) => !n.isParent());
    placeBlock(this.cy, leaves, countAt, 8 * this.unit);
    if (added.nonempty()) {
      this.cy.animate({ fit: { eles: this.cy.elements(), padding: FIT_PADDING }, duration: 250 });
    }
    this.renderLegend();
    this.report();
  }

  onHover(target, at) {
    this.cards.hover(target, at);
  }

  // The card Java answered with, shown if the pointer still rests where it asked.
  showCard(id, json) {
    this.cards.answer(id, JSON.parse(json));
  }

  hideCard() {
    this.cards.hide();
  }

  // The owner of a node folded into a count, or null when the node is drawn (or not in the picture at all).
  foldedInto(id) {
    return this.plan?.folded.get(id) ?? null;
  }

  // Whether the picture holds the node: drawn, or counted in a count.
  holds(id) {
    return this.cy.getElementById(id).nonempty() || this.foldedInto(id) !== null;
  }

  // The figures the tests and the benchmark read, as attributes of the element.
  report() {
    const drawn = this.cy.nodes().not('.count');
    this.setAttribute('data-node-count', String(drawn.length + (this.plan ? this.plan.folded.size : 0)));
    this.setAttribute('data-drawn-count', String(drawn.length));
    this.setAttribute('data-folded-count', String(this.plan ? this.plan.folded.size : 0));
    this.setAttribute('data-edge-count', String(this.cy.edges().length));
    this.setAttribute('data-gap-edges', String(this.cy.edges('[gap]').length));
    this.setAttribute('data-unsourced', String(this.cy.elements('.unsourced').length));
    this.setAttribute('data-missing', String(this.cy.nodes('[?missing]').length));
  }

  // Labels drawn, overlaps and the smallest label on screen, as map-tidy.js measures them.
  readability() {
    return JSON.stringify(readability(this.cy));
  }

  relayout(name) {
    this.layoutName = name;
    if (this.data) {
      this.data.layout = name;
      // Boxes come and go with the layout, so the elements are made again; saved positions belong to the old one.
      this.data.positions = {};
      this.draw();
    }
  }

  fitView() {
    this.cy.resize();
    this.cy.fit(undefined, FIT_PADDING);
  }

  // `move`: whether the view moves to the node's neighbourhood (not when a live update draws the focus again).
  focusNode(id, move = true) {
    const owner = this.foldedInto(id);
    if (owner !== null) {
      this.toggleCount(owner);
    }
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
    if (move) {
      this.cy.resize();
      this.cy.animate({ fit: { eles: around, padding: 60 }, duration: 300 });
    }
    this.setAttribute('data-focus', id);
    return true;
  }

  // A relation chosen in the table: selected (highlighted) and brought into view, the rest of the map unchanged.
  highlightEdge(id) {
    // A relation of a node folded into a count is drawn once its count is open.
    const relation = this.data?.edges.find((e) => e.id === id);
    for (const end of relation ? [relation.source, relation.target] : []) {
      const owner = this.foldedInto(end);
      // Opened, never closed: a count already open for another of its relations stays open.
      if (owner !== null && !this.opened.has(owner)) {
        this.toggleCount(owner);
      }
    }
    // One view animation at a time: the opened count's is taken to its end before the edge is centred.
    this.cy.stop(true, true);
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

  // The projector's look: larger labels and high contrast; the picture is tidied again for the larger labels once
  // the page has its full-screen size.
  setPresentation(on) {
    this.presentation = !!on;
    this.classList.toggle('presenting', this.presentation);
    this.restyle();
    this.renderLegend();
    requestAnimationFrame(() => requestAnimationFrame(() => {
      this.cy.resize();
      this.tidyUp();
    }));
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
    renderLegend(this.legend, legendRows(this.cy, this.labels), this.labels.legend, this.legendOpen, () => {
      this.legendOpen = !this.legendOpen;
      this.renderLegend();
    });
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
