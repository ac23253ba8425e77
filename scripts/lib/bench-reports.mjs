// The reports the ingest bench codes, shared by the bench and its bare coder processes.
import { readdirSync, readFileSync } from "node:fs";

const root = new URL("../../", import.meta.url).pathname;

/** How many reports a timed run codes (`BENCH_REPORTS`, default 400). */
export const REPORTS = Number(process.env.BENCH_REPORTS ?? 400);

/**
 * Distinct reports: the texts the coder's own bench codes (the dev gold reports when present, else the
 * coder's test reports; news reports of 1–3 KB), each numbered so that none is a duplicate.
 */
export function benchReports() {
  let docs = [];
  for (const dir of [`${root}../shared/eval/dev`, `${root}packages/coder/test/gold`]) {
    try {
      docs = readdirSync(dir)
        .filter((f) => f.endsWith(".json"))
        .map((f) => JSON.parse(readFileSync(`${dir}/${f}`, "utf8")));
    } catch {
      docs = [];
    }
    if (docs.length) break;
  }
  return Array.from({ length: REPORTS }, (_, i) => {
    const d = docs[i % docs.length];
    return {
      text: `${d.text}\n\n(Report ${i}.)`,
      published: d.published ?? null,
      title: `${d.title ?? "Report"} ${i}`,
      origin: "import",
    };
  });
}
