import type { Actor } from "../api/types.ts";

/** Colour of an event whose actor has neither a colour nor a known side. */
export const UNKNOWN_COLOR = "#6b7280";

/** A stable, readable colour for a side without one in the registry. */
const SIDE_PALETTE = ["#c0392b", "#1f5fa8", "#2e7d32", "#8e44ad", "#d35400", "#00838f", "#6d4c41", "#ad1457"];

function hash(text: string): number {
  let h = 0;
  for (let i = 0; i < text.length; i++) h = (h * 31 + text.charCodeAt(i)) | 0;
  return Math.abs(h);
}

/** Normalises `#abc` / `#aabbcc` to lower-case `#aabbcc`; anything else gives null. */
export function normalizeColor(color: string | null | undefined): string | null {
  if (!color) return null;
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(color);
  if (short) return `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}`.toLowerCase();
  return /^#[0-9a-f]{6}$/i.test(color) ? color.toLowerCase() : null;
}

/**
 * Actor id → colour: the actor's own colour, else its parent's, else one shared by its side,
 * so that allies read alike on the map.
 */
export function actorColors(actors: Actor[]): Map<string, string> {
  const byId = new Map(actors.map((a) => [a.id, a]));
  const colors = new Map<string, string>();
  const resolve = (actor: Actor, depth: number): string => {
    const own = normalizeColor(actor.color);
    if (own) return own;
    const parent = actor.parent ? byId.get(actor.parent) : undefined;
    if (parent && depth < 8) return resolve(parent, depth + 1);
    if (actor.side) return SIDE_PALETTE[hash(actor.side) % SIDE_PALETTE.length]!;
    return UNKNOWN_COLOR;
  };
  for (const actor of actors) colors.set(actor.id, resolve(actor, 0));
  return colors;
}
