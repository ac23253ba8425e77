import type { JobRow, Store } from "@sitrep/store";
import type { ServerConfig } from "../config.js";
import type { CoderRegistry, Extractor } from "../extractor.js";
import type { HostGate } from "../ingest/fetch.js";
import type { IngestService } from "../services/ingest.js";

/** What a job handler may use. */
export interface JobContext {
  store: Store;
  extractor: Extractor;
  /**
   * The registries as they are now (analysts' actors and places), read once per batch of reports and
   * handed to the coder with each report; without it the coder gets none.
   */
  registry?: (() => Promise<CoderRegistry>) | undefined;
  config: ServerConfig;
  ingest: IngestService;
  gate: HostGate;
  /** Told of the reports a batch coded, once their events are committed (territorial control listens). */
  reportsCoded?: ((reportIds: number[]) => Promise<void>) | undefined;
  /**
   * Runs CPU-bound work (coding a batch) when no other batch of this runner is doing any, first come
   * first served; the runner sets it. While one batch codes, the others' queries (storing, claiming) go
   * on, so the process codes without pause while the database works for it.
   */
  cpuTurn?: (<T>(work: () => Promise<T>) => Promise<T>) | undefined;
  /**
   * The id of the worker running the jobs (the runner sets it): a batch handler that stores in one
   * transaction marks its jobs done in it too (`repos.jobs.completeMany`) and says so in their outcomes.
   */
  workerId?: string | undefined;
  /**
   * Upkeep the runner has put off until the database has time for it (the planner's statistics on
   * PGlite): a batch handler whose coder works elsewhere (an `Extractor` that `queues`) calls it once it
   * has handed the coder its reports, so the database does it while they are coded rather than while the
   * coder waits for the next batch. The runner sets it; it never throws.
   */
  meanwhile?: (() => Promise<void>) | undefined;
}

/** One kind of job: an idempotent handler of a small payload. Throwing retries it (ApiError 4xx: fails it for good). */
export type JobHandler = (payload: Record<string, unknown>, context: JobContext) => Promise<unknown>;

/** Reads a numeric payload field. */
export function payloadNumber(payload: Record<string, unknown>, name: string): number {
  const value = payload[name];
  if (typeof value !== "number") throw new Error(`job payload lacks ${name}`);
  return value;
}

/**
 * What running one job came to: its result (`completed` when the handler already marked the job done, in
 * the transaction that stored its work), or the error (thrown or caught) that failed it.
 */
export type JobOutcome = { ok: true; result: unknown; completed?: boolean } | { ok: false; error: unknown };

/** A kind of job handled a batch at a time: an outcome for every job it was given. */
export type BatchHandler = (jobs: JobRow[], context: JobContext) => Promise<Map<number, JobOutcome>>;

/** A failure retrying cannot mend (a job of an unknown kind): the job fails at once. */
export class PermanentJobError extends Error {}
