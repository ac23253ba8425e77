import type { EventRow } from "@sitrep/store";
import type { ExportFormat, ReportInfo } from "./format.js";

/** PLOVER quad codes: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. */
const QUAD: Record<string, number> = {
  AGREE: 1,
  SUPPORT: 1,
  CONCEDE: 1,
  CONSULT: 1,
  COOPERATE: 2,
  AID: 2,
  RETREAT: 2,
  REQUEST: 3,
  REJECT: 3,
  ACCUSE: 3,
  THREATEN: 3,
  SANCTION: 3,
  PROTEST: 4,
  MOBILIZE: 4,
  COERCE: 4,
  ASSAULT: 4,
};

// Our location precision (1 the place, 2 near it, 3 a province or larger) as PLOVER's resolution (5 sub-city … 1 country).
const RESOLUTION: Record<number, number> = { 1: 4, 2: 3, 3: 2 };

function entity(id: string | null, name: string | null, text: string | null): object[] {
  return name === null && text === null
    ? []
    : [{ code: id, entity_text: text, identifier_text: name, identifier_id: null, sector: null }];
}

/** An event as the PLOVER manual's JSON record. */
export function ploverRecord(event: EventRow, report: ReportInfo | undefined): object {
  return {
    id: `sitrep-${event.id}`,
    date: event.date_start,
    enddate: event.date_end,
    event: [event.type],
    mode: event.mode ? [event.mode] : [],
    context: [],
    quad_code: QUAD[event.type] ?? null,
    actor: entity(event.actor1_id, event.actor1_name, event.actor1_text),
    recipient: entity(event.actor2_id, event.actor2_name, event.actor2_text),
    event_loc:
      event.lat === null || event.lon === null
        ? null
        : {
            resolved_place: event.location_name,
            geonameid: event.geonameid,
            lat: event.lat,
            lon: event.lon,
            country_code: event.country,
            resolution: RESOLUTION[event.location_precision ?? 3] ?? 2,
          },
    cite_info: {
      url: report?.url ?? null,
      source: report?.source ?? null,
      title: report?.title ?? null,
      publication_date: report?.published ?? null,
      sentence: event.evidence_text,
    },
    comment: null,
    modality: event.modality,
    confidence: event.confidence,
    status: event.status,
  };
}

/** PLOVER JSON: an array of records. */
export const plover: ExportFormat = {
  contentType: "application/json; charset=utf-8",
  extension: "plover.json",
  head: () => "[\n",
  row: (event, report, index) => `${index === 0 ? "" : ",\n"}${JSON.stringify(ploverRecord(event, report))}`,
  tail: () => "\n]\n",
};
