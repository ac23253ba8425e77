import { useEffect, useRef, useState } from "react";
import * as maplibregl from "maplibre-gl";
import type { GeoJSONSource, Map as MapLibreMap } from "maplibre-gl";
import "maplibre-gl/dist/maplibre-gl.css";
import workerUrl from "maplibre-gl/dist/maplibre-gl-worker.mjs?url";
import type { MapPoint } from "../api/types.ts";
import type { BBox } from "../filters.ts";
import { baseStyle, loadCountries, loadGazetteerLayers } from "./basemap.ts";
import { addAreaLayers, drawArea, showArea } from "./drawArea.ts";
import { ClusterClient } from "./clusterClient.ts";
import { EVENTS, addEventLayers, showSelected } from "./eventLayers.ts";
import { drawIconForId } from "./icons.ts";

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
  onReady?: (map: MapLibreMap) => void;
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

function setSource(map: MapLibreMap, id: string, data: GeoJSON.GeoJSON): void {
  void (map.getSource(id) as GeoJSONSource | undefined)?.setData(data);
}

/** The MapLibre map: local basemap, clustered event icons, area drawing and place picking. */
export function MapView(props: MapViewProps) {
  const container = useRef<HTMLDivElement>(null);
  const [map, setMap] = useState<MapLibreMap | null>(null);
  const [indexed, setIndexed] = useState(0);
  const clusters = useRef<ClusterClient | null>(null);
  const latest = useRef(props);
  latest.current = props;

  useEffect(() => {
    const instance = new maplibregl.Map({
      container: container.current!,
      style: baseStyle(),
      center: [38.5, 34.5],
      zoom: 4.2,
      attributionControl: { compact: true, customAttribution: "Natural Earth" },
      fadeDuration: 150,
    });
    instance.addControl(new maplibregl.NavigationControl({ visualizePitch: false }), "top-right");
    instance.addControl(new maplibregl.ScaleControl({}), "bottom-right");
    instance.setMissingStyleImageResolver((id) => {
      const pixels = drawIconForId(id);
      if (pixels && !instance.hasImage(id)) instance.addImage(id, pixels, { pixelRatio: 2 });
    });
    instance.on("load", () => {
      addEventLayers(instance);
      addAreaLayers(instance);
      void loadCountries().then(({ countries, borders, labels }) => {
        setSource(instance, "countries", countries);
        setSource(instance, "borders", borders);
        setSource(instance, "countryLabels", labels);
      });
      instance.once("idle", () => {
        void loadGazetteerLayers().then(({ places, admin1 }) => {
          setSource(instance, "places", places);
          if (admin1) setSource(instance, "admin1", admin1);
        });
      });
      window.__sitrepMap = instance;
      setMap(instance);
      latest.current.onReady?.(instance);
    });
    instance.on("click", "clusters", (e) => {
      if (latest.current.onPick || latest.current.drawing) return;
      const feature = e.features?.[0];
      const clusterId = feature?.properties?.cluster_id as number | undefined;
      if (!feature || clusterId === undefined) return;
      void clusters.current?.expansionZoom(clusterId).then((zoom) => {
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
    clusters.current = new ClusterClient();
    return () => {
      if (window.__sitrepMap === instance) delete window.__sitrepMap;
      instance.remove();
      clusters.current?.terminate();
    };
  }, []);

  // All points go to the cluster worker once; filters only send a mask.
  const loaded = useRef<{ points: MapPoint[]; colors: Map<string, string> } | null>(null);
  useEffect(() => {
    const client = clusters.current;
    if (!client) return;
    let live = true;
    const { points, colors, shown } = props;
    const fresh = loaded.current?.points !== points || loaded.current.colors !== colors;
    const ready = fresh ? client.load(points, colors) : Promise.resolve();
    loaded.current = { points, colors };
    void ready
      .then(() => (shown || !fresh ? client.filter(shown ?? null, points.length) : undefined))
      .then(() => live && setIndexed((n) => n + 1));
    return () => {
      live = false;
    };
  }, [props.points, props.colors, props.shown]);

  // Each view asks the worker for what it shows: on every move end, and every 200 ms while moving.
  // Only the latest question's answer is drawn, across re-runs of this effect too.
  const latestAsked = useRef(0);
  useEffect(() => {
    const client = clusters.current;
    if (!map || !client || !indexed) return;
    let last = 0;
    const refresh = (): void => {
      last = performance.now();
      const b = map.getBounds();
      const padX = (b.getEast() - b.getWest()) * 0.25;
      const padY = (b.getNorth() - b.getSouth()) * 0.25;
      const bbox: [number, number, number, number] = [
        b.getWest() - padX,
        Math.max(-85, b.getSouth() - padY),
        b.getEast() + padX,
        Math.min(85, b.getNorth() + padY),
      ];
      const asked = ++latestAsked.current;
      void client.query(bbox, map.getZoom()).then((data) => {
        if (asked !== latestAsked.current) return;
        setSource(map, EVENTS, data);
        if (window.__sitrepFirstRender === undefined && data.features.length) {
          performance.mark("sitrep:events-set");
          map.once("idle", () => (window.__sitrepFirstRender ??= performance.now()));
        }
      });
    };
    const onMove = (): void => {
      if (performance.now() - last > 200) refresh();
    };
    refresh();
    map.on("moveend", refresh);
    map.on("move", onMove);
    // A camera move made while the index was being rebuilt can be answered before it; ask once more
    // when the map settles.
    map.once("idle", refresh);
    return () => {
      map.off("moveend", refresh);
      map.off("move", onMove);
      map.off("idle", refresh);
    };
  }, [map, indexed]);

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
