// What the web app calls beyond the backbone: map points, sorted and counted lists, several actors,
// reasons and field changes in the history, and the registries, whose edits reach the coder at once.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FastifyInstance } from "fastify";
import type { Store } from "@sitrep/store";
import { buildApp, loadConfig, type CoderRegistry, type Extractor, type PlaceLookup } from "@sitrep/server";
import { engines, fakeExtractor } from "./helpers.js";
import { secretHash } from "../src/auth/secrets.js";

/** The fake coder, which also records the registry it was handed and codes "Foo Brigade" by alias. */
function recordingExtractor(seen: (CoderRegistry | undefined)[]): Extractor {
  return async (text, context) => {
    seen.push(context.registry);
    const { events } = await fakeExtractor(text, context);
    const brigade = context.registry?.actors.find((a) => a.aliases.some((alias) => text.includes(alias)));
    return {
      events: events.map((event, i) => ({
        ...event,
        confidence: [0.5, 0.9, 0.7][i % 3]!,
        ...(brigade ? { actor1: { id: brigade.id, name: brigade.name, text: brigade.aliases[0]! } } : {}),
      })),
    };
  };
}

const lookup: PlaceLookup = (name, limit) =>
  name.toLowerCase() === "hama"
    ? [
        {
          geonameid: 170017,
          name: "Ḩamāh",
          lat: 35.13,
          lon: 36.75,
          country: "SY",
          admin1: "Hama",
          feature: "P.PPLA",
          population: 460602,
        },
      ].slice(0, limit)
    : [];

describe.each(engines)("the web app's API on $engine", (engine) => {
  let app: FastifyInstance;
  let store: Store;
  let auth: Record<string, string>;
  let ids: number[];
  const seen: (CoderRegistry | undefined)[] = [];

  const drain = () => app.services.runner.drain(async () => (await store.jobs.statusCounts()).queued === 0);

  beforeAll(async () => {
    store = await engine.open();
    app = await buildApp({
      store,
      extractor: recordingExtractor(seen),
      config: loadConfig({ jobBackoffSeconds: 0, hostIntervalSeconds: 0 }),
      places: lookup,
    });
    const user = await store.users.create({ name: "rania", role: "analyst", passwordHash: "unused" });
    await store.tokens.create({ userId: user!.id, name: "test", tokenHash: secretHash("webapp-token") });
    auth = { authorization: "Bearer webapp-token" };
    await app.services.ingest.submit(
      {
        text: "Jets struck Abu Dali. Jets struck Abu Dali again. Then jets struck Hama, killing 3.",
        published: "2017-10-10",
        origin: "paste",
      },
      null,
    );
    await drain();
    ids = (await store.events.list({}, { limit: 10 })).map((e) => e.id).reverse();
    expect(ids).toHaveLength(3);
  });
  afterAll(async () => {
    await app?.close();
    await store?.close();
  });

  const get = (url: string) => app.inject({ url, headers: auth });
  const send = (method: "POST" | "PATCH", url: string, payload: object) =>
    app.inject({ method, url, headers: auth, payload });

  it("serves every located event as compact rows for the map, confirmed only to anonymous readers", async () => {
    const body = (await get("/api/events/points?status=any")).json<{
      columns: string[];
      rows: unknown[][];
    }>();
    expect(body.columns).toEqual([
      "id",
      "lon",
      "lat",
      "type",
      "actor1",
      "actor2",
      "date",
      "status",
      "modality",
    ]);
    expect(body.rows).toEqual(
      ids.map((id) => [id, 36.9, 35.4, "ASSAULT", "rus-mil", "hts", "2017-10-10", "proposed", "asserted"]),
    );
    expect((await app.inject({ url: "/api/events/points" })).json()).toMatchObject({ rows: [] });
    const first = await get("/api/events/points?status=any");
    const etag = first.headers.etag as string;
    const again = await app.inject({
      url: "/api/events/points?status=any",
      headers: { ...auth, "if-none-match": etag },
    });
    expect(again.statusCode).toBe(304);
    await store.events.update(ids[0]!, { fatalities: 1 });
    const changed = await app.inject({
      url: "/api/events/points?status=any",
      headers: { ...auth, "if-none-match": etag },
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.headers.etag).not.toBe(etag);
    const bad = await get("/api/events/points?bbox=1,2,3");
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ error: { id: "invalid_request" } });
  });

  it("serves the same points as typed columns, with their own ETag", async () => {
    const response = await get("/api/events/points?status=any&format=binary");
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toBe("application/vnd.sitrep.points");
    const bytes = response.rawPayload;
    expect(bytes.subarray(0, 4).toString("ascii")).toBe("SPT1");
    const headerLength = bytes.readUInt32LE(4);
    expect((8 + headerLength) % 8).toBe(0);
    const header = JSON.parse(bytes.subarray(8, 8 + headerLength).toString()) as {
      count: number;
      types: string[];
      actors: string[];
      statuses: string[];
      modalities: string[];
    };
    const events = (await store.events.list({}, { limit: 10 })).filter((e) => e.lat !== null);
    const n = header.count;
    expect(n).toBe(events.length);
    expect(header).toMatchObject({ types: ["ASSAULT"], statuses: ["proposed"], modalities: ["asserted"] });
    const column = <T>(View: { new (b: ArrayBuffer, o: number, n: number): T }, at: number): T =>
      new View(bytes.buffer.slice(bytes.byteOffset), 8 + headerLength + at, n);
    const id = column(Float64Array, 0);
    const lon = column(Float32Array, n * 8);
    const actor1 = column(Uint32Array, n * 16);
    const date = column(Int32Array, n * 24);
    expect([...id].sort()).toEqual(ids.slice().sort());
    expect(lon[0]).toBeCloseTo(36.9, 4);
    expect(header.actors[actor1[0]! - 1]).toBe("rus-mil");
    expect(new Date(date[0]! * 86_400_000).toISOString().slice(0, 10)).toBe("2017-10-10");
    expect(response.headers.etag).not.toBe((await get("/api/events/points?status=any")).headers.etag);
    const again = await app.inject({
      url: "/api/events/points?status=any&format=binary",
      headers: { ...auth, "if-none-match": response.headers.etag as string },
    });
    expect(again.statusCode).toBe(304);
  });

  it("sorts by confidence, pages by offset and counts the matches", async () => {
    const first = (await get("/api/events?status=proposed&sort=-confidence&limit=2&total=true")).json<{
      events: { id: number; confidence: number }[];
      next: number | null;
      total: number;
    }>();
    expect(first.events.map((e) => e.confidence)).toEqual([0.9, 0.7]);
    expect(first).toMatchObject({ total: 3, next: 2 });
    const second = (await get("/api/events?status=proposed&sort=-confidence&limit=2&offset=2")).json<{
      events: { confidence: number }[];
      next: number | null;
    }>();
    expect(second.events.map((e) => e.confidence)).toEqual([0.5]);
    expect(second.next).toBeNull();
    expect((await get("/api/events?sort=size")).statusCode).toBe(400);
  });

  it("filters by several actors, any of them", async () => {
    const count = async (actor: string) =>
      (await get(`/api/events?status=any&actor=${actor}`)).json<{ events: unknown[] }>().events.length;
    expect(await count("nobody,hts")).toBe(3);
    expect(await count("nobody,other")).toBe(0);
    expect(await count("Military%20Forces%20of%20Russia,nobody")).toBe(3);
  });

  it("keeps the reason of a rejection and the changed fields in the history", async () => {
    const rejected = await send("POST", `/api/events/${ids[2]}/reject`, {
      reason: "a forecast, not an event",
    });
    expect(rejected.json()).toMatchObject({ status: "rejected" });
    await send("PATCH", `/api/events/${ids[2]}`, { fatalities: 4 });
    const history = (await get(`/api/events/${ids[2]}/history`)).json<{ history: unknown[] }>().history;
    expect(history).toEqual([
      expect.objectContaining({
        action: "reject",
        user: "rania",
        reason: "a forecast, not an event",
        changes: { status: { from: "proposed", to: "rejected" } },
      }),
      expect.objectContaining({ action: "edit", reason: null, changes: { fatalities: { from: 3, to: 4 } } }),
    ]);
    expect((await get("/api/events/999999/history")).statusCode).toBe(404);
    const tooLong = await send("POST", `/api/events/${ids[0]}/reject`, { reason: "x".repeat(3000) });
    expect(tooLong.statusCode).toBe(400);
    expect((await get(`/api/events/${ids[0]}`)).json()).toMatchObject({ status: "proposed" });
  });

  it("shows a merge in the surviving event's history too", async () => {
    await send("POST", `/api/events/${ids[1]}/merge`, { into: ids[0] });
    const history = (await get(`/api/events/${ids[0]}/history`)).json<{ history: unknown[] }>().history;
    expect(history).toEqual([
      expect.objectContaining({ action: "absorb", reason: `event ${ids[1]} merged into this one` }),
    ]);
  });

  it("edits the actor registry with checks, and the coder uses an edit from the next report", async () => {
    const created = await send("POST", "/api/actors", {
      id: "foo-brigade",
      name: "Foo Brigade",
      kind: "militia",
      colour: "#aa3300",
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ id: "foo-brigade", aliases: [], side: null, colour: "#aa3300" });
    expect((await send("POST", "/api/actors", { id: "foo-brigade", name: "Again" })).statusCode).toBe(409);
    const badKind = await send("POST", "/api/actors", { id: "x", name: "X", kind: "wizards" });
    expect(badKind.statusCode).toBe(400);
    expect(badKind.json<{ error: { message: string } }>().error.message).toContain("kind");
    const badColour = await send("PATCH", "/api/actors/foo-brigade", { colour: "red" });
    expect(badColour.json<{ error: { message: string } }>().error.message).toContain("#rrggbb");
    const badParent = await send("PATCH", "/api/actors/foo-brigade", { parent: "nobody" });
    expect(badParent.json<{ error: { message: string } }>().error.message).toContain(
      "no actor with id nobody",
    );
    expect((await send("PATCH", "/api/actors/nobody", { name: "N" })).statusCode).toBe(404);
    expect(
      (await app.inject({ method: "POST", url: "/api/actors", payload: { id: "y", name: "Y" } })).statusCode,
    ).toBe(401);

    const edited = await send("PATCH", "/api/actors/foo-brigade", { aliases: ["Foo Lions"], side: "rebels" });
    expect(edited.json()).toMatchObject({ aliases: ["Foo Lions"], side: "rebels", kind: "militia" });
    const actors = (await app.inject({ url: "/api/actors" })).json<{ actors: { id: string }[] }>().actors;
    expect(actors.map((a) => a.id)).toEqual(["foo-brigade"]);

    await app.services.ingest.submit(
      { text: "The Foo Lions struck Abu Dali at dawn.", published: "2017-10-11", origin: "paste" },
      null,
    );
    await drain();
    expect(seen.at(-1)?.actors).toEqual([
      { id: "foo-brigade", name: "Foo Brigade", aliases: ["Foo Lions"], kind: "militia", parent: null },
    ]);
    const coded = (await get("/api/events?status=any&actor=foo-brigade")).json<{ events: unknown[] }>();
    expect(coded.events).toEqual([
      expect.objectContaining({ actor1: expect.objectContaining({ text: "Foo Lions" }) }),
    ]);
    const trail = await store.audit.listFor("actor", "foo-brigade");
    expect(trail.map((e) => e.action)).toEqual(["create", "edit"]);
  });

  it("adds and edits analyst places, searches them with the gazetteer, and hands them to the coder", async () => {
    const added = await send("POST", "/api/places", {
      name: "Tell Foo",
      alternate_names: ["Tal Fu"],
      feature: "P.PPL",
      lat: 35.5,
      lon: 36.5,
      country: "SY",
    });
    expect(added.statusCode).toBe(201);
    const place = added.json<{ id: number }>();
    expect(place).toMatchObject({ source: "analyst", name: "Tell Foo", alternate_names: ["Tal Fu"] });
    const badLat = await send("POST", "/api/places", { name: "Nowhere", lat: 95, lon: 0 });
    expect(badLat.statusCode).toBe(400);
    expect(
      (await send("POST", "/api/places", { name: "X", lat: 1, lon: 1, country: "Syria" })).statusCode,
    ).toBe(400);
    const moved = await send("PATCH", `/api/places/${place.id}`, { lat: 35.6 });
    expect(moved.json()).toMatchObject({ lat: 35.6, lon: 36.5, name: "Tell Foo" });
    expect((await send("PATCH", "/api/places/999999", { lat: 1 })).statusCode).toBe(404);

    const found = (await get("/api/places?q=tell")).json<{ places: { name: string }[] }>().places;
    expect(found.map((p) => p.name)).toEqual(["Tell Foo"]);
    const hama = (await get("/api/places?q=Hama")).json<{ places: unknown[] }>().places;
    expect(hama).toEqual([expect.objectContaining({ source: "gazetteer", geonameid: 170017, id: null })]);
    expect((await get("/api/places?source=analyst")).json<{ places: unknown[] }>().places).toHaveLength(1);
    expect((await app.inject({ url: "/api/places?q=Hama" })).statusCode).toBe(401);

    await app.services.ingest.submit(
      { text: "Jets struck Tell Foo.", published: "2017-10-12", origin: "paste" },
      null,
    );
    await drain();
    expect(seen.at(-1)?.places).toEqual([
      expect.objectContaining({ name: "Tell Foo", alternateNames: ["Tal Fu"], lat: 35.6, kind: "P.PPL" }),
    ]);
    const versions = new Set(seen.map((r) => r?.version));
    expect(versions.size).toBeGreaterThanOrEqual(3);
  });
});
