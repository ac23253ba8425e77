import type { Kysely } from "kysely";
import type { AuditRow, Database } from "../schema.js";

/** One change to record: who did what to which entity, with the state before and after. */
export interface AuditEntry {
  userId: number | null;
  userName: string | null;
  action: string;
  entity: string;
  entityId: string | number;
  before?: unknown;
  after?: unknown;
  /** Why, when the user said. */
  reason?: string | null | undefined;
}

/** The audit trail. Append-only: nothing here updates or deletes. */
export class AuditRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async record(entry: AuditEntry): Promise<void> {
    await this.db
      .insertInto("audit_log")
      .values({
        user_id: entry.userId,
        user_name: entry.userName,
        action: entry.action,
        entity: entry.entity,
        entity_id: String(entry.entityId),
        before: entry.before === undefined ? null : JSON.stringify(entry.before),
        after: entry.after === undefined ? null : JSON.stringify(entry.after),
        reason: entry.reason ?? null,
      })
      .execute();
  }

  async listFor(entity: string, entityId: string | number): Promise<AuditRow[]> {
    return this.db
      .selectFrom("audit_log")
      .selectAll()
      .where("entity", "=", entity)
      .where("entity_id", "=", String(entityId))
      .orderBy("id")
      .execute();
  }

  async recent(limit: number, before?: number): Promise<AuditRow[]> {
    let query = this.db.selectFrom("audit_log").selectAll().orderBy("id", "desc").limit(limit);
    if (before !== undefined) query = query.where("id", "<", before);
    return query.execute();
  }
}
