import type { CommentStatus, Principal } from "@sitrep/store";
import type { FastifyReply, FastifyRequest } from "fastify";
import { z } from "zod";
import { requireFormCsrf, requireRole, SESSION_COOKIE } from "../auth/principal.js";
import { ApiError, errors } from "../errors.js";
import {
  renderCommentEditor,
  renderQueue,
  renderSignIn,
  renderWords,
  type ModerationFrame,
} from "../pages/moderation.js";
import { PAGE_CSP } from "../pages/layout.js";
import type { Api } from "./api.js";

const STATUSES = ["pending", "approved", "rejected", "spam"] as const;
const statusSchema = z.enum(STATUSES).catch("pending");
const field = z.preprocess(
  (value: unknown) => (Array.isArray(value) ? (value[0] as unknown) : value),
  z.string().max(100_000).optional(),
);
const formBody = z.object({ csrf: field }).catchall(field);
const idParams = z.object({ id: z.coerce.number().int().positive() });
const NOTICES: Record<string, string> = {
  approve: "Comment approved.",
  reject: "Comment rejected.",
  spam: "Comment marked as spam.",
  edit: "Comment saved.",
  delete: "Comment deleted.",
  words: "Disallowed words saved.",
};

function sendPage(reply: FastifyReply, status: number, body: string): FastifyReply {
  return reply
    .status(status)
    .header("content-type", "text/html; charset=utf-8")
    .header("cache-control", "no-store")
    .header("x-robots-tag", "noindex")
    .header("x-content-type-options", "nosniff")
    .header("content-security-policy", PAGE_CSP)
    .header("referrer-policy", "same-origin")
    .send(body);
}

function back(status: unknown, notice: string): string {
  const parsed = statusSchema.parse(status);
  return `/moderation?status=${parsed}&done=${encodeURIComponent(notice)}`;
}

/**
 * The moderation screen, server-rendered behind the same session cookie as the web app: the queues, one
 * comment's editor, the disallowed words and erasure. It is the only page that shows commenters' emails.
 * Its forms carry the session's CSRF token in a field (`formCsrf`).
 */
export function moderationPages(app: Api): void {
  const { moderation, accounts } = app.services;
  const config = app.services.config;

  /** The signed-in editor and the frame of their pages, or null when nobody (or too junior) is signed in. */
  async function frame(
    request: FastifyRequest,
    current: ModerationFrame["current"],
  ): Promise<ModerationFrame | null> {
    if (!request.principal || !request.sessionCsrf) return null;
    const principal: Principal = requireRole(request, "editor");
    return { principal, csrf: request.sessionCsrf, counts: await moderation.counts(), current };
  }

  /** For form posts: an editor with the session's CSRF token in the form. */
  function editor(request: FastifyRequest, csrf: unknown): Principal {
    const principal = requireRole(request, "editor");
    requireFormCsrf(request, csrf);
    return principal;
  }

  app.get("/moderation", { schema: { hide: true } }, async (request, reply) => {
    const query = request.query as { status?: string; before?: string; done?: string };
    const status: CommentStatus = statusSchema.parse(query.status);
    const page = await frame(request, status);
    if (!page) return sendPage(reply, 200, renderSignIn());
    const before = /^\d{1,15}$/.test(query.before ?? "") ? Number(query.before) : undefined;
    const list = await moderation.list(status, { limit: 50, before });
    page.notice = query.done ? NOTICES[query.done] : undefined;
    return sendPage(reply, 200, renderQueue(page, status, list.comments, list.next));
  });

  app.post(
    "/moderation/sign-in",
    {
      schema: { hide: true, body: formBody },
      config: {
        formCsrf: true,
        rateLimit: {
          max: config.loginAttemptsPerMinute,
          timeWindow: 60_000,
          keyGenerator: (request) =>
            `${request.ip}|${String((request.body as { name?: unknown }).name).toLowerCase()}`,
        },
      },
    },
    async (request, reply) => {
      const name = request.body.name ?? "";
      try {
        const session = await accounts.login(name, request.body.password ?? "");
        void reply.setCookie(SESSION_COOKIE, session.secret, {
          path: "/",
          httpOnly: true,
          sameSite: "strict",
          secure: config.secureCookies,
          expires: session.expiresAt,
        });
        return reply.redirect("/moderation", 303);
      } catch (error) {
        if (!(error instanceof ApiError) || error.status !== 401) throw error;
        return sendPage(reply, 401, renderSignIn(error.message, name));
      }
    },
  );

  app.post(
    "/moderation/sign-out",
    { schema: { hide: true, body: formBody }, config: { formCsrf: true } },
    async (request, reply) => {
      requireFormCsrf(request, request.body.csrf);
      const cookie = request.cookies[SESSION_COOKIE];
      if (cookie) await accounts.logout(cookie);
      void reply.clearCookie(SESSION_COOKIE, { path: "/" });
      return reply.redirect("/moderation", 303);
    },
  );

  for (const verdict of ["approve", "reject", "spam"] as const) {
    app.post(
      `/moderation/comments/:id/${verdict}`,
      { schema: { hide: true, params: idParams, body: formBody }, config: { formCsrf: true } },
      async (request, reply) => {
        await moderation.judge(request.params.id, verdict, editor(request, request.body.csrf));
        return reply.redirect(back(request.body.back, verdict), 303);
      },
    );
  }

  app.get(
    "/moderation/comments/:id",
    { schema: { hide: true, params: idParams } },
    async (request, reply) => {
      const page = await frame(request, "pending");
      if (!page) return reply.redirect("/moderation", 303);
      const comment = await moderation.get(request.params.id);
      page.current = comment.status;
      return sendPage(reply, 200, renderCommentEditor(page, comment));
    },
  );

  app.post(
    "/moderation/comments/:id/edit",
    { schema: { hide: true, params: idParams, body: formBody }, config: { formCsrf: true } },
    async (request, reply) => {
      const by = editor(request, request.body.csrf);
      const values = {
        name: request.body.name ?? "",
        website: request.body.website ?? "",
        body: request.body.body ?? "",
      };
      try {
        const saved = await moderation.edit(
          request.params.id,
          { author_name: values.name, author_url: values.website, body: values.body },
          by,
        );
        return reply.redirect(back(saved.status, "edit"), 303);
      } catch (error) {
        if (!(error instanceof ApiError) || error.status !== 400) throw error;
        const page = await frame(request, "pending");
        const comment = await moderation.get(request.params.id);
        if (!page) throw errors.unauthorized();
        page.current = comment.status;
        page.error = error.message;
        return sendPage(reply, 400, renderCommentEditor(page, comment, values));
      }
    },
  );

  app.post(
    "/moderation/comments/:id/delete",
    { schema: { hide: true, params: idParams, body: formBody }, config: { formCsrf: true } },
    async (request, reply) => {
      await moderation.delete(request.params.id, editor(request, request.body.csrf));
      return reply.redirect(back(request.body.back, "delete"), 303);
    },
  );

  app.post(
    "/moderation/comments/:id/erase-email",
    { schema: { hide: true, params: idParams, body: formBody }, config: { formCsrf: true } },
    async (request, reply) => {
      const by = editor(request, request.body.csrf);
      const touched = await moderation.eraseEmailOf(
        request.params.id,
        request.body.delete_comments === "yes",
        by,
      );
      return erased(request, reply, touched, request.body.delete_comments === "yes");
    },
  );

  app.get("/moderation/words", { schema: { hide: true } }, async (request, reply) => {
    const page = await frame(request, "words");
    if (!page) return reply.redirect("/moderation", 303);
    page.notice = (request.query as { done?: string }).done === "words" ? NOTICES.words : undefined;
    return sendPage(reply, 200, renderWords(page, await moderation.words()));
  });

  app.post(
    "/moderation/words",
    { schema: { hide: true, body: formBody }, config: { formCsrf: true } },
    async (request, reply) => {
      const by = editor(request, request.body.csrf);
      await moderation.setWords((request.body.words ?? "").split(/\r?\n/), by);
      return reply.redirect("/moderation/words?done=words", 303);
    },
  );

  app.post(
    "/moderation/erase",
    { schema: { hide: true, body: formBody }, config: { formCsrf: true } },
    async (request, reply) => {
      const by = editor(request, request.body.csrf);
      const remove = request.body.delete_comments === "yes";
      const touched = await moderation.eraseEmail(request.body.email ?? "", remove, by);
      return erased(request, reply, touched, remove);
    },
  );

  async function erased(
    request: FastifyRequest,
    reply: FastifyReply,
    touched: number,
    deleted: boolean,
  ): Promise<FastifyReply> {
    const page = await frame(request, "words");
    if (!page) throw errors.unauthorized();
    page.notice =
      touched === 0
        ? "No comment has that email address."
        : `Erased the email from ${touched === 1 ? "1 comment" : `${touched} comments`}${deleted ? " and deleted them" : ""}.`;
    return sendPage(reply, 200, renderWords(page, await moderation.words()));
  }
}
