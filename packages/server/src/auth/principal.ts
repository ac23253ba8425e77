import type { FastifyInstance, FastifyRequest } from "fastify";
import type { Principal, Role, Store } from "@sitrep/store";
import { errors } from "../errors.js";
import { sameSecret, secretHash } from "./secrets.js";

/** The session cookie's name. */
export const SESSION_COOKIE = "sitrep_session";
const RANK: Record<Role, number> = { analyst: 1, editor: 2, admin: 3 };
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

declare module "fastify" {
  interface FastifyRequest {
    /** Who is asking: null when anonymous. */
    principal: Principal | null;
    /** The session's CSRF token, for routes that take it from a form field (`formCsrf`). */
    sessionCsrf: string | null;
  }
  interface FastifyContextConfig {
    /**
     * The route is an HTML form: its CSRF token arrives in the body, not the x-csrf-token header, and
     * the route checks it itself (`requireFormCsrf`, or the reader's form token for comments).
     */
    formCsrf?: boolean;
  }
}

/**
 * Resolves each request's principal from an API token (`Authorization: Bearer …`) or the session
 * cookie. A cookie-authenticated request that changes something must carry the session's CSRF token in
 * `x-csrf-token`; token-authenticated requests need none (browsers do not send them on their own).
 */
export function installAuthentication(app: FastifyInstance, store: Store): void {
  app.decorateRequest("principal", null);
  app.decorateRequest("sessionCsrf", null);
  app.addHook("onRequest", async (request) => {
    const bearer = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? "")?.[1];
    if (bearer) {
      request.principal = (await store.tokens.use(secretHash(bearer))) ?? null;
      if (!request.principal) throw errors.unauthorized();
      return;
    }
    const cookie = request.cookies[SESSION_COOKIE];
    if (!cookie) return;
    const session = await store.sessions.find(secretHash(cookie));
    if (!session) return;
    request.sessionCsrf = session.csrfToken;
    if (!SAFE_METHODS.has(request.method) && request.routeOptions.config.formCsrf !== true) {
      const sent = request.headers["x-csrf-token"];
      if (typeof sent !== "string" || !sameSecret(sent, session.csrfToken)) throw errors.csrf();
    }
    request.principal = { userId: session.userId, name: session.name, role: session.role };
  });
}

/** For `formCsrf` routes: the CSRF token sent in the form must be the session's; throws csrf_failed. */
export function requireFormCsrf(request: FastifyRequest, sent: unknown): void {
  if (typeof sent !== "string" || !request.sessionCsrf || !sameSecret(sent, request.sessionCsrf))
    throw errors.csrf();
}

/** The principal, who must hold `role` or a higher one; throws unauthorized or forbidden. */
export function requireRole(request: FastifyRequest, role: Role): Principal {
  const principal = request.principal;
  if (!principal) throw errors.unauthorized();
  if (RANK[principal.role] < RANK[role]) throw errors.forbidden(role);
  return principal;
}
