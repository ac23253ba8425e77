import { sql, type Kysely } from "kysely";

/**
 * An analyst can remove a hand edit of control: the row stays (who set it, and who removed it and when,
 * beside the audit trail) and the model forgets it. Other server processes catch up with removals by
 * `removed_at`. Frozen.
 */
const statements = [
  `alter table control_edits add column removed_at timestamptz`,
  `alter table control_edits add column removed_by bigint references users(id) on delete set null`,
  `alter table control_edits add column removed_by_name text`,
  `create index control_edits_removed on control_edits(removed_at) where removed_at is not null`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}
