import { sql, type Kysely } from "kysely";

/**
 * No planner statistics for the event columns no query filters, joins or orders on (they are only
 * read back): `ANALYZE events` computed them all, 37 columns, and sorting each one's sample was most of
 * its cost (on PGlite, which has no autovacuum, the job runner analyses every 2,000 jobs: 431 → 231 ms of
 * CPU at 15,000 events). The filter columns, the word search and the index expressions keep theirs.
 * Frozen.
 */
const UNFILTERED = [
  "mode",
  "acled_event_type",
  "acled_sub_event_type",
  "cameo",
  "actor1_text",
  "actor2_text",
  "location_name",
  "location_text",
  "geonameid",
  "country",
  "admin1",
  "location_precision",
  "date_end",
  "date_precision",
  "fatalities",
  "evidence_sentence",
  "evidence_start",
  "evidence_end",
  "evidence_text",
  "rule",
  "extra",
  "created_at",
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const column of UNFILTERED)
    await sql`alter table events alter column ${sql.ref(column)} set statistics 0`.execute(db);
}
