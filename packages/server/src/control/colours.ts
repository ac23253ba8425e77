import type { ActorRow } from "@sitrep/store";

/** The web app's palette for actors without a colour of their own (`packages/web/src/map/colors.ts`). */
const PALETTE = ["#c0392b", "#1f5fa8", "#2e7d32", "#8e44ad", "#d35400", "#00838f", "#6d4c41", "#ad1457"];

function hash(text: string): number {
  let h = 0;
  for (let i = 0; i < text.length; i++) h = (h * 31 + text.charCodeAt(i)) | 0;
  return Math.abs(h);
}

/**
 * Actor id → colour, as the map colours events: the actor's own colour, else its parent's, else one
 * shared by its side, else one picked by its id (stable from one request to the next).
 */
export function actorColours(actors: readonly ActorRow[]): (actorId: string) => string {
  const byId = new Map(actors.map((a) => [a.id, a]));
  const resolve = (id: string, depth: number): string => {
    const actor = byId.get(id);
    if (actor?.colour && /^#[0-9a-f]{6}$/i.test(actor.colour)) return actor.colour.toLowerCase();
    if (actor?.parent && depth < 8) return resolve(actor.parent, depth + 1);
    return PALETTE[hash(actor?.side ?? id) % PALETTE.length] as string;
  };
  return (id) => resolve(id, 0);
}
