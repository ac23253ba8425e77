import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { beforeAll, describe, expect, it } from "vitest";
import booleanPointInPolygon from "@turf/boolean-point-in-polygon";
import {
  ControlMap,
  describeChange,
  outlinesFromTopology,
  type AreaProperties,
  type ControlFeatureProperties,
  type ControlEvent,
  type FrontProperties,
  type SettlementProperties,
} from "@sitrep/control";
import type { Feature, MultiLineString, MultiPolygon, Point, Polygon, Position } from "geojson";
import type { Topology } from "topojson-specification";
import { codeReports } from "./helpers.js";

/** Reports about the Idlib front, written for this test; each is coded by the real coder. */
const REPORTS: { id: number; published: string; text: string }[] = [
  {
    id: 1,
    published: "2018-01-20",
    text: "Syrian army troops captured the town of Abu al-Duhur from HTS on Saturday. HTS fighters withdrew from Tell Sultan, and the Syrian army entered the village.",
  },
  {
    id: 2,
    published: "2018-01-21",
    text: "HTS claimed that its fighters recaptured Abu al-Duhur from the Syrian army on Sunday.",
  },
  {
    id: 3,
    published: "2018-01-25",
    text: "Regime forces are expected to capture Saraqib in the coming days. HTS did not withdraw from Khan Shaykhun.",
  },
  {
    id: 4,
    published: "2018-02-03",
    text: "HTS fighters seized the village of Tell Sultan from the Syrian army on Saturday. ISIS militants looted shops in Sinjar.",
  },
  {
    id: 5,
    published: "2018-02-10",
    text: "HTS fighters took the town of Saraqib from the Syrian army on Saturday.",
  },
  {
    id: 6,
    published: "2018-02-12",
    text: "HTS agreed to hand over Khan Shaykhun to the Syrian army on Monday.",
  },
];

/** Syria's outline from world-atlas (numeric 760), for clipping. */
function syriaOutlines() {
  const require = createRequire(import.meta.url);
  const topology = JSON.parse(
    readFileSync(require.resolve("world-atlas/countries-50m.json"), "utf8"),
  ) as Topology;
  return outlinesFromTopology(topology, (code) => (code === "SY" ? 760 : undefined));
}

let events: ControlEvent[];

beforeAll(() => {
  events = codeReports(REPORTS);
});

type AnyFeature = Feature<Polygon | MultiPolygon | MultiLineString | Point, ControlFeatureProperties>;
const points = (features: AnyFeature[]): Record<string, string> =>
  Object.fromEntries(
    features
      .filter((f): f is Feature<Point, SettlementProperties> => f.properties.kind === "settlement")
      .map((f): [string, string] => [
        String(f.properties.geonameid),
        `${f.properties.controllerId}${f.properties.contested ? " (contested)" : ""}`,
      ]),
  );
const areaOf = (features: AnyFeature[], holder: string) =>
  features.find(
    (f): f is Feature<Polygon | MultiPolygon, AreaProperties> =>
      f.properties.kind === "area" && f.properties.controllerId === holder,
  );

// GeoNames ids of the places the coder resolves.
const ABU_DUHUR = 174611;
const TELL_SULTAN = 163442;
const SARAQIB = 164816;
const KHAN_SHAYKHUN = 168325;

describe("a front, report by report", () => {
  it("holds who controls each settlement on several dates", () => {
    const map = new ControlMap(syriaOutlines());
    map.load(events);
    expect(points(map.areas("2018-01-19").features)).toEqual({});
    expect(points(map.areas("2018-01-21").features)).toEqual({
      [ABU_DUHUR]: "sy-mil (contested)",
      [TELL_SULTAN]: "sy-mil (contested)",
    });
    // The claimed recapture of Abu al-Duhur lost to the asserted capture; planned and negated events did nothing.
    expect(points(map.areas("2018-02-05").features)).toEqual({
      [ABU_DUHUR]: "sy-mil",
      [TELL_SULTAN]: "hts (contested)",
    });
    expect(points(map.areas("2018-03-01").features)).toEqual({
      [ABU_DUHUR]: "sy-mil",
      [TELL_SULTAN]: "hts",
      [SARAQIB]: "hts",
      [KHAN_SHAYKHUN]: "sy-mil",
    });
  });

  it("writes the feed of changes as sentences, with the claim that lost marked as a conflict", () => {
    const map = new ControlMap(syriaOutlines());
    map.load(events);
    const feed = map.model.changes().map(({ settlement, change }) => describeChange(settlement, change));
    expect(feed).toContain("Military Forces of Syria took Abū az̧ Z̧uhūr on 2018-01-20");
    expect(feed).toContain(
      "Hayat Tahrir al-Sham handed Khān Shaykhūn over to Military Forces of Syria on 2018-02-12",
    );
    expect(feed).toContain(
      "Military Forces of Syria took Tall Sultan on 2018-01-20 as Hayat Tahrir al-Sham withdrew",
    );
    expect(feed).toHaveLength(5);
    const abuDuhur = [...map.model.timelines()].find((t) => t.settlement.geonameid === ABU_DUHUR)!;
    expect(abuDuhur.conflicts).toHaveLength(1);
  });

  it("draws each holder's area around its settlements, inside the country, and redraws when an event is rejected", () => {
    const map = new ControlMap(syriaOutlines());
    map.load(events);
    const syria = syriaOutlines()("SY")!;
    const on = map.areas("2018-03-01").features;
    const hts = areaOf(on, "hts")!;
    const army = areaOf(on, "sy-mil")!;
    expect(hts.properties).toMatchObject({ controller: "Hayat Tahrir al-Sham", settlements: 2 });
    expect(army.properties).toMatchObject({ controller: "Military Forces of Syria", settlements: 2 });
    const settlements = on.filter(
      (f): f is Feature<Point, SettlementProperties> => f.properties.kind === "settlement",
    );
    for (const f of settlements) {
      const own = f.properties.controllerId === "hts" ? hts : army;
      const other = own === hts ? army : hts;
      expect(booleanPointInPolygon(f.geometry, own)).toBe(true);
      expect(booleanPointInPolygon(f.geometry, other)).toBe(false);
    }
    // Clipped to Syria: nothing of the areas lies in Turkey (Antakya) or at sea.
    expect(booleanPointInPolygon([36.16, 36.2], hts)).toBe(false);
    expect(booleanPointInPolygon([35.5, 35.3], hts) || booleanPointInPolygon([35.5, 35.3], army)).toBe(false);
    expect(booleanPointInPolygon([37.05, 35.73], syria)).toBe(true);
    // Land no report speaks of is nobody's: the desert east of the front, 150 km from any settlement.
    expect(booleanPointInPolygon([38.6, 35.3], syria)).toBe(true);
    expect(booleanPointInPolygon([38.6, 35.3], hts) || booleanPointInPolygon([38.6, 35.3], army)).toBe(false);

    const saraqib = events.find((e) => e.place?.geonameid === SARAQIB && e.reportId === 5)!;
    const result = map.setEvent({ ...saraqib, status: "rejected" });
    expect(result.settlements).toHaveLength(1);
    expect(result.cells).toBeGreaterThan(0);
    const after = map.areas("2018-03-01").features;
    expect(points(after)[SARAQIB]).toBeUndefined();
    expect(areaOf(after, "hts")!.properties.settlements).toBe(1);
  });

  it("draws the front line where the cells of different holders meet", () => {
    const map = new ControlMap(syriaOutlines());
    map.load(events);
    const frontOf = (date: string) =>
      map
        .areas(date)
        .features.find((f): f is Feature<MultiLineString, FrontProperties> => f.properties.kind === "front");
    expect(frontOf("2018-01-21")).toBeUndefined();
    const front = frontOf("2018-03-01")!;
    expect(front.geometry.coordinates.length).toBeGreaterThan(0);
    const held = (holder: string) =>
      map.model
        .on("2018-03-01")
        .filter((s) => s.holder.id === holder)
        .map((s) => s.settlement);
    // Each segment lies on the bisector of an HTS-held and an army-held settlement (in the plane the
    // cells are drawn in, where a degree of longitude is shortened by the cosine of Syria's mid-latitude).
    const scale = Math.cos((34.8 * Math.PI) / 180);
    const nearest = (p: Position, holder: string) =>
      Math.min(...held(holder).map((s) => Math.hypot((s.lon - p[0]!) * scale, s.lat - p[1]!)));
    for (const [a, b] of front.geometry.coordinates as [Position, Position][]) {
      const mid = [(a[0]! + b[0]!) / 2, (a[1]! + b[1]!) / 2];
      expect(Math.abs(nearest(mid, "hts") - nearest(mid, "sy-mil"))).toBeLessThan(0.01);
    }
  });

  it("a hand edit wins until a later event", () => {
    const map = new ControlMap(syriaOutlines());
    map.load(events);
    const abuDuhur = events.find((e) => e.place?.geonameid === ABU_DUHUR)!.place!;
    map.setEdit({
      id: 1,
      place: abuDuhur,
      date: "2018-02-01",
      actor: { id: "hts", name: "Hayat Tahrir al-Sham" },
      note: null,
      by: "ana",
    });
    expect(points(map.areas("2018-02-05").features)[ABU_DUHUR]).toBe("hts");
    const [retaken] = codeReports(
      [
        {
          id: 7,
          published: "2018-02-20",
          text: "Syrian army troops captured Abu al-Duhur from HTS on Tuesday.",
        },
      ],
      100,
    );
    map.setEvent(retaken!);
    expect(points(map.areas("2018-02-19").features)[ABU_DUHUR]).toBe("hts");
    expect(points(map.areas("2018-02-20").features)[ABU_DUHUR]).toBe("sy-mil (contested)");
  });
});
