import compress from "@fastify/compress";
import formbody from "@fastify/formbody";
import { constants as zlib } from "node:zlib";
import type { FastifyError, FastifyReply, FastifyRequest } from "fastify";
import { toApiError } from "../app.js";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { checkFormToken, ensureReader, formToken, readerSecretOf } from "../comments/reader.js";
import { ApiError, errors } from "../errors.js";
import type { ReplyForm } from "../pages/discussion.js";
import { markup, type Html } from "../pages/html.js";
import { layout, PAGE_CSP, staffNav } from "../pages/layout.js";
import { renderReportIndex } from "../pages/report-index.js";
import { renderReportPage, renderThread } from "../pages/report-page.js";
import { reportsAtom } from "../pages/reports-feed.js";
import { ThreadCache } from "../pages/thread-cache.js";
import { moderationPages } from "./moderation-pages.js";

const PAGE_SIZE = 20;
const FEED_SIZE = 50;
/** The reply form's body limit: far above the comment limit, so a long comment is refused with a message. */
const FORM_BODY_LIMIT = 256 * 1024;
const id = z.string().regex(/^[1-9]\d{0,15}$/);
const idParams = z.object({ id: z.string() });
const text = z.preprocess(
  (value: unknown) => (Array.isArray(value) ? (value[0] as unknown) : value),
  z.string().optional(),
);
const replyBody = z.object({
  csrf: text,
  parent: text,
  name: text,
  email: text,
  website: text,
  comment: text,
  nickname: text,
});

function sendHtml(reply: FastifyReply, status: number, body: string): FastifyReply {
  return reply
    .status(status)
    .header("content-type", "text/html; charset=utf-8")
    .header("x-content-type-options", "nosniff")
    .header("content-security-policy", PAGE_CSP)
    .header("referrer-policy", "same-origin")
    .header("cache-control", "private, no-cache")
    .send(body);
}

function errorPage(reply: FastifyReply, error: ApiError): FastifyReply {
  const title =
    error.status === 404
      ? "Not found"
      : error.status === 401 || error.status === 403
        ? "Not allowed"
        : error.status < 500
          ? "That did not work"
          : "Something went wrong";
  return sendHtml(
    reply,
    error.status,
    layout({
      title,
      body: markup`<h1>${title}</h1><p>${error.message}</p><p><a href="/reports">All reports</a></p>`,
    }),
  );
}

/** The moderation link, for a signed-in editor or admin. */
function navFor(request: FastifyRequest): Html | undefined {
  const role = request.principal?.role;
  return role === "editor" || role === "admin" ? staffNav : undefined;
}

function positiveId(raw: string | undefined): number | null {
  return raw !== undefined && id.safeParse(raw).success ? Number(raw) : null;
}

/**
 * The public pages, server-rendered HTML that works without JavaScript: the report index, each report's
 * page with its discussion and reply form, and the Atom feed of reports; and the moderation screen
 * (`moderation-pages.ts`). Forms arrive URL-encoded; errors render as HTML pages.
 */
export const pageRoutes: FastifyPluginAsyncZod = async (app) => {
  const { comments, reports, config } = app.services;
  const threads = new ThreadCache();
  await app.register(formbody, { bodyLimit: FORM_BODY_LIMIT });
  // A page with a long discussion is hundreds of KiB of HTML: compressed (fast settings) for phones.
  await app.register(compress, {
    encodings: ["br", "gzip"],
    threshold: 4096,
    globalDecompression: false,
    brotliOptions: { params: { [zlib.BROTLI_PARAM_QUALITY]: 1 } },
    zlibOptions: { level: 1 },
  });
  app.setErrorHandler((error, request, reply) => {
    const apiError = toApiError(error as FastifyError, FORM_BODY_LIMIT);
    if (apiError.status >= 500) request.log.error({ err: error }, "page failed");
    return errorPage(reply, apiError);
  });

  moderationPages(app);

  app.get("/reports", { schema: { hide: true } }, async (request, reply) => {
    const query = request.query as { before?: string };
    const before = positiveId(query.before) ?? undefined;
    const page = await reports.list({}, { limit: PAGE_SIZE, before });
    const counts = await comments.approvedCounts(page.reports.map((r) => r.id));
    return sendHtml(
      reply,
      200,
      renderReportIndex({
        nav: navFor(request),
        reports: page.reports,
        comments: counts,
        next: page.next,
        paged: before !== undefined,
      }),
    );
  });

  app.get("/reports/feed.atom", { schema: { hide: true } }, async (_request, reply) => {
    const page = await reports.list({}, { limit: FEED_SIZE });
    return reply
      .header("content-type", "application/atom+xml; charset=utf-8")
      .send(reportsAtom(page.reports, config.publicUrl, new Date()));
  });

  /** The report's page for this reader, with the reply form as given. */
  async function reportPage(
    request: FastifyRequest,
    reply: FastifyReply,
    reportId: number,
    form: Omit<ReplyForm, "token" | "reportId" | "maxChars">,
    status = 200,
  ): Promise<FastifyReply> {
    const started = performance.now();
    const reader = ensureReader(request, reply, config);
    const data = await comments.pageData(reportId, reader);
    const [thread, replyTo] = await Promise.all([
      renderThread(comments, threads, data),
      comments.replyTarget(reportId, form.values.parent),
    ]);
    const full: ReplyForm = {
      ...form,
      reportId,
      token: formToken(reader),
      values: { ...form.values, parent: replyTo?.id ?? null },
      maxChars: config.commentMaxChars,
    };
    const page = renderReportPage(data, thread, full, replyTo, navFor(request));
    // The time to build the page (queries and rendering), for the bench and for browsers' dev tools.
    void reply.header("server-timing", `page;dur=${(performance.now() - started).toFixed(1)}`);
    return sendHtml(reply, status, page);
  }

  app.get("/reports/:id", { schema: { hide: true, params: idParams } }, async (request, reply) => {
    const reportId = positiveId(request.params.id);
    if (reportId === null) throw errors.notFound(`Report ${request.params.id}`);
    const parent = positiveId((request.query as { replyto?: string }).replyto);
    return reportPage(request, reply, reportId, {
      values: { name: "", email: "", website: "", comment: "", parent },
    });
  });

  app.post(
    "/reports/:id/comments",
    { schema: { hide: true, params: idParams, body: replyBody }, config: { formCsrf: true } },
    async (request, reply) => {
      const reportId = positiveId(request.params.id);
      if (reportId === null) throw errors.notFound(`Report ${request.params.id}`);
      const body = request.body;
      const parentId = positiveId(body.parent);
      const values = {
        name: body.name ?? "",
        email: body.email ?? "",
        website: body.website ?? "",
        comment: body.comment ?? "",
        parent: parentId,
      };
      const secret = readerSecretOf(request);
      try {
        checkFormToken(secret, body.csrf);
        const posted = await comments.post(
          { reportId, parentId, ...values, honeypot: body.nickname },
          { clientAddress: request.ip, readerSecret: secret },
        );
        return reply.redirect(`/reports/${reportId}#comment-${posted.comment.id}`, 303);
      } catch (error) {
        if (!(error instanceof ApiError) || error.status === 404) throw error;
        // Refused: the page again, with the message and everything the reader typed.
        const field = (error.details as { field?: string } | undefined)?.field;
        return reportPage(
          request,
          reply,
          reportId,
          { values, error: { message: error.message, field } },
          error.status,
        );
      }
    },
  );
};
