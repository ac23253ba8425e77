// Builds the basemap's gazetteer layers from Natural Earth (public domain) in ../shared/data:
//   public/basemap/places.json  [name, lon, lat, minzoom] rows of populated places
//   public/basemap/admin1.json  a MultiLineString of first-level admin boundaries, each edge once
// The outputs are committed, so the app and its build need no data beyond the repository.
// Run: node packages/web/scripts/build-basemap.mjs [path/to/shared/data]
import { readFileSync, writeFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { fileURLToPath } from "node:url";
import { join } from "node:path";

const here = fileURLToPath(new URL("..", import.meta.url));
const data = process.argv[2] ?? join(here, "../../../shared/data");
const read = (file) => gunzipSync(readFileSync(join(data, "naturalearth", file))).toString("utf8");

/** RFC 4180 rows: quoted fields may hold commas, quotes and newlines. */
function csv(text) {
  const rows = [[]];
  let field = "",
    quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      rows.at(-1).push(field);
      field = "";
    } else if (c === "\n") {
      rows.at(-1).push(field.replace(/\r$/, ""));
      field = "";
      rows.push([]);
    } else field += c;
  }
  if (field) rows.at(-1).push(field);
  return rows.filter((r) => r.length > 1);
}

const [header, ...rows] = csv(read("ne_10m_populated_places_simple.csv.gz"));
const col = (name) => header.indexOf(name);
const places = rows
  .map((r) => {
    const minzoom = Math.max(2, Math.min(10, Number(r[col("min_zoom")]) || Number(r[col("scalerank")]) || 8));
    return [
      r[col("name")],
      +Number(r[col("longitude")]).toFixed(4),
      +Number(r[col("latitude")]).toFixed(4),
      minzoom,
    ];
  })
  .filter((p) => p[0] && Number.isFinite(p[1]) && Number.isFinite(p[2]))
  .sort((a, b) => a[3] - b[3]);
writeFileSync(join(here, "public/basemap/places.json"), JSON.stringify(places));

// Admin-1: round to a 0.02° grid, drop repeated points, and keep each edge once, only where two
// provinces of one country meet. An edge of one province only is a coast or a country's outer edge, and
// one between two countries is a border: the land's outline and the borders layer draw those (as solid
// lines; dashed again here they doubled the lines drawn in every frame, two thirds of the edges).
const GRID = 50;
const admin = JSON.parse(read("qgis_world_map_states_provinces_GENERALIZED_ne4.1.geojson.gz"));
const snap = ([x, y]) => [Math.round(x * GRID) / GRID, Math.round(y * GRID) / GRID];
const edgeKey = (p, q) => {
  const a = `${p[0]},${p[1]}`,
    b = `${q[0]},${q[1]}`;
  return a < b ? `${a} ${b}` : `${b} ${a}`;
};
/** Every province ring as snapped points without repeats, with its country. */
const rings = [];
for (const f of admin.features) {
  const g = f.geometry;
  if (!g) continue;
  const polygons = g.type === "Polygon" ? [g.coordinates] : g.coordinates;
  for (const ring of polygons.flat()) {
    const points = [];
    for (const point of ring) {
      const p = snap(point);
      const prev = points.at(-1);
      if (!prev || p[0] !== prev[0] || p[1] !== prev[1]) points.push(p);
    }
    rings.push({ country: f.properties.adm0_a3, points });
  }
}
/** How many rings have each edge, and whether they all belong to one country. */
const edges = new Map();
for (const { country, points } of rings) {
  for (let i = 1; i < points.length; i++) {
    const key = edgeKey(points[i - 1], points[i]);
    const edge = edges.get(key);
    if (!edge) edges.set(key, { rings: 1, country });
    else {
      edge.rings++;
      if (edge.country !== country) edge.country = null;
    }
  }
}
const seen = new Set();
const lines = [];
for (const { points } of rings) {
  let line = [];
  for (let i = 1; i < points.length; i++) {
    const key = edgeKey(points[i - 1], points[i]);
    const edge = edges.get(key);
    const inside = edge.rings > 1 && edge.country !== null && !seen.has(key);
    seen.add(key);
    if (!inside) {
      if (line.length > 1) lines.push(line);
      line = [];
      continue;
    }
    if (!line.length) line.push(points[i - 1]);
    line.push(points[i]);
  }
  if (line.length > 1) lines.push(line);
}
/** Douglas–Peucker: keeps the points that stray more than `eps` degrees from the chord. */
function simplify(points, eps) {
  if (points.length < 3) return points;
  const [ax, ay] = points[0],
    [bx, by] = points.at(-1);
  const len = Math.hypot(bx - ax, by - ay) || 1e-9;
  let worst = 0,
    at = 0;
  for (let i = 1; i < points.length - 1; i++) {
    const [px, py] = points[i];
    const d = Math.abs((bx - ax) * (ay - py) - (ax - px) * (by - ay)) / len;
    if (d > worst) [worst, at] = [d, i];
  }
  if (worst <= eps) return [points[0], points.at(-1)];
  return [...simplify(points.slice(0, at + 1), eps).slice(0, -1), ...simplify(points.slice(at), eps)];
}
const simple = lines.map((l) => simplify(l, 0.03)).filter((l) => l.length > 1);
writeFileSync(
  join(here, "public/basemap/admin1.json"),
  JSON.stringify({ type: "MultiLineString", coordinates: simple }),
);
console.log(
  `${places.length} places, ${simple.length} admin-1 lines, ${simple.reduce((n, l) => n + l.length, 0)} vertices`,
);
