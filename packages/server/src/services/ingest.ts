import type { JobRow, NewReport, Principal, ReportOrigin, ReportRow, Store } from "@sitrep/store";
import type { ServerConfig } from "../config.js";
import { ApiError, errors } from "../errors.js";
import { extractArticle } from "../ingest/article.js";
import { checkUrl } from "../ingest/fetch.js";
import { checkText, contentHash, decodeUtf8, isoDay, markdownToText } from "../ingest/text.js";
import { codeReportJob, fetchUrlJob } from "../jobs/keys.js";

/** A report as it arrives, before it is checked. */
export interface ReportInput {
  text: string;
  title?: string | null | undefined;
  url?: string | null | undefined;
  published?: string | null | undefined;
  source?: string | null | undefined;
  externalId?: string | null | undefined;
  feedId?: number | null | undefined;
  origin: ReportOrigin;
}

/** What submitting a report did. */
export interface Submitted {
  report: ReportRow;
  created: boolean;
  job: JobRow;
}

const UPLOAD_KINDS: Record<string, "text" | "markdown" | "html"> = {
  txt: "text",
  text: "text",
  md: "markdown",
  markdown: "markdown",
  html: "html",
  htm: "html",
};

/** Getting reports in: checks them, stores each once, and queues its coding. */
export class IngestService {
  constructor(
    private readonly store: Store,
    private readonly config: ServerConfig,
  ) {}

  /** Stores a report unless it is already there (same URL or same normalised text) and queues coding. */
  async submit(input: ReportInput, principal: Principal | null): Promise<Submitted> {
    const [done] = await this.submitMany([input], principal);
    if (!done) throw new Error("submitMany returned nothing");
    if (done instanceof ApiError) throw done;
    return done;
  }

  /**
   * Stores many reports at once (a bulk import): each is checked, stored unless it is already there,
   * and its coding queued, in a few statements for the whole list. Returns, in order, what became of
   * each, or the catalogue error that refused it (nothing is stored for a refused one).
   */
  async submitMany(inputs: ReportInput[], principal: Principal | null): Promise<(Submitted | ApiError)[]> {
    const checked = inputs.map((input) => {
      try {
        return this.row(input);
      } catch (error) {
        if (error instanceof ApiError) return error;
        throw error;
      }
    });
    const rows = checked.filter((row): row is NewReport => !(row instanceof ApiError));
    const stored = await this.store.reports.insertManyIfNew(rows);
    const jobs = new Map<number, JobRow>();
    const distinct = [...new Set(stored.map(({ report }) => report.id))];
    const queued = await this.store.jobs.enqueueMany(
      distinct.map((id) => codeReportJob(id, this.config.jobMaxAttempts)),
    );
    distinct.forEach((id, i) => jobs.set(id, queued[i]!.job));
    let next = 0;
    const results: (Submitted | ApiError)[] = [];
    for (const [i, row] of checked.entries()) {
      if (row instanceof ApiError) {
        results.push(row);
        continue;
      }
      const { report, created } = stored[next++]!;
      results.push({ report, created, job: jobs.get(report.id)! });
      if (created && principal)
        await this.store.audit.record({
          userId: principal.userId,
          userName: principal.name,
          action: "ingest",
          entity: "report",
          entityId: report.id,
          after: { origin: inputs[i]!.origin, url: report.url, title: report.title },
        });
    }
    return results;
  }

  /** The row to store for a report, checked; throws the catalogue error naming what is wrong. */
  private row(input: ReportInput): NewReport {
    const text = checkText(input.text, this.config.maxReportBytes);
    const url = input.url ? checkUrl(input.url).toString() : null;
    const published = input.published ? isoDay(input.published) : null;
    if (input.published && !published)
      throw errors.invalidRequest(`published is not a date: ${input.published}`);
    return {
      text,
      title: input.title?.trim() || null,
      url,
      published,
      source: input.source ?? (url ? new URL(url).hostname : null),
      external_id: input.externalId ?? null,
      feed_id: input.feedId ?? null,
      origin: input.origin,
      content_hash: contentHash(text),
    };
  }

  /** Stores an uploaded .txt, .md or .html file. */
  async submitUpload(
    filename: string,
    bytes: Uint8Array,
    principal: Principal | null,
    extra: Partial<ReportInput> = {},
  ): Promise<Submitted> {
    const extension = /\.([a-z0-9]+)$/i.exec(filename)?.[1]?.toLowerCase() ?? "";
    const kind = UPLOAD_KINDS[extension];
    if (!kind) throw errors.notText(`${filename} is not a .txt, .md or .html file`);
    if (bytes.byteLength > this.config.maxReportBytes) throw errors.tooLarge(this.config.maxReportBytes);
    const raw = decodeUtf8(bytes, filename);
    if (kind === "html") {
      const article = extractArticle(raw);
      return this.submit(
        {
          title: article.title,
          published: isoDay(article.published),
          ...extra,
          text: article.text,
          origin: "upload",
        },
        principal,
      );
    }
    const text = kind === "markdown" ? markdownToText(raw) : raw;
    return this.submit(
      { title: filename.replace(/\.[^.]+$/, ""), ...extra, text, origin: "upload" },
      principal,
    );
  }

  /** Queues fetching a URL (once per URL); returns the stored report instead if it is already there. */
  async queueUrl(rawUrl: string): Promise<{ report: ReportRow | null; job: JobRow | null }> {
    const url = checkUrl(rawUrl).toString();
    const existing = await this.store.reports.findByUrl(url);
    if (existing) return { report: existing, job: null };
    const { job } = await this.store.jobs.enqueue(fetchUrlJob(url, this.config.jobMaxAttempts));
    return { report: null, job };
  }
}
