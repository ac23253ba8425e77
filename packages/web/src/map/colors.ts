import type { Actor } from "../api/types.ts";

/** Colour of an event whose actor has neither a colour nor a known side. */
export const UNKNOWN_COLOR = "#6b7280";

/** A stable, readable colour for a side without one in the registry. */
const SIDE_PALETTE = ["#c0392b", "#1f5fa8", "#2e7d32", "#8e44ad", "#d35400", "#00838f", "#6d4c41", "#ad1457"];

/** Distinct colours (Tableau 10, darkened for white icons), for the most frequent actors without one. */
const RANK_PALETTE = [
  "#1f5fa8",
  "#c0392b",
  "#2e7d32",
  "#d35400",
  "#8e44ad",
  "#00838f",
  "#ad1457",
  "#6d4c41",
  "#827717",
  "#37474f",
];

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
 * Actor id → colour: the actor's own colour, else its parent's, else one shared by its side (so that
 * allies read alike on the map), else one picked by its id. Actors outside the registry stay grey.
 */
export function actorColors(actors: Actor[], ranking: readonly string[] = []): Map<string, string> {
  const byId = new Map(actors.map((a) => [a.id, a]));
  const colors = new Map<string, string>();
  // Actors with no colour, parent or side take the palette in order of how often they appear.
  const ranked = new Map<string, string>();
  for (const id of ranking) {
    const actor = byId.get(id);
    if (!actor || normalizeColor(actor.color) || actor.parent || actor.side) continue;
    if (ranked.size >= RANK_PALETTE.length) break;
    ranked.set(id, RANK_PALETTE[ranked.size]!);
  }
  const resolve = (actor: Actor, depth: number): string => {
    const own = normalizeColor(actor.color);
    if (own) return own;
    const parent = actor.parent ? byId.get(actor.parent) : undefined;
    if (parent && depth < 8) return resolve(parent, depth + 1);
    if (actor.side) return SIDE_PALETTE[hash(actor.side) % SIDE_PALETTE.length]!;
    // No side yet: a colour of its own, so that parties still read apart.
    return ranked.get(actor.id) ?? SIDE_PALETTE[hash(actor.id) % SIDE_PALETTE.length]!;
  };
  for (const actor of actors) colors.set(actor.id, resolve(actor, 0));
  return colors;
}
