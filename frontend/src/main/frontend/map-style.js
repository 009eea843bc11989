// How the map looks: one shape and colour per node kind, gap edges that cannot be missed, and a high-contrast
// variant for projectors. Kept apart from the component so the on-screen legend and the exports use the same table.

export const KIND_STYLE = {
  HEALTHCARE_REGION: { shape: 'round-rectangle', color: '#6a4c93' },
  REGION: { shape: 'round-rectangle', color: '#1d5fa8' },
  MUNICIPALITY: { shape: 'rectangle', color: '#7b8fa1' },
  HOSPITAL: { shape: 'ellipse', color: '#1f8a70' },
  UNIT: { shape: 'ellipse', color: '#5fb49c' },
  FACILITY: { shape: 'barrel', color: '#6a9a00' },
  PRIVATE_PROVIDER: { shape: 'pentagon', color: '#d98200' },
  BODY: { shape: 'hexagon', color: '#8c564b' },
  GROUP: { shape: 'octagon', color: '#0089b8' },
  PROGRAMME: { shape: 'tag', color: '#8e5fc2' },
  ASSIGNMENT: { shape: 'diamond', color: '#c79a00' },
  AGREEMENT: { shape: 'star', color: '#2e9e3e' },
  FLOW: { shape: 'triangle', color: '#d0479a' },
  CARE_AREA: { shape: 'round-tag', color: '#6f6f6f' },
  DECISION: { shape: 'cut-rectangle', color: '#a7a82a' },
  EVENT: { shape: 'vee', color: '#3f7f9f' },
  BARRIER: { shape: 'rhomboid', color: '#b5522b' },
  DOCUMENT: { shape: 'concave-hexagon', color: '#9e9e9e' }
};

// An assignment is filled with the colour of its latest status (the API's AssignmentStatus); a forecast (the API's
// FORECAST, "enligt prognos") is only outlined in it, pale inside, so that an expectation never looks like a fact.
export const STATUS_COLOR = {
  PLANNED: '#b8c2cc',
  STARTED: '#7cc4f0',
  ONGOING: '#2b7bb9',
  COMPLETED: '#2e9e3e',
  YEAR_PART_COMPLETED: '#9bd39b',
  NOT_COMPLETED: '#8b1e3f'
};

export function statusColor(status) {
  return STATUS_COLOR[status] || '#888888';
}

export const GAP_COLOR = '#d00000';
export const MARK_COLORS = { added: '#00a651', removed: '#7a7a7a', changed: '#f08c00' };
// Facts entered without evidence: a dotted violet outline or line, unlike any gap or change mark.
export const UNSOURCED_COLOR = '#9c27b0';

// How each gap kind (the API's GapKind) is drawn: a source's own word is the heavier line.
export const GAP_STYLE = {
  STATED: { dash: [12, 6], width: 5, presentationWidth: 8 },
  DERIVED: { dash: [5, 5], width: 3, presentationWidth: 5 }
};

export function gapStyle(gap, presentation) {
  const style = GAP_STYLE[gap] || { dash: [4, 4], width: 3, presentationWidth: 5 };
  return { dash: style.dash, width: presentation ? style.presentationWidth : style.width };
}

export function kindStyle(kind) {
  return KIND_STYLE[kind] || { shape: 'ellipse', color: '#888888' };
}

// The gap colour on the projector's black: the screen's red would reach only 3.7:1 there, this one 6.9:1 (WCAG AA).
export const GAP_COLOR_ON_DARK = '#ff6b6b';

export function gapColor(presentation) {
  return presentation ? GAP_COLOR_ON_DARK : GAP_COLOR;
}

// The label size on screen at the zoom that fits the map: 13 px (18 px and more on a projector), above the 12 px floor.
export const LABEL_PX = { screen: 13, presentation: 19 };

// `unit` is model pixels per screen pixel at the zoom that fits the whole map (see map-tidy.js): sizes are given in
// screen pixels and multiplied by it, so the fitted picture shows them at that size however large the network is.
// The width of a pill for its text: measured once per text and size on a canvas the page never shows.
const measured = new Map();
let ruler;
function pillWidth(text, fontSize) {
  const key = fontSize + '|' + text;
  if (!measured.has(key)) {
    ruler = ruler || document.createElement('canvas').getContext('2d');
    ruler.font = `${fontSize}px Helvetica Neue, Helvetica, sans-serif`;
    measured.set(key, Math.ceil(ruler.measureText(text || '').width) + 14);
  }
  return measured.get(key);
}

export function stylesheet(presentation, unit = 1) {
  const u = (px) => px * unit;
  const text = presentation ? '#ffffff' : '#1b1b1b';
  const outline = presentation ? '#000000' : '#ffffff';
  const edge = presentation ? '#c8d0d8' : '#97a3af';
  const gap = gapColor(presentation);
  const fontSize = presentation ? LABEL_PX.presentation : LABEL_PX.screen;
  const nodeSize = presentation ? 24 : 16;
  return [
    {
      selector: 'node',
      style: {
        label: 'data(label)', shape: 'data(shape)', 'background-color': 'data(color)',
        // The name on one line beside the node: half the height of a name wrapped under it, so more fit.
        width: u(nodeSize), height: u(nodeSize), 'font-size': u(fontSize), color: text,
        'text-valign': 'center', 'text-halign': 'right', 'text-margin-x': u(4), 'text-wrap': 'none',
        'text-outline-color': outline, 'text-outline-width': u(2), 'border-width': u(1),
        'border-color': presentation ? '#ffffff' : '#2b2b2b', 'min-zoomed-font-size': 5
      }
    },
    {
      selector: ':parent',
      style: {
        shape: 'round-rectangle', 'background-opacity': presentation ? 0.18 : 0.07, 'border-width': u(2),
        'border-color': 'data(color)', 'text-valign': 'top', 'text-halign': 'center', 'text-margin-x': 0,
        'text-margin-y': u(-3), 'font-weight': 'bold', 'text-wrap': 'wrap',
        padding: u(12), 'font-size': u(fontSize + 1), 'text-max-width': u(presentation ? 360 : 260)
      }
    },
    // A count is a pill with its words inside: "12 uppdrag +14".
    {
      selector: 'node.count',
      style: {
        shape: 'round-rectangle', width: (n) => u(pillWidth(n.data('label'), fontSize)), height: u(fontSize + 8),
        'background-color': presentation ? '#262626' : '#f1f3f5', 'border-style': 'dashed',
        'border-color': presentation ? '#ffffff' : '#5b6670', 'border-width': u(1.5), 'text-outline-width': 0,
        'text-valign': 'center', 'text-halign': 'center', 'text-margin-x': 0, 'text-wrap': 'none'
      }
    },
    // A count that holds cooperation lacking an agreement is ringed like that cooperation.
    { selector: 'node.count.holds-missing', style: { 'border-color': gap, 'border-width': u(3), 'border-style': 'solid' } },
    { selector: 'node.count.open', style: { 'background-color': presentation ? '#000000' : '#ffffff' } },
    {
      selector: 'edge.count-link',
      style: { 'line-style': 'dotted', 'target-arrow-shape': 'none', width: u(1.5), 'line-color': edge }
    },
    { selector: 'node[status]', style: { 'background-color': 'data(statusColor)' } },
    {
      selector: 'node[?forecast]',
      style: { 'background-opacity': 0.3, 'border-color': 'data(statusColor)', 'border-width': u(presentation ? 5 : 4) }
    },
    { selector: 'node[?missing]', style: { 'border-color': gap, 'border-width': u(4), 'border-style': 'dashed' } },
    {
      selector: 'edge',
      style: {
        width: u(presentation ? 3 : 1.5), 'line-color': edge, 'target-arrow-shape': 'triangle',
        'target-arrow-color': edge, 'curve-style': 'bezier', 'arrow-scale': 0.8
      }
    },
    { selector: 'edge[?undirected]', style: { 'target-arrow-shape': 'none', 'line-style': 'solid' } },
    // A gap edge says so by its colour and dashes (the legend explains them); its words show when it is chosen or
    // pointed at, so that a map with many gaps keeps its node labels free.
    {
      selector: 'edge[gap]',
      style: { 'line-color': gap, 'target-arrow-color': gap, 'line-style': 'dashed', 'z-index': 20 }
    },
    {
      selector: 'edge[gap]:selected, edge[gap].hovered',
      style: {
        label: 'data(gapLabel)', color: gap, 'font-size': u(fontSize), 'font-weight': 'bold',
        'text-outline-color': outline, 'text-outline-width': u(2), 'text-rotation': 'autorotate'
      }
    },
    ...Object.keys(GAP_STYLE).map((kind) => ({
      selector: `edge[gap = "${kind}"]`,
      style: {
        width: u(gapStyle(kind, presentation).width),
        'line-dash-pattern': gapStyle(kind, presentation).dash.map(u)
      }
    })),
    { selector: 'node.added', style: { 'border-color': MARK_COLORS.added, 'border-width': u(5) } },
    { selector: 'edge.added', style: { 'line-color': MARK_COLORS.added, 'target-arrow-color': MARK_COLORS.added, width: u(4) } },
    { selector: 'node.changed', style: { 'border-color': MARK_COLORS.changed, 'border-width': u(5), 'border-style': 'double' } },
    { selector: 'edge.changed', style: { 'line-color': MARK_COLORS.changed, 'target-arrow-color': MARK_COLORS.changed, width: u(4) } },
    { selector: '.removed', style: { opacity: 0.45, 'border-style': 'dotted', 'line-style': 'dotted', 'border-color': MARK_COLORS.removed, 'border-width': u(4) } },
    { selector: 'node.landmark', style: { 'font-weight': 'bold' } },
    { selector: 'node.unsourced', style: { 'border-color': UNSOURCED_COLOR, 'border-width': u(4), 'border-style': 'dotted' } },
    { selector: 'edge.unsourced', style: { 'line-color': UNSOURCED_COLOR, 'target-arrow-color': UNSOURCED_COLOR, 'line-style': 'dotted', width: u(3) } },
    { selector: '.faded', style: { opacity: 0.12 } },
    { selector: 'edge.implied', style: { display: 'none' } },
    {
      selector: 'node:selected, node.focused',
      style: { 'underlay-color': '#ffbf00', 'underlay-opacity': 0.6, 'underlay-padding': u(8), 'underlay-shape': 'ellipse' }
    },
    { selector: 'edge:selected', style: { 'underlay-color': '#ffbf00', 'underlay-opacity': 0.6, 'underlay-padding': u(5) } }
  ];
}

// A small SVG swatch of a node shape, for the legend on screen and in the SVG export.
export function swatchSvg(kind, size = 16) {
  const { color } = kindStyle(kind);
  return `<svg width="${size}" height="${size}" viewBox="0 0 16 16" aria-hidden="true">${swatchShape(kind, color)}</svg>`;
}

export function swatchShape(kind, color) {
  return `<path d="${swatchPath(kind)}" fill="${color}" stroke="#222" stroke-width="0.8"/>`;
}

// The outline of a kind's shape in a 16 by 16 box, as SVG path data: usable in SVG and, through Path2D, on a canvas.
export function swatchPath(kind) {
  const poly = (pts) => 'M' + pts.join('L') + 'Z';
  switch (kindStyle(kind).shape) {
    case 'ellipse': return 'M1,8A7,7 0 1,0 15,8A7,7 0 1,0 1,8Z';
    case 'diamond': return poly(['8,1', '15,8', '8,15', '1,8']);
    case 'triangle': return poly(['8,1', '15,15', '1,15']);
    case 'pentagon': return poly(['8,1', '15,6', '12.5,15', '3.5,15', '1,6']);
    case 'hexagon': return poly(['4,1', '12,1', '15,8', '12,15', '4,15', '1,8']);
    case 'concave-hexagon': return poly(['1,1', '15,1', '12,8', '15,15', '1,15', '4,8']);
    case 'octagon': return poly(['5,1', '11,1', '15,5', '15,11', '11,15', '5,15', '1,11', '1,5']);
    case 'star': return poly(['8,0.5', '10,6', '15.5,6', '11,9.5', '12.8,15', '8,11.8', '3.2,15', '5,9.5', '0.5,6', '6,6']);
    case 'tag': case 'round-tag': return poly(['1,3', '11,3', '15,8', '11,13', '1,13']);
    case 'cut-rectangle': return poly(['4,2', '12,2', '15,5', '15,11', '12,14', '4,14', '1,11', '1,5']);
    case 'barrel': return 'M3,2L13,2Q16,8 13,14L3,14Q0,8 3,2Z';
    case 'rectangle': return poly(['1,3', '15,3', '15,13', '1,13']);
    case 'vee': return poly(['1,2', '8,7', '15,2', '8,15']);
    case 'rhomboid': return poly(['4,3', '15,3', '12,13', '1,13']);
    default: return 'M4,3L12,3Q15,3 15,6L15,10Q15,13 12,13L4,13Q1,13 1,10L1,6Q1,3 4,3Z';
  }
}

// The legend's swatch of an assignment status: filled when reported, outlined on a pale fill when forecast.
export function statusSwatchShape(status, forecast) {
  const color = statusColor(status);
  return forecast
    ? `<path d="${swatchPath('ASSIGNMENT')}" fill="${color}" fill-opacity="0.3" stroke="${color}" stroke-width="2.5"/>`
    : `<path d="${swatchPath('ASSIGNMENT')}" fill="${color}" stroke="#222" stroke-width="0.8"/>`;
}

export function statusSwatchSvg(status, forecast, size = 16) {
  return `<svg width="${size}" height="${size}" viewBox="0 0 16 16" aria-hidden="true">${statusSwatchShape(status, forecast)}</svg>`;
}

export function lineSwatchSvg(color, dash, width = 3) {
  return `<svg width="28" height="12" viewBox="0 0 28 12" aria-hidden="true"><line x1="1" y1="6" x2="27" y2="6" stroke="${color}" stroke-width="${width}" stroke-dasharray="${dash}"/></svg>`;
}
