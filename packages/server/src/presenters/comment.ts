import type { ModeratedComment, PublicComment } from "@sitrep/store";
import { z } from "zod";

/** A comment as the public API shows it: never the commenter's email. */
export const commentSchema = z.object({
  id: z.number().int(),
  report_id: z.number().int(),
  parent_id: z.number().int().nullable(),
  author_name: z.string(),
  author_url: z.string().nullable(),
  body_html: z.string(),
  status: z.enum(["pending", "approved", "rejected", "spam"]),
  created_at: z.string(),
});

export function presentComment(row: PublicComment): z.infer<typeof commentSchema> {
  return {
    id: row.id,
    report_id: row.report_id,
    parent_id: row.parent_id,
    author_name: row.author_name,
    author_url: row.author_url,
    body_html: row.body_html,
    status: row.status,
    created_at: row.created_at.toISOString(),
  };
}

/**
 * A comment as the moderation API shows it: the text typed and why it waits, and whether an email is
 * still on file, but not the email itself (only the moderation screen shows that).
 */
export const moderatedCommentSchema = commentSchema.extend({
  body: z.string(),
  held_reason: z.string().nullable(),
  report_title: z.string().nullable(),
  has_email: z.boolean(),
});

export function presentModeratedComment(row: ModeratedComment): z.infer<typeof moderatedCommentSchema> {
  return {
    ...presentComment(row),
    body: row.body,
    held_reason: row.held_reason,
    report_title: row.report_title,
    has_email: row.author_email !== null,
  };
}

/** What the audit log keeps of a comment: what the moderation API shows, so never the email. */
export function auditComment(row: ModeratedComment): Record<string, unknown> {
  const wire: Partial<z.infer<typeof moderatedCommentSchema>> = presentModeratedComment(row);
  delete wire.body_html;
  delete wire.report_title;
  return wire;
}
