import type { JobRow, Principal, ReportOrigin, ReportRow, Store } from "@sitrep/store";
import type { ServerConfig } from "../config.js";
import { errors } from "../errors.js";
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
    const text = checkText(input.text, this.config.maxReportBytes);
    const url = input.url ? checkUrl(input.url).toString() : null;
    const published = input.published ? isoDay(input.published) : null;
    if (input.published && !published)
      throw errors.invalidRequest(`published is not a date: ${input.published}`);
    const { report, created } = await this.store.reports.insertIfNew({
      text,
      title: input.title?.trim() || null,
      url,
      published,
      source: input.source ?? (url ? new URL(url).hostname : null),
      external_id: input.externalId ?? null,
      feed_id: input.feedId ?? null,
      origin: input.origin,
      content_hash: contentHash(text),
    });
    const { job } = await this.store.jobs.enqueue(codeReportJob(report.id, this.config.jobMaxAttempts));
    if (created && principal) {
      await this.store.audit.record({
        userId: principal.userId,
        userName: principal.name,
        action: "ingest",
        entity: "report",
        entityId: report.id,
        after: { origin: input.origin, url, title: report.title },
      });
    }
    return { report, created, job };
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
