import { sql, type Kysely } from "kysely";
import type { Database } from "../schema.js";

/** Housekeeping the planner needs. */
export class MaintenanceRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /**
   * Refreshes the planner's statistics. A PostgreSQL server's autovacuum does this on its own; embedded
   * PGlite has no autovacuum, so bulk loads call it (without statistics, filtered queries pick slow plans).
   */
  async analyze(): Promise<void> {
    await sql`analyze`.execute(this.db);
  }
}
