import { openBackbone, takeOption } from "../backbone.js";
import { takeDataDir, UsageError } from "../data-dir.js";
import { loadExtractor } from "../extractor.js";

const USAGE =
  "usage: DATABASE_URL=postgres://… sitrep worker [--concurrency N] [--lease SECONDS] [--batch N]";

/**
 * Works the job queue of the PostgreSQL server at DATABASE_URL: ingest, fetching and coding. Any number
 * of workers on any number of hosts can share one queue; stop one with SIGTERM or SIGINT (it finishes
 * the jobs in hand; a killed one's jobs run again once their lease lapses). It keeps `--concurrency`
 * batches in hand (default 2: one is coded while the database stores the other), claims up to `--batch`
 * jobs at a time (default 32; claims start at 8 and grow while the queue is deep), and stores a batch of
 * codings in one transaction. Idle, it is woken by the server as soon as jobs are queued. A worker
 * renews the lease of the jobs it runs every third of `--lease` (default 300 s, longer than the longest
 * batch); use the same lease on every worker.
 */
export async function workerCommand(argv: string[]): Promise<number> {
  const dataDir = takeDataDir(argv);
  const concurrency = Number(takeOption(argv, "--concurrency") ?? 2);
  const lease = takeOption(argv, "--lease");
  const batchSize = Number(takeOption(argv, "--batch") ?? 32);
  if (argv.length || !Number.isInteger(concurrency) || concurrency < 1) throw new UsageError(USAGE);
  if (!Number.isInteger(batchSize) || batchSize < 1)
    throw new UsageError(`--batch must be a whole number ≥ 1\n${USAGE}`);
  if (!process.env.DATABASE_URL)
    throw new UsageError(
      `sitrep worker needs DATABASE_URL (with the embedded database, sitrep serve runs the jobs)\n${USAGE}`,
    );
  const coder = loadExtractor(dataDir);
  if (!coder.available) throw new Error(`the coder could not be loaded: ${coder.problem}`);
  const settings = lease === undefined ? {} : { jobLeaseSeconds: Number(lease) };
  const backbone = await openBackbone(dataDir, coder, settings, {
    concurrency,
    batchSize,
    pollIntervalMs: 200,
  });
  backbone.services.runner.start();
  process.stderr.write(`sitrep worker ${backbone.services.runner.workerId}: working the queue\n`);
  await new Promise<void>((resolve) => {
    process.once("SIGINT", () => resolve());
    process.once("SIGTERM", () => resolve());
  });
  await backbone.services.runner.stop();
  await backbone.close();
  return 0;
}
