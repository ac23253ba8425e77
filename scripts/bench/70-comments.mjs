// A report's public page with 1,000 comments (p95 latency), and comments accepted per second through the
// reply form, on embedded PGlite and on the PostgreSQL server.
import { createHash } from "node:crypto";
import { brotliCompressSync, constants as zlib } from "node:zlib";
import { buildApp, loadConfig } from "../../packages/server/dist/index.js";
import { onBothEngines } from "../lib/bench-engines.mjs";

export const title = "Comments (a report page with 1,000 comments; comments accepted per second)";

const COMMENTS = Number(process.env.BENCH_COMMENTS ?? 1000);
const REQUESTS = 100;
const POSTS = Number(process.env.BENCH_POSTS ?? 300);

const sha = (text) => createHash("sha256").update(text).digest("hex");

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** A report with ten confirmed events and COMMENTS approved comments, a third of them replies. */
async function fill(store) {
  const text = "Russian jets struck HTS positions in Abu Dali. ".repeat(40);
  const { report } = await store.reports.insertIfNew({
    text,
    title: "A report with a long discussion",
    content_hash: sha(`comments bench ${Date.now()}`),
    origin: "import",
    published: "2017-10-10",
    url: "https://example.org/report",
  });
  const events = [];
  for (let i = 0; i < 10; i++)
    events.push({
      report_id: report.id,
      ordinal: i,
      status: "confirmed",
      type: "ASSAULT",
      mode: "aerial",
      actor1_name: "Military Forces of Russia",
      actor2_name: "Hayat Tahrir al-Sham",
      location_name: `Place ${i}`,
      lat: 35 + i * 0.1,
      lon: 36.5 + i * 0.1,
      date_start: "2017-10-10",
      modality: "asserted",
      confidence: 0.8,
      rule: "bench",
      extra: "{}",
    });
  await store.events.insertMany(events);
  const ids = [];
  for (let i = 0; i < COMMENTS; i++) {
    const body = `Comment ${i}: the strike on Abu Dali was reported by two sources, see https://example.org/${i}.\nA second line.`;
    const parent = i % 3 === 2 ? ids[Math.floor(ids.length / 2)] : null;
    const row = await store.comments.insert({
      report_id: report.id,
      parent_id: parent ?? null,
      author_name: `Reader ${i}`,
      author_email: `reader${i}@example.org`,
      author_url: i % 2 ? `https://reader${i}.example.org/` : null,
      body,
      body_html: body
        .replace(/https:\/\/\S+?(?=\.\n)/, (url) => `<a href="${url}" rel="nofollow ugc">${url}</a>`)
        .replace("\n", "<br />\n"),
      content_hash: sha(body),
      status: "approved",
      client_hash: sha(`client ${i % 50}`),
      reader_hash: null,
    });
    ids.push(row.id);
  }
  await store.maintenance.analyze();
  return report.id;
}

async function pageLatency(base, reportId, serverTimes) {
  // As a browser asks: compressed (the page is served with brotli or gzip at fast settings).
  const headers = { "accept-encoding": "br, gzip" };
  for (let i = 0; i < 10; i++) await (await fetch(`${base}/reports/${reportId}`, { headers })).arrayBuffer();
  serverTimes.length = 0;
  const times = [];
  const built = [];
  let lastBody = "";
  let bytes = 0;
  const cpu = process.cpuUsage();
  for (let i = 0; i < REQUESTS; i++) {
    const t = performance.now();
    const response = await fetch(`${base}/reports/${reportId}`, { headers });
    const body = await response.text();
    times.push(performance.now() - t);
    built.push(Number(/dur=([\d.]+)/.exec(response.headers.get("server-timing") ?? "")?.[1] ?? NaN));
    bytes = body.length;
    lastBody = body;
    if (!body.includes(`Comment ${COMMENTS - 1}:`)) throw new Error("the page lacks the last comment");
  }
  const used = process.cpuUsage(cpu);
  times.sort((a, b) => a - b);
  const server = [...serverTimes].sort((a, b) => a - b);
  built.sort((a, b) => a - b);
  return {
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    serverP50: percentile(server, 50),
    serverP95: percentile(server, 95),
    builtP50: percentile(built, 50),
    builtP95: percentile(built, 95),
    bytes,
    cpuPerPage: (used.user + used.system) / 1000 / REQUESTS,
    // What the server sends for it: brotli at quality 1, as configured in routes/pages.ts.
    wireBytes: brotliCompressSync(lastBody, { params: { [zlib.BROTLI_PARAM_QUALITY]: 1 } }).length,
  };
}

/** Posts POSTS comments through the reply form, one after another, as one reader; comments a second. */
async function postRate(base, reportId) {
  const page = await fetch(`${base}/reports/${reportId}`);
  const cookie = page.headers.get("set-cookie").split(";")[0];
  const token = /name="csrf" value="([^"]+)"/.exec(await page.text())[1];
  const t = performance.now();
  for (let i = 0; i < POSTS; i++) {
    const form = new URLSearchParams({
      csrf: token,
      name: `Poster ${i}`,
      email: `poster${i}@example.org`,
      website: "",
      comment: `Posted comment number ${i} about the strike on Abu Dali.`,
    });
    const response = await fetch(`${base}/reports/${reportId}/comments`, {
      method: "POST",
      headers: { cookie, "content-type": "application/x-www-form-urlencoded" },
      body: form.toString(),
      redirect: "manual",
    });
    if (response.status !== 303) throw new Error(`post ${i} answered ${response.status}`);
  }
  return POSTS / ((performance.now() - t) / 1000);
}

async function run(engine, store) {
  const t0 = performance.now();
  const reportId = await fill(store);
  const fillSeconds = (performance.now() - t0) / 1000;
  // Flood control would refuse a benchmark's posts from one address: it is lifted here, every other rule runs.
  const app = await buildApp({
    store,
    extractor: () => ({ events: [] }),
    config: loadConfig({ commentsPerMinute: 1_000_000 }),
  });
  // The server's own time for each page (from the request to the last byte handed to the socket).
  const serverTimes = [];
  app.addHook("onResponse", async (request, reply) => {
    if (request.method === "GET") serverTimes.push(reply.elapsedTime);
  });
  const base = await app.listen({ port: 0, host: "127.0.0.1" });
  const lines = [`${engine}: stored ${COMMENTS} comments in ${fillSeconds.toFixed(1)} s`];
  try {
    const page = await pageLatency(base, reportId, serverTimes);
    lines.push(
      `${engine}: GET /reports/ID with ${COMMENTS} comments and 10 events: p50 ${page.p50.toFixed(1)} ms, p95 ${page.p95.toFixed(1)} ms round trip — target p95 < 50 ms`,
      `${engine}:   CPU time of this process (server and client) per page: ${page.cpuPerPage.toFixed(1)} ms`,
      `${engine}:   of which building the page (queries, rendering): p50 ${page.builtP50.toFixed(1)} ms, p95 ${page.builtP95.toFixed(1)} ms; in the server until sent: p50 ${page.serverP50.toFixed(1)} ms, p95 ${page.serverP95.toFixed(1)} ms; ${Math.round(page.bytes / 1024)} KiB of HTML, ${Math.round(page.wireBytes / 1024)} KiB compressed`,
    );
    const rate = await postRate(base, reportId);
    lines.push(
      `${engine}: comments accepted through the reply form: ${rate.toFixed(0)} a second (one client, sequential)`,
    );
  } finally {
    await app.close();
  }
  return lines;
}

export default async function () {
  return onBothEngines(run);
}
