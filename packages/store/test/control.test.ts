import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabases, type NewEvent, type Store } from "@sitrep/store";

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
