// The places registry's GeoNames import: a dump uploaded (plain or gzipped) and read as it streams in,
// places matched by geonameid, malformed lines counted and named, and the coder handed the places.
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FastifyInstance } from "fastify";
import type { Store } from "@sitrep/store";
import { buildApp, loadConfig, type CoderRegistry, type GeonamesLineParser } from "@sitrep/server";
import { engines, fakeExtractor } from "./helpers.js";
import { secretHash } from "../src/auth/secrets.js";

/** A stand-in for the CLI's parser (the gazetteer's): the columns the registry keeps. */
const parseLine: GeonamesLineParser = (line) => {
  const f = line.split("\t");
  if (f.length < 15) return { ok: false, reason: `expected 19 tab-separated columns, found ${f.length}` };
  const [id, lat, lon] = [Number(f[0]), Number(f[4]), Number(f[5])];
  if (!Number.isInteger(id) || id <= 0) return { ok: false, reason: `bad geonameid "${f[0]}"` };
  if (!Number.isFinite(lat) || Math.abs(lat) > 90) return { ok: false, reason: `bad latitude "${f[4]}"` };
  const alternateNames = f[3] ? f[3].split(",") : [];
  return {
    ok: true,
    place: {
      geonameid: id,
      name: f[1]!,
      alternateNames,
      kind: `${f[6]}.${f[7]}`,
      lat,
      lon,
      country: f[8]!,
      admin1: null,
    },
  };
};

const row = (id: number, name: string, lat: number, lon: number, alt = ""): string =>
  [
    id,
    name,
    name,
    alt,
    lat,
    lon,
    "P",
    "PPL",
    "SY",
    "",
    "09",
    "",
    "",
    "",
    1200,
    "",
    300,
    "Asia/Damascus",
    "2020-01-01",
  ].join("\t");

function upload(
  filename: string,
  content: Buffer | string,
): { payload: Buffer; headers: Record<string, string> } {
  const boundary = "----sitrep-geonames";
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: text/plain\r\n\r\n`;
  return {
    payload: Buffer.concat([Buffer.from(head), Buffer.from(content), Buffer.from(`\r\n--${boundary}--\r\n`)]),
    headers: { "content-type": `multipart/form-data; boundary=${boundary}` },
  };
}

describe.each(engines)("the GeoNames import on $engine", (engine) => {
  let app: FastifyInstance;
  let store: Store;
  const auth = { authorization: "Bearer geonames-token" };
  const seen: (CoderRegistry | undefined)[] = [];

  const send = (filename: string, content: Buffer | string, headers: Record<string, string> = auth) => {
    const body = upload(filename, content);
    return app.inject({
      method: "POST",
      url: "/api/places/import",
      payload: body.payload,
      headers: { ...headers, ...body.headers },
    });
  };

  beforeAll(async () => {
    store = await engine.open();
    app = await buildApp({
      store,
      extractor: (text, context) => (seen.push(context.registry), fakeExtractor(text, context)),
      config: loadConfig({ jobBackoffSeconds: 0, hostIntervalSeconds: 0 }),
      geonames: parseLine,
    });
    const user = await store.users.create({ name: "omar", role: "analyst", passwordHash: "unused" });
    await store.tokens.create({ userId: user!.id, name: "test", tokenHash: secretHash("geonames-token") });
  });
  afterAll(async () => {
    await app?.close();
    await store?.close();
  });

  it("adds the places of a dump, counts and names the malformed lines, and audits the import", async () => {
    const dump = [
      row(9000001, "Tell Alpha", 35.1, 36.7, "Tal Alfa"),
      "9000002\tbroken line",
      row(9000003, "Kafr Beta", 35.2, 36.8),
      "",
      row(-4, "Nowhere", 1, 1),
      row(9000004, "Ayn Gamma", 35.3, 36.9),
    ].join("\n");
    const response = await send("SY.txt", dump);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      lines: 6,
      added: 3,
      updated: 0,
      skipped: 2,
      errors: [
        { line: 2, reason: "expected 19 tab-separated columns, found 2" },
        { line: 5, reason: 'bad geonameid "-4"' },
      ],
    });
    const places = await store.places.list();
    expect(places.map((p) => [p.geonameid, p.name, p.kind, p.country])).toEqual([
      [9000001, "Tell Alpha", "P.PPL", "SY"],
      [9000003, "Kafr Beta", "P.PPL", "SY"],
      [9000004, "Ayn Gamma", "P.PPL", "SY"],
    ]);
    expect(places[0]!.alternate_names).toEqual(["Tal Alfa"]);
    const audit = await store.audit.listFor("place", "geonames");
    expect(audit.at(-1)).toMatchObject({ action: "import", user_name: "omar" });
  });

  it("updates places already imported (by geonameid) from a gzipped dump, and the coder gets them", async () => {
    const dump = [row(9000001, "Tell Alpha", 35.15, 36.7), row(9000005, "Qasr Delta", 35.4, 37.0)].join(
      "\r\n",
    );
    const response = await send("SY.txt.gz", gzipSync(dump));
    expect(response.json()).toMatchObject({ lines: 2, added: 1, updated: 1, skipped: 0, errors: [] });
    const alpha = (await store.places.list()).find((p) => p.geonameid === 9000001);
    expect(alpha).toMatchObject({ lat: 35.15 });
    await app.services.ingest.submit(
      { text: "Jets struck Qasr Delta.", published: "2017-10-12", origin: "paste" },
      null,
    );
    await app.services.runner.drain(async () => (await store.jobs.statusCounts()).queued === 0);
    expect(seen.at(-1)?.places.map((p) => p.name)).toEqual([
      "Tell Alpha",
      "Kafr Beta",
      "Ayn Gamma",
      "Qasr Delta",
    ]);
  });

  it("streams a dump larger than a report upload may be, a thousand places a transaction", async () => {
    const lines = Array.from({ length: 12_000 }, (_, i) => row(9100000 + i, `Place ${i}`, 30 + i / 1e4, 40));
    const dump = lines.join("\n");
    expect(dump.length).toBeGreaterThan(loadConfig({}).maxReportBytes);
    const response = await send("big.txt", dump);
    expect(response.json()).toMatchObject({ lines: 12_000, added: 12_000, skipped: 0 });
  });

  it("refuses a file with no place in it, a zip, bad gzip, and readers without the analyst role", async () => {
    const none = await send("notes.txt", "hello\nworld\n");
    expect(none.statusCode).toBe(400);
    expect(none.json()).toMatchObject({
      error: { id: "invalid_request", message: expect.stringContaining("no line") },
    });
    expect((await send("SY.zip", "PK")).json()).toMatchObject({
      error: { message: expect.stringContaining("unzip it first") },
    });
    expect((await send("SY.txt.gz", "not gzip")).json()).toMatchObject({
      error: { message: expect.stringContaining("not a gzip file") },
    });
    expect((await send("SY.txt", row(9000009, "X", 1, 1), {})).statusCode).toBe(401);
  });
});
