import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { CoderRegistry } from "@sitrep/server";
// The built files: the thread runs `dist/coder-thread-main.js`.
import { startCoderThread } from "../dist/coder-thread.js";
import { loadExtractor } from "../dist/extractor.js";

const REPORT =
  "Russian jets struck HTS positions in Abu Dali, killing 4. The Syrian army massed south of Aleppo.";

describe("the coder thread", () => {
  const dataDir = mkdtempSync(join(tmpdir(), "sitrep-coder-thread-"));
  const thread = startCoderThread(dataDir);
  const here = loadExtractor(dataDir);
  afterAll(() => thread.close());

  it("codes as the coder in this thread does", async () => {
    const context = { published: "2017-10-10", title: "Hama", url: null };
    const there = await thread.extractor(REPORT, context);
    expect(there.events.length).toBeGreaterThan(0);
    expect(there.events).toEqual((await here.extractor(REPORT, context)).events);
  });

  it("codes with the registry it is given, and with a new version of it at once", async () => {
    const text = "The Qalaat Brigade attacked Saraqib on Monday.";
    const registry = (version: string, withActor: boolean): CoderRegistry => ({
      version,
      actors: withActor
        ? [{ id: "qalaat", name: "Qalaat Brigade", aliases: [], kind: "militia", parent: null }]
        : [],
      places: [],
    });
    const actorsIn = async (r: CoderRegistry | undefined) =>
      (await thread.extractor(text, { published: "2020-02-03", registry: r })).events.map(
        (e) => e.actor1?.id,
      );
    expect(await actorsIn(registry("1", true))).toContain("qalaat");
    expect(await actorsIn(registry("2", false))).not.toContain("qalaat");
    expect(await actorsIn(undefined)).not.toContain("qalaat");
    expect(await actorsIn(registry("1", true))).toContain("qalaat");
  });

  it("answers reports sent together, each with its own events", async () => {
    const texts = ["Russian jets struck Kafr Nabl.", "The Syrian army shelled Khan Shaykhun.", REPORT];
    const answers = await Promise.all(texts.map(async (text) => thread.extractor(text, {})));
    for (const [i, text] of texts.entries())
      expect(answers[i]?.events).toEqual((await here.extractor(text, {})).events);
  });
});
