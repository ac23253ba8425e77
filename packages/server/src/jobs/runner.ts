import { hostname } from "node:os";
import type { JobRow } from "@sitrep/store";
import { ApiError } from "../errors.js";
import { codeReport } from "./code-report.js";
import type { JobContext, JobHandler } from "./context.js";
import { fetchUrl } from "./fetch-url.js";
import { JOB_KINDS, pollFeedJob } from "./keys.js";
import { pollFeed } from "./poll-feed.js";

/** Every job kind and its handler (one file each). */
export const handlers: Record<string, JobHandler> = {
  [JOB_KINDS.codeReport]: codeReport,
  [JOB_KINDS.fetchUrl]: fetchUrl,
  [JOB_KINDS.pollFeed]: pollFeed,
};

/** How a runner works the queue. */
export interface RunnerOptions {
  concurrency?: number;
  pollIntervalMs?: number;
  /** How often this runner queues polls of due feeds. */
  feedScheduleMs?: number;
}

let runnerCount = 0;
const ANALYZE_EVERY_JOBS = 2000;

/**
 * Works the PostgreSQL job queue: claims a job, runs its handler, records the result or the error
 * (retried with back-off; ApiErrors below 500 fail at once, as retrying cannot help). Any number of
 * runners, in any number of processes, share one queue.
 */
export class JobRunner {
  readonly workerId = `${hostname()}:${process.pid}:${++runnerCount}`;
  private running = false;
  private loops: Promise<void>[] = [];
  private wake: (() => void) | null = null;
  private lastFeedSchedule = 0;
  private jobsSinceAnalyze = 0;

  constructor(
    private readonly context: JobContext,
    private readonly options: RunnerOptions = {},
  ) {}

  /** Claims and runs one job; false if none was ready. */
  async runNext(only: { kinds?: string[]; id?: number } = {}): Promise<boolean> {
    const job = await this.context.store.jobs.claim(this.workerId, this.context.config.jobLeaseSeconds, only);
    if (!job) return false;
    await this.run(job);
    return true;
  }

  /** Runs this job here now if nobody has it, then waits until it has finished; returns its final state. */
  async runNow(jobId: number, timeoutMs: number): Promise<JobRow | undefined> {
    await this.runNext({ id: jobId });
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const job = await this.context.store.jobs.get(jobId);
      if (!job || job.status === "done" || job.status === "failed" || Date.now() > deadline) return job;
      if (job.status === "queued" && !(await this.runNext({ id: jobId }))) await sleep(50);
      if (job.status === "running") await sleep(50);
    }
  }

  /** Runs jobs until `finished()` says so (or no job is left and `finished` still says no after a poll). */
  async drain(finished: () => Promise<boolean>): Promise<void> {
    while (!(await finished())) {
      if (!(await this.runNext())) await sleep(this.options.pollIntervalMs ?? 100);
    }
  }

  /** Starts working the queue in the background. */
  start(): void {
    if (this.running) return;
    this.running = true;
    const concurrency = this.options.concurrency ?? 1;
    this.loops = Array.from({ length: concurrency }, () => this.loop());
  }

  /** Stops after the jobs in hand are done. */
  async stop(): Promise<void> {
    this.running = false;
    this.wake?.();
    await Promise.all(this.loops);
    this.loops = [];
  }

  /** Nudges an idle runner to look for work now. */
  notify(): void {
    this.wake?.();
  }

  private async loop(): Promise<void> {
    while (this.running) {
      try {
        await this.scheduleFeeds();
        if (await this.runNext()) continue;
      } catch (error) {
        console.error(`sitrep worker: ${error instanceof Error ? error.message : String(error)}`);
      }
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, this.options.pollIntervalMs ?? 500);
        this.wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
  }

  private async scheduleFeeds(): Promise<void> {
    const every = this.options.feedScheduleMs ?? 10_000;
    if (Date.now() - this.lastFeedSchedule < every) return;
    this.lastFeedSchedule = Date.now();
    for (const feed of await this.context.store.feeds.due(50)) {
      await this.context.store.jobs.enqueue(pollFeedJob(feed.id, feed.next_poll_at));
    }
  }

  private async run(job: JobRow): Promise<void> {
    const handler = handlers[job.kind];
    const jobs = this.context.store.jobs;
    if (!handler) {
      await jobs.fail(job.id, this.workerId, {
        error: `unknown job kind ${job.kind}`,
        backoffSeconds: 0,
        permanent: true,
      });
      return;
    }
    // Renew the lease while the job runs, so only a dead worker's job is taken over.
    const leaseMs = this.context.config.jobLeaseSeconds * 1000;
    const heartbeat = setInterval(
      () => void jobs.heartbeat(job.id, this.workerId).catch(() => undefined),
      Math.max(50, leaseMs / 3),
    );
    try {
      const result = await handler(job.payload, this.context);
      clearInterval(heartbeat);
      await jobs.complete(job.id, this.workerId, result);
      // Keep the planner's statistics fresh as events pour in (PGlite has no autovacuum).
      if (++this.jobsSinceAnalyze >= ANALYZE_EVERY_JOBS) {
        this.jobsSinceAnalyze = 0;
        await this.context.store.maintenance.analyze();
      }
    } catch (error) {
      clearInterval(heartbeat);
      const known = error instanceof ApiError ? error : null;
      await jobs.fail(job.id, this.workerId, {
        error: error instanceof Error ? error.message : String(error),
        backoffSeconds: this.context.config.jobBackoffSeconds,
        permanent: known !== null && known.status < 500,
        result: known ? { error: { status: known.status, id: known.id, message: known.message } } : undefined,
      });
    }
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
