import type { ExpressionBuilder, Kysely, SelectQueryBuilder } from "kysely";
import type { Database, EventPatch, EventRow, EventStatus, NewEvent } from "../schema.js";
import { escapeLike } from "./reports.js";

/** The filters shared by the map, the API and the exports. */
export interface EventFilter {
  /** Actor id, or actor name (case-insensitive), on either side. */
  actor?: string | undefined;
  type?: string[] | undefined;
  modality?: string[] | undefined;
  status?: EventStatus[] | undefined;
  /** `YYYY-MM-DD`, inclusive, against the event's start date. */
  from?: string | undefined;
  to?: string | undefined;
  /** [west, south, east, north] in degrees. */
  bbox?: [number, number, number, number] | undefined;
  /** Substring of the evidence, an actor's or the place's name. */
  text?: string | undefined;
  reportId?: number | undefined;
}

type EventQuery = SelectQueryBuilder<Database, "events", EventRow>;

/** Coded events and their review state. */
export class EventsRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async insertMany(events: NewEvent[]): Promise<EventRow[]> {
    if (events.length === 0) return [];
    return this.db
      .insertInto("events")
      .values(events)
      .onConflict((oc) => oc.columns(["report_id", "ordinal"]).doNothing())
      .returningAll()
      .execute();
  }

  async get(id: number): Promise<EventRow | undefined> {
    return this.db.selectFrom("events").selectAll().where("id", "=", id).executeTakeFirst();
  }

  /** Newest first (by id), `limit` rows with ids below `before`. */
  async list(filter: EventFilter, page: { limit: number; before?: number | undefined }): Promise<EventRow[]> {
    let query = applyFilter(this.db.selectFrom("events").selectAll(), filter)
      .orderBy("id", "desc")
      .limit(page.limit);
    if (page.before !== undefined) query = query.where("id", "<", page.before);
    return query.execute();
  }

  /** Every matching event in id order, fetched a batch at a time (for exports). */
  async *iterate(filter: EventFilter, batchSize = 2000): AsyncGenerator<EventRow> {
    for await (const batch of this.batches(filter, batchSize)) yield* batch;
  }

  /** Every matching event in id order, a batch at a time. */
  async *batches(filter: EventFilter, batchSize = 2000): AsyncGenerator<EventRow[]> {
    let after = 0;
    for (;;) {
      const rows = await applyFilter(this.db.selectFrom("events").selectAll(), filter)
        .where("id", ">", after)
        .orderBy("id")
        .limit(batchSize)
        .execute();
      if (rows.length) yield rows;
      const last = rows.at(-1);
      if (!last || rows.length < batchSize) return;
      after = last.id;
    }
  }

  async count(filter: EventFilter = {}): Promise<number> {
    const query = applyFilter(this.db.selectFrom("events").selectAll(), filter);
    const row = await this.db
      .selectFrom(query.as("e"))
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  async update(id: number, patch: EventPatch): Promise<EventRow | undefined> {
    return this.db
      .updateTable("events")
      .set({ ...patch, updated_at: new Date() })
      .where("id", "=", id)
      .returningAll()
      .executeTakeFirst();
  }
}

function applyFilter(query: EventQuery, filter: EventFilter): EventQuery {
  let q = query;
  if (filter.status?.length) q = q.where("status", "in", filter.status);
  if (filter.type?.length) q = q.where("type", "in", filter.type);
  if (filter.modality?.length) q = q.where("modality", "in", filter.modality);
  if (filter.from) q = q.where("date_start", ">=", filter.from);
  if (filter.to) q = q.where("date_start", "<=", filter.to);
  if (filter.reportId !== undefined) q = q.where("report_id", "=", filter.reportId);
  if (filter.bbox) {
    const [west, south, east, north] = filter.bbox;
    q = q.where("lat", ">=", south).where("lat", "<=", north);
    // A box that crosses the antimeridian has west > east.
    q =
      west <= east
        ? q.where("lon", ">=", west).where("lon", "<=", east)
        : q.where((eb) => eb.or([eb("lon", ">=", west), eb("lon", "<=", east)]));
  }
  if (filter.actor) q = q.where((eb) => actorMatches(eb, filter.actor as string));
  if (filter.text) {
    const pattern = `%${escapeLike(filter.text)}%`;
    q = q.where((eb) =>
      eb.or([
        eb("evidence_text", "ilike", pattern),
        eb("actor1_name", "ilike", pattern),
        eb("actor2_name", "ilike", pattern),
        eb("location_name", "ilike", pattern),
      ]),
    );
  }
  return q;
}

function actorMatches(eb: ExpressionBuilder<Database, "events">, actor: string) {
  const name = escapeLike(actor);
  return eb.or([
    eb("actor1_id", "=", actor),
    eb("actor2_id", "=", actor),
    eb("actor1_name", "ilike", name),
    eb("actor2_name", "ilike", name),
  ]);
}
