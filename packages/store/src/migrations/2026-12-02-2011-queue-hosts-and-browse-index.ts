import { sql, type Kysely } from "kysely";

/**
 * Politeness shared by every worker: the next time each host may be asked for a page or a feed
 * (`FeedsRepository.reserveHostSlot`). A browse index for the event list: newest first, with every
 * filter column in the index, so a filtered page is found by an index-only scan and only its 500 rows
 * are read from the table. Finer statistics for the word search, so that the planner tells common
 * words (scan newest first) from rare ones (use the word index). Frozen.
 */
const statements = [
  `create table host_slots (
    host text primary key,
    next_at timestamptz not null
  )`,
  `create index events_browse on events (id, status, type, modality, date_start, lon, lat, actor1_id, actor2_id)
    include (actor1_name, actor2_name)`,
  `alter table events alter column search set statistics 1000`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}
