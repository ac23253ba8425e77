import type { Kysely } from "kysely";
import type { Database } from "../schema.js";

/** Named server secrets: the first process to ask stores its candidate, every later one reads it. */
export class SecretsRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** The secret called `name`, storing `candidate` when there is none yet (first writer wins). */
  async getOrCreate(name: string, candidate: string): Promise<string> {
    await this.db
      .insertInto("server_secrets")
      .values({ name, secret: candidate })
      .onConflict((oc) => oc.column("name").doNothing())
      .execute();
    const row = await this.db
      .selectFrom("server_secrets")
      .select("secret")
      .where("name", "=", name)
      .executeTakeFirstOrThrow();
    return row.secret;
  }
}
