import { sql, type Kysely } from "kysely";
import type { ControlEditRow, Database, EventRow, NewControlEdit } from "../schema.js";

/** Event columns control reads (never the report text or the search vector). */
const CONTROL_COLUMNS = [
  "id",
  "report_id",
  "status",
  "type",
  "mode",
  "rule",
  "modality",
  "confidence",
  "actor1_id",
  "actor1_name",
  "actor1_text",
  "actor2_id",
  "actor2_name",
  "actor2_text",
  "location_name",
  "geonameid",
  "lat",
  "lon",
  "country",
  "location_precision",
  "date_start",
  "evidence_text",
  "updated_at",
] as const satisfies readonly (keyof EventRow)[];

/** An event as territorial control reads it. */
export type ControlEventRow = Pick<EventRow, (typeof CONTROL_COLUMNS)[number]>;

/** The event types that can move control (seizures, withdrawals, handover agreements). */
export const CONTROL_EVENT_TYPES = ["COERCE", "RETREAT", "AGREE"] as const;

/** Analysts' hand edits of control, and the events control is inferred from. */
export class ControlRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async insertEdit(edit: NewControlEdit): Promise<ControlEditRow> {
    return this.db.insertInto("control_edits").values(edit).returningAll().executeTakeFirstOrThrow();
  }

  async getEdit(id: number): Promise<ControlEditRow | undefined> {
    return this.db.selectFrom("control_edits").selectAll().where("id", "=", id).executeTakeFirst();
  }

  /** Edits with ids above `after`, oldest first, removed ones too (`removed_at` set). */
  async editsAfter(after: number): Promise<ControlEditRow[]> {
    return this.db.selectFrom("control_edits").selectAll().where("id", ">", after).orderBy("id").execute();
  }

  /** Edits, newest first: of one settlement when `settlement` is given; removed ones only if asked. */
  async listEdits(query: { settlement?: string | undefined; removed: boolean; limit: number }) {
    let select = this.db.selectFrom("control_edits").selectAll();
    if (query.settlement !== undefined) select = select.where("settlement_key", "=", query.settlement);
    if (!query.removed) select = select.where("removed_at", "is", null);
    return select.orderBy("id", "desc").limit(query.limit).execute();
  }

  /**
   * Marks an edit removed, once: the row as it is now, or undefined when there is no such edit or it was
   * removed already.
   */
  async removeEdit(
    id: number,
    by: { userId: number | null; name: string },
  ): Promise<ControlEditRow | undefined> {
    return this.db
      .updateTable("control_edits")
      .set({ removed_at: sql<Date>`now()`, removed_by: by.userId, removed_by_name: by.name })
      .where("id", "=", id)
      .where("removed_at", "is", null)
      .returningAll()
      .executeTakeFirst();
  }

  /** Ids of edits removed at or after `since`, for catching up with other processes. */
  async editsRemovedSince(since: Date): Promise<number[]> {
    const rows = await this.db
      .selectFrom("control_edits")
      .select("id")
      .where("removed_at", ">=", since)
      .execute();
    return rows.map((row) => row.id);
  }

  /** Every event of a type that can move control, with one of `statuses`, in id order, a batch at a time. */
  async *eventBatches(statuses: readonly string[], batchSize = 5000): AsyncGenerator<ControlEventRow[]> {
    let after = 0;
    for (;;) {
      const rows = await this.db
        .selectFrom("events")
        .select(CONTROL_COLUMNS)
        .where("type", "in", CONTROL_EVENT_TYPES)
        .where("status", "in", statuses as EventRow["status"][])
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

  /** Events of any type changed (or inserted) at or after `since`, for catching up with other processes. */
  async eventsChangedSince(since: Date, limit: number): Promise<ControlEventRow[]> {
    return this.db
      .selectFrom("events")
      .select(CONTROL_COLUMNS)
      .where("updated_at", ">=", since)
      .orderBy("updated_at")
      .limit(limit)
      .execute();
  }

  /** Every event of these reports (those a coding batch stored). */
  async eventsOfReports(reportIds: readonly number[]): Promise<ControlEventRow[]> {
    if (reportIds.length === 0) return [];
    return this.db.selectFrom("events").select(CONTROL_COLUMNS).where("report_id", "in", reportIds).execute();
  }

  /** Some events by id (those a review action touched). */
  async events(ids: readonly number[]): Promise<ControlEventRow[]> {
    if (ids.length === 0) return [];
    return this.db.selectFrom("events").select(CONTROL_COLUMNS).where("id", "in", ids).execute();
  }

  /** The database's clock, so that catching up never depends on this host's. */
  async now(): Promise<Date> {
    const row = await this.db.selectNoFrom((eb) => eb.fn<Date>("now").as("now")).executeTakeFirstOrThrow();
    return new Date(row.now);
  }
}
