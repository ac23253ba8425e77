import type { Map as MapLibreMap, MapMouseEvent } from "maplibre-gl";
import type { BBox } from "../filters.ts";

const SOURCE = "draw-area";

/** The drawn area as a polygon, or an empty collection. */
function areaData(bbox: BBox | null): GeoJSON.FeatureCollection {
  if (!bbox) return { type: "FeatureCollection", features: [] };
  const [w, s, e, n] = bbox;
  return {
    type: "FeatureCollection",
    features: [
      {
        type: "Feature",
        properties: {},
        geometry: {
          type: "Polygon",
          coordinates: [
            [
              [w, s],
              [e, s],
              [e, n],
              [w, n],
              [w, s],
            ],
          ],
        },
      },
    ],
  };
}

const LAYERS = ["area-fill", "area-line"];

/**
 * Adds the layers that show the area filter, hidden while there is no area: a visible fill or line
 * layer costs every frame a pass over the whole view (its source's tile clipping masks), even empty.
 */
export function addAreaLayers(map: MapLibreMap): void {
  map.addSource(SOURCE, { type: "geojson", data: areaData(null) });
  map.addLayer({
    id: "area-fill",
    type: "fill",
    source: SOURCE,
    layout: { visibility: "none" },
    paint: { "fill-color": "#1f5fa8", "fill-opacity": 0.06 },
  });
  map.addLayer({
    id: "area-line",
    type: "line",
    source: SOURCE,
    layout: { visibility: "none" },
    paint: { "line-color": "#1f5fa8", "line-width": 2, "line-dasharray": [2, 1] },
  });
}

/** Shows an area (the filter's bbox) on the map, or none. */
export function showArea(map: MapLibreMap, bbox: BBox | null): void {
  const source = map.getSource(SOURCE);
  if (!source || !("setData" in source)) return;
  void (source as unknown as { setData(d: unknown): Promise<void> }).setData(areaData(bbox));
  for (const id of LAYERS) map.setLayoutProperty(id, "visibility", bbox ? "visible" : "none");
}

/**
 * Lets the user drag a rectangle on the map; calls `done` with it (null if cancelled) and
 * returns a function that stops drawing.
 */
export function drawArea(map: MapLibreMap, done: (bbox: BBox | null) => void): () => void {
  let start: MapMouseEvent["lngLat"] | null = null;
  const canvas = map.getCanvasContainer();
  canvas.style.cursor = "crosshair";
  map.dragPan.disable();
  const toBBox = (a: MapMouseEvent["lngLat"], b: MapMouseEvent["lngLat"]): BBox => [
    Math.min(a.lng, b.lng),
    Math.min(a.lat, b.lat),
    Math.max(a.lng, b.lng),
    Math.max(a.lat, b.lat),
  ];
  const down = (e: MapMouseEvent): void => {
    start = e.lngLat;
  };
  const move = (e: MapMouseEvent): void => {
    if (start) showArea(map, toBBox(start, e.lngLat));
  };
  const up = (e: MapMouseEvent): void => {
    if (!start) return;
    const bbox = toBBox(start, e.lngLat);
    stop();
    done(bbox[0] === bbox[2] || bbox[1] === bbox[3] ? null : bbox);
  };
  const key = (e: KeyboardEvent): void => {
    if (e.key === "Escape") {
      stop();
      done(null);
    }
  };
  function stop(): void {
    map.off("mousedown", down);
    map.off("mousemove", move);
    map.off("mouseup", up);
    window.removeEventListener("keydown", key);
    canvas.style.cursor = "";
    map.dragPan.enable();
  }
  map.on("mousedown", down);
  map.on("mousemove", move);
  map.on("mouseup", up);
  window.addEventListener("keydown", key);
  return stop;
}
