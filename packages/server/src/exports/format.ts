import type { EventRow } from "@sitrep/store";

/** What an export needs to know of an event's report. */
export interface ReportInfo {
  id: number;
  url: string | null;
  title: string | null;
  source: string | null;
  published: string | null;
}

/** Where links in exports point. */
export interface ExportContext {
  publicUrl: string;
  generatedAt: Date;
}

/**
 * An export format, written as a stream: a head, one piece per event (or nothing, if the format has no
 * place for it), and a tail.
 */
export interface ExportFormat {
  contentType: string;
  extension: string;
  head(context: ExportContext): string;
  row(event: EventRow, report: ReportInfo | undefined, index: number, context: ExportContext): string;
  tail(context: ExportContext): string;
}
