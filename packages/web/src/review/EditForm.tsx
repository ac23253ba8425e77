import { useState, type FormEvent } from "react";
import { editEvent } from "../api/endpoints.ts";
import { MODALITIES, PLOVER_TYPES, type Actor, type EventActor, type SitrepEvent } from "../api/types.ts";
import { PlacePicker } from "./PlacePicker.tsx";

/** Props: the event to edit, the actor registry, and what to do after saving or cancelling. */
export interface EditFormProps {
  event: SitrepEvent;
  actors: Actor[];
  colors: Map<string, string>;
  onSaved: (event: SitrepEvent) => void;
  onCancel: () => void;
}

function actorOf(actors: Actor[], id: string, previous: EventActor | null): EventActor | null {
  if (!id) return null;
  const actor = actors.find((a) => a.id === id);
  return actor ? { id: actor.id, name: actor.name, text: previous?.text ?? actor.name } : previous;
}

/** Edits any coded field of an event; only changed fields are sent. */
export function EditForm({ event, actors, colors, onSaved, onCancel }: EditFormProps) {
  const [draft, setDraft] = useState<SitrepEvent>(event);
  const [error, setError] = useState<string | null>(null);
  const set = (patch: Partial<SitrepEvent>): void => setDraft((d) => ({ ...d, ...patch }));
  const date = draft.date ?? { start: "", end: "", precision: 1 };

  async function save(e: FormEvent): Promise<void> {
    e.preventDefault();
    const changes: Partial<SitrepEvent> = {};
    for (const key of [
      "type",
      "mode",
      "actor1",
      "actor2",
      "location",
      "date",
      "modality",
      "fatalities",
    ] as const) {
      if (JSON.stringify(draft[key]) !== JSON.stringify(event[key]))
        (changes as Record<string, unknown>)[key] = draft[key];
    }
    if (!Object.keys(changes).length) return onCancel();
    try {
      onSaved(await editEvent(event.id, changes));
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
  }

  const actorSelect = (which: "actor1" | "actor2", label: string) => (
    <label>
      {label}
      <select
        value={draft[which]?.id ?? ""}
        onChange={(e) => set({ [which]: actorOf(actors, e.target.value, draft[which]) })}
      >
        <option value="">— none —</option>
        {draft[which] && !actors.some((a) => a.id === draft[which]?.id) && (
          <option value={draft[which].id ?? ""}>{draft[which].name}</option>
        )}
        {actors.map((a) => (
          <option key={a.id} value={a.id}>
            {a.name}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <form
      className="edit"
      onSubmit={(e) => void save(e)}
      aria-label="Edit event"
      onKeyDown={(e) => e.key === "Escape" && onCancel()}
    >
      <div className="grid2">
        <label>
          Type
          <select value={draft.type} onChange={(e) => set({ type: e.target.value as SitrepEvent["type"] })}>
            {PLOVER_TYPES.map((t) => (
              <option key={t}>{t}</option>
            ))}
          </select>
        </label>
        <label>
          Mode
          <input value={draft.mode ?? ""} onChange={(e) => set({ mode: e.target.value || null })} />
        </label>
        {actorSelect("actor1", "Actor")}
        {actorSelect("actor2", "Target")}
        <label>
          Modality
          <select
            value={draft.modality}
            onChange={(e) => set({ modality: e.target.value as SitrepEvent["modality"] })}
          >
            {MODALITIES.map((m) => (
              <option key={m}>{m}</option>
            ))}
          </select>
        </label>
        <label>
          Fatalities
          <input
            type="number"
            min={0}
            value={draft.fatalities ?? ""}
            onChange={(e) => set({ fatalities: e.target.value === "" ? null : Number(e.target.value) })}
          />
        </label>
        <label>
          Date from
          <input
            type="date"
            value={date.start}
            onChange={(e) =>
              set({ date: { ...date, start: e.target.value, end: date.end || e.target.value } })
            }
          />
        </label>
        <label>
          Date to
          <input
            type="date"
            value={date.end}
            onChange={(e) => set({ date: { ...date, end: e.target.value } })}
          />
        </label>
        <label>
          Date precision
          <select
            value={date.precision}
            onChange={(e) => set({ date: { ...date, precision: Number(e.target.value) } })}
          >
            <option value={1}>1 — day</option>
            <option value={2}>2 — week</option>
            <option value={3}>3 — month or vaguer</option>
          </select>
        </label>
        <label>
          Place precision
          <select
            value={draft.location?.precision ?? 1}
            disabled={!draft.location}
            onChange={(e) =>
              draft.location && set({ location: { ...draft.location, precision: Number(e.target.value) } })
            }
          >
            <option value={1}>1 — the place</option>
            <option value={2}>2 — near it</option>
            <option value={3}>3 — province or larger</option>
          </select>
        </label>
      </div>
      <PlacePicker value={draft.location} colors={colors} onChange={(location) => set({ location })} />
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <div className="row">
        <button type="submit" className="primary">
          Save changes
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
