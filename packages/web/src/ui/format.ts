import type { EventDate, EventLocation, SitrepEvent } from "../api/types.ts";

const PLACE_PRECISION: Record<number, string> = {
  1: "the place itself",
  2: "near it / part of a region",
  3: "province or larger",
};
const DATE_PRECISION: Record<number, string> = { 1: "day", 2: "week or a few days", 3: "month or vaguer" };

/** "Abu Dali, Hama, SY". */
export function placeName(location: EventLocation | null): string {
  if (!location) return "Unlocated";
  return [location.name, location.admin1, location.country].filter(Boolean).join(", ");
}

/** "precision 1 — the place itself". */
export function placePrecision(location: EventLocation | null): string {
  return location
    ? `precision ${location.precision} — ${PLACE_PRECISION[location.precision] ?? "unknown"}`
    : "";
}

/** "2017-10-10" or "2017-10-09 – 2017-10-12". */
export function dateText(date: EventDate | null): string {
  if (!date) return "Undated";
  return date.end && date.end !== date.start ? `${date.start} – ${date.end}` : date.start;
}

/** "precision 2 — week or a few days". */
export function datePrecision(date: EventDate | null): string {
  return date ? `precision ${date.precision} — ${DATE_PRECISION[date.precision] ?? "unknown"}` : "";
}

/** "ASSAULT / aerial". */
export function typeText(event: Pick<SitrepEvent, "type" | "mode">): string {
  return event.mode ? `${event.type} / ${event.mode}` : event.type;
}

/** "80%". */
export function percent(confidence: number): string {
  return `${Math.round(confidence * 100)}%`;
}

/** A one-line summary: "RuAF → HTS · ASSAULT / aerial · Abu Dali". */
export function summary(event: SitrepEvent): string {
  const actors = [event.actor1?.name, event.actor2?.name].filter(Boolean).join(" → ");
  return [actors || "Unknown actor", typeText(event), event.location?.name ?? "unlocated"].join(" · ");
}
