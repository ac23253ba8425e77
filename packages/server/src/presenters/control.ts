import {
  describeChange,
  type ControlActor,
  type ControlChange,
  type ControlState,
  type Settlement,
  type SettlementChange,
} from "@sitrep/control";
import type { ControlEditRow } from "@sitrep/store";
import { z } from "zod";

const actorSchema = z.object({ id: z.string(), name: z.string() });
const settlementSchema = z.object({
  key: z.string(),
  name: z.string(),
  geonameid: z.number().int().nullable(),
  lat: z.number(),
  lon: z.number(),
  country: z.string().nullable(),
});
const sourceFields = {
  kind: z.enum(["took", "withdrew", "handover", "edit"]),
  /** The event behind the change, or null for an analyst's edit. */
  event: z.number().int().nullable(),
  report: z.number().int().nullable(),
  edit: z.number().int().nullable(),
  modality: z.string().nullable(),
  confidence: z.number(),
  conflicts: z.array(z.number().int()),
};

/** Who holds one settlement on a date. */
export const controlStateSchema = settlementSchema.extend({
  controller: actorSchema,
  since: z.string(),
  contested: z.boolean(),
  ...sourceFields,
});

/** One change of control, for the feed. */
export const controlChangeSchema = z.object({
  settlement: settlementSchema,
  date: z.string(),
  holder: actorSchema.nullable(),
  previous: actorSchema.nullable(),
  text: z.string(),
  links: z.object({ event: z.string().nullable(), report: z.string().nullable() }),
  ...sourceFields,
});

/** An analyst's hand edit. */
export const controlEditSchema = z.object({
  id: z.number().int(),
  settlement: z.string(),
  name: z.string(),
  date: z.string(),
  actor: actorSchema.nullable(),
  note: z.string().nullable(),
  by: z.string().nullable(),
  created_at: z.string(),
  /** Who removed the edit and when; null while it counts. */
  removed: z.object({ by: z.string().nullable(), at: z.string() }).nullable(),
});

function presentSettlement(s: Settlement): z.infer<typeof settlementSchema> {
  return { key: s.key, name: s.name, geonameid: s.geonameid, lat: s.lat, lon: s.lon, country: s.country };
}

function presentActor(actor: ControlActor | null): z.infer<typeof actorSchema> | null {
  return actor ? { id: actor.id, name: actor.name } : null;
}

function presentSource(change: ControlChange) {
  const { source } = change;
  return {
    kind: change.kind,
    event: source.kind === "event" ? source.eventId : null,
    report: source.kind === "event" ? source.reportId : null,
    edit: source.kind === "edit" ? source.editId : null,
    modality: source.kind === "event" ? source.modality : null,
    confidence: change.confidence,
    conflicts: [...change.conflicts],
  };
}

export function presentControlState(state: ControlState): z.infer<typeof controlStateSchema> {
  return {
    ...presentSettlement(state.settlement),
    controller: { id: state.holder.id, name: state.holder.name },
    since: state.since,
    contested: state.contested,
    ...presentSource(state.change),
  };
}

export function presentControlChange({
  settlement,
  change,
}: SettlementChange): z.infer<typeof controlChangeSchema> {
  const source = presentSource(change);
  return {
    settlement: presentSettlement(settlement),
    date: change.date,
    holder: presentActor(change.holder),
    previous: presentActor(change.previous),
    text: describeChange(settlement, change),
    links: {
      event: source.event === null ? null : `/api/events/${source.event}`,
      report: source.report === null ? null : `/reports/${source.report}`,
    },
    ...source,
  };
}

export function presentControlEdit(row: ControlEditRow): z.infer<typeof controlEditSchema> {
  return {
    id: row.id,
    settlement: row.settlement_key,
    name: row.name,
    date: row.date,
    actor:
      row.actor_id !== null && row.actor_name !== null ? { id: row.actor_id, name: row.actor_name } : null,
    note: row.note,
    by: row.created_by_name,
    created_at: row.created_at.toISOString(),
    removed: row.removed_at ? { by: row.removed_by_name, at: row.removed_at.toISOString() } : null,
  };
}
