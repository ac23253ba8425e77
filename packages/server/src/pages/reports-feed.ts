import type { ReportRow } from "@sitrep/store";
import { xml } from "../exports/atom.js";
import { reportTitle } from "./report-index.js";

const SUMMARY_CHARS = 600;
// Characters XML 1.0 does not allow; a report's text may hold them.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

function text(value: string): string {
  return xml(value.replace(NOT_XML, ""));
}

/** An Atom feed (RFC 4287) of the newest reports, each linking its public page. */
export function reportsAtom(reports: ReportRow[], publicUrl: string, now: Date): string {
  const base = publicUrl.replace(/\/+$/, "");
  const updated = reports[0]?.created_at ?? now;
  const entries = reports.map((report) => {
    const link = `${base}/reports/${report.id}`;
    const flat = report.text.replace(/\s+/g, " ").trim();
    const summary = flat.length > SUMMARY_CHARS ? `${flat.slice(0, SUMMARY_CHARS)}…` : flat;
    const published = report.published ? `${report.published}T00:00:00Z` : report.created_at.toISOString();
    return (
      `<entry>\n<id>${xml(link)}</id>\n<title>${text(reportTitle(report))}</title>\n` +
      `<updated>${report.created_at.toISOString()}</updated>\n<published>${published}</published>\n` +
      `<link rel="alternate" type="text/html" href="${xml(link)}"/>\n` +
      (report.source ? `<author><name>${text(report.source)}</name></author>\n` : "") +
      `<summary type="text">${text(summary)}</summary>\n</entry>\n`
    );
  });
  return (
    `<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">\n` +
    `<id>${xml(base)}/reports/feed.atom</id>\n<title>Sitrep: reports</title>\n` +
    `<updated>${updated.toISOString()}</updated>\n<author><name>Sitrep</name></author>\n` +
    `<link rel="self" type="application/atom+xml" href="${xml(base)}/reports/feed.atom"/>\n` +
    `<link rel="alternate" type="text/html" href="${xml(base)}/reports"/>\n<generator>Sitrep</generator>\n` +
    `${entries.join("")}</feed>\n`
  );
}
