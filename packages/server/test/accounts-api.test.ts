import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { engines, startApp, type TestApp } from "./helpers.js";

function cookieOf(response: { cookies: { name: string; value: string }[] }): string {
  const cookie = response.cookies.find((c) => c.name === "sitrep_session");
  if (!cookie) throw new Error("no session cookie");
  return `sitrep_session=${cookie.value}`;
}

describe.each(engines)("accounts on $engine", (engine) => {
  let t: TestApp;
  let adminPassword: string;
  beforeAll(async () => {
    t = await startApp(engine, { loginAttemptsPerMinute: 5 });
    const first = await t.app.services.accounts.ensureFirstAdmin();
    adminPassword = first!.password;
    expect(await t.app.services.accounts.ensureFirstAdmin()).toBeNull();
  });
  afterAll(async () => t?.close());

  const login = (name: string, password: string) =>
    t.app.inject({ method: "POST", url: "/api/session", payload: { name, password } });

  it("hashes passwords with argon2id and never shows them", async () => {
    const admin = await t.store.users.findByName("admin");
    expect(admin?.password_hash).toMatch(/^\$argon2id\$/);
    const session = await login("admin", adminPassword);
    const users = await t.app.inject({ url: "/api/users", headers: { cookie: cookieOf(session) } });
    expect(users.statusCode).toBe(200);
    expect(users.body).not.toMatch(/argon|password/);
  });

  it("signs in with a cookie session that needs the CSRF token to change anything", async () => {
    const bad = await login("admin", "wrong password");
    expect(bad.statusCode).toBe(401);
    expect(bad.json<{ error: { id: string } }>().error.id).toBe("bad_credentials");
    const session = await login("admin", adminPassword);
    expect(session.statusCode).toBe(200);
    const { csrf_token } = session.json<{ csrf_token: string }>();
    const setCookie = String(session.headers["set-cookie"]);
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Strict/);
    const cookie = cookieOf(session);
    expect((await t.app.inject({ url: "/api/session", headers: { cookie } })).json()).toEqual({
      user: { name: "admin", role: "admin" },
      csrf_token,
    });
    const payload = { name: "nadia", role: "analyst", password: "a long enough password" };
    const noCsrf = await t.app.inject({ method: "POST", url: "/api/users", headers: { cookie }, payload });
    expect(noCsrf.statusCode).toBe(403);
    expect(noCsrf.json<{ error: { id: string } }>().error.id).toBe("csrf_failed");
    const wrongCsrf = await t.app.inject({
      method: "POST",
      url: "/api/users",
      headers: { cookie, "x-csrf-token": "nope" },
      payload,
    });
    expect(wrongCsrf.statusCode).toBe(403);
    const created = await t.app.inject({
      method: "POST",
      url: "/api/users",
      headers: { cookie, "x-csrf-token": csrf_token },
      payload,
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ name: "nadia", role: "analyst" });
    const dup = await t.app.inject({
      method: "POST",
      url: "/api/users",
      headers: { cookie, "x-csrf-token": csrf_token },
      payload,
    });
    expect(dup.statusCode).toBe(409);
    const weak = await t.app.inject({
      method: "POST",
      url: "/api/users",
      headers: { cookie, "x-csrf-token": csrf_token },
      payload: { ...payload, name: "weak", password: "short" },
    });
    expect(weak.json<{ error: { message: string } }>().error.message).toMatch(/at least 10/);
    const out = await t.app.inject({
      method: "DELETE",
      url: "/api/session",
      headers: { cookie, "x-csrf-token": csrf_token },
    });
    expect(out.statusCode).toBe(204);
    expect((await t.app.inject({ url: "/api/session", headers: { cookie } })).json()).toEqual({
      user: null,
      csrf_token: null,
    });
  });

  it("enforces roles", async () => {
    const analyst = await login("nadia", "a long enough password");
    const cookie = cookieOf(analyst);
    const users = await t.app.inject({ url: "/api/users", headers: { cookie } });
    expect(users.statusCode).toBe(403);
    expect(users.json<{ error: { id: string; message: string } }>().error).toEqual({
      id: "forbidden",
      message: "This needs the admin role or higher.",
    });
    expect((await t.app.inject({ url: "/api/users" })).statusCode).toBe(401);
  });

  it("makes API tokens shown once and stored hashed", async () => {
    const session = await login("nadia", "a long enough password");
    const headers = {
      cookie: cookieOf(session),
      "x-csrf-token": session.json<{ csrf_token: string }>().csrf_token,
    };
    const created = await t.app.inject({
      method: "POST",
      url: "/api/tokens",
      headers,
      payload: { name: "script" },
    });
    expect(created.statusCode).toBe(201);
    const { token, id } = created.json<{ token: string; id: number }>();
    expect(token).toMatch(/^sitrep_/);
    const listed = await t.app.inject({ url: "/api/tokens", headers });
    expect(listed.body).not.toContain(token);
    const viaToken = await t.app.inject({
      method: "POST",
      url: "/api/reports",
      headers: { authorization: `Bearer ${token}` },
      payload: { text: "Token-submitted report." },
    });
    expect(viaToken.statusCode).toBe(201);
    const revoked = await t.app.inject({ method: "DELETE", url: `/api/tokens/${id}`, headers });
    expect(revoked.statusCode).toBe(204);
    expect(
      (await t.app.inject({ url: "/api/tokens", headers: { authorization: `Bearer ${token}` } })).statusCode,
    ).toBe(401);
  });

  it("rate-limits login attempts", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) statuses.push((await login("someone", "wrong password")).statusCode);
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429]);
    const limited = await login("someone", "wrong password");
    expect(limited.json<{ error: { id: string } }>().error.id).toBe("rate_limited");
  });

  it("changes passwords and ends sessions", async () => {
    const session = await login("nadia", "a long enough password");
    const headers = {
      cookie: cookieOf(session),
      "x-csrf-token": session.json<{ csrf_token: string }>().csrf_token,
    };
    const other = await t.app.inject({
      method: "PUT",
      url: "/api/users/admin/password",
      headers,
      payload: { password: "another long password" },
    });
    expect(other.statusCode).toBe(403);
    const own = await t.app.inject({
      method: "PUT",
      url: "/api/users/nadia/password",
      headers,
      payload: { password: "a brand new password" },
    });
    expect(own.statusCode).toBe(204);
    expect((await t.app.inject({ url: "/api/session", headers })).json()).toMatchObject({ user: null });
    expect((await login("nadia", "a brand new password")).statusCode).toBe(200);
  });
});
