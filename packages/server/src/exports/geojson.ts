import type { EventRow } from "@sitrep/store";
import { acledRow } from "./acled.js";
import type { ExportFormat, ReportInfo } from "./format.js";

const round6 = (value: number): number => Math.round(value * 1e6) / 1e6;

/** An event as a GeoJSON Feature (RFC 7946): a Point at [lon, lat], or no geometry if unlocated. */
export function eventFeature(event: EventRow, report: ReportInfo | undefined): object {
  const acled = acledRow(event, report);
  return {
    type: "Feature",
    id: event.id,
    geometry:
      event.lat === null || event.lon === null
        ? null
        : { type: "Point", coordinates: [round6(event.lon), round6(event.lat)] },
    properties: {
      event_id_cnty: acled?.event_id_cnty ?? `${event.country ?? "XX"}${event.id}`,
      event_date: event.date_start,
      event_date_end: event.date_end,
      time_precision: event.date_precision,
      type: event.type,
      mode: event.mode,
      cameo: event.cameo,
      disorder_type: acled?.disorder_type ?? null,
      event_type: event.acled_event_type,
      sub_event_type: event.acled_sub_event_type,
      actor1: event.actor1_name,
      actor1_id: event.actor1_id,
      actor2: event.actor2_name,
      actor2_id: event.actor2_id,
      modality: event.modality,
      status: event.status,
      location: event.location_name,
      geonameid: event.geonameid,
      country: event.country,
      admin1: event.admin1,
      geo_precision: event.location_precision,
      fatalities: event.fatalities,
      confidence: event.confidence,
      rule: event.rule,
      notes: event.evidence_text,
      report_id: event.report_id,
      source: report?.source ?? null,
      source_url: report?.url ?? null,
    },
  };
}

/** A GeoJSON FeatureCollection of events (application/geo+json). */
export const geojson: ExportFormat = {
  contentType: "application/geo+json; charset=utf-8",
  extension: "geojson",
  head: () => '{"type":"FeatureCollection","features":[\n',
  row: (event, report, index) => `${index === 0 ? "" : ",\n"}${JSON.stringify(eventFeature(event, report))}`,
  tail: () => "\n]}\n",
};
