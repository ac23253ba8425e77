import { createHash } from "node:crypto";
import type { FastifyReply, FastifyRequest } from "fastify";
import { newSecret, sameSecret } from "../auth/secrets.js";
import type { ServerConfig } from "../config.js";
import { errors } from "../errors.js";

/**
 * The reader's cookie: a random secret that lets a commenter see their own comments while they await
 * moderation (the store keeps only its hash) and keys the reply form's CSRF token.
 */
export const READER_COOKIE = "sitrep_reader";
const SECRET_SHAPE = /^[A-Za-z0-9_-]{43}$/;

/** The reader secret the browser sent, if it is well formed. */
export function readerSecretOf(request: FastifyRequest): string | null {
  const secret = request.cookies[READER_COOKIE];
  return secret && SECRET_SHAPE.test(secret) ? secret : null;
}

/** The reader's secret, making one (and setting the cookie) on a first visit. */
export function ensureReader(request: FastifyRequest, reply: FastifyReply, config: ServerConfig): string {
  const existing = readerSecretOf(request);
  if (existing) return existing;
  const secret = newSecret();
  void reply.setCookie(READER_COOKIE, secret, {
    path: "/reports",
    httpOnly: true,
    sameSite: "lax",
    secure: config.secureCookies,
    maxAge: 365 * 86_400,
  });
  return secret;
}

/**
 * The reply form's CSRF token: derived from the reader's secret, which a page on another site can
 * neither read nor guess, so only a page this server rendered for this browser can carry it.
 */
export function formToken(readerSecret: string): string {
  return createHash("sha256").update(`reply-form:${readerSecret}`).digest("base64url");
}

/** Throws form_expired unless the form carries this reader's token. */
export function checkFormToken(readerSecret: string | null, sent: unknown): asserts readerSecret is string {
  if (!readerSecret || typeof sent !== "string" || !sameSecret(sent, formToken(readerSecret)))
    throw errors.formExpired();
}
