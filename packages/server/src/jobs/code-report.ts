import { eventColumns } from "../services/event-columns.js";
import { payloadNumber, type JobHandler } from "./context.js";

/**
 * Codes a report with the injected coder and stores its events. Idempotent: a report is coded once
 * (marking it coded and inserting its events happen in one transaction).
 */
export const codeReport: JobHandler = async (payload, { store, extractor, eventsStored }) => {
  const reportId = payloadNumber(payload, "reportId");
  const report = await store.reports.get(reportId);
  if (!report) return { skipped: "report gone" };
  if (report.coded_at) return { skipped: "already coded" };
  const { events } = await extractor(report.text, {
    published: report.published,
    url: report.url,
    title: report.title,
  });
  const inserted = await store.transaction(async (repos) => {
    if (!(await repos.reports.markCoded(reportId))) return null;
    const rows = events.map((event, ordinal) => ({ ...eventColumns(event), report_id: reportId, ordinal }));
    return repos.events.insertMany(rows);
  });
  if (!inserted) return { skipped: "already coded" };
  await eventsStored?.(inserted);
  return { events: inserted.length };
};
