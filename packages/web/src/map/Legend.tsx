import type { Actor } from "../api/types.ts";

/** The sides on the map: one swatch per side (or per actor without a side) among the shown events. */
export function Legend({
  actors,
  colors,
  shownActors,
}: {
  actors: Actor[];
  colors: Map<string, string>;
  shownActors: Set<string>;
}) {
  const entries = new Map<string, string>();
  for (const actor of actors) {
    if (!shownActors.has(actor.id)) continue;
    const label = actor.side ?? actor.name;
    if (!entries.has(label)) entries.set(label, colors.get(actor.id) ?? "#6b7280");
  }
  if (!entries.size) return null;
  return (
    <section className="legend" aria-labelledby="legend-title">
      <h2 id="legend-title">Sides</h2>
      <ul>
        {[...entries].slice(0, 12).map(([label, color]) => (
          <li key={label}>
            <span className="swatch" style={{ background: color }} aria-hidden="true" /> {label}
          </li>
        ))}
      </ul>
    </section>
  );
}
