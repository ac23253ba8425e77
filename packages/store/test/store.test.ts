import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabases, type CodedEvent, type NewEvent, type Store } from "@sitrep/store";

const engines = await testDatabases();

function event(reportId: number, ordinal: number, overrides: Partial<NewEvent> = {}): NewEvent {
  return {
    report_id: reportId,
    ordinal,
    type: "ASSAULT",
    mode: "aerial",
    actor1_id: "rus-mil",
    actor1_name: "Military Forces of Russia",
    actor1_text: "RuAF",
    location_name: "Abu Dali",
    lat: 35.4,
    lon: 36.9,
    date_start: "2017-10-10",
    date_end: "2017-10-10",
    date_precision: 1,
    modality: "asserted",
    evidence_text: "RuAF pounded HTS positions in Abu Dali",
    confidence: 0.8,
    rule: "test",
    extra: "{}",
    ...overrides,
  };
}

describe.each(engines)("store on $engine", ({ open }) => {
  let store: Store;
  beforeAll(async () => {
    store = await open();
  });
  afterAll(async () => {
    await store?.close();
  });

  it("seeds a registry larger than one batch whose children come before their parents", async () => {
    const children = Array.from({ length: 520 }, (_, i) => ({
      id: `seed-child-${i}`,
      name: `Child ${i}`,
      parent: `seed-parent-${i % 7}`,
    }));
    const parents = Array.from({ length: 7 }, (_, i) => ({ id: `seed-parent-${i}`, name: `Parent ${i}` }));
    expect(await store.actors.seed([...children, ...parents])).toBe(527);
    expect((await store.actors.get("seed-child-519"))?.parent).toBe("seed-parent-1");
    expect(await store.actors.seed([...children, ...parents])).toBe(0);
  });

  it("stores a report once per content hash and once per URL", async () => {
    const base = { text: "Text one", content_hash: "h1", origin: "paste" as const };
    const first = await store.reports.insertIfNew(base);
    const again = await store.reports.insertIfNew(base);
    expect(first.created).toBe(true);
    expect(again).toEqual({ report: first.report, created: false });
    const withUrl = await store.reports.insertIfNew({
      text: "Text two",
      content_hash: "h2",
      url: "https://x.test/a",
      origin: "url",
    });
    const sameUrl = await store.reports.insertIfNew({
      text: "Text three",
      content_hash: "h3",
      url: "https://x.test/a",
      origin: "url",
    });
    expect(sameUrl.created).toBe(false);
    expect(sameUrl.report.id).toBe(withUrl.report.id);
    expect(first.report.published).toBeNull();
  });

  it("stores a bulk of reports once each, duplicates inside the bulk included", async () => {
    const bulk = [
      { text: "Bulk one", content_hash: "b1", origin: "import" as const },
      { text: "Bulk two", content_hash: "b2", url: "https://x.test/b", origin: "import" as const },
      { text: "Bulk one again", content_hash: "b1", origin: "import" as const },
      { text: "Bulk three", content_hash: "b3", url: "https://x.test/b", origin: "import" as const },
      { text: "Text one", content_hash: "h1", origin: "import" as const },
    ];
    const stored = await store.reports.insertManyIfNew(bulk);
    expect(stored.map((s) => s.created)).toEqual([true, true, false, false, false]);
    expect(stored[2]!.report.id).toBe(stored[0]!.report.id);
    expect(stored[3]!.report.id).toBe(stored[1]!.report.id);
    expect(stored[4]!.report.text).toBe("Text one");
    const jobs = await store.jobs.enqueueMany([
      { kind: "bulk", key: "bulk-a", payload: { n: 1 } },
      { kind: "bulk", key: "bulk-b", payload: { n: 2 } },
    ]);
    expect(jobs.map((j) => [j.created, j.job.payload])).toEqual([
      [true, { n: 1 }],
      [true, { n: 2 }],
    ]);
    const again = await store.jobs.enqueueMany([
      { kind: "bulk", key: "bulk-b", payload: { n: 3 } },
      { kind: "bulk", key: "bulk-c", payload: { n: 4 } },
    ]);
    expect(again.map((j) => [j.created, j.job.payload])).toEqual([
      [false, { n: 2 }],
      [true, { n: 4 }],
    ]);
  });

  it("filters events by status, actor, type, dates, bbox and text", async () => {
    const { report } = await store.reports.insertIfNew({
      text: "events",
      content_hash: "ev",
      origin: "paste",
      published: "2017-10-11",
    });
    expect(report.published).toBe("2017-10-11");
    await store.events.insertMany([
      event(report.id, 0),
      event(report.id, 1, {
        type: "COERCE",
        mode: "seize",
        actor1_id: "saa",
        actor1_name: "Syrian Arab Army",
        lat: 36.2,
        lon: 37.1,
        date_start: "2017-10-12",
        evidence_text: "The army took the area",
      }),
      event(report.id, 2, { modality: "planned", lat: null, lon: null, date_start: null }),
    ]);
    const again = await store.events.insertMany([event(report.id, 0)]);
    expect(again).toHaveLength(0);
    const all = await store.events.list({ reportId: report.id }, { limit: 10 });
    expect(all.map((e) => e.ordinal)).toEqual([2, 1, 0]);
    expect(
      (await store.events.list({ reportId: report.id, actor: "saa" }, { limit: 10 })).map((e) => e.ordinal),
    ).toEqual([1]);
    expect(
      (await store.events.list({ reportId: report.id, actor: "military forces of russia" }, { limit: 10 }))
        .length,
    ).toBe(2);
    expect((await store.events.list({ reportId: report.id, type: ["COERCE"] }, { limit: 10 })).length).toBe(
      1,
    );
    expect(
      (await store.events.list({ reportId: report.id, modality: ["planned"] }, { limit: 10 })).length,
    ).toBe(1);
    expect(
      (
        await store.events.list({ reportId: report.id, from: "2017-10-11", to: "2017-10-31" }, { limit: 10 })
      ).map((e) => e.ordinal),
    ).toEqual([1]);
    expect(
      (await store.events.list({ reportId: report.id, bbox: [36, 35, 37, 36] }, { limit: 10 })).map(
        (e) => e.ordinal,
      ),
    ).toEqual([0]);
    expect(
      (await store.events.list({ reportId: report.id, text: "ARMY took" }, { limit: 10 })).map(
        (e) => e.ordinal,
      ),
    ).toEqual([1]);
    expect((await store.events.list({ reportId: report.id, text: "100%" }, { limit: 10 })).length).toBe(0);
    expect(await store.events.count({ reportId: report.id, status: ["proposed"] })).toBe(3);
    const firstPage = await store.events.list({ reportId: report.id }, { limit: 2 });
    const nextPage = await store.events.list(
      { reportId: report.id },
      { limit: 2, before: firstPage.at(-1)?.id },
    );
    expect(nextPage.map((e) => e.ordinal)).toEqual([0]);
    const seen: number[] = [];
    for await (const row of store.events.iterate({ reportId: report.id }, 2)) seen.push(row.ordinal);
    expect(seen).toEqual([0, 1, 2]);
  });

  it("stores a batch of coded events in one statement, each value as given, once per report and ordinal", async () => {
    const { report } = await store.reports.insertIfNew({
      text: "coded",
      content_hash: "coded",
      origin: "paste",
    });
    const coded = (ordinal: number, overrides: Partial<CodedEvent> = {}): CodedEvent => ({
      report_id: report.id,
      ordinal,
      type: "ASSAULT",
      mode: null,
      acled_event_type: "Battles",
      acled_sub_event_type: "Armed clash",
      cameo: "190",
      actor1_id: "saa",
      actor1_name: "Syrian Arab Army",
      actor1_text: "the army",
      actor2_id: null,
      actor2_name: null,
      actor2_text: null,
      location_name: "Saraqib",
      location_text: "Saraqib",
      geonameid: 163345,
      lat: 35.86,
      lon: 36.8,
      country: "SY",
      admin1: "Idlib",
      location_precision: 1,
      date_start: "2020-02-06",
      date_end: "2020-02-07",
      date_precision: 2,
      modality: "asserted",
      fatalities: 3,
      evidence_sentence: 0,
      evidence_start: 4,
      evidence_end: 40,
      evidence_text: 'The army\'s "advance" on Saraqib \\ continued',
      confidence: 0.75,
      rule: "trigger:clash",
      extra: JSON.stringify({ sides: ["a", "b"], note: "é" }),
      ...overrides,
    });
    const batch = [
      coded(0),
      coded(1, { type: "COERCE", lat: null, lon: null, date_start: null, extra: "{}" }),
    ];
    expect(await store.events.insertCoded(batch)).toBe(2);
    expect(await store.events.insertCoded([coded(1), coded(2)])).toBe(1);
    const stored = (await store.events.list({ reportId: report.id }, { limit: 10 })).reverse();
    expect(stored.map((e) => e.ordinal)).toEqual([0, 1, 2]);
    const { extra, ...columns } = batch[0]!;
    expect(stored[0]).toMatchObject({ ...columns, status: "proposed", extra: JSON.parse(extra) as unknown });
    expect(stored[1]).toMatchObject({ type: "COERCE", lat: null, date_start: null, extra: {} });
    expect((await store.events.list({ reportId: report.id, text: "sarao" }, { limit: 10 })).length).toBe(0);
    expect(
      (await store.events.list({ reportId: report.id, text: "saraq advance" }, { limit: 10 })).length,
    ).toBe(3);
  });

  it("finds events by the words of their evidence, actors and place, as a search splits them, after edits too", async () => {
    const { report } = await store.reports.insertIfNew({
      text: "words",
      content_hash: "words",
      origin: "paste",
    });
    const [row] = await store.events.insertMany([
      event(report.id, 0, {
        evidence_text: "Al-Qaeda's fighters shelled Öcalan Street (3.5 km away), see https://x.test/Kharkiv",
        actor2_name: "ÉTAT Islamique",
        location_name: null,
      }),
    ]);
    const found = async (text: string) =>
      (await store.events.list({ reportId: report.id, text }, { limit: 10 })).length;
    for (const text of ["qaeda", "al qaeda", "ÖCALAN", "état islam", "5 km", "kharkiv", "military forces"])
      expect(await found(text), text).toBe(1);
    expect(await found("abu dali")).toBe(0);
    await store.events.update(row!.id, { location_name: "Abu Dali", actor1_name: "Wagner" });
    expect(await found("abu dali")).toBe(1);
    expect(await found("wagner qaeda")).toBe(1);
    expect(await found("military")).toBe(0);
    await store.events.update(row!.id, { status: "confirmed" });
    expect(await found("wagner")).toBe(1);
  });

  it("rolls a failed transaction back", async () => {
    await expect(
      store.transaction(async (repos) => {
        await repos.reports.insertIfNew({ text: "rolled back", content_hash: "rb", origin: "paste" });
        throw new Error("boom");
      }),
    ).rejects.toThrow("boom");
    expect(await store.reports.findDuplicate("rb", null)).toBeUndefined();
  });

  it("claims jobs once, retries with back-off, keeps the error, and reclaims a lapsed lease", async () => {
    const { job, created } = await store.jobs.enqueue({
      kind: "test",
      key: "k1",
      payload: { a: 1 },
      maxAttempts: 2,
    });
    expect(created).toBe(true);
    expect((await store.jobs.enqueue({ kind: "test", key: "k1", payload: { a: 2 } })).created).toBe(false);
    const claimed = await store.jobs.claim("w1", 60, { kinds: ["test"] });
    expect(claimed?.id).toBe(job.id);
    expect(claimed?.payload).toEqual({ a: 1 });
    expect(await store.jobs.claim("w2", 60, { kinds: ["test"] })).toBeUndefined();
    const retried = await store.jobs.fail(job.id, "w1", { error: "first failure", backoffSeconds: 0 });
    expect(retried?.status).toBe("queued");
    expect((await store.jobs.claim("w2", 60, { kinds: ["test"] }))?.attempts).toBe(2);
    const failed = await store.jobs.fail(job.id, "w2", { error: "second failure", backoffSeconds: 0 });
    expect(failed).toMatchObject({ status: "failed", last_error: "second failure", attempts: 2 });

    const lost = await store.jobs.enqueue({ kind: "test", key: "k2", payload: {} });
    expect((await store.jobs.claim("dead", 0, { kinds: ["test"] }))?.id).toBe(lost.job.id);
    await new Promise((resolve) => setTimeout(resolve, 20));
    const reclaimed = await store.jobs.claim("alive", 0, { id: lost.job.id });
    expect(reclaimed?.id).toBe(lost.job.id);
    await store.jobs.complete(lost.job.id, "alive", { ok: true });
    expect(await store.jobs.statusCounts([job.id, lost.job.id])).toEqual({
      queued: 0,
      running: 0,
      done: 1,
      failed: 1,
    });
  });

  it("tells listeners when jobs are queued, once committed", async () => {
    let told = 0;
    const stop = await store.jobs.onQueued(() => told++);
    try {
      await store.transaction(async (repos) => {
        await repos.jobs.enqueue({ kind: "test-notify", payload: {} });
        await new Promise((resolve) => setTimeout(resolve, 100));
        expect(told).toBe(0);
      });
      const deadline = Date.now() + 10_000;
      while (told === 0 && Date.now() < deadline) {
        await store.maintenance.ping();
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      expect(told).toBeGreaterThan(0);
    } finally {
      await stop();
    }
  });

  it("renews a running job's lease, and queues a failed keyed job again only when asked", async () => {
    const { job } = await store.jobs.enqueue({ kind: "lease", key: "lease-1", payload: {} });
    await store.jobs.claim("w1", 60, { id: job.id });
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(await store.jobs.heartbeat(job.id, "w1")).toBe(true);
    expect(await store.jobs.heartbeat(job.id, "w2")).toBe(false);
    // The renewed lease (1 s) has not lapsed, so nobody else takes the job.
    expect(await store.jobs.claim("w2", 1, { id: job.id })).toBeUndefined();
    await store.jobs.fail(job.id, "w1", { error: "gone", backoffSeconds: 0, permanent: true });
    expect(await store.jobs.heartbeat(job.id, "w1")).toBe(false);
    const plain = await store.jobs.enqueue({ kind: "lease", key: "lease-1", payload: {} });
    expect(plain).toMatchObject({ created: false, job: { status: "failed", last_error: "gone" } });
    const retried = await store.jobs.enqueue({
      kind: "lease",
      key: "lease-1",
      payload: {},
      retryFailed: true,
    });
    expect(retried).toMatchObject({ created: false, job: { id: job.id, status: "queued", attempts: 0 } });
    expect(retried.job.last_error).toBeNull();
    const claimed = await store.jobs.claim("w3", 60, { id: job.id });
    await store.jobs.complete(job.id, "w3", { ok: 1 });
    expect(await store.jobs.get(job.id)).toMatchObject({ status: "done", locked_by: "w3", attempts: 1 });
    expect(claimed?.attempts).toBe(1);
    // A done job is not run again by asking for it again.
    expect(
      (await store.jobs.enqueue({ kind: "lease", key: "lease-1", payload: {}, retryFailed: true })).job
        .status,
    ).toBe("done");
  });

  it("books request slots per host, one interval apart, whoever asks", async () => {
    const first = await store.feeds.reserveHostSlot("slots.example", 0.5);
    const second = await store.feeds.reserveHostSlot("slots.example", 0.5);
    const third = await store.feeds.reserveHostSlot("slots.example", 0.5);
    const other = await store.feeds.reserveHostSlot("other.example", 0.5);
    expect(first).toBe(0);
    expect(second).toBeGreaterThan(0.4);
    expect(second).toBeLessThanOrEqual(0.5);
    expect(third).toBeGreaterThan(0.9);
    expect(other).toBe(0);
  });

  it("keeps users, sessions and tokens", async () => {
    const user = await store.users.create({ name: "ana", role: "analyst", passwordHash: "x" });
    expect(user?.role).toBe("analyst");
    expect(await store.users.create({ name: "ana", role: "admin", passwordHash: "y" })).toBeUndefined();
    await store.sessions.create({
      idHash: "s1",
      userId: user!.id,
      csrfToken: "c",
      expiresAt: new Date(Date.now() + 60_000),
    });
    expect(await store.sessions.find("s1")).toEqual({
      userId: user!.id,
      name: "ana",
      role: "analyst",
      csrfToken: "c",
    });
    await store.sessions.create({
      idHash: "s2",
      userId: user!.id,
      csrfToken: "c",
      expiresAt: new Date(Date.now() - 1),
    });
    expect(await store.sessions.find("s2")).toBeUndefined();
    await store.tokens.create({ userId: user!.id, name: "script", tokenHash: "t1" });
    expect(await store.tokens.use("t1")).toEqual({ userId: user!.id, name: "ana", role: "analyst" });
    expect(await store.tokens.use("nope")).toBeUndefined();
    await store.audit.record({
      userId: user!.id,
      userName: "ana",
      action: "confirm",
      entity: "event",
      entityId: 1,
      before: { status: "proposed" },
      after: { status: "confirmed" },
    });
    expect((await store.audit.listFor("event", 1))[0]).toMatchObject({
      user_name: "ana",
      before: { status: "proposed" },
    });
    expect(await store.users.remove("ana")).toBe(true);
    expect(await store.sessions.find("s1")).toBeUndefined();
  });
});
