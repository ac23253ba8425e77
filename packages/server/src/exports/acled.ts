import type { EventRow } from "@sitrep/store";
import { countryByCode } from "./countries.js";
import type { ReportInfo } from "./format.js";

/** ACLED's 31 columns, in order. */
export const ACLED_COLUMNS = [
  "event_id_cnty",
  "event_date",
  "year",
  "time_precision",
  "disorder_type",
  "event_type",
  "sub_event_type",
  "actor1",
  "assoc_actor_1",
  "inter1",
  "actor2",
  "assoc_actor_2",
  "inter2",
  "interaction",
  "civilian_targeting",
  "iso",
  "region",
  "country",
  "admin1",
  "admin2",
  "admin3",
  "location",
  "latitude",
  "longitude",
  "geo_precision",
  "source",
  "source_scale",
  "notes",
  "fatalities",
  "tags",
  "timestamp",
] as const;

type AcledRow = Record<(typeof ACLED_COLUMNS)[number], string | number>;

const DEMONSTRATIONS = new Set(["Peaceful protest", "Protest with intervention", "Violent demonstration"]);

/** ACLED's disorder type, from the sub-event type. */
export function disorderType(eventType: string, subEventType: string): string {
  if (subEventType === "Excessive force against protesters") return "Political violence; Demonstrations";
  if (DEMONSTRATIONS.has(subEventType)) return "Demonstrations";
  if (eventType === "Strategic developments") return "Strategic developments";
  return "Political violence";
}

/**
 * ACLED's actor type (inter code) for a named actor: 1 state forces, 2 rebel groups, 3 political
 * militias, 4 identity militias, 5 rioters, 6 protesters, 7 civilians, 8 external/other forces (a
 * state's forces outside their own country). ⚖ From the name, as our dictionary has no ACLED types.
 */
export function interCode(name: string | null, eventCountry: string | null): number {
  if (!name) return 0;
  // (People arrested as suspects are civilians to ACLED.)
  if (/\b(?:civilians?|suspects?)\b/i.test(name)) return 7;
  if (/protesters?\b/i.test(name)) return 6;
  if (/rioters?\b/i.test(name)) return 5;
  if (/\b(tribal|clan|ethnic)\b.*militia|militia.*\b(tribal|clan|ethnic)\b/i.test(name)) return 4;
  if (/militia/i.test(name)) return 3;
  const state = /^(Military|Police) Forces of (.+?)(\s*\(|$)/i.exec(name);
  if (state) {
    const home = state[2]?.trim().toLowerCase();
    const where = countryByCode(eventCountry)?.name.toLowerCase();
    return where && home && !where.includes(home) && !home.includes(where) ? 8 : 1;
  }
  if (/^(Government|Ministry|Coalition|UN|NATO)\b/i.test(name)) return 8;
  return 2;
}

/** One event as an ACLED row. Events with no ACLED type (not something ACLED records) give null. */
export function acledRow(event: EventRow, report: ReportInfo | undefined): AcledRow | null {
  if (!event.acled_event_type || !event.acled_sub_event_type || !event.date_start) return null;
  const country = countryByCode(event.country);
  const inter1 = interCode(event.actor1_name, event.country);
  const inter2 = interCode(event.actor2_name, event.country);
  const interaction =
    inter2 === 0 ? inter1 * 10 : Number(`${Math.min(inter1, inter2)}${Math.max(inter1, inter2)}`);
  const tags = [
    event.modality !== "asserted" ? `modality=${event.modality}` : "",
    `sitrep_rule=${event.rule}`,
  ]
    .filter(Boolean)
    .join("; ");
  return {
    event_id_cnty: `${event.country ?? "XX"}${event.id}`,
    event_date: event.date_start,
    year: Number(event.date_start.slice(0, 4)),
    time_precision: event.date_precision ?? 3,
    disorder_type: disorderType(event.acled_event_type, event.acled_sub_event_type),
    event_type: event.acled_event_type,
    sub_event_type: event.acled_sub_event_type,
    actor1: event.actor1_name ?? "",
    assoc_actor_1: "",
    inter1,
    actor2: event.actor2_name ?? "",
    assoc_actor_2: "",
    inter2,
    interaction,
    civilian_targeting: inter2 === 7 ? "Civilian targeting" : "",
    iso: country?.iso ?? "",
    region: country?.region ?? "",
    country: country?.name ?? event.country ?? "",
    admin1: event.admin1 ?? "",
    admin2: "",
    admin3: "",
    location: event.location_name ?? "",
    latitude: event.lat === null ? "" : event.lat.toFixed(4),
    longitude: event.lon === null ? "" : event.lon.toFixed(4),
    geo_precision: event.location_precision ?? 3,
    source: report?.source ?? "",
    source_scale: "",
    notes: event.evidence_text ?? "",
    fatalities: event.fatalities ?? 0,
    tags,
    timestamp: Math.floor(event.updated_at.getTime() / 1000),
  };
}
