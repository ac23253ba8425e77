import type { ChangeKind, CodedControlActor, ControlActor, ControlEvent, HolderOf } from "./types.js";

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

/** Words that make an agreement a handover of the place ("hand over", "handed the town over", "transfer of"). */
export const HANDOVER_WORDS =
  /\b(hand(?:ed|ing|s)?(?:[ -]over|(?: (?:it|them|the \w+|\w+)){1,2} over)|handover|hand-over|transfer(?:red|s|ring)? (?:of |control)|surrender(?:ed)? (?:the )?(?:town|village|city|settlement))\b/i;

/**
 * The coder's mark on a rule whose actor 2 it inferred from the document (the actor's usual opponent),
 * not from the words of the sentence: such an actor is never a named taker.
 */
export const INFERRED_OPPONENT = ":opponent";

/** What an event does to a settlement, given who holds it before. Holders are resolved; `named` as coded. */
export interface Move {
  readonly holder: ControlActor | null;
  readonly loser: ControlActor | null;
  readonly named: { readonly taker: ControlActor | null; readonly giver: ControlActor | null };
  readonly kind: ChangeKind;
  readonly weight: number;
}

const sameActor: HolderOf = ({ id, name }) => ({ id, name });

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
 * The move an event makes when `holder` holds the place, with actors counted as their holders (`holderOf`):
 * - COERCE/seize gives it to actor 1;
 * - RETREAT/withdraw takes it from actor 1: to actor 2 when the report names it as the taker (`namedTaker`),
 *   else to nobody known, and then only if actor 1 held it (or nobody was known to);
 * - an AGREE handover passes it to the party the sentence hands it "to" (or takes it "from" the other);
 *   when the words do not say, from its holder to the other party, or from actor 1 (who "agreed to hand
 *   over") when neither party is known to hold it.
 * Null: no change (parties that are one holder, a withdrawal by someone who did not hold the place, or
 * in favour of its own side).
 */
export function moveOf(
  event: ControlEvent,
  holder: ControlActor | null,
  holderOf: HolderOf = sameActor,
): Move | null {
  if (!movesControl(event)) return null;
  const weight = eventWeight(event);
  const { actor1, actor2 } = event;
  if (!actor1) return null;
  const first = holderOf(actor1);
  if (event.type === "COERCE") {
    const loser = actor2 ? holderOf(actor2) : holder;
    return { holder: first, loser, named: { taker: actor1, giver: actor2 ?? holder }, kind: "took", weight };
  }
  if (event.type === "RETREAT") {
    const taker = namedTaker(event);
    const next = taker ? holderOf(taker) : null;
    if (next && sameHolder(next, first)) return null;
    if (next)
      return { holder: next, loser: first, named: { taker, giver: actor1 }, kind: "withdrew", weight };
    if (holder && !sameHolder(holder, first)) return null;
    return { holder: null, loser: first, named: { taker: null, giver: actor1 }, kind: "withdrew", weight };
  }
  if (!actor2) return null;
  const second = holderOf(actor2);
  if (sameHolder(first, second)) return null;
  const toSecond = handoverToSecond(event) ?? !sameHolder(holder, second);
  const [giver, taker] = toSecond ? [actor1, actor2] : [actor2, actor1];
  return {
    holder: toSecond ? second : first,
    loser: toSecond ? first : second,
    named: { taker, giver },
    kind: "handover",
    weight,
  };
}

/**
 * Actor 2 of a withdrawal when the report names it as the one that took the place: the coder did not infer
 * it from the rest of the document, and its words are in the event's sentence.
 */
export function namedTaker(event: ControlEvent): CodedControlActor | null {
  const { actor2, rule, evidence } = event;
  if (!actor2 || rule?.includes(INFERRED_OPPONENT)) return null;
  if (actor2.text && evidence && !evidence.toLowerCase().includes(actor2.text.toLowerCase())) return null;
  return actor2;
}

/** Words that say nothing about which party an actor's words name. */
const FILLER = new Set(["the", "of", "its", "their", "forces", "fighters", "troops", "units", "militants"]);

/**
 * Which way the sentence hands the place over: true when to actor 2 ("hand over X to the Syrian army",
 * "from HTS"), false when to actor 1, null when its words do not say.
 */
export function handoverToSecond(event: ControlEvent): boolean | null {
  const text = event.evidence;
  const found = text ? HANDOVER_WORDS.exec(text) : null;
  if (!text || !found) return null;
  const after = text.slice(found.index + found[0].length);
  const phrase = (word: string): Set<string> =>
    new Set(
      (new RegExp(`\\b${word}\\s+((?:[\\p{L}\\p{N}'’-]+\\s*){1,5})`, "iu").exec(after)?.[1] ?? "")
        .toLowerCase()
        .split(/\s+/)
        .filter((w) => w && !FILLER.has(w)),
    );
  const names = (actor: CodedControlActor | null, words: Set<string>): boolean =>
    actor !== null &&
    [actor.text, actor.name, actor.id]
      .filter((t): t is string => !!t)
      .some((t) =>
        t
          .toLowerCase()
          .split(/\s+/)
          .some((w) => !FILLER.has(w) && words.has(w)),
      );
  const to = phrase("to");
  const from = phrase("from");
  const [first, second] = [event.actor1, event.actor2];
  if (names(second, to) !== names(first, to)) return names(second, to);
  if (names(first, from) !== names(second, from)) return names(first, from);
  return null;
}

/** Whether two actors (or nobodies) are the same holder. */
export function sameHolder(a: ControlActor | null, b: ControlActor | null): boolean {
  return a === b || (a !== null && b !== null && a.id === b.id);
}
