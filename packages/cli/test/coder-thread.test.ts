import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { copyLines, encodeEvents, type CoderRegistry, type Extracted } from "@sitrep/server";
// The built files: the thread runs `dist/coder-thread-main.js`.
import { startCoderThread } from "../dist/coder-thread.js";
import { loadExtractor } from "../dist/extractor.js";

/** The rows a coder's answer stores, as the thread encodes them (its answer holds their UTF-8 bytes). */
const rowsOf = (coded: Extracted) => {
  if ("events" in coded) return encodeEvents(coded.events);
  if ("copy" in coded) throw new Error("COPY lines where JSON rows were asked for");
  return Buffer.from(coded.rows).toString();
};
/** The events of a coder's answer, decoded from the rows the thread sends. */
const eventsOf = (coded: Extracted) => JSON.parse(rowsOf(coded)) as { actor1_id: string | null }[];

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
    expect(eventsOf(there).length).toBeGreaterThan(0);
    expect(there).toMatchObject({ count: eventsOf(there).length });
    expect(rowsOf(there)).toEqual(rowsOf(await here.extractor(REPORT, context)));
  });

  it("writes COPY lines for the report named (copyFor), as a server's store takes them", async () => {
    const context = { published: "2017-10-10", title: "Hama", url: null };
    const there = await thread.extractor(REPORT, { ...context, copyFor: 4711 });
    const local = await here.extractor(REPORT, context);
    if (!("copy" in there) || !("events" in local)) throw new Error("expected COPY lines and events");
    expect(there.count).toBe(local.events.length);
    expect(Buffer.from(there.copy).toString()).toBe(copyLines(4711, local.events).toString());
    expect(Buffer.from(there.copy).toString().split("\n")[0]).toMatch(/^4711\t0\t/);
    // The next request without it gets JSON rows again.
    expect(rowsOf(await thread.extractor(REPORT, context))).toEqual(rowsOf(local));
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
      eventsOf(await thread.extractor(text, { published: "2020-02-03", registry: r })).map(
        (e) => e.actor1_id,
      );
    expect(await actorsIn(registry("1", true))).toContain("qalaat");
    expect(await actorsIn(registry("2", false))).not.toContain("qalaat");
    expect(await actorsIn(undefined)).not.toContain("qalaat");
    expect(await actorsIn(registry("1", true))).toContain("qalaat");
  });

  it("starts again after it stopped, with the registry sent again", async () => {
    const again = startCoderThread(dataDir);
    const registry: CoderRegistry = {
      version: "r1",
      actors: [{ id: "qalaat", name: "Qalaat Brigade", aliases: [], kind: "militia", parent: null }],
      places: [],
    };
    const text = "The Qalaat Brigade attacked Saraqib on Monday.";
    const actors = async () =>
      eventsOf(await again.extractor(text, { published: "2020-02-03", registry })).map((e) => e.actor1_id);
    expect(await actors()).toContain("qalaat");
    await again.close();
    expect(await actors()).toContain("qalaat");
    await again.close();
  });

  it("answers reports sent together, each with its own events", async () => {
    const texts = ["Russian jets struck Kafr Nabl.", "The Syrian army shelled Khan Shaykhun.", REPORT];
    const answers = await Promise.all(texts.map(async (text) => thread.extractor(text, {})));
    for (const [i, text] of texts.entries())
      expect(rowsOf(answers[i]!)).toEqual(rowsOf(await here.extractor(text, {})));
  });
});
