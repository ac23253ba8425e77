// GET /api/events latency with 100,000 events stored, on embedded PGlite and on the PostgreSQL server.
import { createHash } from "node:crypto";
import { buildApp, loadConfig } from "../../packages/server/dist/index.js";
import { onBothEngines } from "../lib/bench-engines.mjs";

export const title = "Events API (GET /api/events, a page of 500, 100,000 events stored)";

const EVENTS = Number(process.env.BENCH_EVENTS ?? 100_000);
const REQUESTS = 60;
const TYPES = ["ASSAULT", "COERCE", "MOBILIZE", "PROTEST", "AGREE", "RETREAT"];
const MODALITIES = ["asserted", "asserted", "reported", "claimed", "planned"];
const STATUSES = ["proposed", "proposed", "confirmed", "rejected"];
const ACTORS = [
  ["rus-mil", "Military Forces of Russia"],
  ["hts", "Hayat Tahrir al-Sham"],
  ["isis", "Islamic State"],
  ["saa", "Military Forces of Syria"],
  ["sdf", "Syrian Democratic Forces"],
];

/** A deterministic pseudo-random source. */
function random(seed) {
  let state = seed;
  return () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
}

export async function fill(store) {
  const rnd = random(7);
  const reports = [];
  for (let r = 0; r < EVENTS / 10; r += 500) {
    const batch = [];
    for (let i = r; i < Math.min(r + 500, EVENTS / 10); i++) {
      const text = `Bench report ${i}`;
      batch.push({
        text,
        content_hash: createHash("sha256").update(text).digest("hex"),
        origin: "import",
        published: "2017-10-10",
      });
    }
    for (const row of batch) reports.push((await store.reports.insertIfNew(row)).report.id);
  }
  for (let start = 0; start < EVENTS; start += 1000) {
    const rows = [];
    for (let i = start; i < Math.min(start + 1000, EVENTS); i++) {
      const [a1, n1] = ACTORS[Math.floor(rnd() * ACTORS.length)];
      const [a2, n2] = ACTORS[Math.floor(rnd() * ACTORS.length)];
      const day = new Date(Date.UTC(2015, 0, 1) + Math.floor(rnd() * 3000) * 86_400_000)
        .toISOString()
        .slice(0, 10);
      rows.push({
        report_id: reports[Math.floor(i / 10)],
        ordinal: i % 10,
        status: STATUSES[Math.floor(rnd() * STATUSES.length)],
        type: TYPES[Math.floor(rnd() * TYPES.length)],
        mode: "aerial",
        acled_event_type: "Explosions/Remote violence",
        acled_sub_event_type: "Air/drone strike",
        cameo: "19",
        actor1_id: a1,
        actor1_name: n1,
        actor1_text: a1,
        actor2_id: a2,
        actor2_name: n2,
        actor2_text: a2,
        location_name: `Place ${i % 5000}`,
        location_text: `Place ${i % 5000}`,
        lat: 32 + rnd() * 5,
        lon: 35 + rnd() * 7,
        country: "SY",
        admin1: "Idlib",
        location_precision: 1,
        date_start: day,
        date_end: day,
        date_precision: 1,
        modality: MODALITIES[Math.floor(rnd() * MODALITIES.length)],
        fatalities: Math.floor(rnd() * 5),
        evidence_sentence: 0,
        evidence_start: 0,
        evidence_end: 60,
        evidence_text: `Jets of ${n1} struck positions of ${n2} near place ${i % 5000}, sources said.`,
        confidence: 0.8,
        rule: "bench",
        extra: "{}",
      });
    }
    await store.events.insertMany(rows);
  }
}

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function measure(base, headers, path) {
  for (let i = 0; i < 5; i++) await (await fetch(`${base}${path}`, { headers })).arrayBuffer();
  const times = [];
  let count = 0;
  for (let i = 0; i < REQUESTS; i++) {
    const t = performance.now();
    const response = await fetch(`${base}${path}`, { headers });
    const body = await response.json();
    times.push(performance.now() - t);
    count = body.events.length;
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95), count };
}

async function run(engine, store) {
  const t0 = performance.now();
  await fill(store);
  await store.maintenance.analyze();
  const fillSeconds = (performance.now() - t0) / 1000;
  const app = await buildApp({ store, extractor: () => ({ events: [] }), config: loadConfig({}) });
  const user = await store.users.create({ name: "bench", role: "analyst", passwordHash: "x" });
  const token = "bench-token";
  await store.tokens.create({
    userId: user.id,
    name: "bench",
    tokenHash: createHash("sha256").update(token).digest("hex"),
  });
  const base = await app.listen({ port: 0, host: "127.0.0.1" });
  const headers = { authorization: `Bearer ${token}` };
  const lines = [`${engine}: stored ${EVENTS} events in ${fillSeconds.toFixed(1)} s`];
  const cases = [
    ["unfiltered", "/api/events?limit=500"],
    [
      "filtered (type, actor, dates, bbox)",
      "/api/events?limit=500&type=ASSAULT&actor=hts&from=2016-01-01&to=2021-12-31&bbox=36,33,41,37",
    ],
    [
      "filtered (status=confirmed, modality)",
      "/api/events?limit=500&status=confirmed&modality=asserted,reported",
    ],
    ["text search, common words (q)", "/api/events?limit=500&q=struck%20sham"],
    ["text search, a rare place (q)", "/api/events?limit=500&q=place%204999"],
    ["anonymous (confirmed only)", "/api/events?limit=500"],
  ];
  for (const [name, path] of cases) {
    const r = await measure(base, name.startsWith("anonymous") ? {} : headers, path);
    lines.push(
      `${engine}: ${name}: p50 ${r.p50.toFixed(1)} ms, p95 ${r.p95.toFixed(1)} ms (${r.count} events a page) — target p95 < 100 ms`,
    );
  }
  await app.close();
  return lines;
}

export default async function () {
  return onBothEngines(run);
}
