import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createStore, openDatabase, testDatabases, type NewEvent, type Store } from "@sitrep/store";

const engines = await testDatabases();

function event(reportId: number, ordinal: number, overrides: Partial<NewEvent> = {}): NewEvent {
  return {
    report_id: reportId,
    ordinal,
    type: "COERCE",
    mode: "seize",
    actor1_id: "sy-mil",
    actor1_name: "Military Forces of Syria",
    location_name: "Saraqib",
    geonameid: 164816,
    lat: 35.86,
    lon: 36.8,
    country: "SY",
    location_precision: 1,
    date_start: "2018-02-10",
    modality: "asserted",
    confidence: 0.9,
    rule: "coerce/seize:take",
    extra: "{}",
    ...overrides,
  };
}

describe.each(engines)("control repository on $engine", ({ open }) => {
  let store: Store;
  let reportId: number;
  beforeAll(async () => {
    store = await open();
    const { report } = await store.reports.insertIfNew({
      text: "t",
      content_hash: "control",
      origin: "paste",
    });
    reportId = report.id;
  });
  afterAll(async () => {
    await store?.close();
  });

  it("keeps hand edits in order, with a null actor for nobody, and refuses half an actor", async () => {
    const first = await store.control.insertEdit({
      settlement_key: "g164816",
      name: "Saraqib",
      geonameid: 164816,
      lat: 35.86,
      lon: 36.8,
      country: "SY",
      date: "2018-02-11",
      actor_id: "hts",
      actor_name: "Hayat Tahrir al-Sham",
      note: "local sources",
      created_by: null,
      created_by_name: "ana",
    });
    const second = await store.control.insertEdit({
      settlement_key: "g164816",
      name: "Saraqib",
      geonameid: 164816,
      lat: 35.86,
      lon: 36.8,
      country: "SY",
      date: "2018-03-01",
      actor_id: null,
      actor_name: null,
      note: null,
      created_by: null,
      created_by_name: null,
    });
    expect(first.date).toBe("2018-02-11");
    expect((await store.control.editsAfter(0)).map((e) => e.id)).toEqual([first.id, second.id]);
    expect((await store.control.editsAfter(first.id)).map((e) => e.actor_id)).toEqual([null]);
    expect(await store.control.getEdit(first.id)).toMatchObject({
      actor_name: "Hayat Tahrir al-Sham",
      created_by_name: "ana",
    });
    await expect(
      store.control.insertEdit({
        settlement_key: "k",
        name: "X",
        lat: 0,
        lon: 0,
        date: "2018-01-01",
        actor_id: "hts",
        actor_name: null,
      }),
    ).rejects.toThrow();
  });

  it("removes an edit once, keeps its row, and lists edits newest first with or without removed ones", async () => {
    const before = await store.control.now();
    const [newest] = await store.control.listEdits({ removed: false, limit: 1 });
    const removed = await store.control.removeEdit(newest!.id, { userId: null, name: "ana" });
    expect(removed).toMatchObject({ id: newest!.id, removed_by_name: "ana" });
    expect(removed!.removed_at).toBeInstanceOf(Date);
    expect(await store.control.removeEdit(newest!.id, { userId: null, name: "bo" })).toBeUndefined();
    expect(await store.control.removeEdit(999_999, { userId: null, name: "bo" })).toBeUndefined();
    const active = await store.control.listEdits({ settlement: "g164816", removed: false, limit: 10 });
    const all = await store.control.listEdits({ settlement: "g164816", removed: true, limit: 10 });
    expect(all.map((e) => e.id)).toEqual([newest!.id, ...active.map((e) => e.id)]);
    expect(await store.control.editsRemovedSince(new Date(before.getTime() - 1000))).toEqual([newest!.id]);
    expect((await store.control.editsAfter(0)).map((e) => e.id)).toContain(newest!.id);
  });

  it("reads only events that can move control, by status, and the events changed since a time", async () => {
    const before = await store.control.now();
    const rows = await store.events.insertMany([
      event(reportId, 0),
      event(reportId, 1, { type: "ASSAULT", mode: "firearms" }),
      event(reportId, 2, { type: "RETREAT", mode: "withdraw", status: "rejected" }),
    ]);
    const batches = [];
    for await (const batch of store.control.eventBatches(["confirmed", "proposed"], 1))
      batches.push(...batch);
    expect(batches.map((r) => r.type)).toEqual(["COERCE"]);
    const changed = await store.control.eventsChangedSince(new Date(before.getTime() - 1000), 100);
    expect(changed.map((r) => r.id).sort()).toEqual(rows.map((r) => r.id).sort());
    expect(changed[0]).toMatchObject({
      date_start: "2018-02-10",
      location_precision: 1,
      evidence_text: null,
    });
    expect(await store.control.events([rows[1]!.id])).toHaveLength(1);
    expect(await store.control.events([])).toEqual([]);
  });
});

describe("the state forces' parents (migration 2026-12-03-0211)", () => {
  it("puts a state's military and police under its government where no parent was set, and nothing else", async () => {
    const { up } = await import("../src/migrations/2026-12-03-0211-state-forces-parents.js");
    const db = await openDatabase({ dataDir: "memory://" });
    const store = createStore(db);
    try {
      // As an older database was seeded: state actors without parents, and an analyst's own choice.
      for (const actor of [
        { id: "sy-gov", name: "Government of Syria" },
        { id: "sy-mil", name: "Military Forces of Syria" },
        { id: "sy-pol", name: "Police Forces of Syria" },
        { id: "iq-mil", name: "Military Forces of Iraq", parent: "sy-gov" },
        { id: "xk-mil", name: "Military Forces of Nowhere" },
        { id: "peshmerga", name: "Peshmerga" },
      ])
        await store.actors.upsert(actor);
      await up(db.kysely);
      const parents = Object.fromEntries((await store.actors.list()).map((a) => [a.id, a.parent]));
      expect(parents).toEqual({
        "sy-gov": null,
        "sy-mil": "sy-gov",
        "sy-pol": "sy-gov",
        "iq-mil": "sy-gov",
        "xk-mil": null,
        peshmerga: null,
      });
    } finally {
      await store.close();
    }
  });
});
