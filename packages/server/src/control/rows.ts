import { controlEventOf, settlementOf, type ControlEdit, type ControlEvent } from "@sitrep/control";
import type { ControlEditRow, ControlEventRow } from "@sitrep/store";

/** A stored event as control sees it (the same reading as the coder's output: `controlEventOf`). */
export function controlEventFromRow(row: ControlEventRow): ControlEvent {
  return controlEventOf(
    {
      type: row.type,
      mode: row.mode,
      rule: row.rule,
      modality: row.modality,
      confidence: row.confidence,
      actor1:
        row.actor1_id === null && row.actor1_name === null
          ? null
          : { id: row.actor1_id, name: row.actor1_name, text: row.actor1_text },
      actor2:
        row.actor2_id === null && row.actor2_name === null
          ? null
          : { id: row.actor2_id, name: row.actor2_name, text: row.actor2_text },
      location:
        row.lat === null || row.lon === null
          ? null
          : {
              name: row.location_name,
              geonameid: row.geonameid,
              lat: row.lat,
              lon: row.lon,
              country: row.country,
              precision: row.location_precision,
            },
      date: row.date_start === null ? null : { start: row.date_start },
      evidence: { text: row.evidence_text },
    },
    { id: row.id, reportId: row.report_id, status: row.status },
  );
}

/** A stored hand edit as control sees it. */
export function controlEditFromRow(row: ControlEditRow): ControlEdit {
  const place = settlementOf({
    name: row.name,
    geonameid: row.geonameid,
    lat: row.lat,
    lon: row.lon,
    country: row.country,
  });
  return {
    id: row.id,
    // The key as stored: the settlement the analyst chose, even if the keying rule changes later.
    place: { ...place, key: row.settlement_key },
    date: row.date,
    actor:
      row.actor_id !== null && row.actor_name !== null ? { id: row.actor_id, name: row.actor_name } : null,
    note: row.note,
    by: row.created_by_name,
  };
}
