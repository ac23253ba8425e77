import { useEffect, useState } from "react";
import { searchPlaces } from "../api/endpoints.ts";
import type { EventLocation, MapPoint, Place } from "../api/types.ts";
import { MapView } from "../map/MapView.tsx";

/** Props: the current location and how to change it. */
export interface PlacePickerProps {
  value: EventLocation | null;
  onChange: (location: EventLocation) => void;
  colors: Map<string, string>;
}

/** Choose a place from the gazetteer by name, or click the map to put a pin. */
export function PlacePicker({ value, onChange, colors }: PlacePickerProps) {
  const [q, setQ] = useState("");
  const [results, setResults] = useState<Place[]>([]);
  const [picking, setPicking] = useState(false);

  useEffect(() => {
    if (q.trim().length < 2) return setResults([]);
    let live = true;
    const timer = window.setTimeout(() => {
      searchPlaces(q.trim(), 8)
        .then((r) => live && setResults(r))
        .catch(() => live && setResults([]));
    }, 200);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [q]);

  const point: MapPoint[] = value
    ? [
        {
          id: "edit",
          lon: value.lon,
          lat: value.lat,
          type: "ASSAULT",
          actor1: null,
          actor2: null,
          date: null,
          status: "proposed",
          modality: "asserted",
        },
      ]
    : [];

  return (
    <fieldset className="place-picker">
      <legend>Place</legend>
      <p className="small">
        {value ? `${value.name} (${value.lat.toFixed(4)}, ${value.lon.toFixed(4)})` : "No place"}
      </p>
      <label>
        Search the gazetteer
        <input type="search" value={q} onChange={(e) => setQ(e.target.value)} placeholder="e.g. Abu Dali" />
      </label>
      {results.length > 0 && (
        <ul className="results" aria-label="Gazetteer results">
          {results.map((p) => (
            <li key={p.id}>
              <button
                type="button"
                onClick={() => {
                  onChange({
                    name: p.name,
                    text: value?.text ?? p.name,
                    geonameid: p.geonameid,
                    lat: p.lat,
                    lon: p.lon,
                    country: p.country,
                    admin1: p.admin1,
                    precision: value?.precision ?? 1,
                  });
                  setQ("");
                  setResults([]);
                }}
              >
                {p.name}{" "}
                <span className="muted small">
                  {[p.admin1, p.country, p.feature].filter(Boolean).join(", ")}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <button type="button" aria-pressed={picking} onClick={() => setPicking(!picking)}>
        {picking ? "Click the map…" : "Pick on the map"}
      </button>
      <div className="mini-map">
        <MapView
          points={point}
          colors={colors}
          selectedId="edit"
          onSelect={() => undefined}
          area={null}
          drawing={false}
          onAreaDrawn={() => undefined}
          onPick={
            picking
              ? ({ lat, lon }) => {
                  setPicking(false);
                  onChange({
                    name: value?.name ?? "Pinned place",
                    text: value?.text ?? "",
                    geonameid: null,
                    lat,
                    lon,
                    country: value?.country ?? "",
                    admin1: value?.admin1 ?? "",
                    precision: value?.precision ?? 1,
                  });
                }
              : null
          }
        />
      </div>
    </fieldset>
  );
}
