import { ACLED_COLUMNS, acledRow } from "./acled.js";
import type { ExportFormat } from "./format.js";

/** One CSV field per RFC 4180: quoted when it holds a comma, quote, CR or LF; quotes doubled. */
export function csvField(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csvLine(values: (string | number)[]): string {
  return `${values.map(csvField).join(",")}\r\n`;
}

/** ACLED's 31 columns as RFC 4180 CSV (UTF-8, CRLF, header row, ISO dates). */
export const acledCsv: ExportFormat = {
  contentType: "text/csv; charset=utf-8",
  extension: "csv",
  head: () => csvLine([...ACLED_COLUMNS]),
  row: (event, report) => {
    const row = acledRow(event, report);
    return row ? csvLine(ACLED_COLUMNS.map((column) => row[column])) : "";
  },
  tail: () => "",
};
