import { useEffect, useState, type FormEvent } from "react";
import { analystPlaces, savePlace } from "../api/endpoints.ts";
import type { MapPoint, Place } from "../api/types.ts";
import { MapView } from "../map/MapView.tsx";
import { GeonamesImport } from "./GeonamesImport.tsx";

interface Draft {
  id?: string;
  name: string;
  country: string;
  admin1: string;
  feature: string;
  lat: number | null;
  lon: number | null;
}
const BLANK: Draft = { name: "", country: "", admin1: "", feature: "P.PPL", lat: null, lon: null };

/** Analyst-added places: a list and a form whose position is a pin put on the map. */
export function PlacesEditor() {
  const [places, setPlaces] = useState<Place[]>([]);
  const [draft, setDraft] = useState<Draft>(BLANK);
  const [message, setMessage] = useState<string | null>(null);

  const [version, setVersion] = useState(0);
  useEffect(() => {
    analystPlaces()
      .then(setPlaces)
      .catch((err: Error) => setMessage(err.message));
  }, [version]);

  async function save(e: FormEvent): Promise<void> {
    e.preventDefault();
    if (draft.lat === null || draft.lon === null) return setMessage("Put a pin on the map first.");
    try {
      const saved = await savePlace({ ...draft, lat: draft.lat, lon: draft.lon, geonameid: null });
      setPlaces((list) => [...list.filter((p) => p.id !== saved.id), saved]);
      setMessage(`Saved ${saved.name}. The coder finds it from the next report on.`);
      setDraft(BLANK);
    } catch (err) {
      setMessage(err instanceof Error ? err.message : String(err));
    }
  }

  const pins: MapPoint[] = [
    ...places.map((p) => ({
      id: p.id,
      lon: p.lon,
      lat: p.lat,
      type: "CONSULT" as const,
      actor1: null,
      actor2: null,
      date: null,
      status: "confirmed" as const,
      modality: "asserted" as const,
    })),
    ...(draft.lat !== null && draft.lon !== null
      ? [
          {
            id: "draft",
            lon: draft.lon,
            lat: draft.lat,
            type: "CONSULT" as const,
            actor1: null,
            actor2: null,
            date: null,
            status: "proposed" as const,
            modality: "asserted" as const,
          },
        ]
      : []),
  ];
  const set = (patch: Partial<Draft>): void => setDraft((d) => ({ ...d, ...patch }));

  return (
    <div className="registry places">
      {message && (
        <p className="notice" role="status">
          {message}
        </p>
      )}
      <form
        className="edit grid2"
        onSubmit={(e) => void save(e)}
        aria-label={draft.id ? `Edit ${draft.name}` : "New place"}
      >
        <label>
          Name <input required value={draft.name} onChange={(e) => set({ name: e.target.value })} />
        </label>
        <label>
          Country (ISO code){" "}
          <input
            value={draft.country}
            maxLength={2}
            onChange={(e) => set({ country: e.target.value.toUpperCase() })}
          />
        </label>
        <label>
          Province <input value={draft.admin1} onChange={(e) => set({ admin1: e.target.value })} />
        </label>
        <label>
          Kind
          <select value={draft.feature} onChange={(e) => set({ feature: e.target.value })}>
            <option value="P.PPL">village or town</option>
            <option value="S.AIRB">airbase</option>
            <option value="S.CMP">camp or checkpoint</option>
            <option value="T.HLL">hill</option>
            <option value="A.ADM2">district</option>
          </select>
        </label>
        <p className="small">
          {draft.lat !== null && draft.lon !== null
            ? `Pin: ${draft.lat.toFixed(4)}, ${draft.lon.toFixed(4)}`
            : "Click the map to put the pin."}
        </p>
        <div className="row">
          <button type="submit" className="primary">
            {draft.id ? "Save place" : "Add place"}
          </button>
          {draft.id && (
            <button type="button" onClick={() => setDraft(BLANK)}>
              Cancel
            </button>
          )}
        </div>
      </form>
      <div className="mini-map tall">
        <MapView
          points={pins}
          colors={new Map()}
          selectedId={draft.id ?? "draft"}
          onSelect={(id) => {
            const p = places.find((x) => x.id === id);
            if (p)
              setDraft({
                id: p.id,
                name: p.name,
                country: p.country,
                admin1: p.admin1,
                feature: p.feature,
                lat: p.lat,
                lon: p.lon,
              });
          }}
          area={null}
          drawing={false}
          onAreaDrawn={() => undefined}
          onPick={({ lat, lon }) => set({ lat, lon })}
        />
      </div>
      <ul className="place-list">
        {places.map((p) => (
          <li key={p.id}>
            <button
              type="button"
              className="link"
              onClick={() =>
                setDraft({
                  id: p.id,
                  name: p.name,
                  country: p.country,
                  admin1: p.admin1,
                  feature: p.feature,
                  lat: p.lat,
                  lon: p.lon,
                })
              }
            >
              {p.name}
            </button>{" "}
            <span className="muted small">
              {[p.admin1, p.country].filter(Boolean).join(", ")} · {p.lat.toFixed(3)}, {p.lon.toFixed(3)}
            </span>
          </li>
        ))}
      </ul>
      <GeonamesImport onImported={() => setVersion((v) => v + 1)} />
    </div>
  );
}
