// The legend docked under the map: a heading that folds and opens it, then one row per kind, status, line and mark
// that the map draws (legendRows in map-export.js, which the exported pictures use too).
import { swatchSvg, statusSwatchSvg, lineSwatchSvg } from './map-style.js';

export function renderLegend(legend, rows, title, open, onToggle) {
  legend.setAttribute('aria-label', title || 'Legend');
  legend.innerHTML = '';
  const heading = document.createElement('button');
  heading.type = 'button';
  heading.className = 'cm-legend-title';
  heading.id = 'legend-toggle';
  heading.setAttribute('aria-expanded', String(open));
  heading.textContent = (open ? '▾ ' : '▸ ') + (title || 'Legend');
  heading.addEventListener('click', onToggle);
  legend.append(heading);
  legend.classList.toggle('collapsed', !open);
  if (!open) {
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
    legend.append(item);
  }
}
