import type { JobRow } from "@sitrep/store";
import type { ExtractedEvent } from "../extractor.js";
import { eventColumns } from "../services/event-columns.js";
import type { BatchHandler, JobContext, JobOutcome } from "./context.js";

/** Events a batch inserts in one statement at most (well below PostgreSQL's 65,535 parameters). */
const INSERT_ROWS = 1000;

/**
 * Codes reports with the injected coder and stores their events, a batch of jobs at a time: the reports
 * are read in one query, coded one by one, and stored in one transaction (marking them coded and
 * inserting their events). Idempotent: a report is coded once; coding it again changes nothing.
 */
export const codeReports: BatchHandler = async (
  jobs: JobRow[],
  { store, extractor, eventsStored }: JobContext,
) => {
  const outcomes = new Map<number, JobOutcome>();
  const reportOf = new Map<number, number>();
  for (const job of jobs) {
    const reportId = job.payload.reportId;
    if (typeof reportId === "number") reportOf.set(job.id, reportId);
    else outcomes.set(job.id, { ok: false, error: new Error("job payload lacks reportId") });
  }
  const reports = new Map((await store.reports.getMany([...reportOf.values()])).map((r) => [r.id, r]));
  const coded = new Map<number, ExtractedEvent[]>();
  for (const [jobId, reportId] of reportOf) {
    const report = reports.get(reportId);
    if (!report) outcomes.set(jobId, { ok: true, result: { skipped: "report gone" } });
    else if (report.coded_at || coded.has(reportId))
      outcomes.set(jobId, { ok: true, result: { skipped: "already coded" } });
    else {
      try {
        const { events } = await extractor(report.text, {
          published: report.published,
          url: report.url,
          title: report.title,
        });
        coded.set(reportId, events);
      } catch (error) {
        outcomes.set(jobId, { ok: false, error });
      }
    }
  }
  if (coded.size === 0) return outcomes;
  const stored: number[] = [];
  await store.transaction(async (repos) => {
    const marked = new Set(await repos.reports.markCodedMany([...coded.keys()]));
    const rows = [];
    for (const [jobId, reportId] of reportOf) {
      const events = coded.get(reportId);
      if (!events || outcomes.has(jobId)) continue;
      if (!marked.has(reportId)) {
        outcomes.set(jobId, { ok: true, result: { skipped: "already coded" } });
        continue;
      }
      rows.push(
        ...events.map((event, ordinal) => ({ ...eventColumns(event), report_id: reportId, ordinal })),
      );
      outcomes.set(jobId, { ok: true, result: { events: events.length } });
      stored.push(reportId);
    }
    for (let i = 0; i < rows.length; i += INSERT_ROWS)
      await repos.events.insertAll(rows.slice(i, i + INSERT_ROWS));
  });
  // Once committed, listeners (territorial control) hear of the new events.
  if (eventsStored)
    for (const reportId of stored)
      await eventsStored(await store.events.list({ reportId }, { limit: 10_000 }));
  return outcomes;
};
