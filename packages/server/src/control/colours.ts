import type { ActorRow } from "@sitrep/store";

/** The web app's palette for actors without a colour of their own (`packages/web/src/map/colors.ts`). */
const PALETTE = ["#c0392b", "#1f5fa8", "#2e7d32", "#8e44ad", "#d35400", "#00838f", "#6d4c41", "#ad1457"];

function hash(text: string): number {
  let h = 0;
  for (let i = 0; i < text.length; i++) h = (h * 31 + text.charCodeAt(i)) | 0;
  return Math.abs(h);
}

/** The first palette colour from `start` on that nobody has yet (the one at `start` when all are taken). */
function unusedColour(start: number, used: Set<string>): string {
  for (let i = 0; i < PALETTE.length; i++) {
    const colour = PALETTE[(start + i) % PALETTE.length] as string;
    if (!used.has(colour)) return colour;
  }
  return PALETTE[start % PALETTE.length] as string;
}

/**
 * Actor id → colour, as the map colours events: the actor's own colour, else its parent's, else one
 * shared by its side, else one of the palette. Palette colours go to sides and actors in the order they
 * are first drawn, kept in `assigned`, so that two holders seldom share one and none changes colour
 * from one date to the next.
 */
export function actorColours(
  actors: readonly ActorRow[],
  assigned: Map<string, string>,
): (actorId: string) => string {
  const byId = new Map(actors.map((a) => [a.id, a]));
  const resolve = (id: string, depth: number): string => {
    const actor = byId.get(id);
    if (actor?.colour && /^#[0-9a-f]{6}$/i.test(actor.colour)) return actor.colour.toLowerCase();
    if (actor?.parent && depth < 8) return resolve(actor.parent, depth + 1);
    const key = actor?.side ? `side:${actor.side}` : id;
    let colour = assigned.get(key);
    if (!colour) assigned.set(key, (colour = unusedColour(hash(key), new Set(assigned.values()))));
    return colour;
  };
  return (id) => resolve(id, 0);
}
