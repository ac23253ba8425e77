import type { JobRow, ReportFilter, ReportRow, Store } from "@sitrep/store";
import type { ServerConfig } from "../config.js";
import { errors } from "../errors.js";
import type { JobRunner } from "../jobs/runner.js";
import { jobError } from "./feeds.js";
import type { IngestService } from "./ingest.js";

/** Reading reports, and fetching one from a URL on request. */
export class ReportsService {
  constructor(
    private readonly store: Store,
    private readonly config: ServerConfig,
    private readonly ingest: IngestService,
    private readonly runner: JobRunner,
  ) {}

  async list(
    filter: ReportFilter,
    page: { limit: number; before?: number | undefined },
  ): Promise<{ reports: ReportRow[]; next: number | null }> {
    const reports = await this.store.reports.list(filter, page);
    const last = reports.at(-1);
    return { reports, next: reports.length === page.limit && last ? last.id : null };
  }

  async get(id: number): Promise<ReportRow> {
    const report = await this.store.reports.get(id);
    if (!report) throw errors.notFound(`Report ${id}`);
    return report;
  }

  /**
   * Fetches a URL as a report through the queue, running the job here and now so the caller gets the
   * report or the reason it failed (unreachable, not text, no article, too large). With `wait` false it
   * only queues the job.
   */
  async fetchUrl(
    url: string,
    wait: boolean,
  ): Promise<{ report: ReportRow | null; created: boolean; job: JobRow | null }> {
    const queued = await this.ingest.queueUrl(url);
    if (queued.report || !queued.job) return { report: queued.report, created: false, job: null };
    if (!wait) return { report: null, created: false, job: queued.job };
    const job = await this.runner.runNow(queued.job.id, this.config.fetchTimeoutMs + 5000);
    if (job?.status === "failed")
      throw jobError(job.result) ?? errors.unreachableUrl(url, job.last_error ?? "failed");
    const result = job?.result as { reportId?: number; created?: boolean } | null | undefined;
    if (job?.status !== "done" || typeof result?.reportId !== "number")
      return { report: null, created: false, job: job ?? queued.job };
    this.runner.notify();
    return { report: await this.get(result.reportId), created: result.created === true, job };
  }
}
