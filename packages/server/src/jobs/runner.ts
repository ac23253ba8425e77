import { hostname } from "node:os";
import type { JobRow } from "@sitrep/store";
import { ApiError } from "../errors.js";
import { codeReports } from "./code-report.js";
import {
  PermanentJobError,
  type BatchHandler,
  type JobContext,
  type JobHandler,
  type JobOutcome,
} from "./context.js";
import { fetchUrl } from "./fetch-url.js";
import { JOB_KINDS, pollFeedJob } from "./keys.js";
import { pollFeed } from "./poll-feed.js";

/** Job kinds handled one at a time (one file each). */
export const handlers: Record<string, JobHandler> = {
  [JOB_KINDS.fetchUrl]: fetchUrl,
  [JOB_KINDS.pollFeed]: pollFeed,
};

/** Job kinds handled a batch at a time (one file each). */
export const batchHandlers: Record<string, BatchHandler> = {
  [JOB_KINDS.codeReport]: codeReports,
};

/** How a runner works the queue. */
export interface RunnerOptions {
  concurrency?: number;
  pollIntervalMs?: number;
  /** How often this runner queues polls of due feeds. */
  feedScheduleMs?: number;
  /** How many jobs one claim takes at most (default 8): fewer round trips, at the cost of fairness. */
  batchSize?: number;
}

let runnerCount = 0;
const ANALYZE_EVERY_JOBS = 2000;

/**
 * Works the PostgreSQL job queue: claims a batch of jobs, runs their handlers, records the results or
 * the errors (retried with back-off; ApiErrors below 500 fail at once, as retrying cannot help). Any
 * number of runners, in any number of processes, share one queue.
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
    await this.run([job]);
    return true;
  }

  /** Claims and runs a batch of jobs; false if none was ready. */
  async runBatch(): Promise<boolean> {
    const jobs = await this.context.store.jobs.claimMany(
      this.workerId,
      this.context.config.jobLeaseSeconds,
      this.options.batchSize ?? 8,
    );
    if (jobs.length === 0) return false;
    await this.run(jobs);
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

  /** Runs jobs until none is ready and `finished()` says so. */
  async drain(finished: () => Promise<boolean>): Promise<void> {
    for (;;) {
      if (await this.runBatch()) continue;
      if (await finished()) return;
      await sleep(this.options.pollIntervalMs ?? 100);
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
        if (await this.runBatch()) continue;
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

  /** Runs claimed jobs (batch kinds together), then records every outcome. */
  private async run(jobs: JobRow[]): Promise<void> {
    const store = this.context.store;
    // Renew the leases while the jobs run, so only a dead worker's jobs are taken over.
    const ids = jobs.map((job) => job.id);
    const heartbeat = setInterval(
      () => void store.jobs.heartbeat(ids, this.workerId).catch(() => undefined),
      Math.max(50, (this.context.config.jobLeaseSeconds * 1000) / 3),
    );
    const outcomes = new Map<number, JobOutcome>();
    try {
      const byKind = new Map<string, JobRow[]>();
      for (const job of jobs) byKind.set(job.kind, [...(byKind.get(job.kind) ?? []), job]);
      for (const [kind, group] of byKind) {
        const batch = batchHandlers[kind];
        const single = handlers[kind];
        if (batch) {
          try {
            for (const [id, outcome] of await batch(group, this.context)) outcomes.set(id, outcome);
          } catch (error) {
            for (const job of group) outcomes.set(job.id, { ok: false, error });
          }
        } else {
          for (const job of group) {
            if (!single) {
              outcomes.set(job.id, { ok: false, error: new PermanentJobError(`unknown job kind ${kind}`) });
              continue;
            }
            try {
              outcomes.set(job.id, { ok: true, result: await single(job.payload, this.context) });
            } catch (error) {
              outcomes.set(job.id, { ok: false, error });
            }
          }
        }
      }
    } finally {
      clearInterval(heartbeat);
    }
    const done: { id: number; result: unknown }[] = [];
    for (const job of jobs) {
      const outcome = outcomes.get(job.id) ?? {
        ok: false,
        error: new Error("the job's handler gave no outcome"),
      };
      if (outcome.ok) done.push({ id: job.id, result: outcome.result });
      else await this.recordFailure(job, outcome.error);
    }
    await store.jobs.completeMany(this.workerId, done);
    // Keep the planner's statistics fresh as events pour in (PGlite has no autovacuum).
    this.jobsSinceAnalyze += done.length;
    if (this.jobsSinceAnalyze >= ANALYZE_EVERY_JOBS) {
      this.jobsSinceAnalyze = 0;
      await store.maintenance.analyze();
    }
  }

  private async recordFailure(job: JobRow, error: unknown): Promise<void> {
    const known = error instanceof ApiError ? error : null;
    await this.context.store.jobs.fail(job.id, this.workerId, {
      error: error instanceof Error ? error.message : String(error),
      backoffSeconds: this.context.config.jobBackoffSeconds,
      permanent: (known !== null && known.status < 500) || error instanceof PermanentJobError,
      result: known ? { error: { status: known.status, id: known.id, message: known.message } } : undefined,
    });
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
