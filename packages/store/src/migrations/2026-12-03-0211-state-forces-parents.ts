import { sql, type Kysely } from "kysely";

/**
 * A state's military and police (`sy-mil`, `sy-pol`) belong to its government (`sy-gov`) in the actor
 * registry, so that territorial control counts them as one holder. New databases are seeded so; this
 * links the state actors an older database was seeded with, where no parent was set. Frozen.
 */
const statements = [
  `update actors set parent = substr(id, 1, 2) || '-gov'
    where id ~ '^[a-z]{2}-(mil|pol)$' and parent is null
      and exists (select 1 from actors g where g.id = substr(actors.id, 1, 2) || '-gov')`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}
