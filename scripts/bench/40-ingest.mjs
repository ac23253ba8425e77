// Reports ingested and coded per second through the job queue, against the bare coder, with 1 and 2 workers.
import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { extract } from "../../packages/coder/dist/index.js";
import { loadModel } from "../../packages/cli/dist/load-model.js";
import { createServices, loadConfig } from "../../packages/server/dist/index.js";
import { createThrowawayDatabase, openStore, testServerUrl } from "../../packages/store/dist/index.js";

export const title = "Ingest and coding through the queue (reports a second)";

const root = new URL("../../", import.meta.url).pathname;
const REPORTS = Number(process.env.BENCH_REPORTS ?? 400);

/**
 * Distinct reports: the texts the coder's own bench codes (the dev gold reports when present, else the
 * coder's test reports; news reports of 1–3 KB), each numbered so that none is a duplicate.
 */
function reports() {
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

/** Stores the reports as `sitrep import` does (200 at a time) and returns their coding jobs. */
async function ingest(services, list) {
  const ids = [];
  for (let i = 0; i < list.length; i += 200)
    for (const done of await services.ingest.submitMany(list.slice(i, i + 200), null)) ids.push(done.job.id);
  return ids;
}

async function waitUntilDone(store, ids) {
  for (;;) {
    const counts = await store.jobs.statusCounts(ids);
    if (counts.queued + counts.running === 0) return counts;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function startWorker(databaseUrl) {
  const child = spawn(process.execPath, [`${root}packages/cli/bin/sitrep.mjs`, "worker"], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    stdio: ["ignore", "ignore", "pipe"],
  });
  const ready = new Promise((resolve, reject) => {
    child.stderr.on("data", (chunk) => String(chunk).includes("working the queue") && resolve());
    child.once("exit", (code) => reject(new Error(`worker exited with ${code}`)));
  });
  return { child, ready };
}

async function throughWorkers(serverUrl, workers, model) {
  const database = await createThrowawayDatabase(serverUrl);
  const store = await openStore({ databaseUrl: database.url });
  const started = [];
  try {
    for (let i = 0; i < workers; i++) started.push(startWorker(database.url));
    await Promise.all(started.map((w) => w.ready));
    const services = createServices({
      store,
      extractor: (text, context) => extract(text, model, context),
      config: loadConfig({}),
    });
    // Warm the workers up as the bare coder is (one untimed pass over the same reports, numbered apart).
    const warm = reports().map((r) => ({ ...r, text: `${r.text} (Warm-up.)` }));
    await waitUntilDone(store, await ingest(services, warm));
    const t = performance.now();
    const ids = await ingest(services, reports());
    const counts = await waitUntilDone(store, ids);
    const seconds = (performance.now() - t) / 1000;
    return { rate: REPORTS / seconds, seconds, failed: counts.failed };
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

/** The bare coder's rate on these reports, measured now (the machine may be shared: each run is compared with its own). */
function bareRate(model, texts) {
  const t = performance.now();
  let events = 0;
  for (const r of texts) events += extract(r.text, model, r).events.length;
  return { rate: texts.length / ((performance.now() - t) / 1000), events };
}

export default async function () {
  const model = loadModel();
  const texts = reports();
  bareRate(model, texts); // warm-up: one full pass
  const first = bareRate(model, texts);
  const lines = [
    `bare coder: ${first.rate.toFixed(0)} reports/s on one core (${REPORTS} reports of ${Math.round(texts.reduce((n, r) => n + r.text.length, 0) / REPORTS)} characters, ${first.events} events)`,
  ];

  const store = await openStore({ dataDir: "memory://" });
  try {
    const services = createServices({
      store,
      extractor: (text, context) => extract(text, model, context),
      config: loadConfig({}),
    });
    const bare = bareRate(model, texts).rate;
    const t = performance.now();
    const ids = await ingest(services, texts);
    await services.runner.drain(async () => {
      const c = await store.jobs.statusCounts(ids);
      return c.queued + c.running === 0;
    });
    const rate = REPORTS / ((performance.now() - t) / 1000);
    lines.push(
      `PGlite, 1 worker (in process): ${rate.toFixed(0)} reports/s stored and coded — ${((rate / bare) * 100).toFixed(0)}% of the bare coder just before (${bare.toFixed(0)}/s; target ≥ 80%)`,
    );
  } finally {
    await store.close();
  }

  const server = await testServerUrl();
  if (!server)
    return [
      ...lines,
      "PostgreSQL server: not reachable (start one on 127.0.0.1:5432 or set TEST_DATABASE_URL)",
    ];
  for (const workers of [1, 2]) {
    const bare = bareRate(model, texts).rate;
    const r = await throughWorkers(server, workers, model);
    lines.push(
      `PostgreSQL, ${workers} sitrep worker process${workers > 1 ? "es" : ""}: ${r.rate.toFixed(0)} reports/s stored and coded — ` +
        `${((r.rate / workers / bare) * 100).toFixed(0)}% of the bare coder just before per worker (${bare.toFixed(0)}/s; target ≥ 80%; this machine has 2 cores)${r.failed ? `; ${r.failed} failed` : ""}`,
    );
  }
  return lines;
}
