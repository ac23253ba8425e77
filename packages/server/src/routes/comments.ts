import { z } from "zod";
import { requireRole } from "../auth/principal.js";
import {
  commentSchema,
  moderatedCommentSchema,
  presentComment,
  presentModeratedComment,
} from "../presenters/comment.js";
import type { Api } from "./api.js";
import { pageQuery } from "./filters.js";

const idParams = z.object({ id: z.coerce.number().int().positive() });
const statusSchema = z.enum(["pending", "approved", "rejected", "spam"]);
const erasedSchema = z.object({ comments: z.number().int() });
const wordsSchema = z.object({ words: z.array(z.string()) });

/**
 * Reader comments: a report's approved comments (public) and moderation (editor and up). No route here
 * returns a commenter's email; moderation answers only say whether one is on file (`has_email`).
 */
export function commentRoutes(app: Api): void {
  const { comments, moderation } = app.services;

  app.get(
    "/reports/:id/comments",
    {
      schema: {
        tags: ["comments"],
        summary: "A report's approved comments, oldest first (threads by parent_id)",
        params: idParams,
        response: { 200: z.object({ comments: z.array(commentSchema) }) },
      },
    },
    async (request) => ({ comments: (await comments.approved(request.params.id)).map(presentComment) }),
  );

  app.get(
    "/comments",
    {
      schema: {
        tags: ["comments"],
        summary: "Comments in one state for moderation, newest first (editor)",
        querystring: pageQuery.extend({ status: statusSchema.default("pending") }),
        response: {
          200: z.object({
            comments: z.array(moderatedCommentSchema),
            next: z.number().int().nullable(),
            counts: z.record(statusSchema, z.number().int()),
          }),
        },
      },
    },
    async (request) => {
      requireRole(request, "editor");
      const { status, limit, before } = request.query;
      const [page, counts] = await Promise.all([
        moderation.list(status, { limit, before }),
        moderation.counts(),
      ]);
      return { comments: page.comments.map(presentModeratedComment), next: page.next, counts };
    },
  );

  for (const verdict of ["approve", "reject", "spam"] as const) {
    app.post(
      `/comments/:id/${verdict}`,
      {
        schema: {
          tags: ["comments"],
          summary: `${verdict === "spam" ? "Mark a comment as spam" : `${verdict[0]?.toUpperCase()}${verdict.slice(1)} a comment`} (editor)`,
          params: idParams,
          response: { 200: moderatedCommentSchema },
        },
      },
      async (request) =>
        presentModeratedComment(
          await moderation.judge(request.params.id, verdict, requireRole(request, "editor")),
        ),
    );
  }

  app.patch(
    "/comments/:id",
    {
      schema: {
        tags: ["comments"],
        summary: "Edit a comment's name, website or text (editor)",
        params: idParams,
        body: z.object({
          author_name: z.string().max(1000).optional(),
          author_url: z.string().max(1000).nullable().optional(),
          body: z.string().max(100_000).optional(),
        }),
        response: { 200: moderatedCommentSchema },
      },
    },
    async (request) =>
      presentModeratedComment(
        await moderation.edit(request.params.id, request.body, requireRole(request, "editor")),
      ),
  );

  app.delete(
    "/comments/:id",
    {
      schema: {
        tags: ["comments"],
        summary: "Delete a comment; its replies move up to its parent (editor)",
        params: idParams,
      },
    },
    async (request, reply) => {
      await moderation.delete(request.params.id, requireRole(request, "editor"));
      return reply.status(204).send();
    },
  );

  app.post(
    "/comments/:id/erase-email",
    {
      schema: {
        tags: ["comments"],
        summary:
          "Erase the email of this comment's author from every comment (or delete those comments) (editor)",
        params: idParams,
        body: z.object({ delete_comments: z.boolean().default(false) }).default({ delete_comments: false }),
        response: { 200: erasedSchema },
      },
    },
    async (request) => ({
      comments: await moderation.eraseEmailOf(
        request.params.id,
        request.body.delete_comments,
        requireRole(request, "editor"),
      ),
    }),
  );

  app.post(
    "/comments/erase",
    {
      schema: {
        tags: ["comments"],
        summary: "Erase an email address from every comment (or delete those comments), on request (editor)",
        body: z.object({ email: z.string().min(1).max(254), delete_comments: z.boolean().default(false) }),
        response: { 200: erasedSchema },
      },
    },
    async (request) => ({
      comments: await moderation.eraseEmail(
        request.body.email,
        request.body.delete_comments,
        requireRole(request, "editor"),
      ),
    }),
  );

  app.get(
    "/comment-words",
    {
      schema: {
        tags: ["comments"],
        summary: "The disallowed words and phrases (editor)",
        response: { 200: wordsSchema },
      },
    },
    async (request) => {
      requireRole(request, "editor");
      return { words: await moderation.words() };
    },
  );

  app.put(
    "/comment-words",
    {
      schema: {
        tags: ["comments"],
        summary: "Replace the disallowed words and phrases (editor)",
        body: z.object({ words: z.array(z.string().max(100)).max(1000) }),
        response: { 200: wordsSchema },
      },
    },
    async (request) => ({
      words: await moderation.setWords(request.body.words, requireRole(request, "editor")),
    }),
  );
}
