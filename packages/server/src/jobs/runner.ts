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
  /**
   * Batches in hand at once (default 2 on a PostgreSQL server, 1 on PGlite): with two, one batch is
   * coded while the database stores the other.
   */
  concurrency?: number;
  /** How long an idle runner waits before looking again (it is woken at once when jobs are queued). */
  pollIntervalMs?: number;
  /** How often this runner queues polls of due feeds. */
  feedScheduleMs?: number;
  /**
   * The most jobs one claim takes (default 32). Claims start at 8 and double while the queue fills
   * them: few round trips a job when it is deep, fair shares and quick first results when it is not.
   */
  batchSize?: number;
  /**
   * On PGlite, jobs done between two refreshes of the planner's statistics at the least (default 2,000;
   * a fifth of the reports stored when that is more). A server's autovacuum does it there.
   */
  analyzeEveryJobs?: number;
}

let runnerCount = 0;
/** Jobs between two analyses on PGlite: 2,000 (`analyzeEveryJobs`), or a fifth of the reports stored when that is more. */
const ANALYZE_EVERY_JOBS = 2000;
const ANALYZE_SHARE = 0.2;
const FIRST_CLAIM = 8;

/**
 * Works the PostgreSQL job queue: claims a batch of jobs, runs their handlers, records the results or
 * the errors (retried with back-off; ApiErrors below 500 fail at once, as retrying cannot help). Any
 * number of runners, in any number of processes, share one queue. After a batch it claims again at
 * once; idle, it sleeps until jobs are queued (a `NOTIFY` from any process) or the poll interval ends.
 */
export class JobRunner {
  readonly workerId = `${hostname()}:${process.pid}:${++runnerCount}`;
  private running = false;
  private loops: Promise<void>[] = [];
  private readonly sleepers = new Set<() => void>();
  /** Set by `notify`, cleared before each claim: a nudge that comes while no loop sleeps is not lost. */
  private nudged = false;
  private listening: Promise<(() => Promise<void>) | null> = Promise.resolve(null);
  private lastFeedSchedule = 0;
  private jobsSinceAnalyze = 0;
  /** Jobs between two analyses at the least (`analyzeEveryJobs`), and now (grown with the reports). */
  private readonly leastBetweenAnalyses: number;
  private analyzeEvery: number;
  /** An analysis is due and waits for the next batch handed to a coder thread (see `JobContext.meanwhile`). */
  private analyzeDue = false;
  /** The end of the CPU-bound work queued so far (see `JobContext.cpuTurn`). */
  private cpuQueue: Promise<unknown> = Promise.resolve();
  private readonly cpuTurn = <T>(work: () => Promise<T>): Promise<T> => {
    const turn = this.cpuQueue.then(work);
    this.cpuQueue = turn.catch(() => undefined);
    return turn;
  };

  constructor(
    private readonly context: JobContext,
    private readonly options: RunnerOptions = {},
  ) {
    this.leastBetweenAnalyses = options.analyzeEveryJobs ?? ANALYZE_EVERY_JOBS;
    this.analyzeEvery = this.leastBetweenAnalyses;
  }

  /** Claims and runs one job; false if none was ready. */
  async runNext(only: { kinds?: string[]; id?: number } = {}): Promise<boolean> {
    const job = await this.context.store.jobs.claim(this.workerId, this.context.config.jobLeaseSeconds, only);
    if (!job) return false;
    await this.run([job]);
    return true;
  }

  /** Claims and runs a batch of at most `size` jobs (default `batchSize`); how many it ran. */
  async runBatch(size = this.largestClaim()): Promise<number> {
    const jobs = await this.context.store.jobs.claimMany(
      this.workerId,
      this.context.config.jobLeaseSeconds,
      size,
    );
    if (jobs.length) await this.run(jobs);
    return jobs.length;
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

  /** Runs jobs (`concurrency` batches at once) until none is ready and `finished()` says so. */
  async drain(finished: () => Promise<boolean>): Promise<void> {
    const drainOne = async () => {
      let size = Math.min(FIRST_CLAIM, this.largestClaim());
      for (;;) {
        const ran = await this.runBatch(size);
        size = nextClaim(size, ran, this.largestClaim());
        if (ran) continue;
        if (await finished()) return;
        await sleep(this.options.pollIntervalMs ?? 100);
      }
    };
    await Promise.all(Array.from({ length: this.concurrency() }, drainOne));
  }

  /** Starts working the queue in the background, woken whenever any process queues jobs. */
  start(): void {
    if (this.running) return;
    this.running = true;
    this.listening = this.context.store.jobs
      .onQueued(() => this.notify())
      .catch((error: unknown) => {
        console.error(`sitrep worker: not told of new jobs, polling only (${errorMessage(error)})`);
        return null;
      });
    this.loops = Array.from({ length: this.concurrency() }, () => this.loop());
  }

  /** Stops after the jobs in hand are done. */
  async stop(): Promise<void> {
    this.running = false;
    for (const wake of this.sleepers) wake();
    await Promise.all(this.loops);
    this.loops = [];
    await (
      await this.listening
    )?.();
    this.listening = Promise.resolve(null);
  }

  /** Nudges idle loops to look for work now. */
  notify(): void {
    this.nudged = true;
    for (const wake of this.sleepers) wake();
  }

  private async loop(): Promise<void> {
    let size = Math.min(FIRST_CLAIM, this.largestClaim());
    while (this.running) {
      let ran = 0;
      try {
        await this.scheduleFeeds();
        this.nudged = false;
        ran = await this.runBatch(size);
      } catch (error) {
        console.error(`sitrep worker: ${errorMessage(error)}`);
      }
      size = nextClaim(size, ran, this.largestClaim());
      if (ran === 0 && this.running) await this.idle();
    }
  }

  /** Waits for a nudge or the poll interval, unless a nudge came since the last claim. */
  private idle(): Promise<void> {
    if (this.nudged) {
      this.nudged = false;
      return Promise.resolve();
    }
    return new Promise<void>((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        this.sleepers.delete(wake);
        resolve();
      };
      const timer = setTimeout(wake, this.options.pollIntervalMs ?? 500);
      this.sleepers.add(wake);
    });
  }

  private concurrency(): number {
    return this.options.concurrency ?? (this.context.store.engine === "postgres" ? 2 : 1);
  }

  private largestClaim(): number {
    return this.options.batchSize ?? 32;
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
            const context = {
              ...this.context,
              cpuTurn: this.cpuTurn,
              workerId: this.workerId,
              meanwhile: this.meanwhile,
            };
            for (const [id, outcome] of await batch(group, context)) outcomes.set(id, outcome);
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
    let succeeded = 0;
    for (const job of jobs) {
      const outcome = outcomes.get(job.id) ?? {
        ok: false,
        error: new Error("the job's handler gave no outcome"),
      };
      if (!outcome.ok) {
        await this.recordFailure(job, outcome.error);
        continue;
      }
      succeeded++;
      if (!outcome.completed) done.push({ id: job.id, result: outcome.result });
    }
    await store.jobs.completeMany(this.workerId, done);
    // Keep the planner's statistics fresh as events pour in: PGlite has no autovacuum (a server's
    // does this on its own). An analysis costs about as much as the events stored (up to the planner's
    // sample), so the runs are spaced by the reports there are, as autovacuum spaces them: the cost a
    // report stays flat as the database grows, where every 2,000 jobs it grew with the table.
    if (store.engine !== "pglite") return;
    this.jobsSinceAnalyze += succeeded;
    if (this.jobsSinceAnalyze >= this.analyzeEvery) {
      this.jobsSinceAnalyze = 0;
      // A coder in a thread of its own would wait for the next batch while the database analyses (a
      // third of a second at 20,000 events): the next batch handed to it runs the analysis instead.
      if (this.context.extractor.queues) this.analyzeDue = true;
      else await this.analyze();
    }
  }

  /** Upkeep put off until a batch is with the coder (`JobContext.meanwhile`). */
  private readonly meanwhile = async (): Promise<void> => {
    if (!this.analyzeDue) return;
    this.analyzeDue = false;
    await this.analyze().catch((error: unknown) =>
      console.error(`sitrep worker: the planner's statistics were not refreshed (${errorMessage(error)})`),
    );
  };

  /** Refreshes the planner's statistics and spaces the next run by the reports there are. */
  private async analyze(): Promise<void> {
    const { reports } = await this.context.store.maintenance.analyze();
    this.analyzeEvery = Math.max(this.leastBetweenAnalyses, Math.round(reports * ANALYZE_SHARE));
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

/** The next claim's size: twice this one (at most `largest`) when the queue filled it, else the first size. */
function nextClaim(size: number, ran: number, largest: number): number {
  return ran >= size ? Math.min(size * 2, largest) : Math.min(FIRST_CLAIM, largest);
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
