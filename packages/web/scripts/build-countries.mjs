// Turns world-atlas' Natural Earth 1:50m TopoJSON (an npm dependency) into the GeoJSON files the map
// loads as URL sources, so that MapLibre's own worker fetches and parses them (none of it runs on the
// page's main thread). Run before `vite build` (see package.json); the outputs are not committed:
//   public/basemap/countries.geojson       land, one polygon feature per country
//   public/basemap/borders.geojson         a MultiLineString of the borders between countries, each once
//   public/basemap/country-labels.geojson  a label point per country (the middle of its largest ring)
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
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
// Three decimals (about 100 m) are finer than the 1:50m data; they halve the files.
const round = (key, value) => (typeof value === "number" ? Math.round(value * 1000) / 1000 : value);
const out = join(here, "public/basemap");
mkdirSync(out, { recursive: true });
writeFileSync(join(out, "countries.geojson"), JSON.stringify(countries, round));
writeFileSync(join(out, "borders.geojson"), JSON.stringify(borders, round));
writeFileSync(join(out, "country-labels.geojson"), JSON.stringify(labels, round));
