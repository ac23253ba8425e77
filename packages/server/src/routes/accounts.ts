import { z } from "zod";
import { requireRole, SESSION_COOKIE } from "../auth/principal.js";
import { errors } from "../errors.js";
import { presentToken, presentUser, tokenSchema, userSchema } from "../presenters/user.js";
import type { Api } from "./api.js";

const sessionSchema = z.object({
  user: userSchema.pick({ name: true, role: true }).nullable(),
  csrf_token: z.string().nullable(),
});
const roleSchema = z.enum(["admin", "editor", "analyst"]);
const noContent = { 204: z.null().describe("Done; no content") };

/** Sign in and out, API tokens, and user administration (admin). */
export function accountRoutes(app: Api): void {
  const { accounts, config } = app.services;

  app.post(
    "/session",
    {
      schema: {
        tags: ["accounts"],
        summary: "Sign in (sets the session cookie; returns the CSRF token)",
        body: z.object({ name: z.string().max(64), password: z.string().max(1024) }),
        response: { 200: sessionSchema },
      },
      config: {
        rateLimit: {
          max: config.loginAttemptsPerMinute,
          timeWindow: 60_000,
          keyGenerator: (request) => `${request.ip}|${loginName(request.body)}`,
        },
      },
    },
    async (request, reply) => {
      const session = await accounts.login(request.body.name, request.body.password);
      void reply.setCookie(SESSION_COOKIE, session.secret, {
        path: "/",
        httpOnly: true,
        sameSite: "strict",
        secure: config.secureCookies,
        expires: session.expiresAt,
      });
      return {
        user: { name: session.principal.name, role: session.principal.role },
        csrf_token: session.csrfToken,
      };
    },
  );

  app.get(
    "/session",
    {
      schema: {
        tags: ["accounts"],
        summary: "Who is signed in, and the session's CSRF token",
        response: { 200: sessionSchema },
      },
    },
    async (request) => {
      const cookie = request.cookies[SESSION_COOKIE];
      const principal = request.principal;
      if (!principal) return { user: null, csrf_token: null };
      return {
        user: { name: principal.name, role: principal.role },
        csrf_token: cookie ? await accounts.csrfToken(cookie) : null,
      };
    },
  );

  app.delete(
    "/session",
    { schema: { tags: ["accounts"], summary: "Sign out", response: noContent } },
    async (request, reply) => {
      const cookie = request.cookies[SESSION_COOKIE];
      if (cookie) await accounts.logout(cookie);
      void reply.clearCookie(SESSION_COOKIE, { path: "/" });
      return reply.status(204).send(null);
    },
  );

  app.get(
    "/tokens",
    {
      schema: {
        tags: ["accounts"],
        summary: "My API tokens",
        response: { 200: z.object({ tokens: z.array(tokenSchema) }) },
      },
    },
    async (request) => ({
      tokens: (await accounts.listTokens(requireRole(request, "analyst"))).map(presentToken),
    }),
  );

  app.post(
    "/tokens",
    {
      schema: {
        tags: ["accounts"],
        summary: "Make an API token (its secret is shown this once)",
        body: z.object({ name: z.string().min(1).max(100) }),
        response: { 201: tokenSchema.extend({ token: z.string() }) },
      },
    },
    async (request, reply) => {
      const created = await accounts.createToken(requireRole(request, "analyst"), request.body.name);
      return reply.status(201).send({ ...presentToken(created), token: created.token });
    },
  );

  app.delete(
    "/tokens/:id",
    {
      schema: {
        tags: ["accounts"],
        summary: "Revoke a token",
        params: z.object({ id: z.coerce.number().int().positive() }),
        response: noContent,
      },
    },
    async (request, reply) => {
      await accounts.deleteToken(requireRole(request, "analyst"), request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.get(
    "/users",
    {
      schema: {
        tags: ["accounts"],
        summary: "Users (admin)",
        response: { 200: z.object({ users: z.array(userSchema) }) },
      },
    },
    async (request) => {
      requireRole(request, "admin");
      return { users: (await accounts.listUsers()).map(presentUser) };
    },
  );

  app.post(
    "/users",
    {
      schema: {
        tags: ["accounts"],
        summary: "Add a user (admin)",
        body: z.object({ name: z.string(), role: roleSchema, password: z.string() }),
        response: { 201: userSchema },
      },
    },
    async (request, reply) => {
      const by = requireRole(request, "admin");
      return reply
        .status(201)
        .send(
          presentUser(
            await accounts.createUser(request.body.name, request.body.role, request.body.password, by),
          ),
        );
    },
  );

  app.delete(
    "/users/:name",
    {
      schema: {
        tags: ["accounts"],
        summary: "Remove a user (admin)",
        params: z.object({ name: z.string() }),
        response: noContent,
      },
    },
    async (request, reply) => {
      await accounts.removeUser(request.params.name, requireRole(request, "admin"));
      return reply.status(204).send(null);
    },
  );

  app.put(
    "/users/:name/password",
    {
      schema: {
        tags: ["accounts"],
        summary: "Set a password (your own, or anyone's as admin)",
        params: z.object({ name: z.string() }),
        body: z.object({ password: z.string() }),
        response: noContent,
      },
    },
    async (request, reply) => {
      const by = requireRole(request, "analyst");
      if (by.name !== request.params.name && by.role !== "admin") throw errors.forbidden("admin");
      await accounts.setPassword(request.params.name, request.body.password, by);
      return reply.status(204).send(null);
    },
  );
}

function loginName(body: unknown): string {
  const name = (body as { name?: unknown } | undefined)?.name;
  return typeof name === "string" ? name.toLowerCase() : "";
}
