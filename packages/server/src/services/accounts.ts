import type { Principal, Role, Store, TokenSummary, UserRow } from "@sitrep/store";
import type { ServerConfig } from "../config.js";
import { errors } from "../errors.js";
import { hashPassword, newPassword, newSecret, passwordMatches, secretHash } from "../auth/secrets.js";

const NAME = /^[\p{L}\p{N}._@-]{1,64}$/u;
const MIN_PASSWORD = 10;
// Checked when the user does not exist, so a wrong name costs as long as a wrong password.
let dummyHash: Promise<string> | null = null;

/** A new session: the cookie's secret, the CSRF token and who it is for. */
export interface NewSession {
  secret: string;
  csrfToken: string;
  principal: Principal;
  expiresAt: Date;
}

/** Users, sessions and API tokens. */
export class AccountsService {
  constructor(
    private readonly store: Store,
    private readonly config: ServerConfig,
  ) {}

  async createUser(name: string, role: Role, password: string, by: Principal | null): Promise<UserRow> {
    if (!NAME.test(name))
      throw errors.invalidRequest("A user name is 1 to 64 letters, digits, dots, dashes, underscores or @.");
    checkPassword(password);
    const user = await this.store.users.create({ name, role, passwordHash: await hashPassword(password) });
    if (!user) throw errors.conflict(`User ${name} already exists.`);
    await this.audit(by, "create", name, undefined, { name, role });
    return user;
  }

  listUsers(): Promise<UserRow[]> {
    return this.store.users.list();
  }

  async removeUser(name: string, by: Principal | null): Promise<void> {
    const user = await this.store.users.findByName(name);
    if (!user) throw errors.notFound(`User ${name}`);
    if (
      user.role === "admin" &&
      (await this.store.users.list()).filter((u) => u.role === "admin").length === 1
    ) {
      throw errors.conflict("The last admin cannot be removed.");
    }
    await this.store.users.remove(name);
    await this.audit(by, "remove", name, { name, role: user.role }, undefined);
  }

  /** Sets a password and ends the user's sessions. */
  async setPassword(name: string, password: string, by: Principal | null): Promise<void> {
    checkPassword(password);
    const user = await this.store.users.findByName(name);
    if (!user) throw errors.notFound(`User ${name}`);
    await this.store.users.setPassword(name, await hashPassword(password));
    await this.store.sessions.deleteForUser(user.id);
    await this.audit(by, "set-password", name, undefined, undefined);
  }

  /** Checks a name and password and opens a session. */
  async login(name: string, password: string): Promise<NewSession> {
    const user = await this.store.users.findByName(name);
    dummyHash ??= hashPassword("sitrep-dummy-password");
    const ok = await passwordMatches(user?.password_hash ?? (await dummyHash), password);
    if (!user || !ok) throw errors.badCredentials();
    const secret = newSecret();
    const csrfToken = newSecret();
    const expiresAt = new Date(Date.now() + this.config.sessionDays * 86_400_000);
    await this.store.sessions.create({ idHash: secretHash(secret), userId: user.id, csrfToken, expiresAt });
    await this.store.sessions.purgeExpired();
    return { secret, csrfToken, expiresAt, principal: { userId: user.id, name: user.name, role: user.role } };
  }

  async logout(secret: string): Promise<void> {
    await this.store.sessions.delete(secretHash(secret));
  }

  /** The CSRF token of a live session. */
  async csrfToken(secret: string): Promise<string | null> {
    return (await this.store.sessions.find(secretHash(secret)))?.csrfToken ?? null;
  }

  /** Makes an API token; its secret is returned this once and stored only as a hash. */
  async createToken(principal: Principal, name: string): Promise<TokenSummary & { token: string }> {
    const token = `sitrep_${newSecret()}`;
    const summary = await this.store.tokens.create({
      userId: principal.userId,
      name,
      tokenHash: secretHash(token),
    });
    await this.audit(principal, "create-token", principal.name, undefined, { token: summary.id, name });
    return { ...summary, token };
  }

  listTokens(principal: Principal): Promise<TokenSummary[]> {
    return this.store.tokens.list(principal.userId);
  }

  async deleteToken(principal: Principal, id: number): Promise<void> {
    if (!(await this.store.tokens.delete(id, principal.userId))) throw errors.notFound(`Token ${id}`);
    await this.audit(principal, "delete-token", principal.name, { token: id }, undefined);
  }

  /** Creates the first admin, with a random password, when there is no user; returns it to print once. */
  async ensureFirstAdmin(name = "admin"): Promise<{ name: string; password: string } | null> {
    if ((await this.store.users.count()) > 0) return null;
    const password = newPassword();
    await this.createUser(name, "admin", password, null);
    return { name, password };
  }

  private audit(
    by: Principal | null,
    action: string,
    user: string,
    before: unknown,
    after: unknown,
  ): Promise<void> {
    return this.store.audit.record({
      userId: by?.userId ?? null,
      userName: by?.name ?? "system",
      action,
      entity: "user",
      entityId: user,
      before,
      after,
    });
  }
}

function checkPassword(password: string): void {
  if (password.length < MIN_PASSWORD)
    throw errors.invalidRequest(`A password needs at least ${MIN_PASSWORD} characters.`);
  if (password.length > 1024) throw errors.invalidRequest("A password has at most 1024 characters.");
}
