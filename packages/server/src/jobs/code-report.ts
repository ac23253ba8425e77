import type { EncodedEvents, JobRow, ReportRow } from "@sitrep/store";
import type { Extracted } from "../extractor.js";
import { copyLines, encodeEvents } from "../services/event-columns.js";
import type { BatchHandler, JobContext, JobOutcome } from "./context.js";

/**
 * Codes reports with the injected coder and stores their events, a batch of jobs at a time: the reports
 * are read in one query and the registries once, the reports coded one by one, and the batch stored in
 * one transaction (marking the reports coded, inserting all their events in one statement — a COPY on a
 * server, JSON on PGlite and from a coder thread — and marking the jobs done).
 * Idempotent: a report is coded once; coding it again changes nothing.
 */
export const codeReports: BatchHandler = async (
  jobs: JobRow[],
  { store, extractor, registry, reportsCoded, cpuTurn, workerId, meanwhile }: JobContext,
) => {
  const outcomes = new Map<number, JobOutcome>();
  const reportOf = new Map<number, number>();
  for (const job of jobs) {
    const reportId = job.payload.reportId;
    if (typeof reportId === "number") reportOf.set(job.id, reportId);
    else outcomes.set(job.id, { ok: false, error: new Error("job payload lacks reportId") });
  }
  const reports = new Map((await store.reports.getMany([...reportOf.values()])).map((r) => [r.id, r]));
  const toCode = [...reportOf].filter(([jobId, reportId]) => {
    const report = reports.get(reportId);
    if (report && !report.coded_at) return true;
    outcomes.set(jobId, { ok: true, result: { skipped: report ? "already coded" : "report gone" } });
    return false;
  });
  if (toCode.length === 0) return outcomes;
  // Read once for the batch: an edit committed before the batch starts reaches every report in it.
  const current = registry ? await registry() : undefined;
  // Each report's events as the store writes them (a coder in a thread of its own encodes them there).
  const coded = new Map<
    number,
    { rows: string | Uint8Array; count: number } | { copy: Uint8Array; count: number }
  >();
  const copies = store.events.takesCopy;
  const code = async (report: ReportRow): Promise<Extracted | Error> => {
    try {
      return await extractor(report.text, {
        published: report.published,
        url: report.url,
        title: report.title,
        registry: current,
        copyFor: copies ? report.id : undefined,
      });
    } catch (error) {
      return error instanceof Error ? error : new Error(String(error));
    }
  };
  // A report queued twice in one batch is coded once; its second job is skipped.
  const settle = (jobId: number, reportId: number, result: Extracted | Error) => {
    if (result instanceof Error) outcomes.set(jobId, { ok: false, error: result });
    else if (coded.has(reportId)) outcomes.set(jobId, { ok: true, result: { skipped: "already coded" } });
    else if (!("events" in result)) coded.set(reportId, result);
    else if (copies)
      coded.set(reportId, { copy: copyLines(reportId, result.events), count: result.events.length });
    else coded.set(reportId, { rows: Buffer.from(encodeEvents(result.events)), count: result.events.length });
  };
  if (extractor.queues) {
    // A coder in a thread of its own gets the whole batch at once and codes it while this thread stores
    // the batch before, so it never waits for this thread to hand it the next report.
    const answers = new Map<number, Promise<Extracted | Error>>();
    for (const [, reportId] of toCode)
      if (!answers.has(reportId)) answers.set(reportId, code(reports.get(reportId)!));
    // The database does its upkeep now, while the thread has reports to code.
    await meanwhile?.();
    for (const [jobId, reportId] of toCode) settle(jobId, reportId, await answers.get(reportId)!);
  } else {
    const codeAll = async () => {
      for (const [jobId, reportId] of toCode) {
        settle(jobId, reportId, coded.has(reportId) ? { events: [] } : await code(reports.get(reportId)!));
        // The coder is synchronous: let waiting I/O through between reports, so that the other batches a
        // worker holds go on storing and claiming while this one is coded (and a server in this process
        // answers).
        await yieldToEventLoop();
      }
    };
    // One batch codes at a time: coding two interleaved would finish both together and leave the process
    // idle while the database stores them.
    await (cpuTurn ? cpuTurn(codeAll) : codeAll());
  }
  if (coded.size === 0) return outcomes;
  const stored: number[] = [];
  await store.transaction(async (repos) => {
    const marked = new Set(await repos.reports.markCodedMany([...coded.keys()]));
    const rows: EncodedEvents[] = [];
    const copied: Uint8Array[] = [];
    for (const [jobId, reportId] of toCode) {
      const events = coded.get(reportId);
      if (!events || outcomes.has(jobId)) continue;
      if (!marked.has(reportId)) {
        outcomes.set(jobId, { ok: true, result: { skipped: "already coded" } });
        continue;
      }
      if (events.count > 0) {
        if ("copy" in events) copied.push(events.copy);
        else rows.push({ reportId, rows: events.rows });
      }
      outcomes.set(jobId, { ok: true, result: { events: events.count } });
      stored.push(reportId);
    }
    await repos.events.insertEncoded(rows);
    await repos.events.insertCopied(copied);
    // The jobs are done with their reports' events, in the same transaction: one commit a batch.
    if (workerId) {
      const done = [...outcomes].flatMap(([id, outcome]) =>
        outcome.ok ? [{ id, result: outcome.result }] : [],
      );
      await repos.jobs.completeMany(workerId, done);
      for (const { id, result } of done) outcomes.set(id, { ok: true, result, completed: true });
    }
  });
  // Once committed, listeners (territorial control) hear of the reports coded.
  if (reportsCoded && stored.length) await reportsCoded(stored);
  return outcomes;
};

/** Resolves once the event loop has run the I/O callbacks that are waiting. */
function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
