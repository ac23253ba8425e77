import type { Kysely } from "kysely";
import type { Database, Role, UserRow } from "../schema.js";

/** A signed-in principal, as the session and token look-ups return it. */
export interface Principal {
  userId: number;
  name: string;
  role: Role;
}

/** User accounts. Password hashes never leave this repository except to the password check. */
export class UsersRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async create(user: { name: string; role: Role; passwordHash: string }): Promise<UserRow | undefined> {
    return this.db
      .insertInto("users")
      .values({ name: user.name, role: user.role, password_hash: user.passwordHash })
      .onConflict((oc) => oc.column("name").doNothing())
      .returningAll()
      .executeTakeFirst();
  }

  async findByName(name: string): Promise<UserRow | undefined> {
    return this.db.selectFrom("users").selectAll().where("name", "=", name).executeTakeFirst();
  }

  async get(id: number): Promise<UserRow | undefined> {
    return this.db.selectFrom("users").selectAll().where("id", "=", id).executeTakeFirst();
  }

  async list(): Promise<UserRow[]> {
    return this.db.selectFrom("users").selectAll().orderBy("name").execute();
  }

  async count(): Promise<number> {
    const row = await this.db
      .selectFrom("users")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  async remove(name: string): Promise<boolean> {
    const result = await this.db.deleteFrom("users").where("name", "=", name).executeTakeFirst();
    return result.numDeletedRows > 0n;
  }

  async setPassword(name: string, passwordHash: string): Promise<boolean> {
    const result = await this.db
      .updateTable("users")
      .set({ password_hash: passwordHash, updated_at: new Date() })
      .where("name", "=", name)
      .executeTakeFirst();
    return result.numUpdatedRows > 0n;
  }

  async setRole(name: string, role: Role): Promise<boolean> {
    const result = await this.db
      .updateTable("users")
      .set({ role, updated_at: new Date() })
      .where("name", "=", name)
      .executeTakeFirst();
    return result.numUpdatedRows > 0n;
  }
}

/** Cookie sessions, keyed by the hash of the cookie's secret. */
export class SessionsRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async create(session: {
    idHash: string;
    userId: number;
    csrfToken: string;
    expiresAt: Date;
  }): Promise<void> {
    await this.db
      .insertInto("sessions")
      .values({
        id_hash: session.idHash,
        user_id: session.userId,
        csrf_token: session.csrfToken,
        expires_at: session.expiresAt,
      })
      .execute();
  }

  /** The live session with this hash and its user, or undefined. */
  async find(idHash: string): Promise<(Principal & { csrfToken: string }) | undefined> {
    const row = await this.db
      .selectFrom("sessions")
      .innerJoin("users", "users.id", "sessions.user_id")
      .select([
        "users.id as userId",
        "users.name as name",
        "users.role as role",
        "sessions.csrf_token as csrfToken",
      ])
      .where("sessions.id_hash", "=", idHash)
      .where("sessions.expires_at", ">", new Date())
      .executeTakeFirst();
    return row;
  }

  async delete(idHash: string): Promise<void> {
    await this.db.deleteFrom("sessions").where("id_hash", "=", idHash).execute();
  }

  async deleteForUser(userId: number): Promise<void> {
    await this.db.deleteFrom("sessions").where("user_id", "=", userId).execute();
  }

  async purgeExpired(): Promise<void> {
    await this.db.deleteFrom("sessions").where("expires_at", "<=", new Date()).execute();
  }
}

/** A token as listed to its owner (never its secret or hash). */
export interface TokenSummary {
  id: number;
  name: string;
  created_at: Date;
  last_used_at: Date | null;
}

/** API tokens for scripts, stored as hashes. */
export class TokensRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async create(token: { userId: number; name: string; tokenHash: string }): Promise<TokenSummary> {
    return this.db
      .insertInto("api_tokens")
      .values({ user_id: token.userId, name: token.name, token_hash: token.tokenHash })
      .returning(["id", "name", "created_at", "last_used_at"])
      .executeTakeFirstOrThrow();
  }

  /**
   * The owner of the token with this hash, marking the token used (at most once a minute, so that a
   * script's every request is not a write).
   */
  async use(tokenHash: string): Promise<Principal | undefined> {
    const row = await this.db
      .selectFrom("api_tokens")
      .innerJoin("users", "users.id", "api_tokens.user_id")
      .select([
        "api_tokens.id as tokenId",
        "api_tokens.last_used_at as lastUsedAt",
        "users.id as userId",
        "users.name as name",
        "users.role as role",
      ])
      .where("api_tokens.token_hash", "=", tokenHash)
      .executeTakeFirst();
    if (!row) return undefined;
    if (!row.lastUsedAt || Date.now() - row.lastUsedAt.getTime() > 60_000)
      await this.db
        .updateTable("api_tokens")
        .set({ last_used_at: new Date() })
        .where("id", "=", row.tokenId)
        .execute();
    return { userId: row.userId, name: row.name, role: row.role };
  }

  async list(userId: number): Promise<TokenSummary[]> {
    return this.db
      .selectFrom("api_tokens")
      .select(["id", "name", "created_at", "last_used_at"])
      .where("user_id", "=", userId)
      .orderBy("id")
      .execute();
  }

  async delete(id: number, userId: number): Promise<boolean> {
    const result = await this.db
      .deleteFrom("api_tokens")
      .where("id", "=", id)
      .where("user_id", "=", userId)
      .executeTakeFirst();
    return result.numDeletedRows > 0n;
  }
}
