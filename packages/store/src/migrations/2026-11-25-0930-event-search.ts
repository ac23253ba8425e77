import { sql, type Kysely } from "kysely";

/** Word search over an event's evidence, actors and place (a generated tsvector with a GIN index), and actor names by lower case. Frozen. */
const statements = [
  `alter table events add column search tsvector generated always as (
    to_tsvector('simple', coalesce(evidence_text, '') || ' ' || coalesce(actor1_name, '') || ' ' ||
      coalesce(actor2_name, '') || ' ' || coalesce(location_name, ''))
  ) stored`,
  `create index events_search on events using gin (search)`,
  `create index events_actor1_name on events (lower(actor1_name))`,
  `create index events_actor2_name on events (lower(actor2_name))`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}
