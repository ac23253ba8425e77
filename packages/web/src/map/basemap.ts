import type { StyleSpecification } from "maplibre-gl";
import { feature, mesh } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import countriesUrl from "world-atlas/countries-50m.json?url";
import interRegular from "@fontsource/inter/files/inter-latin-400-normal.woff2?url";
import interBold from "@fontsource/inter/files/inter-latin-600-normal.woff2?url";

/** The font stacks map text uses; both files ship with the app (no glyph server). */
export const FONT = ["Inter Regular"];
/** The bold stack, for cluster counts. */
export const FONT_BOLD = ["Inter SemiBold"];

const absolute = (url: string): string => new URL(url, window.location.href).href;

/** A style with only local sources: ocean, land and borders from Natural Earth, fonts from the bundle. */
export function baseStyle(): StyleSpecification {
  const empty = { type: "geojson" as const, data: { type: "FeatureCollection" as const, features: [] } };
  return {
    version: 8,
    "font-faces": { "Inter Regular": absolute(interRegular), "Inter SemiBold": absolute(interBold) },
    sources: { countries: empty, borders: empty, admin1: empty, places: empty, countryLabels: empty },
    layers: [
      { id: "ocean", type: "background", paint: { "background-color": "#d4e3ec" } },
      {
        id: "land",
        type: "fill",
        source: "countries",
        paint: { "fill-color": "#f4f1ea", "fill-outline-color": "#c9c2b4" },
      },
      {
        id: "admin1",
        type: "line",
        source: "admin1",
        minzoom: 4,
        paint: { "line-color": "#b9b1a3", "line-width": 0.6, "line-dasharray": [3, 2] },
      },
      {
        id: "borders",
        type: "line",
        source: "borders",
        paint: {
          "line-color": "#8f8778",
          "line-width": ["interpolate", ["linear"], ["zoom"], 1, 0.5, 8, 1.6],
        },
      },
      {
        id: "country-labels",
        type: "symbol",
        source: "countryLabels",
        maxzoom: 7,
        layout: {
          "text-field": ["get", "name"],
          "text-font": FONT,
          "text-size": ["interpolate", ["linear"], ["zoom"], 2, 10, 6, 14],
          "text-transform": "uppercase",
          "text-letter-spacing": 0.08,
          "text-max-width": 8,
        },
        paint: { "text-color": "#6f675c", "text-halo-color": "#f4f1ea", "text-halo-width": 1.2 },
      },
      {
        id: "place-labels",
        type: "symbol",
        source: "places",
        filter: ["<=", ["get", "minzoom"], ["zoom"]],
        layout: {
          "text-field": ["get", "name"],
          "text-font": FONT,
          "text-size": ["interpolate", ["linear"], ["zoom"], 4, 10, 10, 13],
          "text-variable-anchor": ["top", "bottom", "left", "right"],
          "text-radial-offset": 0.5,
          "symbol-sort-key": ["get", "minzoom"],
        },
        paint: {
          "text-color": "#39332b",
          "text-halo-color": "rgba(255,255,255,0.9)",
          "text-halo-width": 1.4,
        },
      },
    ],
  };
}

type Polygonal = GeoJSON.Feature<GeoJSON.Polygon | GeoJSON.MultiPolygon, { name?: string }>;

/** A label point for a country: the middle of the bounding box of its largest ring. */
function labelPoint(country: Polygonal): GeoJSON.Feature<GeoJSON.Point> | null {
  const geometry = country.geometry;
  if (!geometry) return null;
  const rings =
    geometry.type === "Polygon" ? [geometry.coordinates[0]!] : geometry.coordinates.map((p) => p[0]!);
  let best: GeoJSON.Position[] | null = null;
  let bestArea = 0;
  for (const ring of rings) {
    const xs = ring.map((p) => p[0]!);
    const ys = ring.map((p) => p[1]!);
    const area = (Math.max(...xs) - Math.min(...xs)) * (Math.max(...ys) - Math.min(...ys));
    if (area > bestArea) [best, bestArea] = [ring, area];
  }
  if (!best || bestArea < 1) return null;
  const xs = best.map((p) => p[0]!);
  const ys = best.map((p) => p[1]!);
  const center = [(Math.max(...xs) + Math.min(...xs)) / 2, (Math.max(...ys) + Math.min(...ys)) / 2];
  return {
    type: "Feature",
    properties: { name: country.properties?.name ?? "" },
    geometry: { type: "Point", coordinates: center },
  };
}

type Countries = Topology<{ countries: GeometryCollection<{ name: string }> }>;
let countriesRequest: Promise<Countries> | null = null;

/** Starts downloading the countries early (before the map exists); later calls share the request. */
export function prefetchCountries(): Promise<Countries> {
  countriesRequest ??= fetch(countriesUrl).then((r) => r.json() as Promise<Countries>);
  return countriesRequest;
}

/** Land, borders and country labels from world-atlas' Natural Earth 1:50m TopoJSON. */
export async function loadCountries(): Promise<{
  countries: GeoJSON.FeatureCollection;
  borders: GeoJSON.MultiLineString;
  labels: GeoJSON.FeatureCollection;
}> {
  const topology = await prefetchCountries();
  const countries = feature(topology, topology.objects.countries) as GeoJSON.FeatureCollection;
  const borders = mesh(topology, topology.objects.countries, (a, b) => a !== b);
  const labels = (countries.features as Polygonal[])
    .map(labelPoint)
    .filter((f): f is GeoJSON.Feature<GeoJSON.Point> => f !== null);
  return { countries, borders, labels: { type: "FeatureCollection", features: labels } };
}

/** Place labels (`[name, lon, lat, minzoom]` rows) and admin-1 boundaries shipped in `public/basemap/`. */
export async function loadGazetteerLayers(): Promise<{
  places: GeoJSON.FeatureCollection;
  admin1: GeoJSON.MultiLineString | null;
}> {
  const places = await fetch("/basemap/places.json").then((r) =>
    r.ok ? (r.json() as Promise<[string, number, number, number][]>) : [],
  );
  const admin1 = await fetch("/basemap/admin1.json").then((r) =>
    r.ok ? (r.json() as Promise<GeoJSON.MultiLineString>) : null,
  );
  return {
    places: {
      type: "FeatureCollection",
      features: places.map(([name, lon, lat, minzoom]) => ({
        type: "Feature",
        properties: { name, minzoom },
        geometry: { type: "Point", coordinates: [lon, lat] },
      })),
    },
    admin1,
  };
}
