import { sql, type Kysely } from "kysely";

/**
 * Named server secrets, made once on first use and shared by every process on the database (the key that
 * turns a commenter's client address into a keyed hash). Frozen.
 */
const statements = [
  `create table server_secrets (
    name text primary key,
    secret text not null,
    created_at timestamptz not null default now()
  )`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}
