import { sql, type Kysely } from "kysely";

/**
 * Territorial control: analysts' hand edits (who holds a settlement from a date; a null actor means
 * nobody is known to hold it). Edits are append-only, like the audit trail; a later edit or a later
 * event supersedes one. `updated_at` on events lets every server process catch up with changes made by
 * others (workers, other hosts). Frozen.
 */
const statements = [
  `create table control_edits (
    id bigint generated always as identity primary key,
    settlement_key text not null,
    name text not null,
    geonameid integer,
    lat double precision not null,
    lon double precision not null,
    country text,
    date date not null,
    actor_id text,
    actor_name text,
    note text,
    created_by bigint references users(id) on delete set null,
    created_by_name text,
    created_at timestamptz not null default now(),
    check ((actor_id is null) = (actor_name is null))
  )`,
  `create index control_edits_settlement on control_edits(settlement_key, date)`,
  `create index events_updated_at on events(updated_at)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}
