// Turns world-atlas' Natural Earth 1:50m TopoJSON (an npm dependency) into vector tiles the map loads
// as it would from a tile server (only the tiles in view, decoded in MapLibre's worker: no 1.7 MB of
// GeoJSON to parse and cut into tiles on every visit). Run before `vite build` (see package.json); the
// outputs are not committed: public/basemap/tiles/{z}/{x}/{y}.pbf, zooms 0 to 6 (the map overzooms
// them: 1:50m data has no finer detail), every tile written (an empty file for open sea), with layers
//   countries       land, one polygon feature per country
//   borders         the borders between countries, each once
//   country-labels  a label point per country (the middle of its largest ring)
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { GeoJSONVT } from "@maplibre/geojson-vt";
import { fromGeojsonVt } from "@maplibre/vt-pbf";
import { feature, mesh } from "topojson-client";

const here = fileURLToPath(new URL("..", import.meta.url));
const require = createRequire(import.meta.url);
const topology = JSON.parse(readFileSync(require.resolve("world-atlas/countries-50m.json"), "utf8"));

/** A label point for a country: the middle of the bounding box of its largest ring (null if tiny). */
function labelPoint(country) {
  const geometry = country.geometry;
  if (!geometry) return null;
  const rings =
    geometry.type === "Polygon" ? [geometry.coordinates[0]] : geometry.coordinates.map((p) => p[0]);
  let best = null;
  let bestArea = 0;
  for (const ring of rings) {
    const xs = ring.map((p) => p[0]);
    const ys = ring.map((p) => p[1]);
    const area = (Math.max(...xs) - Math.min(...xs)) * (Math.max(...ys) - Math.min(...ys));
    if (area > bestArea) [best, bestArea] = [ring, area];
  }
  if (!best || bestArea < 1) return null;
  const xs = best.map((p) => p[0]);
  const ys = best.map((p) => p[1]);
  const center = [(Math.max(...xs) + Math.min(...xs)) / 2, (Math.max(...ys) + Math.min(...ys)) / 2];
  return {
    type: "Feature",
    properties: { name: country.properties?.name ?? "" },
    geometry: { type: "Point", coordinates: center },
  };
}

const countries = feature(topology, topology.objects.countries);
const borders = mesh(topology, topology.objects.countries, (a, b) => a !== b);
const labels = { type: "FeatureCollection", features: countries.features.map(labelPoint).filter(Boolean) };
/** The deepest zoom of the tiles (the style's `maxzoom` for the source). */
const MAX_ZOOM = 6;
const layers = {
  countries: countries,
  borders: { type: "FeatureCollection", features: [{ type: "Feature", properties: {}, geometry: borders }] },
  "country-labels": labels,
};
const options = {
  maxZoom: MAX_ZOOM,
  indexMaxZoom: MAX_ZOOM,
  indexMaxPoints: 0,
  tolerance: 3,
  extent: 4096,
  buffer: 64,
};
const indexes = Object.entries(layers).map(([name, data]) => [name, new GeoJSONVT(data, options)]);
const out = join(here, "public/basemap/tiles");
rmSync(out, { recursive: true, force: true });
let bytes = 0;
for (let z = 0; z <= MAX_ZOOM; z++) {
  for (let x = 0; x < 2 ** z; x++) {
    mkdirSync(join(out, String(z), String(x)), { recursive: true });
    for (let y = 0; y < 2 ** z; y++) {
      const tiles = Object.fromEntries(
        indexes.map(([name, index]) => [name, index.getTile(z, x, y)]).filter(([, tile]) => tile),
      );
      const pbf = Object.keys(tiles).length
        ? fromGeojsonVt(tiles, { version: 2, extent: 4096 })
        : new Uint8Array();
      bytes += pbf.length;
      writeFileSync(join(out, String(z), String(x), `${y}.pbf`), pbf);
    }
  }
}
console.log(`basemap tiles: zooms 0–${MAX_ZOOM}, ${(bytes / 1e6).toFixed(1)} MB in ${out}`);
