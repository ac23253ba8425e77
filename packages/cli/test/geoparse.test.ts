import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { sitrep } from "./cli.js";

const tmp = mkdtempSync(join(tmpdir(), "sitrep-geo-"));

describe("sitrep geoparse", () => {
  it("prints the contract's fields for a file", () => {
    const file = join(tmp, "report.txt");
    writeFileSync(
      file,
      "Russian jets pounded HTS positions in Abu Dali, 50 km west of Hama, and in Idlib province.",
    );
    const run = sitrep(["geoparse", file]);
    expect(run.status).toBe(0);
    const { places } = JSON.parse(run.stdout) as { places: Record<string, unknown>[] };
    const names = places.map((p) => p.text);
    expect(names).toEqual(expect.arrayContaining(["Abu Dali", "Hama", "Idlib province"]));
    for (const p of places) {
      for (const key of [
        "text",
        "start",
        "end",
        "name",
        "geonameid",
        "lat",
        "lon",
        "country",
        "admin1",
        "feature",
        "precision",
        "rule",
      ])
        expect(p).toHaveProperty(key);
      expect([1, 2, 3]).toContain(p.precision);
    }
  });

  it("reads stdin with -", () => {
    const run = sitrep(["geoparse", "-"], "Shelling hit Kharkiv.");
    expect(JSON.parse(run.stdout).places[0].name).toBe("Kharkiv");
  });

  it("answers each JSON line in order and survives bad lines", () => {
    const input = [
      '{"id":"a","text":"Clashes in Aleppo."}',
      "not json",
      '{"id":"c","text":42}',
      '{"id":"d","text":""}',
      "",
    ].join("\n");
    const run = sitrep(["geoparse", "--jsonl"], input);
    expect(run.status).toBe(0);
    const lines = run.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as { id: string | null; places: unknown[]; error?: string });
    expect(lines).toHaveLength(4);
    expect(lines[0]!.id).toBe("a");
    expect(lines[0]!.places).toHaveLength(1);
    expect(lines[1]!.error).toMatch(/line 2: not JSON/);
    expect(lines[2]!.error).toMatch(/"text" must be a string/);
    expect(lines[3]).toEqual({ id: "d", places: [] });
  });

  it("gives a clear error for binary input, an empty file and a missing file", () => {
    const binary = join(tmp, "junk.bin");
    writeFileSync(binary, Buffer.from([0, 1, 2, 255, 0, 7]));
    expect(sitrep(["geoparse", binary]).stderr).toMatch(/not text/);
    const empty = join(tmp, "empty.txt");
    writeFileSync(empty, "");
    expect(JSON.parse(sitrep(["geoparse", empty]).stdout)).toEqual({ places: [] });
    const missing = sitrep(["geoparse", join(tmp, "nope.txt")]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/no such file/);
    expect(sitrep(["geoparse"]).status).toBe(2);
  });
});

describe("sitrep gazetteer import", () => {
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
      "12",
      "",
      "",
      "",
      "0",
      "",
      "",
      "Asia/Damascus",
      "2024-01-01",
    ].join("\t");

  it("adds places, counts malformed lines, and keeps earlier imports", () => {
    const data = join(tmp, "data");
    const first = join(tmp, "first.txt");
    writeFileSync(
      first,
      [
        row(990001, "Qaryat Zarqa", 35.9, 36.6),
        "this is not a geonames line",
        row(990002, "Tell Sitrep", 35.8, 36.7),
      ].join("\n") + "\n",
    );
    const run = sitrep(["gazetteer", "import", first, "--data", data]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/imported 2 new places, 0 updated, 1 malformed lines skipped/);
    expect(run.stderr).toMatch(/first\.txt:2:/);

    const second = join(tmp, "second.txt.gz");
    writeFileSync(second, gzipSync(row(990003, "Khirbet Testa", 35.7, 36.8) + "\n"));
    expect(sitrep(["gazetteer", "import", second, "--data", data]).stdout).toMatch(
      /imported 1 new places.*3 imported places/,
    );

    const found = JSON.parse(
      sitrep(["geoparse", "-", "--data", data], "Troops entered Qaryat Zarqa and Khirbet Testa near Idlib.")
        .stdout,
    ) as { places: { text: string; geonameid: number; admin1: string }[] };
    expect(found.places.map((p) => p.geonameid)).toEqual(expect.arrayContaining([990001, 990003]));
    expect(found.places.find((p) => p.geonameid === 990001)?.admin1).toBe("Idlib");
    expect(
      readFileSync(join(data, "gazetteer", "imported.tsv"), "utf8")
        .split("\n")
        .filter(Boolean),
    ).toHaveLength(3);
  });

  it("refuses a missing file without touching what was imported", () => {
    const data = join(tmp, "data2");
    const run = sitrep(["gazetteer", "import", join(tmp, "absent.txt"), "--data", data]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/no such file/);
  });
});
