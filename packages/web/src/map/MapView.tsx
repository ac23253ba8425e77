import { useEffect, useRef, useState } from "react";
import * as maplibregl from "maplibre-gl";
import type { GeoJSONSource, Map as MapLibreMap } from "maplibre-gl";
import "maplibre-gl/dist/maplibre-gl.css";
import workerUrl from "maplibre-gl/dist/maplibre-gl-worker.mjs?url";
import type { MapPoint } from "../api/types.ts";
import type { BBox } from "../filters.ts";
import { admin1Url, baseStyle, loadPlaceLabels } from "./basemap.ts";
import { addAreaLayers, drawArea, showArea } from "./drawArea.ts";
import { ClusterClient } from "./clusterClient.ts";
import { EVENTS, addEventLayers, showSelected } from "./eventLayers.ts";
import { drawIconForId } from "./icons.ts";
import { adaptResolutionWhileMoving } from "./motionResolution.ts";

/** What the map shows and how it reports clicks. */
export interface MapViewProps {
  /** Every point the map may show; `shown` picks those that pass the filters (null: all). */
  points: MapPoint[];
  shown?: Uint8Array | null;
  colors: Map<string, string>;
  selectedId: string | null;
  onSelect: (id: string) => void;
  area: BBox | null;
  drawing: boolean;
  onAreaDrawn: (bbox: BBox | null) => void;
  /** When set, the next click on the map picks a position instead of an event. */
  onPick?: ((at: { lat: number; lon: number }) => void) | null;
  /** Called once the style is parsed, before the first frame: a view set here is the first one drawn. */
  onReady?: (map: MapLibreMap) => void;
  /**
   * The worker that already holds `points` (the app's events, downloaded by it). Without one, the map
   * clusters `points` in a worker of its own (pins, a picked place).
   */
  clusters?: ClusterClient;
}

declare global {
  interface Window {
    /** Milliseconds from navigation to the first idle map with events drawn (read by the bench). */
    __sitrepFirstRender?: number;
    __sitrepMap?: MapLibreMap;
  }
}

// The worker is served from our own assets; MapLibre would otherwise look beside its module.
maplibregl.setWorkerUrl(workerUrl);

function setSource(map: MapLibreMap, id: string, data: GeoJSON.GeoJSON | string): void {
  void (map.getSource(id) as GeoJSONSource | undefined)?.setData(data);
}

/** Whether the view (up to latitude ±85, as clusters are asked for) lies inside a box. */
/** How long the map waits for its first events before it shows place labels and admin-1 without them. */
const EXTRAS_FALLBACK_MS = 4000;

/** Place labels and admin-1 boundaries: kept off the first view so that it draws the events sooner. */
function loadExtras(map: MapLibreMap): void {
  void loadPlaceLabels().then((places) => setSource(map, "places", places));
  setSource(map, "admin1", admin1Url());
}

function within(view: maplibregl.LngLatBounds, box: [number, number, number, number]): boolean {
  const south = Math.max(-85, view.getSouth());
  const north = Math.min(85, view.getNorth());
  return view.getWest() >= box[0] && south >= box[1] && view.getEast() <= box[2] && north <= box[3];
}

/** The MapLibre map: local basemap, clustered event icons, area drawing and place picking. */
export function MapView(props: MapViewProps) {
  const container = useRef<HTMLDivElement>(null);
  const [map, setMap] = useState<MapLibreMap | null>(null);
  /** Counts what was sent to the worker (points, colours, filters): each count is asked for its clusters. */
  const [sentCount, setSentCount] = useState(0);
  const latest = useRef(props);
  latest.current = props;
  const [own, setOwn] = useState<ClusterClient | null>(null);
  useEffect(() => {
    if (props.clusters) return;
    const worker = new ClusterClient();
    setOwn(worker);
    return () => worker.terminate();
  }, [props.clusters]);
  const client = props.clusters ?? own;
  const clientRef = useRef(client);
  clientRef.current = client;

  useEffect(() => {
    const instance = new maplibregl.Map({
      container: container.current!,
      style: baseStyle(),
      center: [38.5, 34.5],
      zoom: 4.2,
      attributionControl: { compact: true, customAttribution: "Natural Earth" },
      // No label fade: each faded frame is one more frame to draw (in software WebGL, a costly one).
      fadeDuration: 0,
    });
    instance.addControl(new maplibregl.NavigationControl({ visualizePitch: false }), "top-right");
    instance.addControl(new maplibregl.ScaleControl({}), "bottom-right");
    const stopAdapting = adaptResolutionWhileMoving(instance);
    instance.setMissingStyleImageResolver((id) => {
      const pixels = drawIconForId(id);
      if (pixels && !instance.hasImage(id)) instance.addImage(id, pixels, { pixelRatio: 2 });
    });
    // The style is inline: the events' layers go in as soon as it is parsed, not after the basemap's
    // first tiles are drawn (`load`), so the events and the first view do not wait for a view that is
    // about to be left (the page fits the events once they arrive).
    instance.once("style.load", () => {
      performance.mark("sitrep:map-ready");
      addEventLayers(instance);
      addAreaLayers(instance);
      window.__sitrepMap = instance;
      setMap(instance);
      latest.current.onReady?.(instance);
    });
    instance.on("click", "clusters", (e) => {
      if (latest.current.onPick || latest.current.drawing) return;
      const feature = e.features?.[0];
      const clusterId = feature?.properties?.cluster_id as number | undefined;
      if (!feature || clusterId === undefined) return;
      void clientRef.current?.expansionZoom(clusterId).then((zoom) => {
        instance.easeTo({
          center: (feature.geometry as GeoJSON.Point).coordinates as [number, number],
          zoom,
        });
      });
    });
    instance.on("click", "event-icons", (e) => {
      const id = e.features?.[0]?.properties?.id as string | undefined;
      if (id && !latest.current.onPick && !latest.current.drawing) latest.current.onSelect(id);
    });
    instance.on("click", (e) => latest.current.onPick?.({ lat: e.lngLat.lat, lon: e.lngLat.lng }));
    for (const layer of ["clusters", "event-icons"]) {
      instance.on("mouseenter", layer, () => (instance.getCanvas().style.cursor = "pointer"));
      instance.on("mouseleave", layer, () => (instance.getCanvas().style.cursor = ""));
    }
    return () => {
      if (window.__sitrepMap === instance) delete window.__sitrepMap;
      stopAdapting();
      instance.remove();
    };
  }, []);

  // The app's worker holds its points (it downloaded them); a map's own worker gets them here. Colours
  // and filters go as small messages.
  const sent = useRef<{ client: ClusterClient; points: MapPoint[]; colors: Map<string, string> } | null>(
    null,
  );
  useEffect(() => {
    const { points, colors, shown } = props;
    if (!client || (!points.length && client !== own)) return;
    let live = true;
    const fresh = sent.current?.client !== client || sent.current.points !== points;
    const tasks: Promise<void>[] = [];
    if (client === own && fresh) tasks.push(client.setPoints(points));
    if (fresh || sent.current?.colors !== colors) tasks.push(client.setColors(colors));
    // New points were indexed whole by the worker: a mask is needed only when filters are on.
    if (shown || !fresh) tasks.push(client.filter(shown ?? null));
    sent.current = { client, points, colors };
    // The worker answers in order: clusters asked for now come from the new index, as soon as it is
    // built, without a round trip through this thread (busy starting the map) before they are asked.
    setSentCount((n) => n + 1);
    void Promise.all(tasks).then(() => {
      if (live && fresh) performance.mark("sitrep:indexed");
    });
    return () => {
      live = false;
    };
  }, [client, own, props.points, props.colors, props.shown]);

  // Each view asks the worker for the clusters and points around it: a box one view wide on every side
  // of the view, so panning within it changes nothing on the map (no new data, no new tiles). Asked
  // again only when the view leaves that box or the zoom level changes; only the latest answer is drawn.
  const latestAsked = useRef(0);
  const extrasAskedRef = useRef(false);
  // Without events (none stored, or the points failed to load) the labels still come, a little later.
  useEffect(() => {
    if (!map) return;
    const timer = window.setTimeout(() => {
      if (extrasAskedRef.current) return;
      extrasAskedRef.current = true;
      loadExtras(map);
    }, EXTRAS_FALLBACK_MS);
    return () => window.clearTimeout(timer);
  }, [map]);
  useEffect(() => {
    if (!map || !sentCount || !client) return;
    let covered: { bbox: [number, number, number, number]; zoom: number } | null = null;
    const refresh = (force: boolean): void => {
      const b = map.getBounds();
      const zoom = Math.floor(map.getZoom());
      if (!force && covered && covered.zoom === zoom && within(b, covered.bbox)) return;
      const width = b.getEast() - b.getWest();
      const height = b.getNorth() - b.getSouth();
      const bbox: [number, number, number, number] = [
        b.getWest() - width,
        Math.max(-85, b.getSouth() - height),
        b.getEast() + width,
        Math.min(85, b.getNorth() + height),
      ];
      covered = { bbox, zoom };
      const asked = ++latestAsked.current;
      void client.query(bbox, zoom).then((data) => {
        if (asked !== latestAsked.current) return;
        setSource(map, EVENTS, data);
        if (!extrasAskedRef.current) {
          // Place labels and admin-1 boundaries come once the first view is drawn with its events.
          extrasAskedRef.current = true;
          map.once("idle", () => loadExtras(map));
        }
        if (window.__sitrepFirstRender === undefined && data.features.length) {
          performance.mark("sitrep:events-set");
          map.once("idle", () => (window.__sitrepFirstRender ??= performance.now()));
        }
      });
    };
    const onMove = (): void => refresh(false);
    refresh(true);
    map.on("move", onMove);
    return () => {
      map.off("move", onMove);
    };
  }, [map, sentCount, client]);

  useEffect(() => {
    if (map) showSelected(map, props.selectedId);
  }, [map, props.selectedId]);

  useEffect(() => {
    if (map && !props.drawing) showArea(map, props.area);
  }, [map, props.area, props.drawing]);

  useEffect(() => {
    if (!map || !props.drawing) return;
    return drawArea(map, (bbox) => latest.current.onAreaDrawn(bbox));
  }, [map, props.drawing]);

  useEffect(() => {
    if (map) map.getCanvas().style.cursor = props.onPick ? "crosshair" : "";
  }, [map, props.onPick]);

  return <div ref={container} className="map" role="region" aria-label="Map of events" />;
}
