import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

// Spawns the built CLI: run `npm run build` first.
const main = join(dirname(fileURLToPath(import.meta.url)), "..", "dist", "main.js");
const dir = mkdtempSync(join(tmpdir(), "sitrep-control-"));
const env = { ...process.env, DATABASE_URL: "" };
const sitrep = (...args: string[]) =>
  spawnSync(process.execPath, [main, ...args, "--data", dir], { encoding: "utf8", env });

const REPORTS = [
  {
    id: "a",
    published: "2018-01-20",
    text: "Syrian army troops captured the town of Abu al-Duhur from HTS on Saturday. HTS fighters withdrew from Tell Sultan, and the Syrian army entered the village.",
  },
  {
    id: "b",
    published: "2018-01-25",
    text: "Regime forces are expected to capture Saraqib in the coming days.",
  },
  {
    id: "c",
    published: "2018-02-10",
    text: "HTS fighters took the town of Saraqib from the Syrian army on Saturday.",
  },
];

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("sitrep export --format control", () => {
  it("writes one point per settlement whose controller is known on the date", { timeout: 300_000 }, () => {
    const input = join(dir, "front.jsonl");
    writeFileSync(input, REPORTS.map((r) => JSON.stringify(r)).join("\n"));
    expect(sitrep("import", input).stdout).toMatch(/^3 new/);

    const before = sitrep("export", "--format", "control", "--date", "2018-01-19");
    expect(before.status).toBe(0);
    expect(JSON.parse(before.stdout)).toEqual({ type: "FeatureCollection", features: [] });

    const out = sitrep("export", "--format", "control", "--date", "2018-02-15");
    expect(out.status).toBe(0);
    const fc = JSON.parse(out.stdout) as {
      features: { geometry: { type: string; coordinates: number[] }; properties: Record<string, unknown> }[];
    };
    const byName = Object.fromEntries(fc.features.map((f) => [f.properties.geonameid, f.properties]));
    expect(byName).toEqual({
      174611: expect.objectContaining({
        name: "Abū az̧ Z̧uhūr",
        // The registry is seeded with the army as the government's: one holder for the state.
        controller: "Government of Syria",
        controller_id: "sy-gov",
        since: "2018-01-20",
        event: expect.any(Number),
      }),
      163442: expect.objectContaining({
        name: "Tall Sultan",
        controller: "Government of Syria",
        since: "2018-01-20",
      }),
      164816: expect.objectContaining({
        name: "Sarāqib",
        controller: "Hayat Tahrir al-Sham",
        since: "2018-02-10",
      }),
    });
    for (const f of fc.features) expect(f.geometry.type).toBe("Point");
    const file = join(dir, "control.geojson");
    writeFileSync(file, out.stdout);
    const info = execFileSync("ogrinfo", ["-ro", "-al", "-so", file], { encoding: "utf8" });
    expect(info).toMatch(/Geometry: Point/);
    expect(info).toMatch(/Feature Count: 3/);

    const map = sitrep("export", "--format", "control", "--date", "2018-02-15", "--areas");
    const kinds = (JSON.parse(map.stdout) as typeof fc).features.map(
      (f) => `${String(f.properties.kind)} ${f.geometry.type}`,
    );
    expect(kinds.filter((k) => k.startsWith("area"))).toEqual(["area MultiPolygon", "area MultiPolygon"]);
    expect(kinds).toContain("front MultiLineString");
    expect(kinds.filter((k) => k === "settlement Point")).toHaveLength(3);

    // Nothing is confirmed yet: the published data set holds nothing.
    expect(
      JSON.parse(
        sitrep("export", "--format", "control", "--date", "2018-02-15", "--status", "confirmed").stdout,
      ).features,
    ).toEqual([]);
  });

  it("refuses a missing or impossible date with the usage and exit code 2", () => {
    for (const args of [[], ["--date", "2018-02-30"], ["--date", "2018-03-01", "--status", "proposed"]]) {
      const result = sitrep("export", "--format", "control", ...args);
      expect(result.status).toBe(2);
      expect(result.stderr).toMatch(/--date|--status/);
    }
  });
});
