import type { PublicComment, ReportRow, Store } from "@sitrep/store";
import { secretHash } from "../auth/secrets.js";
import { commentHash, commentHtml, countLinks } from "../comments/format.js";
import type { ServerConfig } from "../config.js";
import { errors } from "../errors.js";
import { findDisallowed } from "./comment-words.js";

/** What a reader typed into the reply form. */
export interface CommentInput {
  reportId: number;
  parentId?: number | null | undefined;
  name?: string | undefined;
  email?: string | undefined;
  website?: string | undefined;
  comment?: string | undefined;
  /** The honeypot: a field people do not see, so only robots fill it in. */
  honeypot?: string | undefined;
}

/** Who is posting: the client address and the reader's browser secret (their cookie). */
export interface CommenterContext {
  clientAddress: string;
  readerSecret: string;
}

/** A report's public page data: the report, its discussion as this reader sees it. */
export interface Discussion {
  report: ReportRow;
  comments: PublicComment[];
}

const LIMITS = { name: 80, email: 254, website: 200 };
const EMAIL = /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/;

/**
 * Posting and reading reader comments. Posting applies every rule: required fields and sizes, the
 * honeypot, disallowed words, flooding, duplicates; then a first-time commenter's comment, or one with
 * more than `commentMaxLinks` links, waits for moderation.
 */
export class CommentsService {
  constructor(
    private readonly store: Store,
    private readonly config: ServerConfig,
  ) {}

  /** The report and the comments this reader may see (approved ones, and their own pending ones). */
  async discussion(reportId: number, readerSecret: string | null): Promise<Discussion> {
    const report = await this.store.reports.get(reportId);
    if (!report) throw errors.notFound(`Report ${reportId}`);
    const comments = await this.store.comments.discussion(reportId, readerSecret ? secretHash(readerSecret) : null);
    return { report, comments };
  }

  /** Approved comments of a report (the public API). */
  async approved(reportId: number): Promise<PublicComment[]> {
    return (await this.discussion(reportId, null)).comments;
  }

  /** Stores a comment or throws the catalogue error that says why not. */
  async post(input: CommentInput, context: CommenterContext): Promise<{ comment: PublicComment; pending: boolean }> {
    const fields = this.validate(input);
    const report = await this.store.reports.get(input.reportId);
    if (!report) throw errors.notFound(`Report ${input.reportId}`);
    if (input.parentId) await this.checkParent(input.reportId, input.parentId, context.readerSecret);
    const word = findDisallowed(await this.store.commentWords.list(), [
      fields.name,
      fields.email,
      fields.website ?? "",
      fields.comment,
    ]);
    if (word) throw errors.commentDisallowed(word);
    const clientHash = secretHash(`client:${context.clientAddress}`);
    const since = new Date(Date.now() - 60_000);
    if ((await this.store.comments.countRecent(clientHash, fields.email, since)) >= this.config.commentsPerMinute)
      throw errors.commentFlood();
    const contentHash = commentHash(fields.comment);
    if (await this.store.comments.hasDuplicate(input.reportId, contentHash)) throw errors.commentDuplicate();
    const html = commentHtml(fields.comment);
    const heldReason = !(await this.store.comments.hasApprovedFrom(fields.email))
      ? "first-time"
      : countLinks(html) > this.config.commentMaxLinks
        ? "links"
        : null;
    const comment = await this.store.comments.insert({
      report_id: input.reportId,
      parent_id: input.parentId ?? null,
      author_name: fields.name,
      author_email: fields.email,
      author_url: fields.website,
      body: fields.comment,
      body_html: html,
      content_hash: contentHash,
      status: heldReason ? "pending" : "approved",
      held_reason: heldReason,
      client_hash: clientHash,
      reader_hash: secretHash(context.readerSecret),
    });
    return { comment, pending: heldReason !== null };
  }

  private async checkParent(reportId: number, parentId: number, readerSecret: string): Promise<void> {
    const visible = await this.store.comments.discussion(reportId, secretHash(readerSecret));
    if (!visible.some((c) => c.id === parentId))
      throw errors.commentInvalid("The comment you are replying to is not there any more.", "parent");
  }

  private validate(input: CommentInput): { name: string; email: string; website: string | null; comment: string } {
    if (input.honeypot?.trim())
      throw errors.commentInvalid("Leave the field marked “leave this empty” empty.", "honeypot");
    const name = (input.name ?? "").trim();
    const email = (input.email ?? "").trim().toLowerCase();
    const comment = (input.comment ?? "").trim();
    if (!name) throw errors.commentInvalid("Please enter your name.", "name");
    if (name.length > LIMITS.name)
      throw errors.commentInvalid(`Your name is too long: at most ${LIMITS.name} characters.`, "name");
    if (!email) throw errors.commentInvalid("Please enter your email address (it will not be published).", "email");
    if (email.length > LIMITS.email || !EMAIL.test(email))
      throw errors.commentInvalid("Please enter a valid email address, such as name@example.org.", "email");
    const website = normaliseWebsite(input.website ?? "");
    if (!comment) throw errors.commentInvalid("Please type a comment.", "comment");
    const max = this.config.commentMaxChars;
    if ([...comment].length > max)
      throw errors.commentInvalid(
        `Your comment is too long: ${[...comment].length.toLocaleString("en")} characters; the limit is ${max.toLocaleString("en")}.`,
        "comment",
      );
    return { name, email, website, comment };
  }
}

/** The website as an http(s) URL (https:// added when no scheme is given), null when empty. */
function normaliseWebsite(raw: string): string | null {
  const text = raw.trim();
  if (!text) return null;
  if (text.length > LIMITS.website)
    throw errors.commentInvalid(`Your website address is too long: at most ${LIMITS.website} characters.`, "website");
  const candidate = /^[a-z][a-z0-9+.-]*:/i.test(text) ? text : `https://${text}`;
  try {
    const url = new URL(candidate);
    if ((url.protocol === "http:" || url.protocol === "https:") && url.hostname.includes(".")) return url.href;
  } catch {
    // fall through to the message below
  }
  throw errors.commentInvalid("Your website should be an address such as https://example.org.", "website");
}
