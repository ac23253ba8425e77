import { fileURLToPath } from "node:url";

/** A few sample reports (JSON Lines in the extract input format) that `npm start` codes on first run. */
export const SAMPLE_REPORTS_PATH = fileURLToPath(new URL("../samples/reports.jsonl", import.meta.url));
