import { daysBetween } from "./dates.js";
import { eventWeight, moveOf, sameHolder } from "./rules.js";
import type {
  ControlActor,
  ControlChange,
  ControlConflict,
  ControlEdit,
  ControlEvent,
  ControlSource,
  HolderOf,
  Settlement,
  SettlementTimeline,
} from "./types.js";

/** Settings of the inference. */
export interface TimelineOptions {
  /** Events that disagree about the holder within this many days are a conflict. */
  conflictWindowDays: number;
  /** The holder each actor counts as (`holderResolver` over the actor registry); by default itself. */
  holderOf: HolderOf;
}

/** The defaults: three days, about the lag between a claim and its confirmation or denial. */
export const DEFAULT_TIMELINE_OPTIONS: TimelineOptions = {
  conflictWindowDays: 3,
  holderOf: ({ id, name }) => ({ id, name }),
};

type Item =
  { kind: "event"; date: string; event: ControlEvent } | { kind: "edit"; date: string; edit: ControlEdit };

interface AppliedEvent {
  date: string;
  eventId: number;
  weight: number;
  holder: ControlActor | null;
  conflicts: number[];
}

/**
 * Infers one settlement's timeline of control from its events and analyst edits, in date order. An edit
 * wins over the events of its date and before; a later event moves control again. Two events that disagree
 * within the conflict window are a conflict: the weightier one stands, and both carry the other's id.
 */
export function inferTimeline(
  settlement: Settlement,
  events: readonly ControlEvent[],
  edits: readonly ControlEdit[],
  options: TimelineOptions = DEFAULT_TIMELINE_OPTIONS,
): SettlementTimeline {
  const items: Item[] = [
    ...events
      .filter((e) => e.date !== null)
      .map((event) => ({ kind: "event" as const, date: event.date as string, event })),
    ...edits.map((edit) => ({ kind: "edit" as const, date: edit.date, edit })),
  ].sort(itemOrder);

  const changes: (ControlChange & { conflicts: number[] })[] = [];
  const conflicts: ControlConflict[] = [];
  let holder: ControlActor | null = null;
  let last: AppliedEvent | null = null;

  for (const item of items) {
    if (item.kind === "edit") {
      const { edit } = item;
      last = null;
      const next = edit.actor ? options.holderOf(edit.actor) : null;
      if (sameHolder(next, holder) && changes.length > 0) continue;
      const source: ControlSource = { kind: "edit", editId: edit.id, by: edit.by };
      changes.push({
        date: edit.date,
        holder: next,
        previous: holder,
        loser: holder,
        named: { taker: edit.actor, giver: null },
        kind: "edit",
        source,
        confidence: 1,
        conflicts: [],
      });
      holder = next;
      continue;
    }
    const { event } = item;
    const move = moveOf(event, holder, options.holderOf);
    if (!move || sameHolder(move.holder, holder)) continue;
    const rival: AppliedEvent | null =
      last !== null && daysBetween(last.date, item.date) <= options.conflictWindowDays ? last : null;
    if (rival) {
      conflicts.push({
        date: item.date,
        eventIds: [rival.eventId, event.id],
        holders: [rival.holder, move.holder],
      });
      rival.conflicts.push(event.id);
      if (move.weight < rival.weight) continue;
    }
    const source: ControlSource = {
      kind: "event",
      eventId: event.id,
      reportId: event.reportId,
      modality: event.modality,
    };
    const change: ControlChange & { conflicts: number[] } = {
      date: item.date,
      holder: move.holder,
      previous: holder,
      loser: move.loser,
      named: move.named,
      kind: move.kind,
      source,
      confidence: round(move.weight),
      conflicts: rival ? [rival.eventId] : [],
    };
    changes.push(change);
    holder = move.holder;
    last = {
      date: item.date,
      eventId: event.id,
      weight: move.weight,
      holder: move.holder,
      conflicts: change.conflicts,
    };
  }
  return { settlement, changes, conflicts };
}

/** Date order; on one date events before edits (the edit wins), weightier events first, then by id. */
function itemOrder(a: Item, b: Item): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  if (a.kind !== b.kind) return a.kind === "event" ? -1 : 1;
  if (a.kind === "event" && b.kind === "event") {
    const byWeight = eventWeight(b.event) - eventWeight(a.event);
    return byWeight !== 0 ? byWeight : a.event.id - b.event.id;
  }
  return a.kind === "edit" && b.kind === "edit" ? a.edit.id - b.edit.id : 0;
}

/** The change in force on `date` (the last one on or before it), if any. */
export function changeOn(timeline: SettlementTimeline, date: string): ControlChange | undefined {
  const { changes } = timeline;
  let low = 0;
  let high = changes.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((changes[mid] as ControlChange).date <= date) low = mid + 1;
    else high = mid;
  }
  return low > 0 ? changes[low - 1] : undefined;
}

/**
 * Whether events moved control, or disagreed, within `windowDays` before `date` (inclusive). An analyst's
 * edit settles a place: it is not a sign of fighting.
 */
export function isContested(timeline: SettlementTimeline, date: string, windowDays: number): boolean {
  const recent = (at: string): boolean => at <= date && daysBetween(at, date) <= windowDays;
  const current = changeOn(timeline, date);
  if (current?.kind === "edit") return false;
  return (current !== undefined && recent(current.date)) || timeline.conflicts.some((c) => recent(c.date));
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
