import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { EventRow } from "@sitrep/store";
import type { MultiPolygon, Polygon, Position } from "geojson";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import { markup, trusted, type Html } from "./html.js";

/** The map's size in SVG units (it scales to the page's width). */
const WIDTH = 640;
const HEIGHT = 360;
/** The smallest span drawn, in degrees of latitude, so one event still shows its region. */
const MIN_SPAN = 3;
const MAX_LABELS = 12;

interface Country {
  name: string;
  /** [west, south, east, north]. */
  bbox: [number, number, number, number];
  polygons: Position[][][];
}

let countries: Country[] | null = null;

/** Natural Earth's countries at 1:50m (world-atlas), read once, with a box per country. */
function loadCountries(): Country[] {
  if (countries) return countries;
  const require = createRequire(import.meta.url);
  const topology = JSON.parse(
    readFileSync(require.resolve("world-atlas/countries-50m.json"), "utf8"),
  ) as Topology<{
    countries: GeometryCollection<{ name: string }>;
  }>;
  const collection = feature(topology, topology.objects.countries);
  countries = collection.features.flatMap((f) => {
    const geometry = f.geometry as Polygon | MultiPolygon | null;
    if (!geometry) return [];
    const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
    const bbox: Country["bbox"] = [180, 90, -180, -90];
    for (const ring of polygons.flatMap((p) => p))
      for (const [lon = 0, lat = 0] of ring) {
        bbox[0] = Math.min(bbox[0], lon);
        bbox[1] = Math.min(bbox[1], lat);
        bbox[2] = Math.max(bbox[2], lon);
        bbox[3] = Math.max(bbox[3], lat);
      }
    return [{ name: f.properties?.name ?? "", bbox, polygons }];
  });
  return countries;
}

interface View {
  west: number;
  east: number;
  south: number;
  north: number;
  /** SVG units per degree of longitude and of latitude. */
  kx: number;
  ky: number;
}

/** The view around the points: padded, at least MIN_SPAN high, shaped like the map. */
function viewAround(points: { lat: number; lon: number }[]): View {
  const lats = points.map((p) => p.lat);
  const lons = points.map((p) => p.lon);
  const midLat = (Math.min(...lats) + Math.max(...lats)) / 2;
  const midLon = (Math.min(...lons) + Math.max(...lons)) / 2;
  const cos = Math.max(0.2, Math.cos((midLat * Math.PI) / 180));
  let latSpan = Math.max(MIN_SPAN, (Math.max(...lats) - Math.min(...lats)) * 1.4);
  let lonSpan = Math.max(MIN_SPAN / cos, (Math.max(...lons) - Math.min(...lons)) * 1.4);
  // Equirectangular with the middle latitude's scale: a degree of longitude is `cos` degrees of latitude.
  if (lonSpan * cos * HEIGHT < latSpan * WIDTH) lonSpan = (latSpan * WIDTH) / (HEIGHT * cos);
  else latSpan = (lonSpan * cos * HEIGHT) / WIDTH;
  return {
    west: midLon - lonSpan / 2,
    east: midLon + lonSpan / 2,
    south: midLat - latSpan / 2,
    north: midLat + latSpan / 2,
    kx: WIDTH / lonSpan,
    ky: HEIGHT / latSpan,
  };
}

type Point = [number, number];

function project(view: View, lon: number, lat: number): Point {
  return [(lon - view.west) * view.kx, (view.north - lat) * view.ky];
}

/** Sutherland–Hodgman: the ring clipped to the map's rectangle (with a margin), in SVG units. */
function clipRing(ring: Point[]): Point[] {
  const m = 4;
  const edges: [(p: Point) => boolean, (a: Point, b: Point) => Point][] = [
    [(p) => p[0] >= -m, (a, b) => at(a, b, 0, -m)],
    [(p) => p[0] <= WIDTH + m, (a, b) => at(a, b, 0, WIDTH + m)],
    [(p) => p[1] >= -m, (a, b) => at(a, b, 1, -m)],
    [(p) => p[1] <= HEIGHT + m, (a, b) => at(a, b, 1, HEIGHT + m)],
  ];
  let out = ring;
  for (const [inside, cross] of edges) {
    const input = out;
    out = [];
    input.forEach((current, i) => {
      const previous = input[(i + input.length - 1) % input.length] ?? current;
      if (inside(current)) {
        if (!inside(previous)) out.push(cross(previous, current));
        out.push(current);
      } else if (inside(previous)) out.push(cross(previous, current));
    });
    if (out.length === 0) break;
  }
  return out;
}

function at(a: Point, b: Point, axis: 0 | 1, value: number): Point {
  const t = (value - a[axis]) / (b[axis] - a[axis]);
  return axis === 0 ? [value, a[1] + t * (b[1] - a[1])] : [a[0] + t * (b[0] - a[0]), value];
}

/** An SVG path for the rings, dropping points closer than a pixel to the last one kept. */
function pathOf(rings: Point[][]): string {
  let d = "";
  for (const ring of rings) {
    let last: Point | null = null;
    let kept = 0;
    let part = "";
    for (const p of ring) {
      if (last && Math.abs(p[0] - last[0]) < 1 && Math.abs(p[1] - last[1]) < 1) continue;
      part += `${kept === 0 ? "M" : "L"}${p[0].toFixed(1)} ${p[1].toFixed(1)}`;
      last = p;
      kept++;
    }
    if (kept >= 3) d += `${part}Z`;
  }
  return d;
}

function landPaths(view: View): string {
  let out = "";
  for (const country of loadCountries()) {
    const [w, s, e, n] = country.bbox;
    if (e < view.west || w > view.east || n < view.south || s > view.north) continue;
    const rings = country.polygons
      .flatMap((polygon) => polygon)
      .map((ring) => clipRing(ring.map(([lon = 0, lat = 0]) => project(view, lon, lat))))
      .filter((ring) => ring.length >= 3);
    const d = pathOf(rings);
    if (d) out += `<path d="${d}"><title>${escapeText(country.name)}</title></path>`;
  }
  return out;
}

function escapeText(text: string): string {
  return text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * A small static map of a report's confirmed events: an inline SVG of the countries around them (Natural
 * Earth, shipped with the server: no tiles, no requests) with a dot per event and the places named.
 * Null when no event has coordinates.
 */
export function eventMap(events: EventRow[]): Html | null {
  const key = events.map((e) => `${e.lat},${e.lon},${e.type},${e.location_name},${e.date_start}`).join(";");
  const cached = drawn.get(key);
  if (cached !== undefined) return cached;
  const map = drawEventMap(events);
  if (drawn.size >= DRAWN_MAPS) drawn.delete(drawn.keys().next().value ?? "");
  drawn.set(key, map);
  return map;
}

/** Maps already drawn, by what they show: drawing clips country outlines, which takes milliseconds. */
const drawn = new Map<string, Html | null>();
const DRAWN_MAPS = 256;

function drawEventMap(events: EventRow[]): Html | null {
  const placed = events.flatMap((e) =>
    e.lat !== null && e.lon !== null ? [{ event: e, lat: e.lat, lon: e.lon }] : [],
  );
  if (placed.length === 0) return null;
  const view = viewAround(placed);
  const labels = new Map<string, Point>();
  const dots = placed.map(({ event, lat, lon }) => {
    const [x, y] = project(view, lon, lat);
    const name = event.location_name ?? "";
    if (name && !labels.has(name) && labels.size < MAX_LABELS) labels.set(name, [x, y]);
    const title = [event.type, name, event.date_start].filter(Boolean).join(" · ");
    return markup`<circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="6"><title>${title}</title></circle>`;
  });
  const names = [...labels].map(
    ([name, [x, y]]) => markup`<text x="${(x + 9).toFixed(1)}" y="${(y + 4).toFixed(1)}">${name}</text>`,
  );
  return markup`<svg class="event-map" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-label="Map of ${placed.length} confirmed ${placed.length === 1 ? "event" : "events"}"><rect class="sea" width="${WIDTH}" height="${HEIGHT}"/><g class="land">${trusted(landPaths(view))}</g><g class="events">${dots}</g><g class="labels">${names}</g></svg>`;
}
