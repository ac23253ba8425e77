import { CompiledQuery, sql, type ExpressionBuilder, type Kysely, type SelectQueryBuilder } from "kysely";
import type { Database, EventPatch, EventRow, EventStatus, NewEvent } from "../schema.js";
import { searchWords, wordsOf } from "../search-words.js";

/** The filters shared by the map, the API and the exports. */
export interface EventFilter {
  /** Actor ids or names (case-insensitive), on either side; any of them matches. */
  actor?: string | string[] | undefined;
  type?: string[] | undefined;
  modality?: string[] | undefined;
  status?: EventStatus[] | undefined;
  /** `YYYY-MM-DD`, inclusive, against the event's start date. */
  from?: string | undefined;
  to?: string | undefined;
  /** [west, south, east, north] in degrees. */
  bbox?: [number, number, number, number] | undefined;
  /** Words (as prefixes) of the evidence, the actors' or the place's names. */
  text?: string | undefined;
  reportId?: number | undefined;
}

/** How a page of events is ordered: newest first (by id), or most (least) confident first. */
export type EventOrder = "-id" | "-confidence" | "confidence";

/** A page: `limit` rows; newest-first pages continue below `before`, other orders skip `offset` rows. */
export interface EventPage {
  limit: number;
  before?: number | undefined;
  offset?: number | undefined;
  order?: EventOrder | undefined;
}

/** The compact form of a located event, for the map: one array per event. */
export type EventPoint = [
  id: number,
  lon: number,
  lat: number,
  type: string,
  actor1: string | null,
  actor2: string | null,
  date: string | null,
  status: EventStatus,
  modality: string,
];

/** The column names of an `EventPoint`, in order. */
export const EVENT_POINT_COLUMNS = [
  "id",
  "lon",
  "lat",
  "type",
  "actor1",
  "actor2",
  "date",
  "status",
  "modality",
] as const;

/** The columns the coder fills, in the order `insertCoded` writes them. */
const CODED_COLUMNS = [
  "report_id",
  "ordinal",
  "type",
  "mode",
  "acled_event_type",
  "acled_sub_event_type",
  "cameo",
  "actor1_id",
  "actor1_name",
  "actor1_text",
  "actor2_id",
  "actor2_name",
  "actor2_text",
  "location_name",
  "location_text",
  "geonameid",
  "lat",
  "lon",
  "country",
  "admin1",
  "location_precision",
  "date_start",
  "date_end",
  "date_precision",
  "modality",
  "fatalities",
  "evidence_sentence",
  "evidence_start",
  "evidence_end",
  "evidence_text",
  "confidence",
  "rule",
  "extra",
] as const satisfies readonly (keyof NewEvent)[];

/**
 * The fields of a line of `insertCopied`'s COPY text, in order: every coded column (the report's id
 * first), then the search words.
 */
export const COPIED_COLUMNS = [...CODED_COLUMNS, "search"] as const;

/** The columns an event's search vector is made of (`searchWords`), in order. */
const SEARCHED = ["evidence_text", "actor1_name", "actor2_name", "location_name"] as const;

/** Every column of an event row, named (so the search vector is never fetched). */
const COLUMNS = [
  "id",
  "status",
  "merged_into",
  ...CODED_COLUMNS,
  "created_at",
  "updated_at",
] as const satisfies readonly (keyof EventRow)[];

/** An event as the coder made it: every coded column (review state and timestamps take their defaults). */
export type CodedEvent = { [K in (typeof CODED_COLUMNS)[number]]-?: Exclude<NewEvent[K], undefined> };

/**
 * A report's coded events as the JSON text of their rows (a string or its UTF-8 bytes): `CodedEvent`s
 * without `report_id`, `extra` an object, and `search` the event's `searchWords`.
 */
export interface EncodedEvents {
  reportId: number;
  rows: string | Uint8Array;
}

/** Coded events and their review state. */
export class EventsRepository {
  /**
   * How this engine takes a batch of coded events best: as COPY text (`insertCopied`) on a server, as
   * JSON (`insertEncoded`) on PGlite, which reads COPY data from a file whose reads slow down as the
   * table grows (a batch took 0.05 s into an empty table, 0.5 s into one of 36 MB).
   */
  readonly takesCopy: boolean;

  constructor(
    private readonly db: Kysely<Database>,
    engine: "pglite" | "postgres",
  ) {
    this.takesCopy = engine === "postgres";
  }

  /** Inserts events (skipping any a report already has at that ordinal), each with its search words. */
  async insertMany(events: NewEvent[]): Promise<EventRow[]> {
    if (events.length === 0) return [];
    return this.db
      .insertInto("events")
      .values(events.map((event) => ({ ...event, search: event.search ?? searchOf(event) })))
      .onConflict((oc) => oc.columns(["report_id", "ordinal"]).doNothing())
      .returning(COLUMNS)
      .execute();
  }

  /**
   * Inserts a batch of coded events in one statement (skipping any a report already has at that
   * ordinal); returns how many were new. The rows travel as one JSON parameter that the database spreads
   * into the table's row type: no parameter limit, and far less to build and parse than a VALUES list
   * of 33 parameters a row.
   */
  async insertCoded(events: CodedEvent[]): Promise<number> {
    const byReport = new Map<number, unknown[]>();
    for (const { report_id, ...event } of events) {
      const rows = byReport.get(report_id) ?? [];
      // `extra` arrives as JSON text (as Kysely writes jsonb); inside the JSON it must be the object itself.
      rows.push({ ...event, extra: JSON.parse(event.extra) as unknown, search: searchOf(event) });
      byReport.set(report_id, rows);
    }
    return this.insertEncoded(
      [...byReport].map(([reportId, rows]) => ({ reportId, rows: JSON.stringify(rows) })),
    );
  }

  /**
   * Inserts the coded events of several reports in one statement (see `insertCoded`), each report's
   * given as the JSON text of its rows: every coded column but `report_id`, `extra` as an object, and
   * `search`, the event's `searchWords` (tsvector text: the database only splits it). A coder in a thread
   * of its own writes that text, so the thread that stores it builds no rows; the text is not parsed
   * here, only wrapped with each report's id, as bytes: the database gets them as they are (joining the
   * reports' text as strings, then measuring and encoding it again, took 0.06-0.15 ms a report of
   * PGlite's thread).
   */
  async insertEncoded(reports: EncodedEvents[]): Promise<number> {
    if (reports.length === 0) return 0;
    const pieces: Uint8Array[] = [];
    for (const [i, { reportId, rows }] of reports.entries())
      pieces.push(
        Buffer.from(`${i === 0 ? "[" : ","}{"report_id":${Math.trunc(reportId)},"events":`),
        typeof rows === "string" ? Buffer.from(rows) : rows,
        Buffer.from(i === reports.length - 1 ? "}]" : "}"),
      );
    const rows = Buffer.concat(pieces);
    const columns = sql.join([...CODED_COLUMNS, "search"].map((column) => sql.ref(column)));
    const values = sql.join(
      [...CODED_COLUMNS, "search"].map((column) =>
        column === "report_id" ? sql.ref("r.report_id") : sql.ref(`e.${column}`),
      ),
    );
    const result = await sql`insert into events (${columns})
      select ${values} from json_to_recordset(${rows}::json) as r(report_id bigint, events json)
        cross join lateral json_populate_recordset(null::events, r.events) as e
      on conflict (report_id, ordinal) do nothing`.execute(this.db);
    return Number(result.numAffectedRows ?? 0n);
  }

  /**
   * Inserts coded events given as COPY text (a string or its UTF-8 bytes), one piece a report (see
   * `COPIED_COLUMNS`; one line an event, tab-separated, `\N` for null, backslash escapes), in one COPY.
   * On a server about a quarter less of the database's work than `insertEncoded` (no JSON parsed, the
   * rows written a page at a time), and less to build for the worker. Nothing is skipped: a report's
   * events are written once, in the transaction that marks the report coded
   * (`ReportsRepository.markCodedMany`); a second copy of one fails on the `(report_id, ordinal)` key.
   * Returns how many were inserted.
   */
  async insertCopied(pieces: readonly (string | Uint8Array)[]): Promise<number> {
    if (pieces.length === 0) return 0;
    const statement = `copy events (${COPIED_COLUMNS.join(", ")}) from stdin`;
    const result = await this.db.executeQuery(CompiledQuery.raw(statement, [...pieces]));
    return Number(result.numAffectedRows ?? 0n);
  }

  async get(id: number): Promise<EventRow | undefined> {
    return this.db.selectFrom("events").select(COLUMNS).where("id", "=", id).executeTakeFirst();
  }

  /**
   * A page of matching events. Newest first (by id) by default: `limit` rows with ids below `before`,
   * the page's ids found first (an index-only scan of `events_browse` unless there is a text filter),
   * then only those rows read. By confidence, the page skips `offset` rows.
   */
  async list(filter: EventFilter, page: EventPage): Promise<EventRow[]> {
    const order = page.order ?? "-id";
    if (order === "-id") {
      let ids = applyFilter(this.db.selectFrom("events").select("id"), filter)
        .orderBy("id", "desc")
        .limit(page.limit);
      if (page.before !== undefined) ids = ids.where("id", "<", page.before);
      if (page.offset) ids = ids.offset(page.offset);
      return this.db
        .selectFrom("events")
        .select(COLUMNS)
        .where("id", "in", ids)
        .orderBy("id", "desc")
        .execute();
    }
    const direction = order === "-confidence" ? "desc" : "asc";
    let query = applyFilter(this.db.selectFrom("events").select(COLUMNS), filter)
      .orderBy("confidence", direction)
      .orderBy("id", direction)
      .limit(page.limit);
    if (page.offset) query = query.offset(page.offset);
    return query.execute();
  }

  /**
   * Every matching event with a place, in the compact form the map draws (id order), as the JSON text
   * of an array of `EventPoint`s, built by the database (100,000 events need no row objects in
   * JavaScript). Coordinates are rounded to 5 decimals (about a metre).
   */
  async pointsJson(filter: EventFilter): Promise<string> {
    const located = applyFilter(this.db.selectFrom("events").select(COLUMNS), filter)
      .where("lat", "is not", null)
      .where("lon", "is not", null);
    const row = await this.db
      .selectFrom(located.as("e"))
      .select(
        sql<string>`coalesce(json_agg(json_build_array(e.id, round(e.lon::numeric, 5), round(e.lat::numeric, 5),
          e.type, e.actor1_id, e.actor2_id, e.date_start, e.status, e.modality) order by e.id), '[]')::text`.as(
          "rows",
        ),
      )
      .executeTakeFirstOrThrow();
    return row.rows;
  }

  /** A stamp that changes whenever an event is added, changed or removed (for caches of derived data). */
  async version(): Promise<string> {
    const row = await this.db
      .selectFrom("events")
      .select((eb) => [
        eb.fn.countAll<number>().as("count"),
        sql<string | null>`max(updated_at)::text`.as("latest"),
        eb.fn.max("id").as("last"),
      ])
      .executeTakeFirstOrThrow();
    return `${Number(row.count)}:${row.last ?? 0}:${row.latest ?? "-"}`;
  }

  /** Every matching event in id order, fetched a batch at a time (for exports). */
  async *iterate(filter: EventFilter, batchSize = 2000): AsyncGenerator<EventRow> {
    for await (const batch of this.batches(filter, batchSize)) yield* batch;
  }

  /** Every matching event in id order, a batch at a time. */
  async *batches(filter: EventFilter, batchSize = 2000): AsyncGenerator<EventRow[]> {
    let after = 0;
    for (;;) {
      const rows = await applyFilter(this.db.selectFrom("events").select(COLUMNS), filter)
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
    const query = applyFilter(this.db.selectFrom("events").select(COLUMNS), filter);
    const row = await this.db
      .selectFrom(query.as("e"))
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  /** Changes an event; its search words follow a change of its evidence, actors' names or place. */
  async update(id: number, patch: EventPatch): Promise<EventRow | undefined> {
    let search = patch.search;
    if (search === undefined && SEARCHED.some((column) => column in patch)) {
      const current = await this.db
        .selectFrom("events")
        .select(SEARCHED)
        .where("id", "=", id)
        .executeTakeFirst();
      if (current) search = searchOf({ ...current, ...patch });
    }
    return this.db
      .updateTable("events")
      .set({ ...patch, ...(search === undefined ? {} : { search }), updated_at: new Date() })
      .where("id", "=", id)
      .returning(COLUMNS)
      .executeTakeFirst();
  }
}

function applyFilter<O>(
  query: SelectQueryBuilder<Database, "events", O>,
  filter: EventFilter,
): SelectQueryBuilder<Database, "events", O> {
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
  const actors = typeof filter.actor === "string" ? [filter.actor] : (filter.actor ?? []);
  if (actors.length) q = q.where((eb) => eb.or(actors.map((actor) => actorMatches(eb, actor))));
  if (filter.text !== undefined) {
    const query = wordQuery(filter.text);
    q =
      query === null
        ? q.where(sql<boolean>`false`)
        : q.where(sql<boolean>`search @@ to_tsquery('simple', ${query})`);
  }
  return q;
}

function actorMatches(eb: ExpressionBuilder<Database, "events">, actor: string) {
  const name = actor.toLowerCase();
  return eb.or([
    eb("actor1_id", "=", actor),
    eb("actor2_id", "=", actor),
    eb(eb.fn("lower", ["actor1_name"]), "=", name),
    eb(eb.fn("lower", ["actor2_name"]), "=", name),
  ]);
}

/**
 * The words of a search as a tsquery: every word must appear, each as a prefix (`sara` finds Saraqib).
 * Null when the text has no words.
 */
export function wordQuery(text: string): string | null {
  const words = wordsOf(text);
  return words.length ? words.map((word) => `'${word}':*`).join(" & ") : null;
}

/** The search words of an event's evidence, actors' names and place. */
function searchOf(event: { [K in (typeof SEARCHED)[number]]?: string | null | undefined }): string {
  return searchWords(event.evidence_text, event.actor1_name, event.actor2_name, event.location_name);
}
