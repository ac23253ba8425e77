import { useEffect, useState } from "react";
import type { Map as MapLibreMap } from "maplibre-gl";
import { controlAreas, controlChanges, type ControlChange } from "../api/control.ts";
import type { Actor } from "../api/types.ts";
import { setParams } from "../ui/router.ts";
import { ControlEditForm } from "./ControlEditForm.tsx";
import { addControlLayers, setControlData, showControl } from "./controlLayers.ts";
import "./control.css";

declare global {
  interface Window {
    /** How many holders' areas the control layer drew last (read by the browser tests). */
    __sitrepControlAreas?: number;
  }
}

/**
 * Territorial control for the time slider's date: the holders' areas on the map (in the actors'
 * colours, contested settlements ringed) and the latest changes, each linking its event and report; and
 * the form that sets control by hand, after which both are read again at once.
 */
export function ControlPanel({
  map,
  date,
  actors,
}: {
  map: MapLibreMap | null;
  date: string | null;
  actors: readonly Actor[];
}) {
  const [visible, setVisible] = useState(true);
  const [version, setVersion] = useState(0);
  const [changes, setChanges] = useState<ControlChange[]>([]);
  const [summary, setSummary] = useState<{
    holders: { name: string; colour: string; settlements: number }[];
    contested: number;
  } | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!map) return;
    addControlLayers(map);
    showControl(map, visible);
  }, [map, visible]);

  // Asked once the map and the date are known (the date waits for the events): each answer redraws the map.
  useEffect(() => {
    if (!map || !date) return;
    let live = true;
    Promise.all([controlAreas(date), controlChanges(date)])
      .then(([areas, latest]) => {
        if (!live) return;
        setError(null);
        setChanges(latest);
        const holders = areas.features
          .filter((f) => f.properties?.kind === "area")
          .map((f) => ({
            name: String(f.properties?.controller),
            colour: String(f.properties?.colour ?? "#6b7280"),
            settlements: Number(f.properties?.settlements),
          }));
        const contested = areas.features.filter(
          (f) => f.properties?.kind === "settlement" && f.properties.contested === true,
        ).length;
        setSummary({ holders, contested });
        addControlLayers(map);
        setControlData(map, areas);
        window.__sitrepControlAreas = holders.length;
      })
      .catch((e: unknown) => live && setError(e instanceof Error ? e.message : String(e)));
    return () => {
      live = false;
    };
  }, [map, date, version]);

  return (
    <section className="control" aria-labelledby="control-title">
      <h2 id="control-title">{date ? `Control on ${date}` : "Control"}</h2>
      <label className="control-toggle">
        <input type="checkbox" checked={visible} onChange={(e) => setVisible(e.target.checked)} /> Show
        control areas
      </label>
      {error && (
        <p className="error" role="alert">
          Could not load control: {error}
        </p>
      )}
      {summary && summary.holders.length === 0 && (
        <p className="muted">Nobody is known to hold any settlement on this date.</p>
      )}
      {summary && summary.holders.length > 0 && (
        <ul className="control-holders">
          {summary.holders.map((h) => (
            <li key={h.name}>
              <span className="swatch" style={{ background: h.colour }} aria-hidden="true" /> {h.name}:{" "}
              {h.settlements}
            </li>
          ))}
          {summary.contested > 0 && <li className="contested-note">{summary.contested} contested</li>}
        </ul>
      )}
      {changes.length > 0 && (
        <>
          <h3>Changes of control</h3>
          <ol className="control-feed">
            {changes.map((c) => (
              <li key={`${c.settlement.key}-${c.date}-${c.event ?? `edit-${c.edit}`}`}>
                <span>{c.text}</span>
                {c.conflicts.length > 0 && <span className="badge"> disputed</span>}{" "}
                {c.event !== null && (
                  <a
                    href={`/?event=${c.event}`}
                    onClick={(e) => {
                      e.preventDefault();
                      setParams({ event: String(c.event) }, false);
                    }}
                  >
                    event
                  </a>
                )}
                {c.report !== null && (
                  <>
                    {" · "}
                    <a href={`/reports/${c.report}`}>report</a>
                  </>
                )}
              </li>
            ))}
          </ol>
          <a className="control-atom" href={`/api/control/changes.atom?to=${date}`}>
            Atom feed of changes
          </a>
        </>
      )}
      {summary && summary.holders.length > 0 && (
        <p className="control-atom">
          <a href={`/api/control/areas.geojson?date=${date}`} download={`control-${date}.geojson`}>
            Download the areas for {date} (GeoJSON)
          </a>
        </p>
      )}
      {date && (
        <ControlEditForm map={map} date={date} actors={actors} onChanged={() => setVersion((v) => v + 1)} />
      )}
    </section>
  );
}
