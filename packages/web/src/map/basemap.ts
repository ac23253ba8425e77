import { addProtocol, type StyleSpecification } from "maplibre-gl";
import interRegular from "@fontsource/inter/files/inter-latin-400-normal.woff2?url";
import interBold from "@fontsource/inter/files/inter-latin-600-normal.woff2?url";

/** The font stacks map text uses; both files ship with the app (no glyph server). */
export const FONT = ["Inter Regular"];
/** The bold stack, for cluster counts. */
export const FONT_BOLD = ["Inter SemiBold"];

const absolute = (url: string): string => new URL(url, window.location.href).href;

/** The URL scheme of the map's font files, served from bytes fetched as the map is made. */
const FONT_PROTOCOL = "sitrep-font";
const FONT_FILES: Record<string, string> = { regular: interRegular, semibold: interBold };
const fontBytes = new Map<string, Promise<ArrayBuffer>>();

/** The bytes of a font file (`regular`, `semibold`), downloaded once. */
function fontFile(name: string): Promise<ArrayBuffer> {
  let bytes = fontBytes.get(name);
  if (!bytes) {
    const url = FONT_FILES[name];
    if (!url) return Promise.reject(new Error(`no map font ${name}`));
    bytes = fetch(absolute(url)).then((r) => {
      if (!r.ok) throw new Error(`${r.status} ${r.statusText} for ${url}`);
      return r.arrayBuffer();
    });
    // A failed download is asked for again by the next map.
    bytes.catch(() => fontBytes.delete(name));
    fontBytes.set(name, bytes);
  }
  return bytes;
}

// MapLibre downloads a font file only when it lays out the first label in it (the country labels
// once the basemap's first tiles are cut, then the cluster counts once the events' tiles are), each
// download waiting for the page's thread between frames: 0.4 s on the way to the first render.
// Through this scheme the files are downloaded as the map is made, and MapLibre gets their bytes.
addProtocol(FONT_PROTOCOL, async ({ url }) => ({
  data: (await fontFile(url.slice(FONT_PROTOCOL.length + 3))).slice(0),
}));

/**
 * A style with only local sources: ocean, land and borders from Natural Earth as vector tiles made at
 * build time (`scripts/build-countries.mjs`), fonts from the bundle. The other sources start empty;
 * see {@link basemapFiles}.
 */
export function baseStyle(): StyleSpecification {
  const empty = { type: "geojson" as const, data: { type: "FeatureCollection" as const, features: [] } };
  for (const name of Object.keys(FONT_FILES)) void fontFile(name).catch(() => undefined);
  return {
    version: 8,
    "font-faces": {
      "Inter Regular": `${FONT_PROTOCOL}://regular`,
      "Inter SemiBold": `${FONT_PROTOCOL}://semibold`,
    },
    sources: {
      basemap: {
        type: "vector",
        // Not through `absolute`: URL would escape the braces of the template.
        tiles: [`${window.location.origin}/basemap/tiles/{z}/{x}/{y}.pbf`],
        minzoom: 0,
        maxzoom: 6,
      },
      admin1: empty,
      places: empty,
    },
    layers: [
      { id: "ocean", type: "background", paint: { "background-color": "#d4e3ec" } },
      {
        id: "land",
        type: "fill",
        source: "basemap",
        "source-layer": "countries",
        paint: { "fill-color": "#f4f1ea", "fill-outline-color": "#c9c2b4" },
      },
      {
        id: "borders",
        type: "line",
        source: "basemap",
        "source-layer": "borders",
        paint: {
          "line-color": "#8f8778",
          "line-width": ["interpolate", ["linear"], ["zoom"], 1, 0.5, 8, 1.6],
        },
      },
      // After the borders, not between the land and the borders: layers of one source drawn one after
      // the other share their tiles' clipping masks, which are otherwise drawn again (a pass over the
      // whole view) at each change of source. Admin-1 lines never lie on a border (build-basemap.mjs).
      {
        id: "admin1",
        type: "line",
        source: "admin1",
        minzoom: 4,
        paint: { "line-color": "#b9b1a3", "line-width": 0.6, "line-dasharray": [3, 2] },
      },
      {
        id: "country-labels",
        type: "symbol",
        source: "basemap",
        "source-layer": "country-labels",
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

/** The admin-1 boundaries shipped in `public/basemap/`, as a URL MapLibre's worker fetches and parses. */
export const admin1Url = (): string => absolute("/basemap/admin1.json");

/** Place labels (`[name, lon, lat, minzoom]` rows) shipped in `public/basemap/`. */
export async function loadPlaceLabels(): Promise<GeoJSON.FeatureCollection> {
  const places = await fetch("/basemap/places.json").then((r) =>
    r.ok ? (r.json() as Promise<[string, number, number, number][]>) : [],
  );
  return {
    type: "FeatureCollection",
    features: places.map(([name, lon, lat, minzoom]) => ({
      type: "Feature",
      properties: { name, minzoom },
      geometry: { type: "Point", coordinates: [lon, lat] },
    })),
  };
}
