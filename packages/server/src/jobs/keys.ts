import type { NewJob } from "@sitrep/store";

/** Job kinds. Payloads are small (ids, a URL); keys make enqueueing idempotent. */
export const JOB_KINDS = { codeReport: "code-report", fetchUrl: "fetch-url", pollFeed: "poll-feed" } as const;

/** Code one report (once: its key is the report id; submitting the report again retries a failed coding). */
export function codeReportJob(reportId: number, maxAttempts: number): NewJob {
  return {
    kind: JOB_KINDS.codeReport,
    key: `code-report:${reportId}`,
    payload: { reportId },
    maxAttempts,
    retryFailed: true,
  };
}

/** Fetch one URL and store its article. */
export function fetchUrlJob(url: string, maxAttempts: number, feedId?: number): NewJob {
  return {
    kind: JOB_KINDS.fetchUrl,
    key: `fetch-url:${url}`,
    payload: feedId === undefined ? { url } : { url, feedId },
    maxAttempts,
    retryFailed: true,
  };
}

/** One poll of a feed, keyed by its due time, so every worker's scheduler may queue it safely. */
export function pollFeedJob(feedId: number, dueAt: Date): NewJob {
  return {
    kind: JOB_KINDS.pollFeed,
    key: `poll-feed:${feedId}:${dueAt.toISOString()}`,
    payload: { feedId },
    maxAttempts: 1,
  };
}
