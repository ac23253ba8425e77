import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { Map as MapLibreMap } from "maplibre-gl";
import type { User } from "./api/types.ts";
import {
  filterParams,
  matchesFilters,
  parseFilters,
  serializeFilters,
  type BBox,
  type Filters,
} from "./filters.ts";

const filterKey = (filters: Filters): string =>
  new URLSearchParams({ ...filterParams({ ...filters, q: "" }) }).toString();
import { ControlPanel } from "./map/ControlPanel.tsx";
import { EventCard } from "./map/EventCard.tsx";
import { ExportMenu } from "./map/ExportMenu.tsx";
import { FilterPanel } from "./map/FilterPanel.tsx";
import { Legend } from "./map/Legend.tsx";
import { MapView } from "./map/MapView.tsx";
import { clusterClient } from "./map/clusterClient.ts";
import { TimeSlider } from "./map/TimeSlider.tsx";
import { navigate, setParams } from "./ui/router.ts";
import { useMapData } from "./ui/useData.ts";
import { mainExtent } from "./map/extent.ts";

/**
 * The map page: filters, the map, the time slider, the event card and the downloads. Without a user,
 * it shows the published data (confirmed events) and no review actions.
 */
export function MapPage({ search, user }: { search: string; user: User | null }) {
  const data = useMapData();
  const params = useMemo(() => new URLSearchParams(search), [search]);
  const filters = useMemo(() => parseFilters(search), [search]);
  const selected = params.get("event");
  const until = params.get("at");
  const [drawing, setDrawing] = useState(false);
  const [panelOpen, setPanelOpen] = useState(() => window.innerWidth > 700);
  const mapRef = useRef<MapLibreMap | null>(null);
  const [mapInstance, setMapInstance] = useState<MapLibreMap | null>(null);
  const [mapReady, setMapReady] = useState(false);
  const fitted = useRef(false);

  // Once, when both the map and the events are there: show the event of the open card, or where most
  // events are. Called as the map's style is parsed (events usually arrive first), before its first
  // frame, so it never loads and draws the tiles of a view it is about to leave; else when they arrive.
  const fitFirstView = (map: MapLibreMap): void => {
    if (fitted.current || !data.points.length) return;
    fitted.current = true;
    const event = selected ? data.points.find((p) => p.id === selected) : undefined;
    // Zoom 12: past the last clustered zoom, so the event itself shows.
    if (event) return void map.jumpTo({ center: [event.lon, event.lat], zoom: 12 });
    const extent = mainExtent(data.points);
    if (extent) map.fitBounds(extent, { padding: 60, maxZoom: 7, duration: 0 });
  };
  const fitFirstViewRef = useRef(fitFirstView);
  fitFirstViewRef.current = fitFirstView;
  useEffect(() => {
    if (mapRef.current && mapReady) fitFirstViewRef.current(mapRef.current);
  }, [mapReady, data.points, selected]);

  // An opened card takes part of the screen (a sheet below the map on a phone, a column beside it on a
  // desktop): once the map has its new size, bring the event into view if the card hid it.
  const broughtIntoView = useRef<string | null>(null);
  useEffect(() => {
    const map = mapRef.current;
    if (!selected) broughtIntoView.current = null;
    if (!map || !mapReady || !selected || broughtIntoView.current === selected) return;
    const event = data.points.find((p) => p.id === selected);
    if (!event) return;
    const frame = requestAnimationFrame(() => {
      broughtIntoView.current = selected;
      map.resize();
      const at = map.project([event.lon, event.lat]);
      const { clientWidth: width, clientHeight: height } = map.getContainer();
      const margin = Math.min(48, width / 4, height / 4);
      const hidden = at.x < margin || at.y < margin || at.x > width - margin || at.y > height - margin;
      if (hidden) map.easeTo({ center: [event.lon, event.lat], duration: 300 });
    });
    return () => cancelAnimationFrame(frame);
  }, [mapReady, data.points, selected]);

  const setFilters = useCallback(
    (next: Filters) =>
      navigate("/", serializeFilters(next, new URLSearchParams(window.location.search)), true),
    [],
  );
  const setUntil = useCallback((date: string | null) => setParams({ at: date }), []);

  const [first, last] = useMemo(() => {
    let lo: string | null = null;
    let hi: string | null = null;
    for (const p of data.points) {
      if (!p.date) continue;
      if (!lo || p.date < lo) lo = p.date;
      if (!hi || p.date > hi) hi = p.date;
    }
    return [lo, hi];
  }, [data.points]);
  // A byte per point (1 = passes the filters), so the cluster worker never gets the points twice.
  const { mask, count, shownActors } = useMemo(() => {
    const actors = new Set<string>();
    const active = filterKey(filters) !== "" || until !== null;
    const bytes = new Uint8Array(data.points.length);
    let n = 0;
    data.points.forEach((p, i) => {
      if (active && !matchesFilters(p, filters, until)) return;
      bytes[i] = 1;
      n++;
      if (p.actor1) actors.add(p.actor1);
    });
    return { mask: active ? bytes : null, count: n, shownActors: actors };
  }, [data.points, filters, until]);

  // The filter lists the actors of the events on the map (the registry names them), not the whole registry.
  const mapActors = useMemo(() => {
    const ids = new Set<string>();
    for (const p of data.points) {
      if (p.actor1) ids.add(p.actor1);
      if (p.actor2) ids.add(p.actor2);
    }
    for (const id of filters.actor) ids.add(id);
    const known = new Map(data.actors.map((a) => [a.id, a]));
    return [...ids].map(
      (id) => known.get(id) ?? { id, name: id, aliases: [], kind: "", parent: null, side: null, color: null },
    );
  }, [data.points, data.actors, filters.actor]);

  const useView = (): void => {
    const b = mapRef.current?.getBounds();
    if (b) setFilters({ ...filters, bbox: [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()] as BBox });
  };

  return (
    <div className={`map-page${panelOpen ? " panel-open" : ""}${selected ? " card-open" : ""}`}>
      <button
        type="button"
        className="panel-toggle"
        aria-expanded={panelOpen}
        aria-controls="side-panel"
        onClick={() => setPanelOpen(!panelOpen)}
      >
        {panelOpen ? "Hide filters" : "Filters"}
      </button>
      <div className="side" id="side-panel" hidden={!panelOpen}>
        {data.error && (
          <p className="error" role="alert">
            Could not load events: {data.error}
          </p>
        )}
        {!user && (
          <p className="note">
            Showing confirmed events, the published data. Sign in to review proposed events.
          </p>
        )}
        <FilterPanel
          filters={filters}
          actors={mapActors}
          colors={data.colors}
          onChange={setFilters}
          drawing={drawing}
          onDraw={() => setDrawing(!drawing)}
          onUseView={useView}
          shown={count}
          total={data.points.length}
        />
        <Legend actors={mapActors} colors={data.colors} shownActors={shownActors} />
        <ExportMenu filters={filters} />
        <ControlPanel
          map={mapInstance}
          date={
            data.loading && !data.points.length
              ? null
              : (until ?? last ?? new Date().toISOString().slice(0, 10))
          }
          actors={data.actors}
        />
      </div>
      <div className="map-wrap">
        <MapView
          clusters={clusterClient()}
          points={data.points}
          shown={mask}
          colors={data.colors}
          selectedId={selected}
          onSelect={(id) => setParams({ event: id }, false)}
          area={filters.bbox}
          drawing={drawing}
          onAreaDrawn={(bbox) => {
            setDrawing(false);
            if (bbox) setFilters({ ...filters, bbox });
          }}
          onReady={(m) => {
            mapRef.current = m;
            fitFirstView(m);
            setMapInstance(m);
            setMapReady(true);
          }}
        />
        {data.loading && (
          <p className="map-status" role="status">
            Loading events…
          </p>
        )}
        <TimeSlider first={first} last={last} until={until} onChange={setUntil} />
      </div>
      {selected && (
        <EventCard
          id={selected}
          canReview={user !== null}
          onClose={() => setParams({ event: null }, false)}
          onChanged={data.reload}
        />
      )}
    </div>
  );
}
