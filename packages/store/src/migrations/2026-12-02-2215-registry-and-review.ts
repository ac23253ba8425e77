import { sql, type Kysely } from "kysely";

/**
 * The reason a reviewer gives (a rejection's "why"), and when an analyst place last changed (the
 * coder's registry version reads it). Frozen.
 */
const statements = [
  `alter table audit_log add column reason text`,
  `alter table places add column updated_at timestamptz not null default now()`,
  `create index places_name on places (lower(name))`,
  `create index events_confidence on events (status, confidence desc, id desc)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}
