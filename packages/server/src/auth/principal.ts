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
  }
}

/**
 * Resolves each request's principal from an API token (`Authorization: Bearer …`) or the session
 * cookie. A cookie-authenticated request that changes something must carry the session's CSRF token in
 * `x-csrf-token`; token-authenticated requests need none (browsers do not send them on their own).
 */
export function installAuthentication(app: FastifyInstance, store: Store): void {
  app.decorateRequest("principal", null);
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
    if (!SAFE_METHODS.has(request.method)) {
      const sent = request.headers["x-csrf-token"];
      if (typeof sent !== "string" || !sameSecret(sent, session.csrfToken)) throw errors.csrf();
    }
    request.principal = { userId: session.userId, name: session.name, role: session.role };
  });
}

/** The principal, who must hold `role` or a higher one; throws unauthorized or forbidden. */
export function requireRole(request: FastifyRequest, role: Role): Principal {
  const principal = request.principal;
  if (!principal) throw errors.unauthorized();
  if (RANK[principal.role] < RANK[role]) throw errors.forbidden(role);
  return principal;
}
