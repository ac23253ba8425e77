import type { LayerSpecification, Map as MapLibreMap } from "maplibre-gl";
import { FONT_BOLD } from "./basemap.ts";

/** The id of the clustered events source. */
export const EVENTS = "events";

const layers: LayerSpecification[] = [
  {
    id: "clusters",
    type: "circle",
    source: EVENTS,
    filter: ["has", "point_count"],
    paint: {
      "circle-color": ["step", ["get", "point_count"], "#2f4858", 100, "#23395b", 1000, "#161b33"],
      "circle-opacity": 0.88,
      "circle-radius": ["step", ["get", "point_count"], 13, 10, 16, 100, 20, 1000, 25, 10000, 31],
      "circle-stroke-color": "#ffffff",
      "circle-stroke-width": 2,
    },
  },
  {
    id: "cluster-count",
    type: "symbol",
    source: EVENTS,
    filter: ["has", "point_count"],
    layout: {
      "text-field": ["get", "point_count_abbreviated"],
      "text-font": FONT_BOLD,
      "text-size": 12,
      "text-allow-overlap": true,
      // Counts sit on their circles: no collision work for them while the map moves.
      "text-ignore-placement": true,
    },
    paint: { "text-color": "#ffffff" },
  },
  {
    id: "event-selected",
    type: "circle",
    source: EVENTS,
    filter: ["==", ["get", "id"], ""],
    paint: {
      "circle-radius": 17,
      "circle-color": "rgba(255,214,10,0.35)",
      "circle-stroke-color": "#f5b700",
      "circle-stroke-width": 3,
    },
  },
  {
    id: "event-icons",
    type: "symbol",
    source: EVENTS,
    filter: ["!", ["has", "point_count"]],
    layout: {
      "icon-image": ["get", "icon"],
      "icon-allow-overlap": true,
      "icon-ignore-placement": true,
      "icon-size": 1,
    },
    paint: { "icon-opacity": ["case", ["==", ["get", "status"], "proposed"], 0.78, 1] },
  },
];

/**
 * Adds the events source and its layers (clusters, counts, icons, the selection ring). The source
 * holds only what the view shows: the cluster worker (`clusterClient.ts`) fills it.
 */
export function addEventLayers(map: MapLibreMap): void {
  map.addSource(EVENTS, { type: "geojson", data: { type: "FeatureCollection", features: [] }, buffer: 64 });
  for (const layer of layers) map.addLayer(layer);
}

/** Rings the selected event (or nothing, for null). */
export function showSelected(map: MapLibreMap, id: string | null): void {
  if (map.getLayer("event-selected")) map.setFilter("event-selected", ["==", ["get", "id"], id ?? ""]);
}
