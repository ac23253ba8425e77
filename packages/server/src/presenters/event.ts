import type { EventRow } from "@sitrep/store";
import { z } from "zod";

const actor = z
  .object({ id: z.string().nullable(), name: z.string().nullable(), text: z.string().nullable() })
  .nullable();

/** The wire form of an event: the extract contract plus its id, report and review state. */
export const eventSchema = z.object({
  id: z.number().int(),
  report_id: z.number().int(),
  status: z.enum(["proposed", "confirmed", "rejected", "merged"]),
  merged_into: z.number().int().nullable(),
  type: z.string(),
  mode: z.string().nullable(),
  acled: z.object({ event_type: z.string(), sub_event_type: z.string() }).nullable(),
  cameo: z.string().nullable(),
  actor1: actor,
  actor2: actor,
  location: z
    .object({
      name: z.string().nullable(),
      text: z.string().nullable(),
      geonameid: z.number().int().nullable(),
      lat: z.number(),
      lon: z.number(),
      country: z.string().nullable(),
      admin1: z.string().nullable(),
      precision: z.number().int().nullable(),
    })
    .nullable(),
  date: z
    .object({ start: z.string(), end: z.string().nullable(), precision: z.number().int().nullable() })
    .nullable(),
  modality: z.string(),
  fatalities: z.number().int().nullable(),
  evidence: z.object({
    sentence: z.number().int().nullable(),
    start: z.number().int().nullable(),
    end: z.number().int().nullable(),
    text: z.string().nullable(),
  }),
  confidence: z.number(),
  rule: z.string(),
  extra: z.record(z.string(), z.unknown()),
  updated_at: z.string(),
});

/** An event as the API shows it. */
export type EventWire = z.infer<typeof eventSchema>;

/** Chooses, field by field, what of a stored event leaves the server. */
export function presentEvent(row: EventRow): EventWire {
  return {
    id: row.id,
    report_id: row.report_id,
    status: row.status,
    merged_into: row.merged_into,
    type: row.type,
    mode: row.mode,
    acled:
      row.acled_event_type && row.acled_sub_event_type
        ? { event_type: row.acled_event_type, sub_event_type: row.acled_sub_event_type }
        : null,
    cameo: row.cameo,
    actor1: presentActor(row.actor1_id, row.actor1_name, row.actor1_text),
    actor2: presentActor(row.actor2_id, row.actor2_name, row.actor2_text),
    location:
      row.lat === null || row.lon === null
        ? null
        : {
            name: row.location_name,
            text: row.location_text,
            geonameid: row.geonameid,
            lat: row.lat,
            lon: row.lon,
            country: row.country,
            admin1: row.admin1,
            precision: row.location_precision,
          },
    date:
      row.date_start === null
        ? null
        : { start: row.date_start, end: row.date_end, precision: row.date_precision },
    modality: row.modality,
    fatalities: row.fatalities,
    evidence: {
      sentence: row.evidence_sentence,
      start: row.evidence_start,
      end: row.evidence_end,
      text: row.evidence_text,
    },
    confidence: row.confidence,
    rule: row.rule,
    extra: row.extra ?? {},
    updated_at: row.updated_at.toISOString(),
  };
}

function presentActor(id: string | null, name: string | null, text: string | null): EventWire["actor1"] {
  return id === null && name === null && text === null ? null : { id, name, text };
}
