import type { PlaceRecord } from "./build-index.js";

/** A parsed line of a GeoNames dump, or the reason it was skipped. */
export type GeonamesLine =
  { ok: true; record: PlaceRecord; admin1Code: string; admin2Code: string } | { ok: false; reason: string };

/**
 * Parses one line of a GeoNames dump (`allCountries.txt`, `XX.txt`, `cities500.txt`: 19 tab-separated
 * columns). The admin-1 name is left to the caller, who knows the admin-1 codes table.
 */
export function parseGeonamesLine(line: string): GeonamesLine {
  const f = line.split("\t");
  if (f.length < 15) return { ok: false, reason: `expected 19 tab-separated columns, found ${f.length}` };
  const id = Number(f[0]);
  const lat = Number(f[4]);
  const lon = Number(f[5]);
  if (!Number.isInteger(id) || id <= 0) return { ok: false, reason: `bad geonameid "${f[0]}"` };
  if (!Number.isFinite(lat) || lat < -90 || lat > 90 || f[4] === "")
    return { ok: false, reason: `bad latitude "${f[4]}"` };
  if (!Number.isFinite(lon) || lon < -180 || lon > 180 || f[5] === "")
    return { ok: false, reason: `bad longitude "${f[5]}"` };
  const name = f[1] ?? "";
  if (name.trim() === "") return { ok: false, reason: "empty name" };
  const population = Number(f[14]);
  const record: PlaceRecord = {
    geonameid: id,
    name,
    altNames: [f[2] ?? "", ...(f[3] ? f[3].split(",") : [])].filter((n) => n !== "" && n !== name),
    lat,
    lon,
    country: (f[8] ?? "").toUpperCase(),
    admin1: "",
    feature: `${f[6] ?? ""}.${f[7] ?? ""}`,
    population: Number.isFinite(population) && population > 0 ? population : 0,
  };
  return { ok: true, record, admin1Code: f[10] ?? "", admin2Code: f[11] ?? "" };
}
