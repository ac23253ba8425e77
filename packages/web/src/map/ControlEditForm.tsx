import { useEffect, useMemo, useState } from "react";
import type { MapMouseEvent, Map as MapLibreMap } from "maplibre-gl";
import {
  addControlEdit,
  controlEdits,
  removeControlEdit,
  type ControlEdit,
  type EditTarget,
} from "../api/control.ts";
import { searchPlaces } from "../api/endpoints.ts";
import type { Actor, Place } from "../api/types.ts";

/** The layers whose points are settlements on the control map (clicking one picks it). */
const SETTLEMENT_LAYERS = ["control-settlements", "control-contested"];

/** Props: the map to pick on, the panel's date, the actor registry, and what to do after a change. */
export interface ControlEditFormProps {
  map: MapLibreMap | null;
  date: string;
  actors: readonly Actor[];
  onChanged: () => void;
}

/**
 * Set control by hand: a settlement (searched by name, or clicked on the map), a date, the holder from the
 * actor registry (or nobody) and a note. Lists the hand edits that count, with who made them, each removable.
 */
export function ControlEditForm({ map, date, actors, onChanged }: ControlEditFormProps) {
  const [target, setTarget] = useState<EditTarget | null>(null);
  const [q, setQ] = useState("");
  const [results, setResults] = useState<Place[]>([]);
  const [picking, setPicking] = useState(false);
  const [when, setWhen] = useState(date);
  const [actorId, setActorId] = useState("");
  const [note, setNote] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [edits, setEdits] = useState<ControlEdit[]>([]);
  const [version, setVersion] = useState(0);

  useEffect(() => setWhen(date), [date]);

  useEffect(() => {
    let live = true;
    controlEdits()
      .then((list) => live && setEdits(list))
      .catch(() => live && setEdits([]));
    return () => {
      live = false;
    };
  }, [version]);

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

  useEffect(() => {
    if (!map || !picking) return;
    const pick = (e: MapMouseEvent) => {
      const box: [[number, number], [number, number]] = [
        [e.point.x - 6, e.point.y - 6],
        [e.point.x + 6, e.point.y + 6],
      ];
      const layers = SETTLEMENT_LAYERS.filter((id) => map.getLayer(id));
      const hit = map.queryRenderedFeatures(box, { layers })[0];
      if (!hit?.properties?.key) {
        setError("No settlement there: click a settlement's dot, or search for it by name.");
        return;
      }
      setError(null);
      setTarget({ key: String(hit.properties.key), name: String(hit.properties.name) });
      setPicking(false);
    };
    map.getCanvas().style.cursor = "crosshair";
    map.on("click", pick);
    return () => {
      map.off("click", pick);
      map.getCanvas().style.cursor = "";
    };
  }, [map, picking]);

  const sortedActors = useMemo(() => [...actors].sort((a, b) => a.name.localeCompare(b.name)), [actors]);

  const save = async () => {
    setStatus(null);
    if (!target) return setError("Choose a settlement: search for it, or pick it on the map.");
    if (!/^\d{4}-\d{2}-\d{2}$/.test(when)) return setError("Give the date as YYYY-MM-DD.");
    const actor = actorId ? sortedActors.find((a) => a.id === actorId) : undefined;
    if (actorId && !actor) return setError("Choose the holder from the list.");
    setBusy(true);
    try {
      const saved = await addControlEdit({
        target,
        date: when,
        actor: actor ? { id: actor.id, name: actor.name } : null,
        note,
      });
      setError(null);
      setStatus(`Saved: ${saved.actor?.name ?? "nobody"} holds ${saved.name} from ${saved.date}.`);
      setTarget(null);
      setNote("");
      setVersion((v) => v + 1);
      onChanged();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  const remove = async (edit: ControlEdit) => {
    setStatus(null);
    try {
      await removeControlEdit(edit.id);
      setError(null);
      setStatus(`Removed the edit of ${edit.name} on ${edit.date}.`);
      setVersion((v) => v + 1);
      onChanged();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <details className="control-edit">
      <summary>Set control by hand</summary>
      <form
        aria-label="Set control by hand"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <p className="small" aria-live="polite">
          Settlement: <strong>{target ? target.name : "none chosen"}</strong>
        </p>
        <label>
          Find a settlement
          <input type="search" value={q} onChange={(e) => setQ(e.target.value)} placeholder="e.g. Saraqib" />
        </label>
        {results.length > 0 && (
          <ul className="results" aria-label="Settlements found">
            {results.map((p) => (
              <li key={p.id}>
                <button
                  type="button"
                  onClick={() => {
                    setTarget({
                      name: p.name,
                      lat: p.lat,
                      lon: p.lon,
                      geonameid: p.geonameid,
                      country: p.country || null,
                    });
                    setQ("");
                    setResults([]);
                    setError(null);
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
        <button type="button" aria-pressed={picking} disabled={!map} onClick={() => setPicking(!picking)}>
          {picking ? "Click a settlement on the map…" : "Pick a settlement on the map"}
        </button>
        <label>
          From
          <input type="date" value={when} required onChange={(e) => setWhen(e.target.value)} />
        </label>
        <label>
          Held by
          <select value={actorId} onChange={(e) => setActorId(e.target.value)}>
            <option value="">Nobody known</option>
            {sortedActors.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          Note
          <textarea value={note} maxLength={2000} rows={2} onChange={(e) => setNote(e.target.value)} />
        </label>
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        {status && (
          <p className="small" role="status">
            {status}
          </p>
        )}
        <button type="submit" disabled={busy}>
          {busy ? "Saving…" : "Save hand edit"}
        </button>
      </form>
      {edits.length > 0 && (
        <>
          <h3>Hand edits</h3>
          <ul className="control-edits">
            {edits.map((edit) => (
              <li key={edit.id}>
                <span>
                  {edit.name}: {edit.actor?.name ?? "nobody known"} from {edit.date}
                </span>{" "}
                <span className="muted small">
                  by {edit.by ?? "a removed user"} on {edit.created_at.slice(0, 10)}
                  {edit.note ? ` — ${edit.note}` : ""}
                </span>{" "}
                <button
                  type="button"
                  className="link"
                  aria-label={`Remove the edit of ${edit.name} from ${edit.date}`}
                  onClick={() => void remove(edit)}
                >
                  Remove
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </details>
  );
}
