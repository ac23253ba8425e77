import { useMemo, useState } from "react";
import { MODALITIES, PLOVER_TYPES, STATUSES, type Actor } from "../api/types.ts";
import type { BBox, Filters } from "../filters.ts";
import { TYPE_ICONS, drawIcon } from "./icons.ts";

/** Props: the filters, how to change them, and the area-drawing controls. */
export interface FilterPanelProps {
  filters: Filters;
  actors: Actor[];
  colors: Map<string, string>;
  onChange: (filters: Filters) => void;
  drawing: boolean;
  onDraw: () => void;
  onUseView: () => void;
  shown: number;
  total: number;
}

function toggle<T>(list: T[], item: T): T[] {
  return list.includes(item) ? list.filter((x) => x !== item) : [...list, item];
}

const iconCache = new Map<string, string>();
/** A data URL of a type's icon, for the legend and the type checkboxes. */
export function iconUrl(type: string, color = "#475569"): string {
  const key = `${type}${color}`;
  let url = iconCache.get(key);
  if (!url) iconCache.set(key, (url = drawIcon(type, color, 20, 2).toDataURL()));
  return url;
}

/** The filter panel: actors, types, modality, status, dates and area. */
export function FilterPanel(props: FilterPanelProps) {
  const { filters, onChange } = props;
  const [actorQuery, setActorQuery] = useState("");
  const actors = useMemo(() => {
    const q = actorQuery.trim().toLowerCase();
    const list = q
      ? props.actors.filter(
          (a) =>
            a.name.toLowerCase().includes(q) ||
            a.id.includes(q) ||
            a.aliases.some((x) => x.toLowerCase().includes(q)),
        )
      : props.actors;
    return [...list]
      .sort(
        (a, b) =>
          Number(filters.actor.includes(b.id)) - Number(filters.actor.includes(a.id)) ||
          a.name.localeCompare(b.name),
      )
      .slice(0, 60);
  }, [props.actors, actorQuery, filters.actor]);
  const set = (patch: Partial<Filters>): void => onChange({ ...filters, ...patch });
  const area: BBox | null = filters.bbox;

  return (
    <form className="filters" aria-label="Filters" onSubmit={(e) => e.preventDefault()}>
      <p className="count" role="status" aria-live="polite">
        <strong>{props.shown.toLocaleString("en")}</strong> of {props.total.toLocaleString("en")} events
      </p>
      <fieldset>
        <legend>Actor</legend>
        <input
          type="search"
          placeholder="Find an actor"
          aria-label="Find an actor"
          value={actorQuery}
          onChange={(e) => setActorQuery(e.target.value)}
        />
        <div className="checklist">
          {actors.map((a) => (
            <label key={a.id}>
              <input
                type="checkbox"
                name="actor"
                value={a.id}
                checked={filters.actor.includes(a.id)}
                onChange={() => set({ actor: toggle(filters.actor, a.id) })}
              />
              <span className="swatch" style={{ background: props.colors.get(a.id) }} aria-hidden="true" />
              {a.name}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend>Event type</legend>
        <div className="types">
          {PLOVER_TYPES.map((t) => (
            <label key={t} title={t}>
              <input
                type="checkbox"
                name="type"
                value={t}
                checked={filters.type.includes(t)}
                onChange={() => set({ type: toggle(filters.type, t) })}
              />
              <img src={iconUrl(t)} alt="" width={18} height={18} />
              {TYPE_ICONS[t].label}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset className="inline">
        <legend>Modality</legend>
        {MODALITIES.map((m) => (
          <label key={m}>
            <input
              type="checkbox"
              name="modality"
              value={m}
              checked={filters.modality.includes(m)}
              onChange={() => set({ modality: toggle(filters.modality, m) })}
            />
            {m}
          </label>
        ))}
      </fieldset>
      <fieldset className="inline">
        <legend>Status</legend>
        {STATUSES.map((s) => (
          <label key={s}>
            <input
              type="checkbox"
              name="status"
              value={s}
              checked={filters.status.includes(s)}
              onChange={() => set({ status: toggle(filters.status, s) })}
            />
            {s}
          </label>
        ))}
      </fieldset>
      <fieldset className="dates">
        <legend>Dates</legend>
        <label>
          From{" "}
          <input
            type="date"
            name="from"
            value={filters.from ?? ""}
            onChange={(e) => set({ from: e.target.value || null })}
          />
        </label>
        <label>
          To{" "}
          <input
            type="date"
            name="to"
            value={filters.to ?? ""}
            onChange={(e) => set({ to: e.target.value || null })}
          />
        </label>
      </fieldset>
      <fieldset>
        <legend>Area</legend>
        <div className="row">
          <button type="button" onClick={props.onDraw} aria-pressed={props.drawing}>
            {props.drawing ? "Drag on the map… (Esc)" : "Draw area"}
          </button>
          <button type="button" onClick={props.onUseView}>
            Use view
          </button>
          {area && (
            <button type="button" onClick={() => set({ bbox: null })}>
              Clear area
            </button>
          )}
        </div>
        {area && <p className="muted small">{area.map((n) => n.toFixed(2)).join(", ")}</p>}
      </fieldset>
      <button
        type="button"
        className="link"
        onClick={() =>
          onChange({
            ...filters,
            actor: [],
            type: [],
            modality: [],
            status: [],
            from: null,
            to: null,
            bbox: null,
            q: "",
          })
        }
      >
        Clear all filters
      </button>
    </form>
  );
}
