// Reports ingested and coded per second through the job queue, against the bare coder, with 1 and 2 workers.
import { fork, spawn } from "node:child_process";
import { availableParallelism, tmpdir } from "node:os";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { cpuUsage } from "node:process";
import pg from "pg";
import { extract } from "../../packages/coder/dist/index.js";
import { startCoderThread } from "../../packages/cli/dist/coder-thread.js";
import { spaceFullCollections } from "../../packages/cli/dist/heap.js";
import { loadModel } from "../../packages/cli/dist/load-model.js";
import { createServices, loadConfig } from "../../packages/server/dist/index.js";
import { createThrowawayDatabase, openStore, testServerUrl } from "../../packages/store/dist/index.js";
import { benchReports, REPORTS } from "../lib/bench-reports.mjs";

export const title = "Ingest and coding through the queue (reports a second)";

const root = new URL("../../", import.meta.url).pathname;

/** Reports the bare coder has coded in this process so far (how warm V8 has made it). */
let bareCoded = 0;
/**
 * Passes over the reports a timed run codes: 2,000 reports (five passes of the default 400). A run of 400
 * took a worker 1-1.5 s, of which the first submission, the claims growing from 8 and the last batch's
 * tail were a tenth or more: the rate of a steady stream is what a user ingesting a feed or an archive
 * sees. On PGlite a run of 2,000 also holds one of the runner's analyses (see below).
 */
const TIMED_PASSES = Math.max(1, Math.round(2000 / REPORTS));
/** Reports a timed run codes. */
const TIMED_REPORTS = TIMED_PASSES * REPORTS;

/** Stores the reports as `sitrep import` does (200 at a time) and returns their coding jobs. */
async function ingest(services, list) {
  const ids = [];
  for (let i = 0; i < list.length; i += 200)
    for (const done of await services.ingest.submitMany(list.slice(i, i + 200), null)) ids.push(done.job.id);
  return ids;
}

/**
 * Waits until every job is done or failed (looking every 500 ms) and returns the counts and when the last
 * one finished, by the database's clock: the time is exact however seldom it looks, and looking seldom
 * keeps the bench's own queries off the cores the workers and the database need.
 */
async function waitUntilDone(store, ids) {
  for (;;) {
    const counts = await store.jobs.statusCounts(ids);
    if (counts.queued + counts.running === 0) {
      const mine = new Set(ids);
      const jobs = (await store.jobs.list({ limit: ids.length + 1000 })).filter((job) => mine.has(job.id));
      return { counts, finishedAt: Math.max(...jobs.map((job) => new Date(job.updated_at).getTime())) };
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

/** The reports numbered apart from the timed ones, for one untimed pass that warms up the workers. */
function warmUp(pass = 0) {
  return benchReports().map((r) => ({ ...r, text: `${r.text} (Warm-up ${pass}.)` }));
}

/** The reports numbered apart, for a timed pass after the first. */
function timed(pass) {
  return benchReports().map((r) => ({ ...r, text: `${r.text} (Timed ${pass}.)` }));
}

function startWorker(databaseUrl, args) {
  const child = spawn(process.execPath, [`${root}packages/cli/bin/sitrep.mjs`, "worker", ...args], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    stdio: ["ignore", "ignore", "pipe"],
  });
  const ready = new Promise((resolve, reject) => {
    child.stderr.on("data", (chunk) => String(chunk).includes("working the queue") && resolve());
    child.once("exit", (code) => reject(new Error(`worker exited with ${code}`)));
  });
  return { child, ready };
}

async function throughWorkers(serverUrl, workers, args, model, warmPasses) {
  const database = await createThrowawayDatabase(serverUrl);
  const store = await openStore({ databaseUrl: database.url });
  const started = [];
  try {
    for (let i = 0; i < workers; i++) started.push(startWorker(database.url, args));
    await Promise.all(started.map((w) => w.ready));
    const services = createServices({
      store,
      extractor: (text, context) => extract(text, model, context),
      config: loadConfig({}),
    });
    // Warm the workers up as the bare coder is: each codes as many untimed reports (passes over the reports,
    // numbered apart) as the bare coder had coded before the timing it is compared with. V8 goes on
    // optimising the coder for several passes: with one pass each, a worker took 111-118% of the CPU a
    // report of the bare coder after two passes, with three 92-97%, with five 78-84%.
    for (let pass = 0; pass < workers * warmPasses; pass++)
      await waitUntilDone(store, await ingest(services, warmUp(pass)));
    const cpuOfWorkers = () => {
      const each = started.map((w) => processCpuMs(w.child.pid));
      return each.includes(null) ? null : each.reduce((a, b) => a + b, 0);
    };
    const backends = await databaseBackends(database.url);
    const cpuBefore = cpuOfWorkers();
    const databaseBefore = await backends.cpu();
    const benchBefore = cpuUsage();
    const startedAt = (await store.control.now()).getTime();
    const ids = [];
    for (let pass = 0; pass < TIMED_PASSES; pass++)
      ids.push(...(await ingest(services, pass === 0 ? benchReports() : timed(pass))));
    const { counts, finishedAt } = await waitUntilDone(store, ids);
    const seconds = (finishedAt - startedAt) / 1000;
    const cpuAfter = cpuOfWorkers();
    const bench = cpuUsage(benchBefore);
    const databaseMs = cpuSince(databaseBefore, await backends.cpu());
    await backends.close();
    const cpuMs = cpuBefore === null || cpuAfter === null ? null : (cpuAfter - cpuBefore) / TIMED_REPORTS;
    return {
      rate: TIMED_REPORTS / seconds,
      seconds,
      failed: counts.failed,
      cpuMs,
      databaseMs: databaseMs === null ? null : databaseMs / TIMED_REPORTS,
      benchMs: (bench.user + bench.system) / 1000 / TIMED_REPORTS,
    };
  } finally {
    for (const w of started) w.child.kill("SIGTERM");
    await Promise.all(
      started.map(
        (w) =>
          new Promise((resolve) => (w.child.exitCode !== null ? resolve() : w.child.once("exit", resolve))),
      ),
    );
    await store.close();
    await database.drop();
  }
}

/**
 * The bare coder's rate on these reports, measured now (the machine may be shared: each run is compared
 * with its own), and the CPU time it took a report.
 */
function bareRate(model, texts) {
  const t = performance.now();
  const cpu = cpuUsage();
  let events = 0;
  for (const r of texts) events += extract(r.text, model, r).events.length;
  const used = cpuUsage(cpu);
  bareCoded += texts.length;
  return {
    rate: texts.length / ((performance.now() - t) / 1000),
    events,
    cpuMs: (used.user + used.system) / 1000 / texts.length,
  };
}

/**
 * Bare coders in processes of their own, each warmed up on `passes` passes: `time()` has them all code the
 * reports at once and gives the rate a process (the reports each coded over the time until the last one
 * finished) and their CPU a report. With `processes` as many as the workers it is the fair baseline for
 * them, as they share the machine's cores, caches and memory bandwidth (and its other load) the same way.
 */
async function startBareCoders(processes, passes) {
  const children = Array.from({ length: processes }, () =>
    fork(`${root}scripts/lib/bare-coder.mjs`, [String(passes)], {
      stdio: ["ignore", "ignore", "inherit", "ipc"],
    }),
  );
  const next = (child) =>
    new Promise((resolve, reject) => {
      const exited = (code) => reject(new Error(`a bare coder process exited with ${code}`));
      child.once("exit", exited);
      child.once("message", (message) => {
        child.off("exit", exited);
        resolve(message);
      });
    });
  const close = () => {
    for (const child of children) if (child.exitCode === null) child.kill();
  };
  try {
    await Promise.all(children.map(next));
  } catch (error) {
    close();
    throw error;
  }
  return {
    async time() {
      const t = performance.now();
      const results = await Promise.all(
        children.map((child) => {
          const result = next(child);
          child.send("go");
          return result;
        }),
      );
      return {
        rate: REPORTS / ((performance.now() - t) / 1000),
        cpuMs: results.reduce((sum, r) => sum + r.cpuMs, 0) / processes,
      };
    },
    close,
  };
}

/** CPU milliseconds a process (or `self/task/ID`, a thread of this one) has used so far (Linux's /proc; null elsewhere). */
function processCpuMs(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
    return (Number(fields[11]) + Number(fields[12])) * 10; // utime + stime, in ticks of 10 ms
  } catch {
    return null;
  }
}

/**
 * The best share of the bare coder's rate a worker can reach when nothing else runs: the workers, the
 * database and the submitting process share the cores, and a worker that codes in its main thread
 * (`threaded` false) does everything on one core (its own CPU a report).
 */
function ceiling(bareMs, workerMs, totalMs, workers, threaded) {
  const shared = (availableParallelism() * bareMs) / (totalMs * workers);
  return threaded ? shared : Math.min(bareMs / workerMs, shared);
}

/**
 * The server processes working for this database (its connections' backends, read from
 * `pg_stat_activity`), and their CPU milliseconds so far, by process id.
 */
async function databaseBackends(url) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return {
    async cpu() {
      const { rows } = await client.query(
        "select pid from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()",
      );
      return new Map(rows.map(({ pid }) => [pid, processCpuMs(pid)]));
    },
    close: () => client.end(),
  };
}

/**
 * CPU milliseconds the backends used between two readings (all of it for one that started in between;
 * null when a process could not be read).
 */
function cpuSince(before, after) {
  let total = 0;
  for (const [pid, ms] of after) {
    if (ms === null) return null;
    total += ms - (before.get(pid) ?? 0);
  }
  return total;
}

/**
 * What the machine's load does not change much: CPU time a report in the workers against the bare coder's,
 * measured just before. On a shared machine the rates swing with the other work; these say how much more
 * the workers themselves spend on a report than the coder does.
 */
function cpuShare(cpuMsPerReport, bare) {
  return cpuMsPerReport === null
    ? ""
    : `; CPU ${cpuMsPerReport.toFixed(2)} ms a report against the bare coder's ${bare.cpuMs.toFixed(2)} (${((cpuMsPerReport / bare.cpuMs) * 100).toFixed(0)}%)`;
}

export default async function () {
  const model = loadModel();
  const texts = benchReports();
  // Warm-up: three full passes (V8 goes on optimising the coder for several; the workers and the coder
  // thread are warmed up on as many passes as the bare coder has coded before it is timed against them).
  for (let pass = 0; pass < 3; pass++) bareRate(model, texts);
  const first = bareRate(model, texts);
  const lines = [
    `bare coder: ${first.rate.toFixed(0)} reports/s on one core (${REPORTS} reports of ${Math.round(texts.reduce((n, r) => n + r.text.length, 0) / REPORTS)} characters, ${first.events} events)`,
  ];

  // As `sitrep serve` runs on the embedded database: the coder in a thread of its own (warmed up on as many
  // passes as the bare coder), two batches in hand, the database in the main thread.
  const thread = startCoderThread(mkdtempSync(join(tmpdir(), "sitrep-bench-")));
  // The database in a folder, as `sitrep serve` keeps it (`--data`, default ./data). In memory
  // (`memory://`) PGlite's file system copies a whole file each time it outgrows its buffer: a tenth of
  // the main thread's time in a profile, which no user's database spends.
  const dataDir = mkdtempSync(join(tmpdir(), "sitrep-bench-db-"));
  // The garbage collector paced as in `sitrep serve` (its `openBackbone`).
  spaceFullCollections();
  const store = await openStore({ dataDir });
  try {
    const services = createServices({
      store,
      extractor: thread.extractor,
      config: loadConfig({}),
      runner: { concurrency: 2 },
    });
    const drain = (ids) =>
      services.runner.drain(async () => {
        const c = await store.jobs.statusCounts(ids);
        return c.queued + c.running === 0;
      });
    const warmPasses = Math.ceil(bareCoded / REPORTS);
    for (let pass = 0; pass < warmPasses; pass++) await drain(await ingest(services, warmUp(pass)));
    // V8's helper threads go on compiling and collecting for the warmed-up thread for a second or so
    // (0.4 s of CPU, measured): timed at once, the bare coder ran up to a third slower.
    await new Promise((resolve) => setTimeout(resolve, 2000));
    // The baseline is a bare coder in a process of its own, as the coder thread has an isolate of its own:
    // here, with PGlite's heap in this process, the bare coder ran 10-30% slower than in one of its own.
    const single = await startBareCoders(1, warmPasses);
    const bare = await single.time();
    // The runner analyses every 2,000 jobs on PGlite at this size (`ANALYZE_EVERY_JOBS` in the server's
    // runner.ts): the timed passes hold 2,000 reports, so one analysis, as a steady stream of them does.
    // A timed pass of 400 held the whole analysis or none of it, as the warm-up happened to end.
    // Timed as `sitrep serve` works: its runner started, the reports submitted 200 at a time (as `sitrep
    // import` does) while it codes and stores the ones before, from the first submission until the last
    // job is done (by the database's clock, as for the workers below). Submitting everything before
    // draining left the coder thread idle while each pass was submitted (a tenth of the time).
    services.runner.start();
    const startedAt = (await store.control.now()).getTime();
    const cpu = cpuUsage();
    const mainBefore = processCpuMs(`self/task/${process.pid}`);
    const ids = [];
    for (let pass = 0; pass < TIMED_PASSES; pass++)
      ids.push(...(await ingest(services, pass === 0 ? texts : timed(pass))));
    const { finishedAt } = await waitUntilDone(store, ids);
    const used = cpuUsage(cpu);
    const mainMs = (processCpuMs(`self/task/${process.pid}`) - mainBefore) / TIMED_REPORTS;
    const rate = TIMED_REPORTS / ((finishedAt - startedAt) / 1000);
    await services.runner.stop();
    const after = (await single.time()).rate;
    single.close();
    const baseline = (bare.rate + after) / 2;
    const allMs = (used.user + used.system) / 1000 / TIMED_REPORTS;
    lines.push(
      `PGlite, 1 worker (in process, the coder in a thread): ${rate.toFixed(0)} reports/s stored and coded — ${((rate / baseline) * 100).toFixed(0)}% of the bare coder ` +
        `in a process of its own (${baseline.toFixed(0)}/s, the mean of ${bare.rate.toFixed(0)}/s just before and ${after.toFixed(0)}/s just after; target ≥ 80%; the thread warmed up on ${warmPasses} passes as the bare coder was; ` +
        `${TIMED_REPORTS} reports timed, holding one of the runner's analyses)${cpuShare(allMs, bare)}`,
      `  of which the main thread (the database, the queue, submitting) ${mainMs.toFixed(2)} ms and the other threads (the coder, the garbage collector) ` +
        `${(allMs - mainMs).toFixed(2)} ms; so at most ${((bare.cpuMs / Math.max(mainMs, allMs - mainMs)) * 100).toFixed(0)}% of the bare coder with two cores free`,
    );
  } finally {
    await store.close();
    await thread.close();
    rmSync(dataDir, { recursive: true, force: true });
  }

  const server = await testServerUrl();
  if (!server)
    return [
      ...lines,
      "PostgreSQL server: not reachable (start one on 127.0.0.1:5432 or set TEST_DATABASE_URL)",
    ];
  for (const workers of [1, 2]) {
    const warmPasses = Math.ceil(bareCoded / REPORTS);
    // A worker codes in a thread of its own and stores from its main thread, on two cores; with fewer
    // than two cores a worker (the database beside them), each codes in its main thread (`--no-thread`),
    // as the README tells whoever runs them.
    const threaded = availableParallelism() >= 2 * workers;
    const args = threaded ? [] : ["--no-thread"];
    // The baseline is as many bare coders in processes of their own, coding at once (see
    // `startBareCoders`), as there are workers: one bare coder alone has a core to itself, which each of
    // two workers on a 2-core machine cannot have; and in this process, whose heap has held PGlite's, the
    // bare coder ran 10-30% slower than in one of its own.
    const coders = await startBareCoders(workers, warmPasses);
    const single = workers > 1 ? await startBareCoders(1, warmPasses) : coders;
    try {
      const alone = workers > 1 ? await single.time() : null;
      const bare = await coders.time();
      const r = await throughWorkers(server, workers, args, model, warmPasses);
      const after = await coders.time();
      const share = (rate) => `${((r.rate / workers / rate) * 100).toFixed(0)}%`;
      // The mean of just before and just after: on a shared machine either alone moves by up to half.
      const mean = (bare.rate + after.rate) / 2;
      const baseline = alone
        ? `${share(mean)} per worker of ${workers} bare coder processes coding at once (${mean.toFixed(0)}/s each, the mean of ` +
          `${bare.rate.toFixed(0)}/s just before and ${after.rate.toFixed(0)}/s just after; the fair baseline), ` +
          `${share(alone.rate)} of one bare coder alone just before (${alone.rate.toFixed(0)}/s, with a core to itself)`
        : `${share(mean)} of the bare coder in a process of its own (${mean.toFixed(0)}/s, the mean of ${bare.rate.toFixed(0)}/s just before and ${after.rate.toFixed(0)}/s just after)`;
      lines.push(
        `PostgreSQL, ${workers} sitrep worker process${workers > 1 ? "es" : ""} (${threaded ? "coding in a thread of its own" : "--no-thread, a core each"}): ${r.rate.toFixed(0)} reports/s stored and coded — ` +
          `${baseline}; target ≥ 80% per worker; this machine has ${availableParallelism()} cores; each worker warmed up on ` +
          `${warmPasses} passes as the bare coder${alone ? "s were" : " was"}; ${TIMED_REPORTS} reports timed${cpuShare(r.cpuMs, bare)}${r.failed ? `; ${r.failed} failed` : ""}`,
      );
      if (alone)
        lines.push(
          `  Why ${workers} bare coders at once: the ${workers} workers share this machine's ${availableParallelism()} cores, caches and memory ` +
            `bandwidth (and the machine's other load) with each other and with the database; ${workers} bare coders in ` +
            `processes of their own share them the same way, where one bare coder alone has a core to itself.`,
        );
      if (r.cpuMs !== null && r.databaseMs !== null) {
        const total = r.cpuMs + r.databaseMs + r.benchMs;
        lines.push(
          `  CPU a report on the machine's ${availableParallelism()} cores: workers ${r.cpuMs.toFixed(2)} ms + PostgreSQL ${r.databaseMs.toFixed(2)} ms ` +
            `+ this process (submitting, waiting) ${r.benchMs.toFixed(2)} ms = ${total.toFixed(2)} ms (${((total / bare.cpuMs) * 100).toFixed(0)}% of the bare coder's); ` +
            `so at most ${(ceiling(bare.cpuMs, r.cpuMs, total, workers, threaded) * 100).toFixed(0)}% of the bare coder per worker with every core free for them`,
        );
      }
    } finally {
      coders.close();
      single.close();
    }
  }
  return lines;
}
