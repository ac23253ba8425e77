import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createServices,
  loadConfig,
  type JobRunner,
  type ExtractContext,
  type ExtractedEvent,
  type Extractor,
} from "@sitrep/server";
import { engines, fakeExtractor, startApp, type TestApp } from "./helpers.js";

const STRUCK =
  "Russian jets struck HTS positions in Abu Dali, killing 4. The Syrian army massed south of Aleppo.";

function upload(
  filename: string,
  content: Buffer | string,
  type: string,
  extra: Record<string, string>,
): { payload: Buffer; headers: Record<string, string> } {
  const boundary = "----sitrep-test";
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: ${type}\r\n\r\n`;
  const payload = Buffer.concat([
    Buffer.from(head),
    Buffer.from(content),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, headers: { ...extra, "content-type": `multipart/form-data; boundary=${boundary}` } };
}

describe.each(engines)("ingest on $engine", (engine) => {
  const withAuth = (filename: string, content: Buffer | string, type = "text/plain") =>
    upload(filename, content, type, auth);
  let t: TestApp;
  let auth: Record<string, string>;
  beforeAll(async () => {
    t = await startApp(engine, { maxReportBytes: 20_000 });
    auth = { authorization: `Bearer ${await t.tokenFor("analyst")}` };
  });
  afterAll(async () => t?.close());

  const drain = () =>
    t.app.services.runner.drain(async () => (await t.store.jobs.statusCounts()).queued === 0);

  /** Imports the texts and lets `runner` work until their coding jobs are done or failed; their job ids. */
  const importAndDrain = async (runner: JobRunner, texts: readonly string[]): Promise<number[]> => {
    const submitted = await t.app.services.ingest.submitMany(
      texts.map((text) => ({ text, origin: "import" as const })),
      null,
    );
    const ids = submitted.map((done) => (done instanceof Error ? -1 : done.job.id));
    await runner.drain(async () => {
      const counts = await t.store.jobs.statusCounts(ids);
      return counts.queued + counts.running === 0;
    });
    return ids;
  };

  it("stores pasted text once and codes it once", async () => {
    const first = await t.app.inject({
      method: "POST",
      url: "/api/reports",
      headers: auth,
      payload: { text: STRUCK, published: "2017-10-10", title: "Hama" },
    });
    expect(first.statusCode).toBe(201);
    const { report, job } = first.json<{ report: { id: number }; job: { kind: string } }>();
    expect(job.kind).toBe("code-report");
    const respaced = await t.app.inject({
      method: "POST",
      url: "/api/reports",
      headers: auth,
      payload: { text: `  ${STRUCK.replace(/ /g, "\n  ")}  ` },
    });
    expect(respaced.statusCode).toBe(200);
    expect(respaced.json<{ report: { id: number }; created: boolean }>()).toMatchObject({
      report: { id: report.id },
      created: false,
    });
    await drain();
    const events = await t.store.events.list({ reportId: report.id }, { limit: 10 });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ fatalities: 4, date_start: "2017-10-10", extra: { wounded: null } });
    // Coding again changes nothing.
    await t.store.jobs.enqueue({ kind: "code-report", payload: { reportId: report.id } });
    await drain();
    expect(await t.store.events.count({ reportId: report.id })).toBe(1);
    expect((await t.store.audit.listFor("report", report.id))[0]?.action).toBe("ingest");
  });

  it("refuses bad text with an error naming the problem", async () => {
    const before = { reports: await t.store.reports.count(), jobs: await t.store.jobs.statusCounts() };
    const empty = await t.app.inject({
      method: "POST",
      url: "/api/reports",
      headers: auth,
      payload: { text: "   " },
    });
    expect(empty.json<{ error: { id: string } }>().error.id).toBe("invalid_request");
    const big = await t.app.inject({
      method: "POST",
      url: "/api/reports",
      headers: auth,
      payload: { text: "x".repeat(30_000) },
    });
    expect(big.statusCode).toBe(413);
    expect(big.json<{ error: { id: string; message: string } }>().error).toMatchObject({
      id: "too_large",
      message: expect.stringMatching(/limit/),
    });
    const binary = await t.app.inject({
      method: "POST",
      url: "/api/reports",
      headers: auth,
      payload: { text: "abc\u0000def" },
    });
    expect(binary.json<{ error: { id: string } }>().error.id).toBe("not_text");
    const badDate = await t.app.inject({
      method: "POST",
      url: "/api/reports",
      headers: auth,
      payload: { text: "ok text", published: "10/10/2017" },
    });
    expect(badDate.statusCode).toBe(400);
    const notJson = await t.app.inject({
      method: "POST",
      url: "/api/reports",
      headers: { ...auth, "content-type": "application/json" },
      payload: "{nope",
    });
    expect(notJson.json<{ error: { id: string } }>().error.id).toBe("invalid_request");
    const anonymous = await t.app.inject({ method: "POST", url: "/api/reports", payload: { text: "hello" } });
    expect(anonymous.statusCode).toBe(401);
    // Nothing was stored or queued by any of them.
    expect({ reports: await t.store.reports.count(), jobs: await t.store.jobs.statusCounts() }).toEqual(
      before,
    );
  });

  it("takes .txt, .md and .html uploads and refuses other files", async () => {
    const txt = await t.app.inject({
      method: "POST",
      url: "/api/reports/upload",
      ...withAuth("hama.txt", "Fighting near Hama went on for a week."),
    });
    expect(txt.statusCode).toBe(201);
    const md = await t.app.inject({
      method: "POST",
      url: "/api/reports/upload",
      ...withAuth("idlib.md", "# Idlib\n\n**HTS** took [Abu Dali](http://x) on Monday."),
    });
    expect(md.statusCode).toBe(201);
    const mdReport = await t.store.reports.get(md.json<{ report: { id: number } }>().report.id);
    expect(mdReport?.text).toBe("Idlib\n\nHTS took Abu Dali on Monday.");
    const html = await t.app.inject({
      method: "POST",
      url: "/api/reports/upload",
      ...withAuth(
        "page.html",
        "<html><head><title>Aleppo</title></head><body><article><p>Shelling hit eastern Aleppo overnight, residents said, and again at dawn.</p></article></body></html>",
        "text/html",
      ),
    });
    expect(html.statusCode).toBe(201);
    const pdf = await t.app.inject({
      method: "POST",
      url: "/api/reports/upload",
      ...withAuth("report.pdf", "%PDF-1.4", "application/pdf"),
    });
    expect(pdf.statusCode).toBe(415);
    expect(pdf.json<{ error: { id: string; message: string } }>().error).toMatchObject({
      id: "not_text",
      message: expect.stringContaining("report.pdf"),
    });
    const latin1 = await t.app.inject({
      method: "POST",
      url: "/api/reports/upload",
      ...withAuth("old.txt", Buffer.from([0x48, 0xe9, 0x6c, 0x6c, 0x6f, 0xff])),
    });
    expect(latin1.json<{ error: { message: string } }>().error.message).toMatch(/not UTF-8/);
    const big = await t.app.inject({
      method: "POST",
      url: "/api/reports/upload",
      ...withAuth("big.txt", "y".repeat(25_000)),
    });
    expect(big.statusCode).toBe(413);
    const noFile = await t.app.inject({
      method: "POST",
      url: "/api/reports/upload",
      headers: auth,
      payload: { text: "x" },
    });
    expect(noFile.statusCode).toBe(400);
  });

  it("retries a failing coder with back-off, then keeps the error", async () => {
    const failing = await startApp(engine, { jobMaxAttempts: 2 }, () => {
      throw new Error("coder exploded");
    });
    try {
      const { job } = await failing.app.services.ingest.submit(
        { text: "Any report text at all.", origin: "paste" },
        null,
      );
      await failing.app.services.runner.drain(
        async () => (await failing.store.jobs.statusCounts([job.id])).failed === 1,
      );
      expect(await failing.store.jobs.get(job.id)).toMatchObject({
        status: "failed",
        attempts: 2,
        last_error: "coder exploded",
      });
      expect(await failing.store.reports.count()).toBe(1);
      // The submitter sees that it failed, not the coder's own message (kept for administrators).
      const token = await failing.tokenFor("analyst");
      const shown = await failing.app.inject({
        url: `/api/jobs/${job.id}`,
        headers: { authorization: `Bearer ${token}` },
      });
      expect(shown.json()).toMatchObject({ status: "failed", attempts: 2, result: null });
      expect(shown.body).not.toContain("exploded");
      // Submitting the same report again retries its coding.
      const again = await failing.app.services.ingest.submit(
        { text: "Any report text at all.", origin: "paste" },
        null,
      );
      expect(again).toMatchObject({ created: false, job: { id: job.id, status: "queued", attempts: 0 } });
    } finally {
      await failing.close();
    }
  });

  it("wakes an idle worker as soon as a report is queued, by whoever queues it", async () => {
    // A second set of services over the same database stands for a worker elsewhere: it hears of the job
    // from the database (NOTIFY), not from the submitter, and well before its minute-long poll.
    const worker = createServices({
      store: t.store,
      extractor: fakeExtractor,
      config: loadConfig({}),
      runner: { pollIntervalMs: 60_000 },
    }).runner;
    worker.start();
    try {
      await new Promise((resolve) => setTimeout(resolve, 200));
      const { job } = await t.app.services.ingest.submit(
        { text: "Russian jets struck Khan Shaykhun.", origin: "paste" },
        null,
      );
      const deadline = Date.now() + 20_000;
      while ((await t.store.jobs.get(job.id))?.status !== "done" && Date.now() < deadline)
        await new Promise((resolve) => setTimeout(resolve, 20));
      expect(await t.store.jobs.get(job.id)).toMatchObject({ status: "done", locked_by: worker.workerId });
    } finally {
      await worker.stop();
    }
  });

  it("codes one batch at a time while the other batches in hand are stored", async () => {
    // An extractor that lets I/O through in the middle of each report, as the real one does between
    // reports: with two batches in hand, their reports must still be coded one batch after the other.
    let coding = 0;
    let overlaps = 0;
    const order: string[] = [];
    const runner = createServices({
      store: t.store,
      extractor: async (text, context) => {
        if (++coding > 1) overlaps++;
        order.push(text);
        await new Promise((resolve) => setImmediate(resolve));
        coding--;
        return fakeExtractor(text, context);
      },
      config: loadConfig({}),
      runner: { concurrency: 2, batchSize: 4 },
    }).runner;
    const ids = await importAndDrain(
      runner,
      Array.from({ length: 16 }, (_, i) => `Jets struck Binnish, report ${i}.`),
    );
    expect(await t.store.jobs.statusCounts(ids)).toMatchObject({ done: 16, failed: 0 });
    expect(overlaps).toBe(0);
    expect(order).toHaveLength(16);
  });

  it("hands a coder in a thread of its own a whole batch at once, and fails only the report it could not code", async () => {
    // A coder that queues (as the coder thread does) answers in order, later; the batch must not wait
    // for one answer before handing over the next report.
    const queued: { text: string; answer: () => void }[] = [];
    let mostWaiting = 0;
    const extractor: Extractor = Object.assign(
      (text: string, context: ExtractContext) =>
        new Promise<{ events: ExtractedEvent[] }>((resolve, reject) => {
          queued.push({
            text,
            answer: () =>
              text.includes("garbled")
                ? reject(new Error("coder failed"))
                : resolve(fakeExtractor(text, context)),
          });
          mostWaiting = Math.max(mostWaiting, queued.length);
          // The thread answers the reports one after the other, in the order it got them.
          setTimeout(() => queued.shift()?.answer(), 5);
        }),
      { queues: true },
    );
    const runner = createServices({
      store: t.store,
      extractor,
      config: loadConfig({ jobBackoffSeconds: 0 }),
      runner: { concurrency: 2, batchSize: 8 },
    }).runner;
    const texts = Array.from({ length: 12 }, (_, i) =>
      i === 5 ? "A garbled report the coder chokes on." : `Jets struck Maarat al-Numan, bulletin ${i}.`,
    );
    const ids = await importAndDrain(runner, texts);
    expect(mostWaiting).toBeGreaterThan(1);
    const jobs = await Promise.all(ids.map((id) => t.store.jobs.get(id)));
    expect(jobs.filter((job) => job?.status === "done")).toHaveLength(11);
    expect(jobs[5]).toMatchObject({
      status: "failed",
      last_error: expect.stringContaining("coder failed"),
    });
    expect(await t.store.events.count({ text: "Maarat" })).toBe(11);
  });

  // (On a server its autovacuum keeps the statistics: the runner analyses on PGlite only.)
  if (engine.engine === "pglite")
    it("refreshes PGlite's statistics while a coder thread codes the next batch, and at once with a coder in the runner's thread", async () => {
      const order: string[] = [];
      const store = {
        ...t.store,
        maintenance: {
          ...t.store.maintenance,
          analyze: async () => {
            order.push("analyze");
            return t.store.maintenance.analyze();
          },
        },
      } as typeof t.store;
      // The reports of this test only (other tests' leftover jobs, if any, are coded unrecorded).
      const coder = (text: string, context: ExtractContext) => {
        const number = /(?:threaded|inline) bulletin (\d+)/.exec(text)?.[1];
        if (number) order.push(`code ${number}`);
        return fakeExtractor(text, context);
      };
      const run = async (extractor: Extractor, tag: string) => {
        order.length = 0;
        const runner = createServices({
          store,
          extractor,
          config: loadConfig({}),
          runner: { concurrency: 1, batchSize: 4, analyzeEveryJobs: 4 },
        }).runner;
        const ids = await importAndDrain(
          runner,
          Array.from({ length: 8 }, (_, i) => `Jets struck Saraqib, ${tag} bulletin ${i}.`),
        );
        expect(await t.store.jobs.statusCounts(ids)).toMatchObject({ done: 8 });
        return [...order];
      };
      const codes = Array.from({ length: 8 }, (_, i) => `code ${i}`);
      // Due after the first batch of four; a thread's next batch is handed over before the database
      // analyses, so the thread codes it meanwhile.
      expect(await run(Object.assign(coder, { queues: true }), "threaded")).toEqual([...codes, "analyze"]);
      // A coder in the runner's own thread cannot code while the database works: it analyses between
      // the batches (and again after the second only if a fifth of the reports stored is at most four).
      const inline = await run((text, context) => coder(text, context), "inline");
      expect(inline.slice(0, 9)).toEqual([...codes.slice(0, 4), "analyze", ...codes.slice(4)]);
    });

  it("runs a killed worker's job again", async () => {
    const { job } = await t.app.services.ingest.submit(
      { text: "Russian jets struck Kafr Nabl.", origin: "paste" },
      null,
    );
    const claimed = await t.store.jobs.claim("killed-worker", 0, { id: job.id });
    expect(claimed?.status).toBe("running");
    await new Promise((resolve) => setTimeout(resolve, 10));
    // The lease (0 s here) has lapsed: another worker takes the job over.
    const lapsed = await t.store.jobs.claim("other-worker", 0, { id: job.id });
    expect(lapsed?.attempts).toBe(2);
    await t.store.jobs.fail(job.id, "other-worker", { error: "simulated", backoffSeconds: 0 });
    await drain();
    expect(await t.store.jobs.get(job.id)).toMatchObject({ status: "done" });
    expect(await t.store.events.count({ text: "Kafr Nabl" })).toBe(1);
  });
});
