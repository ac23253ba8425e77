import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseFeed } from "feedsmith";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { NewEvent } from "@sitrep/store";
import { ACLED_COLUMNS, interCode } from "../src/exports/acled.js";
import { engines, startApp, type TestApp } from "./helpers.js";

/** A strict RFC 4180 reader, to check what we write. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (quoted && c === '"') {
      quoted = false;
    } else if (quoted) {
      field += c;
    } else if (c === '"') {
      quoted = true;
    } else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i++;
    } else {
      field += c;
    }
  }
  if (field || row.length) throw new Error("CSV does not end with CRLF");
  return rows;
}

const OGRINFO = "/usr/bin/ogrinfo";

describe("ACLED actor types (inter codes)", () => {
  it("reads state forces at home and abroad, civilians, suspects held, protesters and groups", () => {
    expect(interCode("Military Forces of Mali", "ML")).toBe(1);
    expect(interCode("Military Forces of Rwanda", "CD")).toBe(8);
    expect(interCode("Civilians", "SD")).toBe(7);
    expect(interCode("Suspects", "BJ")).toBe(7);
    expect(interCode("Protesters", "KE")).toBe(6);
    expect(interCode("Jama'at Nusrat al-Islam wal-Muslimin", "ML")).toBe(2);
    expect(interCode(null, "ML")).toBe(0);
  });
});

describe.each(engines)("exports on $engine", (engine) => {
  let t: TestApp;
  let auth: Record<string, string>;
  beforeAll(async () => {
    t = await startApp(engine, { publicUrl: "https://sitrep.example.org" });
    auth = { authorization: `Bearer ${await t.tokenFor("analyst")}` };
    const { report } = await t.store.reports.insertIfNew({
      text: "r",
      content_hash: "r",
      origin: "paste",
      source: 'Syria "Direct", Hama',
      url: "https://news.example/a?x=1&y=2",
    });
    const base = { report_id: report.id, confidence: 0.8, rule: "r", extra: "{}", modality: "asserted" };
    const events: NewEvent[] = [
      {
        ...base,
        ordinal: 0,
        type: "ASSAULT",
        mode: "aerial",
        acled_event_type: "Explosions/Remote violence",
        acled_sub_event_type: "Air/drone strike",
        actor1_name: "Military Forces of Russia",
        actor1_id: "rus-mil",
        actor2_name: "Hayat Tahrir al-Sham",
        actor2_id: "hts",
        location_name: "Abu Dali",
        lat: 35.4123456,
        lon: 36.9,
        country: "SY",
        admin1: "Hama",
        location_precision: 1,
        date_start: "2017-10-10",
        date_end: "2017-10-10",
        date_precision: 1,
        fatalities: 4,
        evidence_text: 'RuAF "pounded" HTS, positions\nin Abu Dali — أبو دالي',
        status: "confirmed",
      },
      {
        ...base,
        ordinal: 1,
        type: "COERCE",
        mode: "seize",
        acled_event_type: "Battles",
        acled_sub_event_type: "Government regains territory",
        actor1_name: "Military Forces of Syria",
        location_name: "Khanasir",
        lat: 35.78,
        lon: 37.5,
        country: "SY",
        date_start: "2017-10-11",
        date_precision: 2,
      },
      {
        ...base,
        ordinal: 2,
        type: "THREATEN",
        mode: "violence",
        modality: "planned",
        actor1_name: "Islamic State",
        date_start: "2017-10-12",
      },
      {
        ...base,
        ordinal: 3,
        type: "ASSAULT",
        mode: "firearms",
        acled_event_type: "Violence against civilians",
        acled_sub_event_type: "Attack",
        actor1_name: "Islamic State",
        actor2_name: "Civilians (Syria)",
        location_name: "Akerbat",
        lat: 35.2,
        lon: 37.4,
        country: "SY",
        date_start: "2017-10-09",
        date_precision: 1,
        status: "rejected",
      },
    ];
    await t.store.events.insertMany(events);
  });
  afterAll(async () => t?.close());

  const get = (url: string, headers = auth) => t.app.inject({ url, headers });

  it("writes ACLED's 31 columns as RFC 4180 CSV", async () => {
    const response = await get("/api/exports/events.csv?status=any");
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toBe("text/csv; charset=utf-8");
    expect(response.headers["content-disposition"]).toMatch(/attachment; filename="sitrep-events.csv"/);
    const rows = parseCsv(response.body);
    expect(rows[0]).toEqual([...ACLED_COLUMNS]);
    expect(rows).toHaveLength(4); // the planned THREATEN has no ACLED type
    const record = (r: string[]) => Object.fromEntries(ACLED_COLUMNS.map((c, i) => [c, r[i]]));
    const strike = record(rows[1]!);
    expect(strike).toMatchObject({
      event_date: "2017-10-10",
      year: "2017",
      time_precision: "1",
      disorder_type: "Political violence",
      event_type: "Explosions/Remote violence",
      sub_event_type: "Air/drone strike",
      actor1: "Military Forces of Russia",
      inter1: "8",
      inter2: "2",
      interaction: "28",
      iso: "760",
      region: "Middle East",
      country: "Syria",
      latitude: "35.4123",
      longitude: "36.9000",
      source: 'Syria "Direct", Hama',
      notes: 'RuAF "pounded" HTS, positions\nin Abu Dali — أبو دالي',
      fatalities: "4",
    });
    expect(record(rows[2]!)).toMatchObject({
      inter1: "1",
      interaction: "10",
      fatalities: "0",
      actor2: "",
      inter2: "0",
    });
    expect(record(rows[3]!)).toMatchObject({ civilian_targeting: "Civilian targeting", inter2: "7" });
    const confirmed = parseCsv((await get("/api/exports/events.csv?status=confirmed")).body);
    expect(confirmed).toHaveLength(2);
  });

  it("writes GeoJSON that GDAL opens", async () => {
    const response = await get("/api/exports/events.geojson?status=any");
    expect(response.headers["content-type"]).toBe("application/geo+json; charset=utf-8");
    const collection = response.json<{
      type: string;
      features: { geometry: { coordinates: number[] } | null; properties: Record<string, unknown> }[];
    }>();
    expect(collection.type).toBe("FeatureCollection");
    expect(collection.features).toHaveLength(4);
    expect(collection.features[0]?.geometry?.coordinates).toEqual([36.9, 35.412346]);
    expect(collection.features[2]?.geometry).toBeNull();
    if (!existsSync(OGRINFO)) {
      if (process.env.CI === "true") throw new Error("ogrinfo (gdal-bin) is missing");
      return;
    }
    const dir = mkdtempSync(join(tmpdir(), "sitrep-geojson-"));
    try {
      const file = join(dir, "events.geojson");
      writeFileSync(file, response.rawPayload);
      const info = execFileSync(OGRINFO, ["-ro", "-so", "-al", file], { encoding: "utf8" });
      expect(info).toMatch(/Feature Count: 4/);
      expect(info).toMatch(/Geometry: Point/);
      expect(info).toMatch(/event_date: (Date|String)/);
      expect(info).toMatch(/fatalities: Integer/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("writes PLOVER JSON and JSON Lines", async () => {
    const records = (await get("/api/exports/events.plover.json?status=any")).json<
      Record<string, unknown>[]
    >();
    expect(records).toHaveLength(4);
    expect(records[0]).toMatchObject({
      event: ["ASSAULT"],
      mode: ["aerial"],
      quad_code: 4,
      date: "2017-10-10",
      actor: [{ code: "rus-mil" }],
      recipient: [{ code: "hts" }],
      event_loc: { geonameid: null, country_code: "SY", resolution: 4 },
    });
    const lines = (await get("/api/exports/events.jsonl?type=ASSAULT&status=any")).body.trim().split("\n");
    expect(lines.map((l) => (JSON.parse(l) as { type: string }).type)).toEqual(["ASSAULT", "ASSAULT"]);
  });

  it("applies the API's filters and shows anonymous callers confirmed events only", async () => {
    const lines = (await get("/api/exports/events.jsonl", {})).body.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(
      (await get("/api/exports/events.jsonl?bbox=37,35,38,36&status=any")).body.trim().split("\n"),
    ).toHaveLength(2);
    expect((await get("/api/exports/events.csv?from=2020-01-01")).body).toBe(
      `${ACLED_COLUMNS.join(",")}\r\n`,
    );
    expect((await get("/api/exports/events.xls")).statusCode).toBe(400);
  });

  it("publishes an Atom feed of confirmed events", async () => {
    const response = await get("/api/exports/events.atom?status=any");
    expect(response.headers["content-type"]).toBe("application/atom+xml; charset=utf-8");
    const { format, feed } = parseFeed(response.body) as {
      format: string;
      feed: {
        id: string;
        entries: { id: string; title: { value: string }; links: { href: string }[]; updated: string }[];
      };
    };
    expect(format).toBe("atom");
    expect(feed.id).toBe("https://sitrep.example.org/api/exports/events.atom");
    expect(feed.entries).toHaveLength(1);
    const [entry] = feed.entries;
    expect(entry?.id).toMatch(/^https:\/\/sitrep\.example\.org\/api\/events\/\d+$/);
    expect(entry?.links[0]?.href).toMatch(/\/reports\/\d+$/);
    expect(entry?.updated).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect(response.body).toContain("<author><name>Sitrep</name></author>");
  });
});
