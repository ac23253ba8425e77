import type { LayerSpecification, Map as MapLibreMap } from "maplibre-gl";
import type { MapPoint } from "../api/types.ts";
import { FONT_BOLD } from "./basemap.ts";
import { UNKNOWN_COLOR } from "./colors.ts";

/** The id of the clustered events source. */
export const EVENTS = "events";

/** Events as GeoJSON points carrying what the layers draw: type, colour, id. */
export function eventFeatures(points: MapPoint[], colors: Map<string, string>): GeoJSON.FeatureCollection<GeoJSON.Point> {
  const features = new Array<GeoJSON.Feature<GeoJSON.Point>>(points.length);
  for (let i = 0; i < points.length; i++) {
    const p = points[i]!;
    const color = (p.actor1 && colors.get(p.actor1)) || UNKNOWN_COLOR;
    features[i] = {
      type: "Feature",
      properties: { id: p.id, icon: `ev:${p.type}:${color}`, status: p.status },
      geometry: { type: "Point", coordinates: [p.lon, p.lat] },
    };
  }
  return { type: "FeatureCollection", features };
}

const layers: LayerSpecification[] = [
  {
    id: "clusters", type: "circle", source: EVENTS, filter: ["has", "point_count"],
    paint: {
      "circle-color": ["step", ["get", "point_count"], "#2f4858", 100, "#23395b", 1000, "#161b33"],
      "circle-opacity": 0.88,
      "circle-radius": ["step", ["get", "point_count"], 13, 10, 16, 100, 20, 1000, 25, 10000, 31],
      "circle-stroke-color": "#ffffff",
      "circle-stroke-width": 2,
    },
  },
  {
    id: "cluster-count", type: "symbol", source: EVENTS, filter: ["has", "point_count"],
    layout: { "text-field": ["get", "point_count_abbreviated"], "text-font": FONT_BOLD, "text-size": 12, "text-allow-overlap": true },
    paint: { "text-color": "#ffffff" },
  },
  {
    id: "event-selected", type: "circle", source: EVENTS, filter: ["==", ["get", "id"], ""],
    paint: { "circle-radius": 17, "circle-color": "rgba(255,214,10,0.35)", "circle-stroke-color": "#f5b700", "circle-stroke-width": 3 },
  },
  {
    id: "event-icons", type: "symbol", source: EVENTS, filter: ["!", ["has", "point_count"]],
    layout: { "icon-image": ["get", "icon"], "icon-allow-overlap": true, "icon-size": 1 },
    paint: { "icon-opacity": ["case", ["==", ["get", "status"], "proposed"], 0.78, 1] },
  },
];

/** Adds the clustered events source and its layers (clusters, counts, icons, the selection ring). */
export function addEventLayers(map: MapLibreMap): void {
  map.addSource(EVENTS, {
    type: "geojson",
    data: { type: "FeatureCollection", features: [] },
    cluster: true,
    clusterRadius: 48,
    clusterMaxZoom: 13,
  });
  for (const layer of layers) map.addLayer(layer);
}

/** Rings the selected event (or nothing, for null). */
export function showSelected(map: MapLibreMap, id: string | null): void {
  if (map.getLayer("event-selected")) map.setFilter("event-selected", ["==", ["get", "id"], id ?? ""]);
}
