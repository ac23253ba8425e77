import { createReadStream, existsSync, statSync } from "node:fs";
import { createInterface } from "node:readline";
import { openBackbone } from "../backbone.js";
import { takeDataDir, UsageError } from "../data-dir.js";
import { loadExtractor } from "../extractor.js";

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
  const { extractor, available, problem } = loadExtractor(dataDir);
  if (!available)
    process.stderr.write(
      `sitrep import: the coder could not be loaded (${problem}); reports are stored but not coded\n`,
    );
  const { parseReportLine, ApiError } = await import("@sitrep/server");
  const backbone = await openBackbone(dataDir, extractor);
  const { services, store } = backbone;
  const counts = { new: 0, existing: 0, rejected: 0 };
  const jobIds: number[] = [];
  try {
    const lines = createInterface({
      input: file === "-" ? process.stdin : createReadStream(file, "utf8"),
      crlfDelay: Infinity,
    });
    let lineNumber = 0;
    for await (const line of lines) {
      lineNumber++;
      if (!line.trim()) continue;
      const parsed = parseReportLine(line, lineNumber);
      if ("error" in parsed) {
        counts.rejected++;
        process.stderr.write(`${parsed.error.message}\n`);
        continue;
      }
      try {
        const submitted = await services.ingest.submit(parsed.report, null);
        if (submitted.created) counts.new++;
        else counts.existing++;
        jobIds.push(submitted.job.id);
      } catch (error) {
        if (!(error instanceof ApiError)) throw error;
        counts.rejected++;
        process.stderr.write(`line ${lineNumber}: ${error.message}\n`);
      }
    }
    // Without the coder the coding jobs stay queued for `sitrep serve` or a worker that has it.
    if (available)
      await services.runner.drain(async () => {
        const status = await store.jobs.statusCounts(jobIds);
        return status.queued + status.running === 0;
      });
    await store.maintenance.analyze();
    const { failed } = await store.jobs.statusCounts(jobIds);
    if (failed)
      process.stderr.write(`sitrep import: coding failed for ${failed} reports (see the jobs' errors)\n`);
  } finally {
    await backbone.close();
  }
  process.stdout.write(`${counts.new} new, ${counts.existing} already there, ${counts.rejected} rejected\n`);
  return 0;
}
