import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { createServices, loadConfig } from "@sitrep/server";
import { createThrowawayDatabase, openStore, testServerUrl, type JobRow } from "@sitrep/store";

const BIN = fileURLToPath(new URL("../bin/sitrep.mjs", import.meta.url));
const SAMPLES = fileURLToPath(new URL("../../server/samples/reports.jsonl", import.meta.url));

/**
 * A `sitrep worker` process on this database, and its worker id once it is working the queue (`args`:
 * more options, such as `--no-thread`).
 */
function startWorker(databaseUrl: string, ...args: string[]): { child: ChildProcess; id: Promise<string> } {
  const child = spawn(process.execPath, [BIN, "worker", "--lease", "20", "--batch", "2", ...args], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  const id = new Promise<string>((resolve, reject) => {
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
      const match = /sitrep worker (\S+): working the queue/.exec(stderr);
      if (match) resolve(match[1]!);
    });
    child.once("exit", (code) => reject(new Error(`worker exited with ${code}: ${stderr}`)));
  });
  return { child, id };
}

async function until<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 200_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe("sitrep worker processes on one DATABASE_URL", () => {
  it("share the queue, and a worker killed mid-job loses nothing", { timeout: 420_000 }, async () => {
    const server = await testServerUrl();
    if (!server) {
      if (process.env.CI === "true") throw new Error("PostgreSQL is not reachable; CI needs it");
      return;
    }
    const database = await createThrowawayDatabase(server);
    const store = await openStore({ databaseUrl: database.url, poolSize: 2 });
    const workers: ChildProcess[] = [];
    try {
      // Reports long enough that coding one takes a while, so the kill lands mid-job.
      const samples = readFileSync(SAMPLES, "utf8")
        .trim()
        .split("\n")
        .map((line) => JSON.parse(line) as { text: string; published: string });
      const services = createServices({
        store,
        extractor: () => ({ events: [] }),
        config: loadConfig({}),
      });
      // Both workers are working the queue before any job is queued: one started first would otherwise
      // code the whole queue before the other has loaded its dictionaries. A codes in a thread of its
      // own (the default on two cores or more), B in its main thread: both store what they code.
      const a = startWorker(database.url);
      const b = startWorker(database.url, "--no-thread");
      workers.push(a.child, b.child);
      const [idA, idB] = await Promise.all([a.id, b.id]);
      // A few hundred samples a report (about 100 KB): coding one takes a tenth of a second or more, so
      // both workers are seen at work and the kill lands while A holds jobs.
      const jobIds: number[] = [];
      for (let i = 0; i < 12; i++) {
        const text = Array.from({ length: 300 }, (_, j) => samples[(i + j) % samples.length]!.text).join(
          "\n\n",
        );
        const submitted = await services.ingest.submit(
          { text: `${text}\n\n(Dispatch ${i}.)`, published: "2017-10-10", origin: "import" },
          null,
        );
        jobIds.push(submitted.job.id);
      }
      const jobs = async (): Promise<JobRow[]> =>
        (await Promise.all(jobIds.map((id) => store.jobs.get(id)))).filter((j): j is JobRow => !!j);

      // Both work at once, each on its own job.
      await until("both workers running a job", async () => {
        const running = (await jobs()).filter((j) => j.status === "running").map((j) => j.locked_by);
        return running.includes(idA) && running.includes(idB) ? true : undefined;
      });
      // Kill A while it holds a batch of jobs.
      const held = await until("jobs held by worker A", async () => {
        const mine = (await jobs()).filter((j) => j.status === "running" && j.locked_by === idA);
        return mine.length ? mine : undefined;
      });
      a.child.kill("SIGKILL");
      await new Promise((resolve) => a.child.once("exit", resolve));
      const heldIds = new Set(held.map((j) => j.id));
      for (const job of held) expect((await store.jobs.get(job.id))?.status).toBe("running");

      // B takes A's jobs over once their lease lapses, and finishes the queue.
      const final = await until("every job finished", async () => {
        const all = await jobs();
        return all.every((j) => j.status === "done" || j.status === "failed") ? all : undefined;
      });
      expect(final.filter((j) => j.status === "failed")).toEqual([]);
      for (const job of final.filter((j) => heldIds.has(j.id)))
        expect(job).toMatchObject({ status: "done", attempts: 2, locked_by: idB });
      // Every other job ran once, and both workers ran some.
      expect(final.filter((j) => !heldIds.has(j.id)).map((j) => j.attempts)).toEqual(
        final.filter((j) => !heldIds.has(j.id)).map(() => 1),
      );
      expect(final.some((j) => j.locked_by === idB)).toBe(true);
      // Every report was coded once: its events are there, with no ordinal twice.
      for (const job of final) {
        const reportId = (job.payload as { reportId: number }).reportId;
        expect((await store.reports.get(reportId))?.coded_at).not.toBeNull();
        const events = await store.events.list({ reportId }, { limit: 1000 });
        expect(events.length).toBe((job.result as { events: number }).events);
        expect(events.length).toBeGreaterThan(0);
        expect(new Set(events.map((e) => e.ordinal)).size).toBe(events.length);
      }
    } finally {
      for (const child of workers)
        if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
      await Promise.all(
        workers.map((child) =>
          child.exitCode !== null || child.signalCode !== null
            ? Promise.resolve()
            : new Promise((resolve) => child.once("exit", resolve)),
        ),
      );
      await store.close();
      await database.drop();
    }
  });
});
