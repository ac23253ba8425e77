import type { CommentStatus, ModeratedComment, Principal, Repositories, Store } from "@sitrep/store";
import { commentHash, commentHtml } from "../comments/format.js";
import type { ServerConfig } from "../config.js";
import { errors } from "../errors.js";
import { auditComment } from "../presenters/comment.js";
import { cleanWordList } from "./comment-words.js";
import { FIELD_LIMITS, normaliseWebsite } from "./comments.js";

/** What an editor may change in a comment. */
export interface CommentChanges {
  author_name?: string | undefined;
  author_url?: string | null | undefined;
  body?: string | undefined;
}

/** Where a moderation action sends a comment. */
export type ModerationVerdict = "approve" | "reject" | "spam";

const STATUS_OF: Record<ModerationVerdict, CommentStatus> = {
  approve: "approved",
  reject: "rejected",
  spam: "spam",
};
const MAX_WORDS = 1000;

/**
 * Moderation (editors and admins): approve, reject, mark as spam, edit, delete, erase a commenter's
 * email, and the disallowed words. Every change is written with its audit entry in one transaction; the
 * audit entries never hold an email.
 */
export class CommentModerationService {
  constructor(
    private readonly store: Store,
    private readonly config: ServerConfig,
  ) {}

  /** Comments in one state, newest first, with `next` to page on. */
  async list(
    status: CommentStatus,
    page: { limit: number; before?: number | undefined },
  ): Promise<{ comments: ModeratedComment[]; next: number | null }> {
    const comments = await this.store.comments.listForModeration(status, page);
    const last = comments.at(-1);
    return { comments, next: comments.length === page.limit && last ? last.id : null };
  }

  counts(): Promise<Record<CommentStatus, number>> {
    return this.store.comments.statusCounts();
  }

  async get(id: number): Promise<ModeratedComment> {
    const comment = await this.store.comments.getForModeration(id);
    if (!comment) throw errors.notFound(`Comment ${id}`);
    return comment;
  }

  /** Approves, rejects or marks as spam. */
  async judge(id: number, verdict: ModerationVerdict, by: Principal): Promise<ModeratedComment> {
    return this.store.transaction(async (repos) => {
      const before = await this.open(repos, id);
      const status = STATUS_OF[verdict];
      if (before.status === status) return before;
      await repos.comments.update(id, { status });
      return this.recorded(repos, by, verdict, before);
    });
  }

  /** Edits the name, website or text; the text is sanitised again. */
  async edit(id: number, changes: CommentChanges, by: Principal): Promise<ModeratedComment> {
    const edit: Parameters<Repositories["comments"]["update"]>[1] = {};
    if (changes.author_name !== undefined) {
      const name = changes.author_name.trim();
      if (!name || [...name].length > FIELD_LIMITS.name)
        throw errors.commentInvalid(`A name is 1 to ${FIELD_LIMITS.name} characters.`, "name");
      edit.author_name = name;
    }
    if (changes.author_url !== undefined) edit.author_url = normaliseWebsite(changes.author_url ?? "");
    if (changes.body !== undefined) {
      const body = changes.body.trim();
      if (!body) throw errors.commentInvalid("A comment cannot be empty; delete it instead.", "comment");
      if ([...body].length > this.config.commentMaxChars)
        throw errors.commentInvalid(
          `The comment is too long: the limit is ${this.config.commentMaxChars.toLocaleString("en")} characters.`,
          "comment",
        );
      Object.assign(edit, { body, body_html: await commentHtml(body), content_hash: commentHash(body) });
    }
    return this.store.transaction(async (repos) => {
      const before = await this.open(repos, id);
      if (Object.keys(edit).length === 0) return before;
      await repos.comments.update(id, edit);
      return this.recorded(repos, by, "edit", before);
    });
  }

  /** Deletes a comment; its replies move up to its parent. */
  async delete(id: number, by: Principal): Promise<void> {
    await this.store.transaction(async (repos) => {
      const before = await this.open(repos, id);
      await repos.comments.delete(id);
      await repos.audit.record({
        userId: by.userId,
        userName: by.name,
        action: "delete",
        entity: "comment",
        entityId: id,
        before: auditComment(before),
      });
    });
  }

  /**
   * Erasure on request, by the commenter's email: forgets it on every comment (or deletes those
   * comments). Returns how many comments it touched. The audit entry holds the count, not the email.
   */
  async eraseEmail(email: string, deleteComments: boolean, by: Principal): Promise<number> {
    const address = email.trim().toLowerCase();
    if (!address) throw errors.invalidRequest("Give the email address to erase.");
    return this.store.transaction(async (repos) => {
      const touched = await repos.comments.eraseByEmail(address, deleteComments);
      await this.recordErasure(repos, by, "request", touched, deleteComments);
      return touched;
    });
  }

  /** Erasure from one comment: the same, for the email of comment `id` (which never leaves the store). */
  async eraseEmailOf(id: number, deleteComments: boolean, by: Principal): Promise<number> {
    return this.store.transaction(async (repos) => {
      await this.open(repos, id);
      const touched = await repos.comments.eraseEmailOf(id, deleteComments);
      await this.recordErasure(repos, by, id, touched, deleteComments);
      return touched;
    });
  }

  words(): Promise<string[]> {
    return this.store.commentWords.list();
  }

  /** Replaces the disallowed words (trimmed, lower case, no repeats). */
  async setWords(words: string[], by: Principal): Promise<string[]> {
    const cleaned = cleanWordList(words);
    if (cleaned.length > MAX_WORDS)
      throw errors.invalidRequest(`At most ${MAX_WORDS} disallowed words (got ${cleaned.length}).`);
    return this.store.transaction(async (repos) => {
      const before = await repos.commentWords.list();
      const after = await repos.commentWords.replace(cleaned);
      await repos.audit.record({
        userId: by.userId,
        userName: by.name,
        action: "edit",
        entity: "comment-words",
        entityId: "list",
        before,
        after,
      });
      return after;
    });
  }

  private async open(repos: Repositories, id: number): Promise<ModeratedComment> {
    const comment = await repos.comments.getForModeration(id);
    if (!comment) throw errors.notFound(`Comment ${id}`);
    return comment;
  }

  private async recorded(
    repos: Repositories,
    by: Principal,
    action: string,
    before: ModeratedComment,
  ): Promise<ModeratedComment> {
    const after = await this.open(repos, before.id);
    await repos.audit.record({
      userId: by.userId,
      userName: by.name,
      action,
      entity: "comment",
      entityId: before.id,
      before: auditComment(before),
      after: auditComment(after),
    });
    return after;
  }

  private async recordErasure(
    repos: Repositories,
    by: Principal,
    entityId: number | string,
    touched: number,
    deleted: boolean,
  ): Promise<void> {
    await repos.audit.record({
      userId: by.userId,
      userName: by.name,
      action: deleted ? "erase-email-and-comments" : "erase-email",
      entity: "comment",
      entityId,
      after: { comments: touched, deleted },
    });
  }
}
