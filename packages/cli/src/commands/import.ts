import { createReadStream, existsSync, statSync } from "node:fs";
import { createInterface } from "node:readline";
import { openBackbone } from "../backbone.js";
import { takeDataDir, UsageError } from "../data-dir.js";
import { loadExtractor } from "../extractor.js";
import type { ReportInput } from "@sitrep/server";

/** Lines stored in one go. */
const CHUNK_LINES = 200;
/** New reports after which the import refreshes the planner's statistics. */
const ANALYZE_AFTER = 100;

const USAGE =
  "usage: sitrep import FILE.jsonl|- [--data DIR]   (lines of {id, text, published?, url?, title?})";

/**
 * Stores and codes JSON Lines reports: each line is checked and stored once (same URL or same text:
 * "already there"), its coding queued; then the jobs are run here until they are done. Prints how many
 * were new, already there, and rejected (with the reason for each rejected line on stderr).
 */
export async function importCommand(argv: string[]): Promise<number> {
  const dataDir = takeDataDir(argv);
  const [file, ...extra] = argv;
  if (!file || extra.length) throw new UsageError(USAGE);
  if (file !== "-" && !(existsSync(file) && statSync(file).isFile()))
    throw new Error(`${file}: no such file`);
  const coder = loadExtractor(dataDir);
  const { available, problem } = coder;
  if (!available)
    process.stderr.write(
      `sitrep import: the coder could not be loaded (${problem}); reports are stored but not coded\n`,
    );
  const { parseReportLine, ApiError } = await import("@sitrep/server");
  const backbone = await openBackbone(dataDir, coder);
  const { services, store } = backbone;
  const counts = { new: 0, existing: 0, rejected: 0 };
  const jobIds: number[] = [];
  try {
    const lines = createInterface({
      input: file === "-" ? process.stdin : createReadStream(file, "utf8"),
      crlfDelay: Infinity,
    });
    let lineNumber = 0;
    // Lines are stored a chunk at a time (a few statements per chunk), each refused line named.
    let chunk: { line: number; report: ReportInput }[] = [];
    const flush = async () => {
      const results = await services.ingest.submitMany(
        chunk.map((c) => c.report),
        null,
      );
      for (const [i, result] of results.entries()) {
        if (result instanceof ApiError) {
          counts.rejected++;
          process.stderr.write(`line ${chunk[i]!.line}: ${result.message}\n`);
        } else {
          if (result.created) counts.new++;
          else counts.existing++;
          jobIds.push(result.job.id);
        }
      }
      chunk = [];
    };
    for await (const line of lines) {
      lineNumber++;
      if (!line.trim()) continue;
      const parsed = parseReportLine(line, lineNumber);
      if ("error" in parsed) {
        counts.rejected++;
        process.stderr.write(`${parsed.error.message}\n`);
        continue;
      }
      chunk.push({ line: lineNumber, report: parsed.report });
      if (chunk.length >= CHUNK_LINES) await flush();
    }
    if (chunk.length) await flush();
    // Without the coder the coding jobs stay queued for `sitrep serve` or a worker that has it.
    if (available)
      await services.runner.drain(async () => {
        const status = await store.jobs.statusCounts(jobIds);
        return status.queued + status.running === 0;
      });
    // Fresh statistics after a bulk load (PGlite has no autovacuum; the runner also does this as it goes).
    if (counts.new >= ANALYZE_AFTER) await store.maintenance.analyze();
    const { failed } = await store.jobs.statusCounts(jobIds);
    if (failed)
      process.stderr.write(`sitrep import: coding failed for ${failed} reports (see the jobs' errors)\n`);
  } finally {
    await backbone.close();
  }
  process.stdout.write(`${counts.new} new, ${counts.existing} already there, ${counts.rejected} rejected\n`);
  return 0;
}
