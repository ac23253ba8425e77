import type { EventRow, JobRow, Store } from "@sitrep/store";
import type { ServerConfig } from "../config.js";
import type { Extractor } from "../extractor.js";
import type { HostGate } from "../ingest/fetch.js";
import type { IngestService } from "../services/ingest.js";

/** What a job handler may use. */
export interface JobContext {
  store: Store;
  extractor: Extractor;
  config: ServerConfig;
  ingest: IngestService;
  gate: HostGate;
  /** Told of the events a job stored, once committed (territorial control listens). */
  eventsStored?: ((events: EventRow[]) => Promise<void>) | undefined;
}

/** One kind of job: an idempotent handler of a small payload. Throwing retries it (ApiError 4xx: fails it for good). */
export type JobHandler = (payload: Record<string, unknown>, context: JobContext) => Promise<unknown>;

/** Reads a numeric payload field. */
export function payloadNumber(payload: Record<string, unknown>, name: string): number {
  const value = payload[name];
  if (typeof value !== "number") throw new Error(`job payload lacks ${name}`);
  return value;
}

/** What running one job came to: its result, or the error (thrown or caught) that failed it. */
export type JobOutcome = { ok: true; result: unknown } | { ok: false; error: unknown };

/** A kind of job handled a batch at a time: an outcome for every job it was given. */
export type BatchHandler = (jobs: JobRow[], context: JobContext) => Promise<Map<number, JobOutcome>>;

/** A failure retrying cannot mend (a job of an unknown kind): the job fails at once. */
export class PermanentJobError extends Error {}
