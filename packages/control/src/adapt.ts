import { settlementOf } from "./settlement.js";
import type { CodedControlActor, ControlEvent, ControlEventStatus } from "./types.js";

/** An actor as the extract contract and the API carry it. */
export interface CodedActor {
  readonly id: string | null;
  readonly name: string | null;
  /** The words that named the actor in the report. */
  readonly text?: string | null;
}

/**
 * An event in the shape of the extract contract (`sitrep extract`, the API's event wire form): only the
 * fields control reads.
 */
export interface CodedEventShape {
  readonly type: string;
  readonly mode: string | null;
  readonly rule: string | null;
  readonly modality: string;
  readonly confidence: number;
  readonly actor1: CodedActor | null;
  readonly actor2: CodedActor | null;
  readonly location: {
    readonly name: string | null;
    readonly geonameid: number | null;
    readonly lat: number;
    readonly lon: number;
    readonly country: string | null;
    readonly precision: number | null;
  } | null;
  readonly date: { readonly start: string } | null;
  readonly evidence: { readonly text: string | null } | null;
}

/** Where a coded event is kept: its id, report and review state. */
export interface CodedEventMeta {
  readonly id: number;
  readonly reportId: number | null;
  readonly status: ControlEventStatus;
}

/**
 * A coded event as control sees it. Only a place coded at precision 1 (the place itself) is a
 * settlement: "near X" or "X province" says nothing about who holds X.
 */
export function controlEventOf(event: CodedEventShape, meta: CodedEventMeta): ControlEvent {
  const location = event.location;
  const located =
    location !== null &&
    location.precision === 1 &&
    Number.isFinite(location.lat) &&
    Number.isFinite(location.lon);
  return {
    id: meta.id,
    reportId: meta.reportId,
    status: meta.status,
    type: event.type,
    mode: event.mode,
    rule: event.rule,
    modality: event.modality,
    actor1: actorOf(event.actor1),
    actor2: actorOf(event.actor2),
    place: located
      ? settlementOf({
          name: location.name ?? "",
          geonameid: location.geonameid,
          lat: location.lat,
          lon: location.lon,
          country: location.country,
        })
      : null,
    date: event.date?.start ?? null,
    confidence: event.confidence,
    evidence: event.evidence?.text ?? null,
  };
}

/** An actor with an id, or a name to stand for one; null when it has neither. */
export function actorOf(actor: CodedActor | null): CodedControlActor | null {
  if (!actor) return null;
  const id = actor.id ?? actor.name;
  if (!id) return null;
  return { id, name: actor.name ?? id, text: actor.text ?? null };
}
