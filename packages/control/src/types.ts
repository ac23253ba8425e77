/** An actor as control sees it: the registry id and the display name. */
export interface ControlActor {
  readonly id: string;
  readonly name: string;
}

/** An actor as an event codes it: the words of the report that named it, when known. */
export interface CodedControlActor extends ControlActor {
  readonly text?: string | null;
}

/**
 * Who holds territory for an actor: the holder it counts as (see `holderResolver`). The identity when no
 * registry says otherwise.
 */
export type HolderOf = (actor: ControlActor) => ControlActor;

/** A settlement: a gazetteer place that someone can hold. `key` is its identity across events and edits. */
export interface Settlement {
  readonly key: string;
  readonly name: string;
  readonly geonameid: number | null;
  readonly lat: number;
  readonly lon: number;
  /** ISO 3166-1 alpha-2, or null when unknown. */
  readonly country: string | null;
}

/** Review status of an event (the store's). */
export type ControlEventStatus = "proposed" | "confirmed" | "rejected" | "merged";

/**
 * A coded event, reduced to what control needs. `date` is the event's start date (`YYYY-MM-DD`);
 * `place` is null when the event has no located settlement (no location, or a precision above 1).
 */
export interface ControlEvent {
  readonly id: number;
  readonly reportId: number | null;
  readonly status: ControlEventStatus;
  readonly type: string;
  readonly mode: string | null;
  readonly rule: string | null;
  readonly modality: string;
  readonly actor1: CodedControlActor | null;
  readonly actor2: CodedControlActor | null;
  readonly place: Settlement | null;
  readonly date: string | null;
  readonly confidence: number;
  /** The evidence sentence; it tells a handover from other agreements. */
  readonly evidence: string | null;
}

/** An analyst's hand edit: `actor` holds `place` from `date` (null: nobody holds it). */
export interface ControlEdit {
  readonly id: number;
  readonly place: Settlement;
  readonly date: string;
  readonly actor: ControlActor | null;
  readonly note: string | null;
  readonly by: string | null;
}

/** Where a change of control comes from. */
export type ControlSource =
  | {
      readonly kind: "event";
      readonly eventId: number;
      readonly reportId: number | null;
      readonly modality: string;
    }
  | { readonly kind: "edit"; readonly editId: number; readonly by: string | null };

/** How control moved: taken, left (with or without a named taker), handed over, or set by hand. */
export type ChangeKind = "took" | "withdrew" | "handover" | "edit";

/**
 * One entry of a settlement's timeline: from `date`, `holder` controls it (null: nobody known). Holders
 * are resolved through the registry (`HolderOf`); `named` keeps the actors as the report or edit named them.
 */
export interface ControlChange {
  readonly date: string;
  readonly holder: ControlActor | null;
  readonly previous: ControlActor | null;
  /** The holder that left, for withdrawals and handovers. */
  readonly loser: ControlActor | null;
  /** The actors as coded: the one that took the place (or was set by hand) and the one that left it. */
  readonly named: { readonly taker: ControlActor | null; readonly giver: ControlActor | null };
  readonly kind: ChangeKind;
  readonly source: ControlSource;
  /** 0..1: the event's confidence weighed by modality and review status; 1 for analyst edits. */
  readonly confidence: number;
  /** Ids of events that claim otherwise within the conflict window (empty when undisputed). */
  readonly conflicts: readonly number[];
}

/** Events that disagree about who took a settlement within the conflict window. */
export interface ControlConflict {
  readonly date: string;
  readonly eventIds: readonly number[];
  readonly holders: readonly (ControlActor | null)[];
}

/** A settlement's whole history of control, oldest first. */
export interface SettlementTimeline {
  readonly settlement: Settlement;
  readonly changes: readonly ControlChange[];
  readonly conflicts: readonly ControlConflict[];
}

/** Who holds a settlement on one date. */
export interface ControlState {
  readonly settlement: Settlement;
  readonly holder: ControlActor;
  /** The date of the change that gave `holder` the settlement. */
  readonly since: string;
  readonly change: ControlChange;
  /** Control changed within the contested window before the date, or events disagree there. */
  readonly contested: boolean;
}
