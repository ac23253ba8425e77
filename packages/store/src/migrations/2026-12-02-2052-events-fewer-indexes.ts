import { sql, type Kysely } from "kysely";

/**
 * Indexes the browse index (`events_browse`, id first with every filter column) now serves: status,
 * type and position are filtered inside it, so these only cost every insert. Frozen.
 */
const statements = [
  `drop index if exists events_status_id`,
  `drop index if exists events_type`,
  `drop index if exists events_lon_lat`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}
