import { availableParallelism } from "node:os";
import { openBackbone, takeFlag, takeOption } from "../backbone.js";
import { startCoderThread } from "../coder-thread.js";
import { takeDataDir, UsageError } from "../data-dir.js";
import { loadExtractor } from "../extractor.js";

const USAGE =
  "usage: DATABASE_URL=postgres://… sitrep worker [--concurrency N] [--lease SECONDS] [--batch N] [--no-thread]";

/**
 * Works the job queue of the PostgreSQL server at DATABASE_URL: ingest, fetching and coding. Any number
 * of workers on any number of hosts can share one queue; stop one with SIGTERM or SIGINT (it finishes
 * the jobs in hand; a killed one's jobs run again once their lease lapses). It keeps `--concurrency`
 * batches in hand (default 2: one is coded while the database stores the other), claims up to `--batch`
 * jobs at a time (default 32; claims start at 8 and grow while the queue is deep), and stores a batch of
 * codings in one transaction. On a host of two cores or more it codes in a thread of its own, which
 * writes the events as the COPY text the database takes, while its main thread claims, reads and stores
 * (`--no-thread`: all in one thread, for a worker a core). Idle, it is woken by the server as soon as
 * jobs are queued. A worker renews the lease of the jobs it runs every third of `--lease` (default 300 s,
 * longer than the longest batch); use the same lease on every worker.
 */
export async function workerCommand(argv: string[]): Promise<number> {
  const dataDir = takeDataDir(argv);
  const concurrency = Number(takeOption(argv, "--concurrency") ?? 2);
  const lease = takeOption(argv, "--lease");
  const batchSize = Number(takeOption(argv, "--batch") ?? 32);
  const noThread = takeFlag(argv, "--no-thread");
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
  const thread = noThread || availableParallelism() < 2 ? null : startCoderThread(dataDir);
  const backbone = await openBackbone(
    dataDir,
    thread ? { ...coder, extractor: thread.extractor } : coder,
    settings,
    { concurrency, batchSize, pollIntervalMs: 200 },
  );
  backbone.services.runner.start();
  process.stderr.write(
    `sitrep worker ${backbone.services.runner.workerId}: working the queue${thread ? " (coding in a thread of its own)" : ""}\n`,
  );
  await new Promise<void>((resolve) => {
    process.once("SIGINT", () => resolve());
    process.once("SIGTERM", () => resolve());
  });
  await backbone.services.runner.stop();
  await backbone.close();
  await thread?.close();
  return 0;
}
