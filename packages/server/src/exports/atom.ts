import type { EventRow } from "@sitrep/store";
import type { ExportContext, ExportFormat, ReportInfo } from "./format.js";

/** Escapes text for XML content and attributes. */
export function xml(text: string): string {
  return text.replace(
    /[<>&"']/g,
    (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" })[c] ?? c,
  );
}

function base(context: ExportContext): string {
  return context.publicUrl.replace(/\/+$/, "");
}

function entryTitle(event: EventRow): string {
  const what = event.mode ? `${event.type} (${event.mode})` : event.type;
  const who = [event.actor1_name, event.actor2_name].filter(Boolean).join(" → ");
  const where = event.location_name ? ` at ${event.location_name}` : "";
  const when = event.date_start ? `, ${event.date_start}` : "";
  return `${what}${who ? `: ${who}` : ""}${where}${when}`;
}

/** An Atom feed (RFC 4287) of events; the caller passes confirmed events only. */
export const atom: ExportFormat = {
  contentType: "application/atom+xml; charset=utf-8",
  extension: "atom",
  head: (context) =>
    `<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">\n` +
    `<id>${xml(base(context))}/api/exports/events.atom</id>\n<title>Sitrep: confirmed events</title>\n` +
    `<updated>${context.generatedAt.toISOString()}</updated>\n<author><name>Sitrep</name></author>\n` +
    `<link rel="self" type="application/atom+xml" href="${xml(base(context))}/api/exports/events.atom"/>\n` +
    `<link rel="alternate" type="text/html" href="${xml(base(context))}/"/>\n<generator>Sitrep</generator>\n`,
  row: (event: EventRow, report: ReportInfo | undefined, _index: number, context: ExportContext) => {
    const link = `${base(context)}/reports/${event.report_id}`;
    const summary = [event.evidence_text, report?.source ? `Source: ${report.source}` : ""]
      .filter(Boolean)
      .join("\n");
    return (
      `<entry>\n<id>${xml(base(context))}/api/events/${event.id}</id>\n<title>${xml(entryTitle(event))}</title>\n` +
      `<updated>${event.updated_at.toISOString()}</updated>\n<published>${event.created_at.toISOString()}</published>\n` +
      `<link rel="alternate" type="text/html" href="${xml(link)}"/>\n<category term="${xml(event.type)}"/>\n` +
      `<summary type="text">${xml(summary)}</summary>\n</entry>\n`
    );
  },
  tail: () => "</feed>\n",
};
