import { useEffect, useMemo, useState, type FormEvent } from "react";
import { listActors, saveActor } from "../api/endpoints.ts";
import type { Actor } from "../api/types.ts";
import { actorColors } from "../map/colors.ts";

/** The coder's actor kinds: they decide descriptors and ACLED's actor types. */
const KINDS = [
  "military",
  "police",
  "government",
  "rebel",
  "militia",
  "international",
  "ngo",
  "civilians",
  "protesters",
  "unidentified",
];
const BLANK: Actor = { id: "", name: "", aliases: [], kind: "rebel", parent: null, side: null, color: null };

/** The actor registry: a searchable table and a form for one actor. */
export function ActorsEditor() {
  const [actors, setActors] = useState<Actor[]>([]);
  const [q, setQ] = useState("");
  const [draft, setDraft] = useState<Actor | null>(null);
  const [isNew, setIsNew] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const colors = useMemo(() => actorColors(actors), [actors]);

  useEffect(() => {
    listActors()
      .then(setActors)
      .catch((err: Error) => setMessage(err.message));
  }, []);

  const shown = actors.filter((a) => {
    const needle = q.trim().toLowerCase();
    return (
      !needle ||
      a.name.toLowerCase().includes(needle) ||
      a.id.includes(needle) ||
      a.aliases.some((x) => x.toLowerCase().includes(needle))
    );
  });

  async function save(e: FormEvent): Promise<void> {
    e.preventDefault();
    if (!draft) return;
    try {
      const saved = await saveActor(draft, isNew);
      setActors((list) => (isNew ? [...list, saved] : list.map((a) => (a.id === draft.id ? saved : a))));
      setMessage(`Saved ${saved.name}. The coder uses it from the next report on.`);
      setDraft(null);
    } catch (err) {
      setMessage(err instanceof Error ? err.message : String(err));
    }
  }

  const set = (patch: Partial<Actor>): void => setDraft((d) => (d ? { ...d, ...patch } : d));
  return (
    <div className="registry">
      <div className="row">
        <input
          type="search"
          aria-label="Find an actor"
          placeholder="Find an actor"
          value={q}
          onChange={(e) => setQ(e.target.value)}
        />
        <button type="button" onClick={() => (setDraft({ ...BLANK }), setIsNew(true))}>
          Add an actor
        </button>
      </div>
      {message && (
        <p className="notice" role="status">
          {message}
        </p>
      )}
      {draft && (
        <form
          className="edit grid2"
          onSubmit={(e) => void save(e)}
          aria-label={isNew ? "New actor" : `Edit ${draft.name}`}
        >
          <label>
            Id{" "}
            <input
              required
              value={draft.id}
              disabled={!isNew}
              onChange={(e) => set({ id: e.target.value })}
              pattern="[a-z0-9-]+"
              title="lower case letters, digits and -"
            />
          </label>
          <label>
            Name <input required value={draft.name} onChange={(e) => set({ name: e.target.value })} />
          </label>
          <label>
            Aliases (comma-separated){" "}
            <input
              value={draft.aliases.join(", ")}
              onChange={(e) =>
                set({
                  aliases: e.target.value
                    .split(",")
                    .map((s) => s.trim())
                    .filter(Boolean),
                })
              }
            />
          </label>
          <label>
            Kind
            <select value={draft.kind} onChange={(e) => set({ kind: e.target.value })}>
              {[...new Set([draft.kind, ...KINDS])].filter(Boolean).map((k) => (
                <option key={k}>{k}</option>
              ))}
            </select>
          </label>
          <label>
            Parent
            <select value={draft.parent ?? ""} onChange={(e) => set({ parent: e.target.value || null })}>
              <option value="">— none —</option>
              {actors
                .filter((a) => a.id !== draft.id)
                .map((a) => (
                  <option key={a.id} value={a.id}>
                    {a.name}
                  </option>
                ))}
            </select>
          </label>
          <label>
            Side{" "}
            <input
              value={draft.side ?? ""}
              onChange={(e) => set({ side: e.target.value || null })}
              placeholder="e.g. regime, opposition"
            />
          </label>
          <label>
            Colour{" "}
            <input
              type="color"
              value={draft.color ?? colors.get(draft.id) ?? "#6b7280"}
              onChange={(e) => set({ color: e.target.value })}
            />
          </label>
          <div className="row">
            <button type="submit" className="primary">
              Save
            </button>
            <button type="button" onClick={() => setDraft(null)}>
              Cancel
            </button>
          </div>
        </form>
      )}
      <table>
        <caption className="sr-only">Actors</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Aliases</th>
            <th scope="col">Kind</th>
            <th scope="col">Parent</th>
            <th scope="col">Side</th>
            <th scope="col">
              <span className="sr-only">Edit</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {shown.slice(0, 300).map((a) => (
            <tr key={a.id}>
              <td>
                <span className="swatch" style={{ background: colors.get(a.id) }} aria-hidden="true" />{" "}
                {a.name} <code className="small">{a.id}</code>
              </td>
              <td className="small">{a.aliases.join(", ")}</td>
              <td>{a.kind}</td>
              <td>{a.parent ?? ""}</td>
              <td>{a.side ?? ""}</td>
              <td>
                <button
                  type="button"
                  onClick={() => (setDraft({ ...a }), setIsNew(false))}
                  aria-label={`Edit ${a.name}`}
                >
                  Edit
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
