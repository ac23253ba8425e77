import type { FeedRow, JobRow, ReportRow } from "@sitrep/store";
import { z } from "zod";

/** A report in lists: no text. */
export const reportSummarySchema = z.object({
  id: z.number().int(),
  title: z.string().nullable(),
  url: z.string().nullable(),
  published: z.string().nullable(),
  source: z.string().nullable(),
  origin: z.string(),
  coded: z.boolean(),
  created_at: z.string(),
});

/** A report with its text. */
export const reportSchema = reportSummarySchema.extend({
  text: z.string(),
  external_id: z.string().nullable(),
});

export function presentReportSummary(row: ReportRow): z.infer<typeof reportSummarySchema> {
  return {
    id: row.id,
    title: row.title,
    url: row.url,
    published: row.published,
    source: row.source,
    origin: row.origin,
    coded: row.coded_at !== null,
    created_at: row.created_at.toISOString(),
  };
}

export function presentReport(row: ReportRow): z.infer<typeof reportSchema> {
  return { ...presentReportSummary(row), text: row.text, external_id: row.external_id };
}

/**
 * A queued job as its submitter sees it. The payload stays inside, and so does an error that is not
 * from the catalogue (a bug's message or a database's): it is kept in the jobs table for administrators.
 */
export const jobSchema = z.object({
  id: z.number().int(),
  kind: z.string(),
  status: z.enum(["queued", "running", "done", "failed"]),
  attempts: z.number().int(),
  error: z.string().nullable(),
  result: z.unknown(),
  updated_at: z.string(),
});

export function presentJob(row: JobRow): z.infer<typeof jobSchema> {
  return {
    id: row.id,
    kind: row.kind,
    status: row.status,
    attempts: row.attempts,
    error: publicError(row),
    result: row.status === "done" ? (row.result ?? null) : null,
    updated_at: row.updated_at.toISOString(),
  };
}

function publicError(row: JobRow): string | null {
  if (!row.last_error) return null;
  const known = (row.result as { error?: { message?: unknown } } | null)?.error?.message;
  return typeof known === "string" ? known : "The job failed on the server; it is retried with back-off.";
}

/** A subscribed feed. */
export const feedSchema = z.object({
  id: z.number().int(),
  url: z.string(),
  title: z.string().nullable(),
  interval_seconds: z.number().int(),
  next_poll_at: z.string(),
  last_polled_at: z.string().nullable(),
  failures: z.number().int(),
  last_error: z.string().nullable(),
});

export function presentFeed(row: FeedRow): z.infer<typeof feedSchema> {
  return {
    id: row.id,
    url: row.url,
    title: row.title,
    interval_seconds: row.interval_seconds,
    next_poll_at: row.next_poll_at.toISOString(),
    last_polled_at: row.last_polled_at?.toISOString() ?? null,
    failures: row.failures,
    last_error: row.last_error,
  };
}
