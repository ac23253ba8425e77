import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { engines, startApp, type TestApp } from "./helpers.js";

describe.each(engines)("review on $engine", (engine) => {
  let t: TestApp;
  let auth: Record<string, string>;
  let ids: number[];
  beforeAll(async () => {
    t = await startApp(engine);
    auth = { authorization: `Bearer ${await t.tokenFor("analyst", "rania")}` };
    await t.app.services.ingest.submit(
      {
        text: "Jets struck Abu Dali. Jets struck Abu Dali again. Then jets struck Hama, killing 3.",
        published: "2017-10-10",
        origin: "paste",
      },
      null,
    );
    await t.app.services.runner.drain(async () => (await t.store.jobs.statusCounts()).queued === 0);
    ids = (await t.store.events.list({}, { limit: 10 })).map((e) => e.id).reverse();
    expect(ids).toHaveLength(3);
  });
  afterAll(async () => t?.close());

  const post = (url: string, payload?: object) =>
    t.app.inject({ method: "POST", url, headers: auth, ...(payload ? { payload } : {}) });

  it("confirms and rejects, with an audit trail", async () => {
    const confirmed = await post(`/api/events/${ids[0]}/confirm`);
    expect(confirmed.statusCode).toBe(200);
    expect(confirmed.json()).toMatchObject({ status: "confirmed" });
    expect((await t.app.inject({ url: `/api/events/${ids[0]}` })).statusCode).toBe(200);
    expect((await post(`/api/events/${ids[2]}/reject`)).json()).toMatchObject({ status: "rejected" });
    const history = await t.app.inject({ url: `/api/events/${ids[0]}/history`, headers: auth });
    expect(history.json<{ history: unknown[] }>().history).toEqual([
      expect.objectContaining({
        user: "rania",
        action: "confirm",
        before: expect.objectContaining({ status: "proposed" }),
        after: expect.objectContaining({ status: "confirmed" }),
      }),
    ]);
  });

  it("edits fields and keeps the before and after", async () => {
    const edited = await t.app.inject({
      method: "PATCH",
      url: `/api/events/${ids[2]}`,
      headers: auth,
      payload: {
        fatalities: 4,
        modality: "reported",
        actor2: null,
        location: {
          name: "Hama",
          text: "Hama",
          geonameid: 170017,
          lat: 35.13,
          lon: 36.75,
          country: "SY",
          admin1: "Hama",
          precision: 1,
        },
      },
    });
    expect(edited.statusCode).toBe(200);
    expect(edited.json()).toMatchObject({
      fatalities: 4,
      modality: "reported",
      actor2: null,
      location: { name: "Hama" },
      status: "rejected",
      actor1: { id: "rus-mil" },
      extra: { wounded: null },
    });
    const [entry] = (await t.store.audit.listFor("event", ids[2]!)).filter((e) => e.action === "edit");
    expect(entry).toMatchObject({
      before: expect.objectContaining({ fatalities: 3 }),
      after: expect.objectContaining({ fatalities: 4 }),
    });
    const bad = await t.app.inject({
      method: "PATCH",
      url: `/api/events/${ids[2]}`,
      headers: auth,
      payload: { modality: "rumoured", status: "confirmed" },
    });
    expect(bad.statusCode).toBe(400);
  });

  it("merges duplicates", async () => {
    const merged = await post(`/api/events/${ids[1]}/merge`, { into: ids[0] });
    expect(merged.json()).toMatchObject({ status: "merged", merged_into: ids[0] });
    const again = await post(`/api/events/${ids[1]}/confirm`);
    expect(again.statusCode).toBe(409);
    expect(again.json<{ error: { id: string } }>().error.id).toBe("conflict");
    expect((await post(`/api/events/${ids[0]}/merge`, { into: ids[1] })).statusCode).toBe(409);
    expect((await post(`/api/events/${ids[0]}/merge`, { into: ids[0] })).statusCode).toBe(400);
    expect((await post(`/api/events/999999/confirm`)).statusCode).toBe(404);
  });

  it("needs a signed-in analyst", async () => {
    expect((await t.app.inject({ method: "POST", url: `/api/events/${ids[0]}/reject` })).statusCode).toBe(
      401,
    );
  });
});
