import { movesControl } from "./rules.js";
import {
  changeOn,
  DEFAULT_TIMELINE_OPTIONS,
  inferTimeline,
  isContested,
  type TimelineOptions,
} from "./timeline.js";
import type {
  ControlChange,
  ControlEdit,
  ControlEvent,
  ControlState,
  HolderOf,
  Settlement,
  SettlementTimeline,
} from "./types.js";

/** Settings of the control model. */
export interface ControlOptions extends TimelineOptions {
  /** A settlement is contested on a date when control changed within this many days before it. */
  contestedDays: number;
}

/** The defaults: conflicts within 3 days, contested for 7 days after a change. */
export const DEFAULT_CONTROL_OPTIONS: ControlOptions = { ...DEFAULT_TIMELINE_OPTIONS, contestedDays: 7 };

/** One change of control with its settlement, for feeds. */
export interface SettlementChange {
  readonly settlement: Settlement;
  readonly change: ControlChange;
}

/**
 * Who holds each settlement, kept up to date change by change. Only events that can move control are kept;
 * each call that changes an event or an edit recomputes the timelines of the settlements it touches (the
 * old place and the new one) and returns their keys.
 */
export class ControlModel {
  options: ControlOptions;
  private readonly eventsAt = new Map<string, Map<number, ControlEvent>>();
  private readonly editsAt = new Map<string, Map<number, ControlEdit>>();
  private readonly placeOfEvent = new Map<number, string>();
  private readonly placeOfEdit = new Map<number, string>();
  private readonly settlements = new Map<string, Settlement>();
  private readonly timelineAt = new Map<string, SettlementTimeline>();

  constructor(options: Partial<ControlOptions> = {}) {
    this.options = { ...DEFAULT_CONTROL_OPTIONS, ...options };
  }

  /** Loads many events and edits at once, then computes their timelines; returns the affected keys. */
  load(events: Iterable<ControlEvent>, edits: Iterable<ControlEdit> = []): string[] {
    const touched = new Set<string>();
    for (const event of events) for (const key of this.placeEvent(event)) touched.add(key);
    for (const edit of edits) for (const key of this.placeEdit(edit)) touched.add(key);
    for (const key of touched) this.recompute(key);
    return [...touched];
  }

  /** Adds or replaces an event (confirmed, edited, rejected: its new state); returns the affected keys. */
  setEvent(event: ControlEvent): string[] {
    return this.recomputeAll(this.placeEvent(event));
  }

  /** Forgets an event (deleted or merged away); returns the affected keys. */
  removeEvent(id: number): string[] {
    return this.recomputeAll(this.unplace(this.eventsAt, this.placeOfEvent, id));
  }

  /** Adds or replaces an analyst edit; returns the affected keys. */
  setEdit(edit: ControlEdit): string[] {
    return this.recomputeAll(this.placeEdit(edit));
  }

  /** Forgets an analyst edit; returns the affected keys. */
  removeEdit(id: number): string[] {
    return this.recomputeAll(this.unplace(this.editsAt, this.placeOfEdit, id));
  }

  /**
   * Counts actors as other holders from now on (the registry changed): every timeline is recomputed.
   * Returns every settlement key that had or has a timeline.
   */
  setHolders(holderOf: HolderOf): string[] {
    this.options = { ...this.options, holderOf };
    const keys = new Set([...this.eventsAt.keys(), ...this.editsAt.keys(), ...this.timelineAt.keys()]);
    return this.recomputeAll([...keys]);
  }

  /** The timeline of one settlement, if anything ever moved its control. */
  timeline(key: string): SettlementTimeline | undefined {
    return this.timelineAt.get(key);
  }

  /** Every settlement with a timeline. */
  timelines(): IterableIterator<SettlementTimeline> {
    return this.timelineAt.values();
  }

  /** The settlement behind a key (known once an event or edit named it). */
  settlement(key: string): Settlement | undefined {
    return this.settlements.get(key);
  }

  /** Who holds what on `date`: one state per settlement whose holder is known then. */
  on(date: string): ControlState[] {
    const states: ControlState[] = [];
    for (const timeline of this.timelineAt.values()) {
      const state = this.stateOn(timeline, date);
      if (state) states.push(state);
    }
    return states;
  }

  /** The state of one timeline on `date`, or null when nobody is known to hold it then. */
  stateOn(timeline: SettlementTimeline, date: string): ControlState | null {
    const change = changeOn(timeline, date);
    if (!change?.holder) return null;
    const contested = isContested(timeline, date, this.options.contestedDays);
    return { settlement: timeline.settlement, holder: change.holder, since: change.date, change, contested };
  }

  /** Changes of control dated within [from, to] (either may be omitted), newest first, at most `limit`. */
  changes(
    range: { from?: string | undefined; to?: string | undefined; limit?: number | undefined } = {},
  ): SettlementChange[] {
    const found: SettlementChange[] = [];
    for (const timeline of this.timelineAt.values()) {
      for (const change of timeline.changes) {
        if ((range.from && change.date < range.from) || (range.to && change.date > range.to)) continue;
        found.push({ settlement: timeline.settlement, change });
      }
    }
    found.sort((a, b) =>
      a.change.date === b.change.date
        ? sourceId(b.change) - sourceId(a.change)
        : a.change.date < b.change.date
          ? 1
          : -1,
    );
    return range.limit === undefined ? found : found.slice(0, range.limit);
  }

  private placeEvent(event: ControlEvent): string[] {
    const keys = this.unplace(this.eventsAt, this.placeOfEvent, event.id);
    if (!movesControl(event) || !event.place) return keys;
    return [...keys, this.place(this.eventsAt, this.placeOfEvent, event.id, event, event.place)];
  }

  private placeEdit(edit: ControlEdit): string[] {
    const keys = this.unplace(this.editsAt, this.placeOfEdit, edit.id);
    return [...keys, this.place(this.editsAt, this.placeOfEdit, edit.id, edit, edit.place)];
  }

  private place<T>(
    at: Map<string, Map<number, T>>,
    placeOf: Map<number, string>,
    id: number,
    item: T,
    settlement: Settlement,
  ): string {
    const { key } = settlement;
    this.settlements.set(key, settlement);
    let items = at.get(key);
    if (!items) at.set(key, (items = new Map<number, T>()));
    items.set(id, item);
    placeOf.set(id, key);
    return key;
  }

  private unplace<T>(at: Map<string, Map<number, T>>, placeOf: Map<number, string>, id: number): string[] {
    const key = placeOf.get(id);
    if (key === undefined) return [];
    placeOf.delete(id);
    const items = at.get(key);
    items?.delete(id);
    if (items?.size === 0) at.delete(key);
    return [key];
  }

  private recomputeAll(keys: string[]): string[] {
    const unique = [...new Set(keys)];
    for (const key of unique) this.recompute(key);
    return unique;
  }

  private recompute(key: string): void {
    const settlement = this.settlements.get(key);
    const events = [...(this.eventsAt.get(key)?.values() ?? [])];
    const edits = [...(this.editsAt.get(key)?.values() ?? [])];
    const timeline = settlement ? inferTimeline(settlement, events, edits, this.options) : undefined;
    if (timeline && timeline.changes.length > 0) this.timelineAt.set(key, timeline);
    else this.timelineAt.delete(key);
  }
}

function sourceId(change: ControlChange): number {
  return change.source.kind === "event" ? change.source.eventId : change.source.editId;
}
