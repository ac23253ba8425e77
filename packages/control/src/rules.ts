import type { ChangeKind, ControlActor, ControlEvent } from "./types.js";

/**
 * How much each modality counts. Planned, hypothetical and negated events are absent: they never move
 * control. A party's claim counts less than what the report states or attributes.
 */
export const MODALITY_WEIGHT: Readonly<Record<string, number>> = {
  asserted: 1,
  reported: 0.8,
  claimed: 0.5,
};

/** Review status: confirmed events count in full, proposed ones less; rejected and merged never. */
export const STATUS_WEIGHT: Readonly<Record<string, number>> = {
  confirmed: 1,
  proposed: 0.7,
};

/** Coder rules of the seize mode that are not about territory (looting is COERCE/seize in the coder). */
export const NON_TERRITORIAL_RULES: readonly string[] = ["coerce/seize:loot"];

/** Words that make an agreement a handover of the place. */
export const HANDOVER_WORDS =
  /\b(hand(?:ed|ing|s)?[ -]?over|handover|hand-over|transfer(?:red|s)? (?:of |control)|surrender(?:ed)? (?:the )?(?:town|village|city|settlement))\b/i;

/** What an event does to a settlement, given who holds it before. */
export interface Move {
  readonly holder: ControlActor | null;
  readonly loser: ControlActor | null;
  readonly kind: ChangeKind;
  readonly weight: number;
}

/** The weight of an event as evidence of control, or 0 when it must not count. */
export function eventWeight(event: ControlEvent): number {
  const modality = MODALITY_WEIGHT[event.modality] ?? 0;
  const status = STATUS_WEIGHT[event.status] ?? 0;
  const confidence = Number.isFinite(event.confidence) ? Math.min(1, Math.max(0.05, event.confidence)) : 0.5;
  return modality * status * confidence;
}

/** Whether the event can move control at all (type, mode, modality, status, place, date). */
export function movesControl(event: ControlEvent): boolean {
  if (!event.place || !event.date || eventWeight(event) <= 0) return false;
  if (event.rule && NON_TERRITORIAL_RULES.includes(event.rule)) return false;
  switch (event.type) {
    case "COERCE":
      return event.mode === "seize" && event.actor1 !== null;
    case "RETREAT":
      return event.mode === "withdraw" && event.actor1 !== null;
    case "AGREE":
      return event.actor1 !== null && event.actor2 !== null && HANDOVER_WORDS.test(event.evidence ?? "");
    default:
      return false;
  }
}

/**
 * The move an event makes when `holder` holds the place: COERCE/seize gives it to actor1; RETREAT/withdraw
 * takes it from actor1 (to actor2 when the report names a taker, else to nobody known, and only if actor1
 * held it); an AGREE handover gives it to whichever party does not hold it. Null: no change.
 */
export function moveOf(event: ControlEvent, holder: ControlActor | null): Move | null {
  if (!movesControl(event)) return null;
  const weight = eventWeight(event);
  const { actor1, actor2 } = event;
  if (!actor1) return null;
  if (event.type === "COERCE") return { holder: actor1, loser: actor2 ?? holder, kind: "took", weight };
  if (event.type === "RETREAT") {
    if (actor2) return { holder: actor2, loser: actor1, kind: "withdrew", weight };
    if (holder && holder.id !== actor1.id) return null;
    return { holder: null, loser: actor1, kind: "withdrew", weight };
  }
  if (!actor2) return null;
  const giver = holder?.id === actor2.id ? actor2 : actor1;
  const taker = giver === actor1 ? actor2 : actor1;
  return { holder: taker, loser: giver, kind: "handover", weight };
}

/** Whether two actors (or nobodies) are the same holder. */
export function sameHolder(a: ControlActor | null, b: ControlActor | null): boolean {
  return a === b || (a !== null && b !== null && a.id === b.id);
}
