import { sql, type Kysely } from "kysely";
import type { Database, FeedRow } from "../schema.js";

/** What one poll of a feed learnt. */
export interface FeedPollOutcome {
  ok: boolean;
  title?: string | null | undefined;
  etag?: string | null | undefined;
  lastModified?: string | null | undefined;
  error?: string | undefined;
  /** Seconds until the next poll. */
  nextPollSeconds: number;
}

/** Subscribed RSS/Atom feeds and their polling state. */
export class FeedsRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async add(url: string, intervalSeconds: number): Promise<{ feed: FeedRow; created: boolean }> {
    const inserted = await this.db
      .insertInto("feeds")
      .values({ url, interval_seconds: intervalSeconds, next_poll_at: new Date() })
      .onConflict((oc) => oc.column("url").doNothing())
      .returningAll()
      .executeTakeFirst();
    if (inserted) return { feed: inserted, created: true };
    return {
      feed: await this.db.selectFrom("feeds").selectAll().where("url", "=", url).executeTakeFirstOrThrow(),
      created: false,
    };
  }

  async get(id: number): Promise<FeedRow | undefined> {
    return this.db.selectFrom("feeds").selectAll().where("id", "=", id).executeTakeFirst();
  }

  async list(): Promise<FeedRow[]> {
    return this.db.selectFrom("feeds").selectAll().orderBy("id").execute();
  }

  async remove(id: number): Promise<boolean> {
    const result = await this.db.deleteFrom("feeds").where("id", "=", id).executeTakeFirst();
    return result.numDeletedRows > 0n;
  }

  /** Feeds whose next poll is due. */
  async due(limit: number): Promise<FeedRow[]> {
    return this.db
      .selectFrom("feeds")
      .selectAll()
      .where("next_poll_at", "<=", sql<Date>`now()`)
      .orderBy("next_poll_at")
      .limit(limit)
      .execute();
  }

  /**
   * Reserves the next request slot for a host, `intervalSeconds` after the one before (shared by every
   * worker on this database); returns how many seconds to wait before the request may start.
   */
  async reserveHostSlot(host: string, intervalSeconds: number): Promise<number> {
    const interval = sql<Date>`make_interval(secs => ${intervalSeconds}::float8)`;
    const row = await this.db
      .insertInto("host_slots")
      .values({ host, next_at: sql<Date>`now() + ${interval}` })
      .onConflict((oc) =>
        oc.column("host").doUpdateSet({
          next_at: sql<Date>`greatest(host_slots.next_at, now()) + ${interval}`,
        }),
      )
      .returning(
        sql<number>`greatest(0, extract(epoch from (next_at - ${interval} - now())))::float8`.as("wait"),
      )
      .executeTakeFirstOrThrow();
    return Number(row.wait);
  }

  /** Records a poll's outcome and schedules the next one. */
  async recordPoll(id: number, outcome: FeedPollOutcome): Promise<void> {
    const next = sql<Date>`now() + make_interval(secs => ${outcome.nextPollSeconds})`;
    const base = { last_polled_at: sql<Date>`now()`, next_poll_at: next };
    const update = outcome.ok
      ? {
          ...base,
          failures: 0,
          last_error: null,
          ...(outcome.title ? { title: outcome.title } : {}),
          ...(outcome.etag !== undefined ? { etag: outcome.etag } : {}),
          ...(outcome.lastModified !== undefined ? { last_modified: outcome.lastModified } : {}),
        }
      : { ...base, failures: sql<number>`failures + 1`, last_error: outcome.error ?? "poll failed" };
    await this.db.updateTable("feeds").set(update).where("id", "=", id).execute();
  }
}
