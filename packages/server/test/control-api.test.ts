import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compileModel, extract, type ModelData } from "@sitrep/coder";
import { Gazetteer } from "@sitrep/gazetteer";
import type { Extractor } from "@sitrep/server";
import { engines, startApp, type TestApp } from "./helpers.js";

const packages = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

/** The real coder, as the CLI injects it. */
function realExtractor(): Extractor {
  const dir = join(packages, "coder", "model");
  const read = (name: string): unknown => JSON.parse(readFileSync(join(dir, name), "utf8")) as unknown;
  const data: ModelData = {
    actors: (read("actors.json") as { actors: ModelData["actors"] }).actors,
    countries: read("countries.json") as ModelData["countries"],
    generic: read("generic.json") as ModelData["generic"],
    triggers: read("triggers.json") as ModelData["triggers"],
    modality: read("modality.json") as ModelData["modality"],
  };
  const model = compileModel(
    data,
    Gazetteer.fromBytes(gunzipSync(readFileSync(join(packages, "gazetteer", "data", "gazetteer.bin.gz")))),
  );
  return (text, context) => extract(text, model, context);
}

/** Reports about one front, written for this test (the same front as the control package's test). */
const REPORTS = [
  [
    "2018-01-20",
    "Syrian army troops captured the town of Abu al-Duhur from HTS on Saturday. HTS fighters withdrew from Tell Sultan, and the Syrian army entered the village.",
  ],
  ["2018-01-21", "HTS claimed that its fighters recaptured Abu al-Duhur from the Syrian army on Sunday."],
  [
    "2018-01-25",
    "Regime forces are expected to capture Saraqib in the coming days. HTS did not withdraw from Khan Shaykhun.",
  ],
  ["2018-02-03", "HTS fighters seized the village of Tell Sultan from the Syrian army on Saturday."],
  ["2018-02-10", "HTS fighters took the town of Saraqib from the Syrian army on Saturday."],
  ["2018-02-12", "HTS agreed to hand over Khan Shaykhun to the Syrian army on Monday."],
] as const;

interface StateWire {
  key: string;
  name: string;
  geonameid: number;
  controller: { id: string };
  contested: boolean;
  event: number | null;
  edit: number | null;
  since: string;
}
const extractor = realExtractor();

describe.each(engines)("territorial control on $engine", (engine) => {
  let t: TestApp;
  let auth: Record<string, string>;
  beforeAll(async () => {
    t = await startApp(engine, {}, extractor);
    auth = { authorization: `Bearer ${await t.tokenFor("analyst", "ana")}` };
    for (const [published, text] of REPORTS)
      await t.app.services.ingest.submit({ text, published, origin: "paste" }, null);
    await t.app.services.runner.drain(async () => (await t.store.jobs.statusCounts()).queued === 0);
  });
  afterAll(async () => t?.close());

  const holders = async (date: string, headers: Record<string, string> = {}, status = "") => {
    const response = await t.app.inject({ url: `/api/control?date=${date}${status}`, headers });
    expect(response.statusCode).toBe(200);
    const states = response.json<{ settlements: StateWire[] }>().settlements;
    return Object.fromEntries(states.map((s) => [s.geonameid, s.controller.id]));
  };

  it("publishes control from confirmed events only; analysts may count proposed ones too", async () => {
    expect(await holders("2018-03-01")).toEqual({});
    expect(await holders("2018-03-01", {}, "&status=any")).toEqual({});
    expect(await holders("2018-03-01", auth, "&status=any")).toEqual({
      174611: "sy-mil",
      163442: "hts",
      164816: "hts",
      168325: "sy-mil",
    });
    const proposed = await t.store.events.list({ status: ["proposed"] }, { limit: 100 });
    for (const event of proposed) {
      expect(
        (await t.app.inject({ method: "POST", url: `/api/events/${event.id}/confirm`, headers: auth }))
          .statusCode,
      ).toBe(200);
    }
    expect(await holders("2018-01-19")).toEqual({});
    expect(await holders("2018-01-21")).toEqual({ 174611: "sy-mil", 163442: "sy-mil" });
    expect(await holders("2018-03-01")).toEqual({
      174611: "sy-mil",
      163442: "hts",
      164816: "hts",
      168325: "sy-mil",
    });
  });

  it("draws areas in the holders' colours, with contested settlements marked", async () => {
    await t.store.actors.upsert({ id: "hts", name: "Hayat Tahrir al-Sham", colour: "#2E7D32" });
    const response = await t.app.inject({ url: "/api/control/areas.geojson?date=2018-01-21" });
    expect(response.headers["content-type"]).toMatch(/^application\/geo\+json/);
    const fc = response.json<{
      type: string;
      features: { geometry: { type: string }; properties: Record<string, unknown> }[];
    }>();
    expect(fc.type).toBe("FeatureCollection");
    const areas = fc.features.filter((f) => f.properties.kind === "area");
    expect(areas.map((a) => [a.properties.controllerId, a.geometry.type])).toEqual([
      ["sy-mil", "MultiPolygon"],
    ]);
    const points = fc.features.filter((f) => f.properties.kind === "settlement");
    expect(points.map((p) => p.properties.contested)).toEqual([true, true]);
    const later = (await t.app.inject({ url: "/api/control/areas.geojson?date=2018-03-01" })).json<
      typeof fc
    >();
    const hts = later.features.find(
      (f) => f.properties.kind === "area" && f.properties.controllerId === "hts",
    );
    expect(hts?.properties).toMatchObject({ colour: "#2e7d32", settlements: 2 });
    const front = later.features.find((f) => f.properties.kind === "front");
    expect(front?.geometry.type).toBe("MultiLineString");
    expect((await t.app.inject({ url: "/api/control/areas.geojson?date=2018-02-30" })).statusCode).toBe(400);
  });

  it("lists the changes with their events and reports, as JSON and as Atom", async () => {
    const json = (await t.app.inject({ url: "/api/control/changes?from=2018-01-01&to=2018-12-31" })).json<{
      changes: {
        text: string;
        event: number;
        links: { event: string; report: string };
        conflicts: number[];
      }[];
    }>();
    expect(json.changes.map((c) => c.text)).toEqual([
      "Hayat Tahrir al-Sham handed Khān Shaykhūn over to Military Forces of Syria on 2018-02-12",
      "Hayat Tahrir al-Sham took Sarāqib on 2018-02-10",
      "Hayat Tahrir al-Sham took Tall Sultan on 2018-02-03",
      expect.stringMatching(/^Military Forces of Syria took (Abū az̧ Z̧uhūr|Tall Sultan) on 2018-01-20/),
      expect.stringMatching(/^Military Forces of Syria took (Abū az̧ Z̧uhūr|Tall Sultan) on 2018-01-20/),
    ]);
    const first = json.changes[0]!;
    expect(first.links.event).toBe(`/api/events/${first.event}`);
    expect((await t.app.inject({ url: first.links.event })).json()).toMatchObject({ type: "AGREE" });
    expect(first.links.report).toMatch(/^\/reports\/\d+$/);
    expect((await t.app.inject({ url: `/api${first.links.report}` })).statusCode).toBe(200);
    expect(json.changes.some((c) => c.conflicts.length === 1)).toBe(true);
    const atom = await t.app.inject({ url: "/api/control/changes.atom?limit=2" });
    expect(atom.headers["content-type"]).toMatch(/^application\/atom\+xml/);
    expect(atom.body.match(/<entry>/g)).toHaveLength(2);
    expect(atom.body).toContain("<title>Hayat Tahrir al-Sham took Sarāqib on 2018-02-10</title>");
    expect(atom.body).toMatch(
      /<link rel="alternate" type="text\/html" href="http:\/\/localhost:8080\/reports\/\d+"\/>/,
    );
  });

  it("a rejected event stops counting at once", async () => {
    const saraqib = (
      await t.store.events.list({ text: "Saraqib", status: ["confirmed"] }, { limit: 10 })
    ).find((e) => e.type === "COERCE")!;
    expect(
      (await t.app.inject({ method: "POST", url: `/api/events/${saraqib.id}/reject`, headers: auth }))
        .statusCode,
    ).toBe(200);
    expect((await holders("2018-03-01"))[164816]).toBeUndefined();
  });

  it("takes an analyst's hand edit (audited) that wins until a later event", async () => {
    const body = { settlement: "g174611", date: "2018-02-01", actor: { id: "hts" }, note: "Local sources" };
    expect(
      (await t.app.inject({ method: "POST", url: "/api/control/edits", payload: body })).statusCode,
    ).toBe(401);
    const created = await t.app.inject({
      method: "POST",
      url: "/api/control/edits",
      headers: auth,
      payload: body,
    });
    expect(created.statusCode).toBe(201);
    const edit = created.json<{ id: number }>();
    expect(created.json()).toMatchObject({
      settlement: "g174611",
      actor: { id: "hts", name: "Hayat Tahrir al-Sham" },
      by: "ana",
      date: "2018-02-01",
    });
    const state = (await t.app.inject({ url: "/api/control?date=2018-02-05" }))
      .json<{ settlements: StateWire[] }>()
      .settlements.find((s) => s.key === "g174611");
    expect(state).toMatchObject({
      controller: { id: "hts" },
      event: null,
      edit: edit.id,
      since: "2018-02-01",
      contested: false,
    });
    const audit = await t.store.audit.listFor("control_edit", edit.id);
    expect(audit).toEqual([expect.objectContaining({ user_name: "ana", action: "set-control" })]);
    await t.app.services.ingest.submit(
      {
        text: "Syrian army troops captured Abu al-Duhur from HTS on Tuesday.",
        published: "2018-02-20",
        origin: "paste",
      },
      null,
    );
    await t.app.services.runner.drain(async () => (await t.store.jobs.statusCounts()).queued === 0);
    const [retaken] = await t.store.events.list({ status: ["proposed"], type: ["COERCE"] }, { limit: 1 });
    await t.app.inject({ method: "POST", url: `/api/events/${retaken!.id}/confirm`, headers: auth });
    expect((await holders("2018-02-19"))[174611]).toBe("hts");
    expect((await holders("2018-02-20"))[174611]).toBe("sy-mil");
  });

  it("refuses bad edits with a clear error and stores nothing", async () => {
    const post = (payload: object) =>
      t.app.inject({ method: "POST", url: "/api/control/edits", headers: auth, payload });
    const place = { name: "Kafr Nabl", lat: 35.61, lon: 36.56, country: "SY" };
    const cases: [object, number, RegExp][] = [
      [{ place, date: "2018-02-30", actor: null }, 400, /date/],
      [{ place, settlement: "g1", date: "2018-02-01", actor: null }, 400, /exactly one/],
      [{ settlement: "g1", date: "2018-02-01", actor: null }, 404, /Settlement g1 not found/],
      [{ place, date: "2018-02-01", actor: { id: "nobody-knows" } }, 400, /Unknown actor nobody-knows/],
      [{ place: { ...place, lat: 95 }, date: "2018-02-01", actor: null }, 400, /lat/],
    ];
    const before = await t.store.control.editsAfter(0);
    for (const [payload, status, message] of cases) {
      const response = await post(payload);
      expect(response.statusCode, JSON.stringify(payload)).toBe(status);
      expect(response.json<{ error: { message: string } }>().error.message).toMatch(message);
    }
    expect(await t.store.control.editsAfter(0)).toEqual(before);
    const ok = await post({
      place,
      date: "2018-02-01",
      actor: { id: "sy-mil", name: "Military Forces of Syria" },
    });
    expect(ok.statusCode).toBe(201);
    expect((await holders("2018-02-02"))[`null`]).toBe("sy-mil");
  });

  it("needs the CSRF token with a cookie session", async () => {
    await t.app.services.accounts.createUser("nour", "analyst", "a long enough password", null);
    const session = await t.app.inject({
      method: "POST",
      url: "/api/session",
      payload: { name: "nour", password: "a long enough password" },
    });
    const cookie = `sitrep_session=${session.cookies.find((c) => c.name === "sitrep_session")!.value}`;
    const payload = { settlement: "g174611", date: "2018-03-05", actor: null };
    const refused = await t.app.inject({
      method: "POST",
      url: "/api/control/edits",
      headers: { cookie },
      payload,
    });
    expect(refused.json<{ error: { id: string } }>().error.id).toBe("csrf_failed");
    const csrf = session.json<{ csrf_token: string }>().csrf_token;
    const accepted = await t.app.inject({
      method: "POST",
      url: "/api/control/edits",
      headers: { cookie, "x-csrf-token": csrf },
      payload,
    });
    expect(accepted.statusCode).toBe(201);
    expect((await holders("2018-03-06"))[174611]).toBeUndefined();
  });

  it("catches up with changes made by another process", async () => {
    const tellSultan = (
      await t.store.events.list({ status: ["confirmed"], type: ["COERCE"] }, { limit: 100 })
    ).find((e) => e.geonameid === 163442)!;
    await t.store.events.update(tellSultan.id, { status: "rejected" });
    await new Promise((resolve) => setTimeout(resolve, 2100));
    expect((await holders("2018-03-01"))[163442]).toBe("sy-mil");
  });

  it("lists hand edits with who made them, and removes one (audited) so that it stops counting at once", async () => {
    const post = await t.app.inject({
      method: "POST",
      url: "/api/control/edits",
      headers: auth,
      payload: {
        settlement: "g164816",
        date: "2018-03-10",
        actor: { id: "sy-mil", name: "Military Forces of Syria" },
        note: "Video",
      },
    });
    expect(post.statusCode).toBe(201);
    const edit = post.json<{ id: number }>();
    expect((await holders("2018-03-11"))[164816]).toBe("sy-mil");
    expect((await t.app.inject({ url: "/api/control/edits" })).statusCode).toBe(401);
    const listed = await t.app.inject({ url: "/api/control/edits?settlement=g164816", headers: auth });
    expect(listed.json<{ edits: unknown[] }>().edits).toEqual([
      expect.objectContaining({ id: edit.id, by: "ana", note: "Video", removed: null }),
    ]);
    const remove = (headers: Record<string, string>) =>
      t.app.inject({ method: "DELETE", url: `/api/control/edits/${edit.id}`, headers });
    expect((await remove({})).statusCode).toBe(401);
    const removed = await remove(auth);
    expect(removed.statusCode).toBe(200);
    expect(removed.json()).toMatchObject({ id: edit.id, removed: { by: "ana" } });
    expect((await holders("2018-03-11"))[164816]).toBeUndefined();
    const again = await remove(auth);
    expect(again.statusCode).toBe(409);
    expect(again.json<{ error: { message: string } }>().error.message).toMatch(/removed already \(by ana\)/);
    expect(
      (await t.app.inject({ method: "DELETE", url: "/api/control/edits/999999", headers: auth })).statusCode,
    ).toBe(404);
    const active = await t.app.inject({ url: "/api/control/edits?settlement=g164816", headers: auth });
    expect(active.json<{ edits: unknown[] }>().edits).toEqual([]);
    const all = await t.app.inject({
      url: "/api/control/edits?settlement=g164816&removed=true",
      headers: auth,
    });
    expect(all.json<{ edits: unknown[] }>().edits).toHaveLength(1);
    const audit = await t.store.audit.listFor("control_edit", edit.id);
    expect(audit.map((a) => a.action)).toEqual(["set-control", "remove-control-edit"]);
  });

  it("counts a state's army and government as one holder, through the actor registry's parents", async () => {
    await t.store.actors.upsert({ id: "sy-gov", name: "Government of Syria", kind: "government" });
    await t.store.actors.upsert({ id: "sy-mil", name: "Military Forces of Syria", kind: "military" });
    await t.app.services.ingest.submit(
      { text: "The Syrian government took Maarat al-Numan.", published: "2018-03-12", origin: "paste" },
      null,
    );
    await t.app.services.runner.drain(async () => (await t.store.jobs.statusCounts()).queued === 0);
    for (const event of await t.store.events.list({ status: ["proposed"] }, { limit: 100 }))
      await t.app.inject({ method: "POST", url: `/api/events/${event.id}/confirm`, headers: auth });
    const before = await holders("2018-03-13");
    expect(before[167611]).toBe("sy-gov");
    expect(before[168325]).toBe("sy-mil");
    const patched = await t.app.inject({
      method: "PATCH",
      url: "/api/actors/sy-mil",
      headers: auth,
      payload: { parent: "sy-gov" },
    });
    expect(patched.statusCode).toBe(200);
    const after = await holders("2018-03-13");
    expect(after[167611]).toBe("sy-gov");
    expect(after[168325]).toBe("sy-gov");
    const areas = (await t.app.inject({ url: "/api/control/areas.geojson?date=2018-03-13" })).json<{
      features: { properties: Record<string, unknown> }[];
    }>();
    expect(
      areas.features.filter((f) => f.properties.kind === "area").map((f) => f.properties.controllerId),
    ).not.toContain("sy-mil");
    // The feed still names the actor as the report did.
    const changes = (await t.app.inject({ url: "/api/control/changes?from=2018-01-20&to=2018-01-20" })).json<{
      changes: { text: string; holder: { id: string } }[];
    }>().changes;
    expect(changes.map((c) => [c.holder.id, c.text.split(" took")[0]])).toContainEqual([
      "sy-gov",
      "Military Forces of Syria",
    ]);
  });
});
