import { sql, type Kysely } from "kysely";
import type { Database } from "../schema.js";

/** Housekeeping the planner needs. */
export class MaintenanceRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** Whether the database answers (a trivial query). */
  async ping(): Promise<void> {
    await sql`select 1`.execute(this.db);
  }

  /**
   * Refreshes the planner's statistics and the visibility map of the tables that grow. A PostgreSQL
   * server's autovacuum does this on its own; embedded PGlite has none, so bulk loads call it (without
   * statistics filtered queries pick slow plans; without the visibility map the event list's index-only
   * scans read the table). Outside a transaction only. Returns how many reports there are (the
   * planner's estimate, just refreshed), for pacing the next run.
   */
  async analyze(): Promise<{ reports: number }> {
    // A statement each, the longest last: on PGlite each takes the one connection for as long as it
    // runs, and the job runner's claims and commits go between them.
    await sql`vacuum (analyze) jobs`.execute(this.db);
    await sql`vacuum (analyze) reports`.execute(this.db);
    await sql`vacuum events`.execute(this.db);
    await sql`analyze events`.execute(this.db);
    const row = await sql<{ reports: number }>`select greatest(reltuples, 0)::float8 as reports
      from pg_class where oid = 'reports'::regclass`.execute(this.db);
    return { reports: Number(row.rows[0]?.reports ?? 0) };
  }
}
