import type { Kysely } from "kysely";
import type { Database, NewReport, ReportRow } from "../schema.js";

/** Filters for listing reports. */
export interface ReportFilter {
  text?: string | undefined;
  origin?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

/** What exports cite of a report. */
export interface ReportCitation {
  id: number;
  url: string | null;
  title: string | null;
  source: string | null;
  published: string | null;
}

/** Reports: the texts as they arrived. A report is stored once per URL and once per content hash. */
export class ReportsRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** Inserts the report unless one with the same URL or content hash exists; returns the stored one. */
  async insertIfNew(report: NewReport): Promise<{ report: ReportRow; created: boolean }> {
    const inserted = await this.db
      .insertInto("reports")
      .values(report)
      .onConflict((oc) => oc.doNothing())
      .returningAll()
      .executeTakeFirst();
    if (inserted) return { report: inserted, created: true };
    const existing = await this.findDuplicate(report.content_hash, report.url ?? null);
    if (!existing) throw new Error("report conflicted but no duplicate was found");
    return { report: existing, created: false };
  }

  /**
   * Inserts each report unless one with the same URL or content hash exists (or comes earlier in the
   * list), in one statement; returns, in order, the stored report for each and whether it is new.
   */
  async insertManyIfNew(reports: NewReport[]): Promise<{ report: ReportRow; created: boolean }[]> {
    if (reports.length === 0) return [];
    const inserted = await this.db
      .insertInto("reports")
      .values(reports)
      .onConflict((oc) => oc.doNothing())
      .returningAll()
      .execute();
    const byHash = new Map(inserted.map((row) => [row.content_hash, row]));
    const missing = reports.filter((r) => !byHash.has(r.content_hash));
    const existing = missing.length
      ? await this.db
          .selectFrom("reports")
          .selectAll()
          .where((eb) => {
            const urls = missing.flatMap((r) => (r.url ? [r.url] : []));
            const hashes = eb(
              "content_hash",
              "in",
              missing.map((r) => r.content_hash),
            );
            return urls.length ? eb.or([hashes, eb("url", "in", urls)]) : hashes;
          })
          .orderBy("id")
          .execute()
      : [];
    const claimed = new Set<number>();
    return reports.map((report) => {
      const fresh = byHash.get(report.content_hash);
      if (fresh && !claimed.has(fresh.id)) {
        claimed.add(fresh.id);
        return { report: fresh, created: true };
      }
      const same =
        fresh ??
        [...inserted, ...existing].find(
          (row) => row.content_hash === report.content_hash || (report.url && row.url === report.url),
        );
      if (!same) throw new Error("report conflicted but no duplicate was found");
      return { report: same, created: false };
    });
  }

  /** The stored report with this content hash or URL, if any. */
  async findDuplicate(contentHash: string, url: string | null): Promise<ReportRow | undefined> {
    return this.db
      .selectFrom("reports")
      .selectAll()
      .where((eb) =>
        url
          ? eb.or([eb("content_hash", "=", contentHash), eb("url", "=", url)])
          : eb("content_hash", "=", contentHash),
      )
      .orderBy("id")
      .executeTakeFirst();
  }

  async findByUrl(url: string): Promise<ReportRow | undefined> {
    return this.db.selectFrom("reports").selectAll().where("url", "=", url).executeTakeFirst();
  }

  /** Citation fields of these reports, by id. */
  async citations(ids: number[]): Promise<Map<number, ReportCitation>> {
    if (ids.length === 0) return new Map();
    const rows = await this.db
      .selectFrom("reports")
      .select(["id", "url", "title", "source", "published"])
      .where("id", "in", [...new Set(ids)])
      .execute();
    return new Map(rows.map((row) => [row.id, row]));
  }

  async get(id: number): Promise<ReportRow | undefined> {
    return this.db.selectFrom("reports").selectAll().where("id", "=", id).executeTakeFirst();
  }

  /** Newest first, `limit` rows with ids below `before`. */
  async list(
    filter: ReportFilter,
    page: { limit: number; before?: number | undefined },
  ): Promise<ReportRow[]> {
    let query = this.db.selectFrom("reports").selectAll().orderBy("id", "desc").limit(page.limit);
    if (page.before !== undefined) query = query.where("id", "<", page.before);
    if (filter.origin) query = query.where("origin", "=", filter.origin as ReportRow["origin"]);
    if (filter.from) query = query.where("published", ">=", filter.from);
    if (filter.to) query = query.where("published", "<=", filter.to);
    if (filter.text) {
      const pattern = `%${escapeLike(filter.text)}%`;
      query = query.where((eb) => eb.or([eb("title", "ilike", pattern), eb("text", "ilike", pattern)]));
    }
    return query.execute();
  }

  /** These reports, in no particular order (missing ids are left out). */
  async getMany(ids: number[]): Promise<ReportRow[]> {
    if (ids.length === 0) return [];
    return this.db
      .selectFrom("reports")
      .selectAll()
      .where("id", "in", [...new Set(ids)])
      .execute();
  }

  /** Marks these reports as coded, each once: returns the ids that were not coded before. */
  async markCodedMany(ids: number[]): Promise<number[]> {
    if (ids.length === 0) return [];
    const rows = await this.db
      .updateTable("reports")
      .set({ coded_at: new Date() })
      .where("id", "in", ids)
      .where("coded_at", "is", null)
      .returning("id")
      .execute();
    return rows.map((row) => row.id);
  }

  /** Marks the report as coded, once: returns false if it already was. */
  async markCoded(id: number): Promise<boolean> {
    const result = await this.db
      .updateTable("reports")
      .set({ coded_at: new Date() })
      .where("id", "=", id)
      .where("coded_at", "is", null)
      .executeTakeFirst();
    return result.numUpdatedRows > 0n;
  }

  async count(): Promise<number> {
    const row = await this.db
      .selectFrom("reports")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }
}

/** Escapes `%`, `_` and `\` for a LIKE pattern. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
