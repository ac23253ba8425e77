import { mapPacked } from "../arrays.js";
import { MONTHS, WEEKDAYS } from "../1-text/calendar.js";
import type { CodedEvent, EventLocation } from "../types.js";
import { kmBetween } from "./places.js";

export const SAME_PLACE_KM = 10;

/** An event with what dedup needs to know beside the contract fields. */
export interface Built {
  readonly event: CodedEvent;
  /** The location is the report's main area, not a place of the event's own sentence. */
  readonly fallbackPlace: boolean;
  /**
   * The fallback is the place the story was just at (the sentence before named it), not the report's
   * main area: it tells apart "the army repelled the assault" in Djibo from a strike near Gayéri.
   */
  readonly contextPlace?: boolean;
  /** The location is the seat of the government that spoke, no place of the story's. */
  readonly seatPlace?: boolean;
}

// How far apart two events may be when one's place was only taken from the story around it.
const CONTEXT_PLACE_KM = 150;

export function samePlace(a: Built, b: Built): boolean {
  const la = a.event.location;
  const lb = b.event.location;
  if (!la || !lb) return !la && !lb;
  const context = (a.fallbackPlace && a.contextPlace) || (b.fallbackPlace && b.contextPlace);
  if (context) return kmBetween(la, lb) <= CONTEXT_PLACE_KM || within(lb, la) || within(la, lb);
  if (a.fallbackPlace || b.fallbackPlace) return true;
  return kmBetween(la, lb) <= SAME_PLACE_KM || within(lb, la);
}

/**
 * "arrested nine suspects in Borno State" … "arrested nine suspects in Monguno": a town in the
 * province a summary named before is the same event, told in detail (not the other way round: a
 * province named after a town may be a second front).
 */
function within(inner: EventLocation, unit: EventLocation): boolean {
  return (
    unit.precision === 3 &&
    inner.precision < 3 &&
    unit.admin1 !== null &&
    unit.admin1 === inner.admin1 &&
    unit.country === inner.country
  );
}

/**
 * Pass 3g: one event per (type, actor1, actor2, place): repeated mentions merge into the first, which
 * keeps its modality and evidence; a later mention can only add a place, a more exact date or a fatality
 * count.
 */
export function dedupe(built: readonly Built[]): CodedEvent[] {
  const out: Built[] = [];
  for (const b of built) {
    const e = b.event;
    const k = `${e.type}|${e.actor1?.id ?? ""}|${e.actor2?.id ?? ""}`;
    // A denial of an act already told is one more mention of it (the first telling keeps its modality),
    // but an act told after a denial of it is not merged into the denial.
    const negated = e.modality === "negated";
    const same = out.findIndex(
      (o) =>
        (`${o.event.type}|${o.event.actor1?.id ?? ""}|${o.event.actor2?.id ?? ""}` === k ||
          // "set fire to dozens of homes and drove away the cattle": the same act of the same sentence,
          // its second verb naming no one it was done to ("expressed the council's 'full support' for
          // the measures taken by Bahrain": a second reading of one statement, with no one it is for).
          (e.actor2 === null &&
            o.event.type === e.type &&
            o.event.actor1?.id === e.actor1?.id &&
            o.event.evidence.sentence === e.evidence.sentence &&
            o.event.modality === e.modality)) &&
        (o.event.modality !== "negated" || negated) &&
        // "Fano attacked Woldia … Fano could launch new offensives": what may come is not what was done,
        // nor is what a party plans ("troops killed five militants … the army will launch an operation"),
        // unless one sentence tells both ("agreed to exchange prisoners before 31 October": one deal).
        (o.event.modality === "hypothetical") === (e.modality === "hypothetical") &&
        (UNDONE.has(o.event.modality) === UNDONE.has(e.modality) ||
          o.event.evidence.sentence === e.evidence.sentence) &&
        !toldOnOtherDays(o.event, e) &&
        samePlace(o, b),
    );
    if (same < 0) {
      out.push(b);
      continue;
    }
    const kept = out[same]!;
    const better =
      e.location !== null &&
      !b.fallbackPlace &&
      (kept.fallbackPlace || (kept.event.location !== null && within(e.location, kept.event.location)));
    const fatalities = kept.event.fatalities ?? e.fatalities;
    // "stormed Kadauri village at around 02:00, abducting 14 farmers": the way the act was done, when
    // the first telling named none ("stormed") and a later one does ("abducting").
    // (Only on civilians, in one sentence: a battle's captures leave it a battle.)
    const how =
      kept.event.mode === null &&
      e.mode !== null &&
      kept.event.rule.startsWith("assault/none:attack") &&
      kept.event.actor2?.id === "civilians" &&
      kept.event.evidence.sentence === e.evidence.sentence
        ? { mode: e.mode, acled: e.acled, cameo: e.cameo }
        : {};
    // "Gang attacks in Mirebalais displaced 6,000 people" in the highlights, "On 27 November, armed men …
    // attacked Mirebalais" below: the day a later mention tells is more exact than the week of the report
    // (never a day after it: "agreed to exchange prisoners before 31 October" is dated when agreed).
    const date =
      e.date !== null &&
      (kept.event.date === null ||
        (e.date.precision < kept.event.date.precision && e.date.end <= kept.event.date.end))
        ? e.date
        : kept.event.date;
    out[same] = {
      event: { ...kept.event, ...how, location: better ? e.location : kept.event.location, date, fatalities },
      fallbackPlace: better ? false : kept.fallbackPlace,
    };
  }
  return mapPacked(withoutUnattributedTwins(withClaimedAuthors(out)), (b) => b.event);
}

/**
 * "11 civilians were killed when drones struck a market in El Obeid" (a summary) … "drones struck the
 * central market in El Obeid, killing at least 11 civilians. Local authorities attributed the attack to
 * the RSF": the act told without its author and told again with one, on the same day at the same place
 * against the same side, is the one act.
 */
function withoutUnattributedTwins(out: readonly Built[]): Built[] {
  return out.filter((b) => {
    const e = b.event;
    // (Only on civilians: in a battle, unnamed gunmen who fired back are a party of their own.)
    if (e.actor1?.id !== UNATTRIBUTED || e.actor2?.id !== "civilians" || e.date === null || b.fallbackPlace)
      return true;
    return !out.some(
      (o) =>
        o !== b &&
        o.event.type === e.type &&
        o.event.actor1 !== null &&
        o.event.actor1.id !== UNATTRIBUTED &&
        o.event.actor2?.id === e.actor2?.id &&
        o.event.date?.start === e.date?.start &&
        FACTUAL.has(o.event.modality) &&
        FACTUAL.has(e.modality) &&
        !o.fallbackPlace &&
        samePlace(o, b),
    );
  });
}

/**
 * "A bomb hidden in a handcart exploded in a crowded market in Kunduz, killing 17 people" … "Islamic State
 * … said in a statement that its fighter had targeted Taliban militiamen": a bombing of civilians told
 * without its author is the claimant's, when a group claims a bombing there that day (what it says it
 * aimed at is its claim; the people killed are still the civilians).
 */
function withClaimedAuthors(out: readonly Built[]): Built[] {
  return mapPacked(out, (b) => {
    const e = b.event;
    if (
      e.actor1?.id !== UNATTRIBUTED ||
      e.actor2?.id !== "civilians" ||
      !BOMBING_MODES.has(e.mode ?? "") ||
      e.date === null
    )
      return b;
    const claims = out.filter(
      (o) =>
        o.event.type === "ASSAULT" &&
        o.event.modality === "claimed" &&
        BOMBING_MODES.has(o.event.mode ?? "") &&
        o.event.actor1 !== null &&
        o.event.actor1.id !== UNATTRIBUTED &&
        o.event.actor2?.id !== "civilians" &&
        o.event.date?.start === e.date?.start &&
        samePlace(o, b),
    );
    const claimant = claims[0]?.event.actor1;
    // (Two groups claiming is no claim to follow.)
    if (!claimant || claims.some((o) => o.event.actor1?.id !== claimant.id)) return b;
    return { ...b, event: { ...e, actor1: claimant, rule: `${e.rule}:claimed-by` } };
  });
}

const BOMBING_MODES: ReadonlySet<string> = new Set(["explosives", "suicide-attack"]);

/**
 * "A drone struck a car on the outskirts of Shebekino on Monday" … "On Sunday, the army shelled Novaya
 * Tavolzhanka" (7 km away): two acts, each sentence naming its own day, on different days.
 */
function toldOnOtherDays(a: CodedEvent, b: CodedEvent): boolean {
  return (
    a.evidence.sentence !== b.evidence.sentence &&
    a.date?.precision === 1 &&
    b.date?.precision === 1 &&
    a.date.start !== b.date.start &&
    actDay(a) &&
    actDay(b)
  );
}

/** An act told as done, in a sentence that names the day of the act (not only of the telling). */
function actDay(e: CodedEvent): boolean {
  return (
    (e.modality === "asserted" || e.modality === "reported") &&
    OWN_DAY.test(e.evidence.text) &&
    !TOLD_ON_DAY.test(e.evidence.text)
  );
}
/** A sentence that names its own day: a weekday, a date of a month, "yesterday". */
const OWN_DAY = new RegExp(
  `\\b(?:${WEEKDAYS}|yesterday)\\b|\\b\\d{1,2} (?:${MONTHS})\\b|\\b(?:${MONTHS}) \\d{1,2}\\b`,
  "i",
);
/** "said on Monday", "claimed the attack on 5 February", "in a statement on Tuesday": the telling's day. */
const TOLD_ON_DAY = new RegExp(
  `\\b(?:said|says|claimed|claims|reported|reports|announced|stated|told|wrote|added|denied|confirmed|statement|communiqu[eé]|press note)\\b[^.;]{0,40}\\b(?:${WEEKDAYS}|yesterday|\\d{1,2} (?:${MONTHS}))\\b`,
  "i",
);

const UNATTRIBUTED = "unidentified-armed-group";
// Acts not done (yet): planned or only possible.
const UNDONE: ReadonlySet<string> = new Set(["planned", "hypothetical"]);
// Acts told as done, by the report, a source or a party (not planned, hypothetical or denied).
const FACTUAL: ReadonlySet<string> = new Set(["asserted", "reported", "claimed"]);
