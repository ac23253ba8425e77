import { presentEvent } from "../presenters/event.js";
import type { ExportFormat } from "./format.js";

/** JSON Lines: one event a line, in the API's shape (the extract contract plus review state). */
export const jsonl: ExportFormat = {
  contentType: "application/x-ndjson; charset=utf-8",
  extension: "jsonl",
  head: () => "",
  row: (event, report) =>
    `${JSON.stringify({ ...presentEvent(event), report: report ? { id: report.id, url: report.url, title: report.title, source: report.source, published: report.published } : null })}\n`,
  tail: () => "",
};
