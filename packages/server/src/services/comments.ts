import { createHmac } from "node:crypto";
import type { EventRow, PublicComment, ReportRow, Store } from "@sitrep/store";
import { newSecret, secretHash } from "../auth/secrets.js";
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

/**
 * What a report's public page needs: the report, its confirmed events, the version of its discussion
 * (for caching the rendered thread) and this reader's own comments that await moderation.
 */
export interface ReportPageData {
  report: ReportRow;
  events: EventRow[];
  version: string;
  pending: PublicComment[];
}

/** The limits of the reply form's fields, in characters. */
export const FIELD_LIMITS = { name: 80, email: 254, website: 200 } as const;
const EMAIL = /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/;
/** At most this many confirmed events are drawn on a report's map. */
const MAP_EVENTS = 500;

/**
 * Posting and reading reader comments. Posting applies every rule: required fields and sizes, the
 * honeypot, disallowed words, flooding, duplicates; then a first-time commenter's comment, or one with
 * more than `commentMaxLinks` links, waits for moderation.
 */
export class CommentsService {
  private clientKey: Promise<string> | null = null;

  constructor(
    private readonly store: Store,
    private readonly config: ServerConfig,
  ) {}

  /** The report, its confirmed events, its discussion's version and this reader's pending comments. */
  async pageData(reportId: number, readerSecret: string | null): Promise<ReportPageData> {
    const report = await this.store.reports.get(reportId);
    if (!report) throw errors.notFound(`Report ${reportId}`);
    const [events, version, pending] = await Promise.all([
      this.store.events.list({ reportId, status: ["confirmed"] }, { limit: MAP_EVENTS }),
      this.store.comments.version(reportId),
      readerSecret ? this.store.comments.pendingOf(reportId, secretHash(readerSecret)) : [],
    ]);
    return { report, events, version, pending };
  }

  /** Approved comments of a report, oldest first (the report must exist). */
  async approved(reportId: number): Promise<PublicComment[]> {
    const report = await this.store.reports.get(reportId);
    if (!report) throw errors.notFound(`Report ${reportId}`);
    return this.store.comments.discussion(reportId, null);
  }

  /** Approved comments of a report already found (for its page), oldest first. */
  threadOf(report: ReportRow): Promise<PublicComment[]> {
    return this.store.comments.discussion(report.id, null);
  }

  /** The approved comment of this report that a reader may reply to, or null. */
  async replyTarget(reportId: number, commentId: number | null): Promise<PublicComment | null> {
    if (commentId === null) return null;
    const comment = await this.store.comments.get(commentId);
    return comment && comment.report_id === reportId && comment.status === "approved" ? comment : null;
  }

  /** Approved comments per report, for a list of reports. */
  approvedCounts(reportIds: number[]): Promise<Map<number, number>> {
    return this.store.comments.approvedCounts(reportIds);
  }

  /** Stores a comment or throws the catalogue error that says why not. */
  async post(
    input: CommentInput,
    context: CommenterContext,
  ): Promise<{ comment: PublicComment; pending: boolean }> {
    const fields = this.validate(input);
    const report = await this.store.reports.get(input.reportId);
    if (!report) throw errors.notFound(`Report ${input.reportId}`);
    if (input.parentId) await this.checkParent(input.reportId, input.parentId);
    const word = findDisallowed(await this.store.commentWords.list(), [
      fields.name,
      fields.email,
      fields.website ?? "",
      fields.comment,
    ]);
    if (word) throw errors.commentDisallowed(word);
    const clientHash = await this.clientHash(context.clientAddress);
    const since = new Date(Date.now() - 60_000);
    if (
      (await this.store.comments.countRecent(clientHash, fields.email, since)) >=
      this.config.commentsPerMinute
    )
      throw errors.commentFlood();
    const contentHash = commentHash(fields.comment);
    if (await this.store.comments.hasDuplicate(input.reportId, contentHash, fields.email, clientHash))
      throw errors.commentDuplicate();
    const html = await commentHtml(fields.comment);
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

  /** A keyed hash of the client address: flood control without storing an address anyone could reverse. */
  private async clientHash(address: string): Promise<string> {
    this.clientKey ??= this.store.secrets
      .getOrCreate("comment-client-key", newSecret())
      .catch((error: unknown) => {
        this.clientKey = null; // asked again next time rather than failing for good
        throw error;
      });
    return createHmac("sha256", await this.clientKey)
      .update(address)
      .digest("hex");
  }

  /** Replies go under approved comments of the same report only. */
  private async checkParent(reportId: number, parentId: number): Promise<void> {
    if (!(await this.replyTarget(reportId, parentId)))
      throw errors.commentInvalid("The comment you are replying to is not there any more.", "parent");
  }

  private validate(input: CommentInput): {
    name: string;
    email: string;
    website: string | null;
    comment: string;
  } {
    if (input.honeypot?.trim())
      throw errors.commentInvalid("Leave the field marked “leave this empty” empty.", "honeypot");
    const name = (input.name ?? "").trim();
    const email = (input.email ?? "").trim().toLowerCase();
    const comment = (input.comment ?? "").trim();
    if (!name) throw errors.commentInvalid("Please enter your name.", "name");
    if ([...name].length > FIELD_LIMITS.name)
      throw errors.commentInvalid(`Your name is too long: at most ${FIELD_LIMITS.name} characters.`, "name");
    if (!email)
      throw errors.commentInvalid("Please enter your email address (it will not be published).", "email");
    if (email.length > FIELD_LIMITS.email || !EMAIL.test(email))
      throw errors.commentInvalid("Please enter a valid email address, such as name@example.org.", "email");
    const website = normaliseWebsite(input.website ?? "");
    if (!comment) throw errors.commentInvalid("Please type a comment.", "comment");
    const max = this.config.commentMaxChars;
    const length = [...comment].length;
    if (length > max)
      throw errors.commentInvalid(
        `Your comment is too long: ${length.toLocaleString("en")} characters; the limit is ${max.toLocaleString("en")}.`,
        "comment",
      );
    return { name, email, website, comment };
  }
}

/** The website as an http(s) URL (https:// added when no scheme is given), null when empty. */
export function normaliseWebsite(raw: string): string | null {
  const text = raw.trim();
  if (!text) return null;
  if (text.length > FIELD_LIMITS.website)
    throw errors.commentInvalid(
      `Your website address is too long: at most ${FIELD_LIMITS.website} characters.`,
      "website",
    );
  const candidate = /^[a-z][a-z0-9+.-]*:/i.test(text) ? text : `https://${text}`;
  try {
    const url = new URL(candidate);
    if ((url.protocol === "http:" || url.protocol === "https:") && url.hostname.includes("."))
      return url.href;
  } catch {
    // fall through to the message below
  }
  throw errors.commentInvalid("Your website should be an address such as https://example.org.", "website");
}
