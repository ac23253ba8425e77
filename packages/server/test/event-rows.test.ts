import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Store } from "@sitrep/store";
import type { ExtractedEvent } from "@sitrep/server";
import { copyLines, encodeEvents } from "../src/services/event-columns.js";
import { engines, fakeExtractor } from "./helpers.js";

/** Events with what COPY text escapes (tabs, line breaks, backslashes), nulls, other scripts and extras. */
function events(): ExtractedEvent[] {
  const [struck] = (
    fakeExtractor("Russian jets struck Abu Dali, killing 4.", { published: "2017-10-10" }) as {
      events: ExtractedEvent[];
    }
  ).events;
  return [
    struck!,
    {
      ...struck!,
      type: "COERCE",
      mode: null,
      acled: null,
      actor2: null,
      location: { ...struck!.location!, name: "Ḩamāh", geonameid: null, country: null, precision: 2 },
      date: null,
      fatalities: null,
      evidence: { sentence: 1, start: 5, end: 60, text: 'The army\'s\t"advance"\non Ḩamāh \\ continued\r' },
      confidence: 0.123456789,
      wounded: 3,
      sides: ["a", "b\tc"],
    } as ExtractedEvent,
  ];
}

describe.each(engines)("coded events on $engine", ({ open }) => {
  let store: Store;
  beforeAll(async () => {
    store = await open();
  });
  afterAll(async () => {
    await store?.close();
  });

  it("stores the same rows by COPY text as by JSON, found by the same words", async () => {
    const [json, copied] = await Promise.all(
      ["json", "copy"].map(
        async (name) =>
          (await store.reports.insertIfNew({ text: name, content_hash: name, origin: "paste" })).report.id,
      ),
    );
    expect(await store.events.insertEncoded([{ reportId: json!, rows: encodeEvents(events()) }])).toBe(2);
    expect(await store.events.insertCopied([copyLines(copied!, events())])).toBe(2);
    const rows = async (reportId: number, text?: string) =>
      (await store.events.list({ reportId, text }, { limit: 10 }))
        .reverse()
        .map(({ id: _id, report_id: _report, created_at: _created, updated_at: _updated, ...row }) => row);
    expect(await rows(copied!)).toEqual(await rows(json!));
    expect((await rows(copied!))[1]).toMatchObject({
      evidence_text: events()[1]!.evidence.text,
      extra: { wounded: 3, sides: ["a", "b\tc"] },
      location_name: "Ḩamāh",
      mode: null,
    });
    for (const words of ["ḩamāh advance", "continued russia", "jets abu"])
      expect(await rows(copied!, words), words).toEqual(await rows(json!, words));
    expect((await rows(copied!, "ḩamāh advance")).length).toBe(1);
  });

  it("refuses a second copy of a report's events, in the transaction that stores it", async () => {
    const { report } = await store.reports.insertIfNew({
      text: "twice",
      content_hash: "twice",
      origin: "paste",
    });
    await store.events.insertCopied([copyLines(report.id, events())]);
    await expect(
      store.transaction(async (repos) => {
        await repos.reports.markCodedMany([report.id]);
        await repos.events.insertCopied([copyLines(report.id, events())]);
      }),
    ).rejects.toThrow(/duplicate key/);
    expect((await store.reports.get(report.id))?.coded_at).toBeNull();
    expect(await store.events.count({ reportId: report.id })).toBe(2);
  });
});

describe("the search words of a report's events", () => {
  it("are each event's own, though the events share sentences and names", () => {
    const [a, b] = events();
    const shared: ExtractedEvent = { ...b!, evidence: a!.evidence, actor1: a!.actor1 };
    const lastField = (line: string) => line.split("\t").at(-1);
    const lines = copyLines(7, [a!, shared, b!]).toString().trimEnd().split("\n");
    const alone = (event: ExtractedEvent) => lastField(copyLines(7, [event]).toString().trimEnd());
    expect(lines.map(lastField)).toEqual([alone(a!), alone(shared), alone(b!)]);
    const rows = JSON.parse(encodeEvents([a!, shared, b!])) as { search: string }[];
    expect(rows.map((row) => row.search)).toEqual(lines.map(lastField));
  });
});
