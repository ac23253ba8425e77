import type { GeoJSONSource, LayerSpecification, Map as MapLibreMap } from "maplibre-gl";

/** The id of the control source: holders' areas and settlement points for one date. */
export const CONTROL = "control";

const fallback = "#6b7280";
const colour: unknown = ["coalesce", ["get", "colour"], fallback];

const layers = [
  {
    // Blocks of one holder meet edge to edge: no antialiasing, so their seams never show.
    id: "control-areas",
    type: "fill",
    source: CONTROL,
    filter: ["==", ["get", "kind"], "area"],
    paint: { "fill-color": colour, "fill-opacity": 0.38, "fill-antialias": false },
  },
  {
    id: "control-front",
    type: "line",
    source: CONTROL,
    filter: ["==", ["get", "kind"], "front"],
    layout: { "line-join": "round", "line-cap": "round" },
    paint: { "line-color": "#1f2937", "line-width": 2, "line-dasharray": [2, 1.5] },
  },
  {
    id: "control-contested",
    type: "circle",
    source: CONTROL,
    filter: ["all", ["==", ["get", "kind"], "settlement"], ["==", ["get", "contested"], true]],
    paint: {
      "circle-radius": 7,
      "circle-color": "rgba(0,0,0,0)",
      "circle-stroke-color": "#f5b700",
      "circle-stroke-width": 2.5,
    },
  },
  {
    id: "control-settlements",
    type: "circle",
    source: CONTROL,
    filter: ["==", ["get", "kind"], "settlement"],
    paint: {
      "circle-radius": 3,
      "circle-color": colour,
      "circle-stroke-color": "#ffffff",
      "circle-stroke-width": 1,
    },
  },
] as LayerSpecification[];

/** Per map: whether the reader shows control, and whether the data has anything to draw. */
const state = new WeakMap<MapLibreMap, { shown: boolean; empty: boolean }>();

/**
 * The layers are drawn only when shown and not empty: a visible fill or line layer costs every frame a
 * pass over the whole view (its source's tile clipping masks), even with nothing in it.
 */
function applyVisibility(map: MapLibreMap): void {
  const { shown, empty } = state.get(map) ?? { shown: true, empty: true };
  const visibility = shown && !empty ? "visible" : "none";
  for (const layer of layers)
    if (map.getLayer(layer.id) && map.getLayoutProperty(layer.id, "visibility") !== visibility)
      map.setLayoutProperty(layer.id, "visibility", visibility);
}

/** Adds the control source and layers beneath the event layers (areas under everything else). */
export function addControlLayers(map: MapLibreMap): void {
  if (map.getSource(CONTROL)) return;
  map.addSource(CONTROL, { type: "geojson", data: { type: "FeatureCollection", features: [] } });
  const below = map.getLayer("clusters") ? "clusters" : undefined;
  for (const layer of layers)
    map.addLayer({ ...layer, layout: { ...layer.layout, visibility: "none" } }, below);
  applyVisibility(map);
}

/** Shows or hides the control layers. */
export function showControl(map: MapLibreMap, visible: boolean): void {
  state.set(map, { empty: true, ...state.get(map), shown: visible });
  applyVisibility(map);
}

/** Replaces what the control layers draw. */
export function setControlData(map: MapLibreMap, data: GeoJSON.FeatureCollection): void {
  state.set(map, { shown: true, ...state.get(map), empty: data.features.length === 0 });
  void (map.getSource(CONTROL) as GeoJSONSource | undefined)?.setData(data);
  applyVisibility(map);
}
