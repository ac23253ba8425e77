import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { compileModel } from "@sitrep/coder";
import { Gazetteer } from "@sitrep/gazetteer";
import type { Extracted } from "@sitrep/server";
import { openBackbone } from "../dist/backbone.js";
import { loadExtractor, registryModel, registrySeeds } from "../dist/extractor.js";
import { loadGazetteerIndexes } from "../dist/gazetteer-file.js";
import { readModelData } from "../dist/load-model.js";

const GOLD = fileURLToPath(new URL("../../coder/test/gold/", import.meta.url));

interface GoldReport {
  id: string;
  title: string | null;
  url: string | null;
  published: string | null;
  text: string;
}

/** The project's own gold reports: many outlets and wars, so many actors of the registry are met. */
const reports = readdirSync(GOLD)
  .filter((name) => name.endsWith(".json"))
  .sort()
  .map((name) => JSON.parse(readFileSync(join(GOLD, name), "utf8")) as GoldReport);

/** What tells one coded event from another, as the store holds it and as the coder answers it. */
type Signature = string;
const signature = (e: {
  type: string;
  actor1: string | null;
  actor2: string | null;
  geonameid: number | null;
  date: string | null;
  fatalities: number | null;
}): Signature => [e.type, e.actor1, e.actor2, e.geonameid, e.date, e.fatalities].join("|");

const coded = (answer: Extracted): Signature[] => {
  if (!("events" in answer)) throw new Error("the coder in this thread answers events");
  return answer.events
    .map((e) =>
      signature({
        type: e.type,
        actor1: e.actor1?.id ?? null,
        actor2: e.actor2?.id ?? null,
        geonameid: e.location?.geonameid ?? null,
        date: e.date?.start ?? null,
        fatalities: e.fatalities,
      }),
    )
    .sort();
};

describe("the server's coder", { timeout: 300_000 }, () => {
  const dataDir = mkdtempSync(join(tmpdir(), "sitrep-server-coding-"));
  const coder = loadExtractor(dataDir);
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it("codes a report as `sitrep extract` does while the registry holds the actors as seeded", async () => {
    const saved = process.env.DATABASE_URL;
    delete process.env.DATABASE_URL;
    const backbone = await openBackbone(dataDir, coder);
    if (saved !== undefined) process.env.DATABASE_URL = saved;
    try {
      const { services, store } = backbone;
      const submitted = await services.ingest.submitMany(
        reports.map((r) => ({
          text: r.text,
          title: r.title,
          url: r.url,
          published: r.published,
          origin: "import" as const,
        })),
        null,
      );
      await services.runner.drain(() => Promise.resolve(true));
      let events = 0;
      for (const [i, report] of reports.entries()) {
        const done = submitted[i];
        if (!done || !("report" in done)) throw new Error(`report ${report.id} was not taken`);
        const rows = await store.events.list({ reportId: done.report.id }, { limit: 1000 });
        const stored = rows
          .map((row) =>
            signature({
              type: row.type,
              actor1: row.actor1_id,
              actor2: row.actor2_id,
              geonameid: row.geonameid,
              date: row.date_start,
              fatalities: row.fatalities,
            }),
          )
          .sort();
        const bare = coded(
          await coder.extractor(report.text, {
            published: report.published,
            url: report.url,
            title: report.title,
          }),
        );
        expect(stored, report.id).toEqual(bare);
        events += stored.length;
      }
      expect(events).toBeGreaterThan(reports.length * 3);
    } finally {
      await backbone.close();
    }
  });

  it("keeps what the registry does not hold of an actor an analyst edits", () => {
    const data = readModelData();
    const indexes = loadGazetteerIndexes(dataDir);
    const model = compileModel(data, Gazetteer.fromIndexes(...indexes));
    expect(model.allied("vdp", "bf-mil")).toBe(true);
    const seeds = registrySeeds(data, model);
    const edited = seeds.map((actor) =>
      actor.id === "vdp" ? { ...actor, aliases: [...actor.aliases, "Koglweogo volunteers"] } : actor,
    );
    const withEdit = registryModel(
      data,
      model,
      indexes,
      { version: "1", actors: edited, places: [] },
      byId(seeds),
    );
    expect(withEdit).not.toBe(model);
    expect(withEdit.allied("vdp", "bf-mil")).toBe(true);
    expect(withEdit.actorsById.get("vdp")?.aliases).toContain("Koglweogo volunteers");
    // Nothing edited: the shipped model itself, compiled once.
    expect(
      registryModel(data, model, indexes, { version: "2", actors: seeds, places: [] }, byId(seeds)),
    ).toBe(model);
  });
});

function byId<T extends { id: string }>(list: T[]): Map<string, T> {
  return new Map(list.map((item) => [item.id, item]));
}
