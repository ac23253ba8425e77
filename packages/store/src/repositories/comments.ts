import { sql, type Kysely } from "kysely";
import type { CommentStatus, Database, NewComment } from "../schema.js";

/** A comment as readers may see it: every column but the commenter's email and the hashes. */
export interface PublicComment {
  id: number;
  report_id: number;
  parent_id: number | null;
  author_name: string;
  author_url: string | null;
  body_html: string;
  status: CommentStatus;
  created_at: Date;
}

/** A comment as moderators see it: with the email (null once erased), the text typed and why it waits. */
export interface ModeratedComment extends PublicComment {
  author_email: string | null;
  body: string;
  held_reason: string | null;
  report_title: string | null;
}

/** What an editor may change in a comment. */
export interface CommentEdit {
  author_name?: string;
  author_url?: string | null;
  body?: string;
  body_html?: string;
  content_hash?: string;
  status?: CommentStatus;
}

const PUBLIC_COLUMNS = [
  "comments.id",
  "comments.report_id",
  "comments.parent_id",
  "comments.author_name",
  "comments.author_url",
  "comments.body_html",
  "comments.status",
  "comments.created_at",
] as const;

/**
 * Reader comments. Every method returns `PublicComment`s except `listForModeration` and
 * `getForModeration`, the only readers of `author_email`; the email is otherwise only compared in SQL
 * (first-time, flood and duplicate checks) or erased.
 */
export class CommentsRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async insert(comment: NewComment): Promise<PublicComment> {
    return this.db
      .insertInto("comments")
      .values(comment)
      .returning([...PUBLIC_COLUMNS])
      .executeTakeFirstOrThrow();
  }

  async get(id: number): Promise<PublicComment | undefined> {
    return this.db.selectFrom("comments").select(PUBLIC_COLUMNS).where("id", "=", id).executeTakeFirst();
  }

  /** A report's discussion, oldest first: approved comments, and the pending ones of this reader. */
  async discussion(reportId: number, readerHash: string | null): Promise<PublicComment[]> {
    return this.db
      .selectFrom("comments")
      .select(PUBLIC_COLUMNS)
      .where("report_id", "=", reportId)
      .where((eb) =>
        readerHash
          ? eb.or([
              eb("status", "=", "approved"),
              eb.and([eb("status", "=", "pending"), eb("reader_hash", "=", readerHash)]),
            ])
          : eb("status", "=", "approved"),
      )
      .orderBy("id")
      .execute();
  }

  /**
   * A key that changes whenever the report's discussion changes (a comment added, edited, judged or
   * deleted), so pages can cache what they render: the count, the newest id and the sum of the rows'
   * `xmin` (the transaction that last wrote each row; any update gives its row a new one). Unlike a
   * timestamp it depends on no clock and no commit order.
   */
  async version(reportId: number): Promise<string> {
    const row = await this.db
      .selectFrom("comments")
      .select((eb) => [
        eb.fn.countAll<number>().as("n"),
        eb.fn.max("id").as("last_id"),
        sql<string>`coalesce(sum((xmin::text)::bigint), 0)::text`.as("writes"),
      ])
      .where("report_id", "=", reportId)
      .executeTakeFirstOrThrow();
    return `${Number(row.n)}:${Number(row.last_id ?? 0)}:${row.writes}`;
  }

  /** This reader's comments on the report that still wait for moderation, oldest first. */
  async pendingOf(reportId: number, readerHash: string): Promise<PublicComment[]> {
    return this.db
      .selectFrom("comments")
      .select(PUBLIC_COLUMNS)
      .where("status", "=", "pending")
      .where("report_id", "=", reportId)
      .where("reader_hash", "=", readerHash)
      .orderBy("id")
      .execute();
  }

  /** Approved comments per report, for these reports. */
  async approvedCounts(reportIds: number[]): Promise<Map<number, number>> {
    if (reportIds.length === 0) return new Map();
    const rows = await this.db
      .selectFrom("comments")
      .select(["report_id", (eb) => eb.fn.countAll<number>().as("n")])
      .where("report_id", "in", reportIds)
      .where("status", "=", "approved")
      .groupBy("report_id")
      .execute();
    return new Map(rows.map((row) => [row.report_id, Number(row.n)]));
  }

  /** Comments since `since` from this client address or this email (flood control). */
  async countRecent(clientHash: string, email: string, since: Date): Promise<number> {
    const row = await this.db
      .selectFrom("comments")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("created_at", ">", since)
      .where((eb) => eb.or([eb("client_hash", "=", clientHash), eb("author_email", "=", email)]))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  /**
   * Whether this commenter (same email, or same client address) already left this text under this
   * report, in any state: two readers may both write "Thank you", one reader may not say it twice.
   */
  async hasDuplicate(
    reportId: number,
    contentHash: string,
    email: string,
    clientHash: string,
  ): Promise<boolean> {
    const row = await this.db
      .selectFrom("comments")
      .select("id")
      .where("report_id", "=", reportId)
      .where("content_hash", "=", contentHash)
      .where((eb) => eb.or([eb("author_email", "=", email), eb("client_hash", "=", clientHash)]))
      .limit(1)
      .executeTakeFirst();
    return row !== undefined;
  }

  /** Whether this email has had a comment approved before (so it is not a first-time commenter). */
  async hasApprovedFrom(email: string): Promise<boolean> {
    const row = await this.db
      .selectFrom("comments")
      .select("id")
      .where("author_email", "=", email)
      .where("status", "=", "approved")
      .limit(1)
      .executeTakeFirst();
    return row !== undefined;
  }

  /** Moderation only: comments in this state, newest first, with the commenter's email. */
  async listForModeration(
    status: CommentStatus,
    page: { limit: number; before?: number | undefined },
  ): Promise<ModeratedComment[]> {
    let query = this.moderationQuery()
      .where("comments.status", "=", status)
      .orderBy("comments.id", "desc")
      .limit(page.limit);
    if (page.before !== undefined) query = query.where("comments.id", "<", page.before);
    return query.execute();
  }

  /** Moderation only: one comment with the commenter's email. */
  async getForModeration(id: number): Promise<ModeratedComment | undefined> {
    return this.moderationQuery().where("comments.id", "=", id).executeTakeFirst();
  }

  private moderationQuery() {
    return this.db
      .selectFrom("comments")
      .innerJoin("reports", "reports.id", "comments.report_id")
      .select([
        ...PUBLIC_COLUMNS,
        "comments.author_email",
        "comments.body",
        "comments.held_reason",
        "reports.title as report_title",
      ]);
  }

  /** How many comments are in each state. */
  async statusCounts(): Promise<Record<CommentStatus, number>> {
    const rows = await this.db
      .selectFrom("comments")
      .select(["status", (eb) => eb.fn.countAll<number>().as("n")])
      .groupBy("status")
      .execute();
    const counts: Record<CommentStatus, number> = { pending: 0, approved: 0, rejected: 0, spam: 0 };
    for (const row of rows) counts[row.status] = Number(row.n);
    return counts;
  }

  async update(id: number, edit: CommentEdit): Promise<PublicComment | undefined> {
    return this.db
      .updateTable("comments")
      .set({ ...edit, updated_at: new Date() })
      .where("id", "=", id)
      .returning([...PUBLIC_COLUMNS])
      .executeTakeFirst();
  }

  /** Deletes a comment; its replies move up to its parent, so nobody else's words are lost. */
  async delete(id: number): Promise<boolean> {
    const found = await this.db
      .selectFrom("comments")
      .select("parent_id")
      .where("id", "=", id)
      .executeTakeFirst();
    if (!found) return false;
    await this.db
      .updateTable("comments")
      .set({ parent_id: found.parent_id })
      .where("parent_id", "=", id)
      .execute();
    const result = await this.db.deleteFrom("comments").where("id", "=", id).executeTakeFirst();
    return result.numDeletedRows > 0n;
  }

  /**
   * Erasure on request: forgets this email on every comment, or deletes those comments (their replies
   * move up). Returns how many comments it touched. Run it in a transaction.
   */
  async eraseByEmail(email: string, deleteComments: boolean): Promise<number> {
    if (!deleteComments) {
      const result = await this.db
        .updateTable("comments")
        .set({ author_email: null, updated_at: new Date() })
        .where("author_email", "=", email)
        .executeTakeFirst();
      return Number(result.numUpdatedRows);
    }
    const ids = await this.db.selectFrom("comments").select("id").where("author_email", "=", email).execute();
    for (const { id } of ids) await this.delete(id);
    return ids.length;
  }

  /**
   * Erasure from the moderation screen: the same as `eraseByEmail` with the email of comment `id`, which
   * never leaves SQL. Returns how many comments it touched (0 when that comment has no email any more).
   */
  async eraseEmailOf(id: number, deleteComments: boolean): Promise<number> {
    const sameEmail = this.db.selectFrom("comments").select("author_email").where("id", "=", id);
    if (!deleteComments) {
      const result = await this.db
        .updateTable("comments")
        .set({ author_email: null, updated_at: new Date() })
        .where("author_email", "=", sameEmail)
        .executeTakeFirst();
      return Number(result.numUpdatedRows);
    }
    const ids = await this.db
      .selectFrom("comments")
      .select("id")
      .where("author_email", "=", sameEmail)
      .execute();
    for (const { id: each } of ids) await this.delete(each);
    return ids.length;
  }

  async count(status?: CommentStatus): Promise<number> {
    let query = this.db.selectFrom("comments").select((eb) => eb.fn.countAll<number>().as("n"));
    if (status) query = query.where("status", "=", status);
    return Number((await query.executeTakeFirstOrThrow()).n);
  }
}

/** The editable list of words and phrases a comment may not contain. */
export class CommentWordsRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async list(): Promise<string[]> {
    const rows = await this.db.selectFrom("comment_words").select("word").orderBy("word").execute();
    return rows.map((row) => row.word);
  }

  /** Replaces the whole list. */
  async replace(words: string[]): Promise<string[]> {
    await this.db.deleteFrom("comment_words").execute();
    const unique = [...new Set(words)];
    if (unique.length > 0)
      await this.db
        .insertInto("comment_words")
        .values(unique.map((word) => ({ word })))
        .execute();
    return this.list();
  }
}
