// The geographic layout's base map: Sweden and its neighbours from Natural Earth (world-atlas, 1:50 million),
// bundled by Vite and loaded with this module only when the geographic layout is first shown, so the page never
// fetches anything but its own assets. Drawn as SVG under Cytoscape's (transparent) canvases, in model
// coordinates through the same frame as the nodes (map-geo.js mapFrame), and moved with every pan and zoom.
import { feature } from 'topojson-client';
import atlas from 'world-atlas/countries-50m.json';

const SVG = 'http://www.w3.org/2000/svg';
// ISO 3166 numeric codes, as world-atlas names its features: Sweden first (the one the tests read), then the
// neighbours, paler, so that the Öresund and the Kattegat read as sea.
const COUNTRIES = [
  { id: '752', name: 'sweden', land: '#e6efe1', darkLand: '#1d261b' },
  { id: '578', name: 'norway', land: '#f1f1ee', darkLand: '#171717' },
  { id: '208', name: 'denmark', land: '#f1f1ee', darkLand: '#171717' },
  { id: '246', name: 'finland', land: '#f1f1ee', darkLand: '#171717' }
];

// Each country as rings of [lon, lat], decoded once.
let shapes;
function countries() {
  if (!shapes) {
    const geometries = atlas.objects.countries.geometries;
    shapes = COUNTRIES.map((c) => {
      const geometry = geometries.find((g) => String(g.id) === c.id);
      const f = geometry ? feature(atlas, geometry).geometry : null;
      const polygons = !f ? [] : f.type === 'Polygon' ? [f.coordinates] : f.coordinates;
      return { ...c, rings: polygons.flat() };
    });
  }
  return shapes;
}

export class BaseMap {
  constructor(container, cy) {
    this.cy = cy;
    this.svg = document.createElementNS(SVG, 'svg');
    this.svg.setAttribute('class', 'cm-basemap');
    this.svg.setAttribute('aria-hidden', 'true');
    // Under the canvases, never in the way of a click.
    this.svg.style.cssText = 'position:absolute;inset:0;width:100%;height:100%;pointer-events:none;z-index:0;';
    this.layer = document.createElementNS(SVG, 'g');
    this.svg.append(this.layer);
    this.paths = countries().map((c) => {
      const path = document.createElementNS(SVG, 'path');
      path.setAttribute('class', 'cm-basemap-' + c.name);
      path.setAttribute('fill-rule', 'evenodd');
      // Coastlines one screen pixel wide at every zoom.
      path.setAttribute('vector-effect', 'non-scaling-stroke');
      this.layer.append(path);
      return { country: c, path };
    });
    container.insertBefore(this.svg, container.firstChild);
    this.sync = () => this.layer.setAttribute('transform',
      `translate(${this.cy.pan().x} ${this.cy.pan().y}) scale(${this.cy.zoom()})`);
    this.cy.on('viewport resize', this.sync);
  }

  // Draws the outlines through `frame` ((lon, lat) -> model {x, y}).
  show(frame, presentation) {
    for (const { country, path } of this.paths) {
      path.setAttribute('d', country.rings.map((ring) => ring.map(([lon, lat], i) => {
        const p = frame(lon, lat);
        return (i ? 'L' : 'M') + p.x.toFixed(1) + ' ' + p.y.toFixed(1);
      }).join('') + 'Z').join(''));
      path.setAttribute('fill', presentation ? country.darkLand : country.land);
      path.setAttribute('stroke', presentation ? '#5a6b57' : '#9fb39a');
      path.setAttribute('stroke-width', '1');
    }
    // The sea, faintly blue, so that a coast is a coast; the projector's black stays black.
    this.svg.style.background = presentation ? 'transparent' : '#f3f7fa';
    this.svg.style.display = '';
    this.sync();
  }

  hide() {
    this.svg.style.display = 'none';
  }

  // The drawn Sweden, for the tests: whether a point in model coordinates lies on its land.
  onSweden(x, y) {
    const path = this.paths[0].path;
    const point = this.svg.createSVGPoint();
    point.x = x;
    point.y = y;
    return path.isPointInFill(point);
  }
}
