import { describe, expect, it } from "vitest";
import { EMPTY_FILTERS, matchesFilters, parseFilters, serializeFilters } from "./filters.ts";
import type { MapPoint } from "./api/types.ts";

const point: MapPoint = {
  id: "e1",
  lon: 36.9,
  lat: 35.4,
  type: "ASSAULT",
  actor1: "rus-mil",
  actor2: "hts",
  date: "2017-10-10",
  status: "proposed",
  modality: "asserted",
};

describe("filters in the URL", () => {
  it("round-trips every filter", () => {
    const filters = {
      ...EMPTY_FILTERS,
      actor: ["hts", "isis"],
      type: ["ASSAULT" as const],
      modality: ["claimed" as const],
      status: ["confirmed" as const],
      from: "2017-10-01",
      to: "2017-10-31",
      bbox: [35, 34, 38, 36.5] as [number, number, number, number],
      q: "Hama",
    };
    const search = serializeFilters(filters);
    expect(search).toContain("actor=hts%2Cisis");
    expect(parseFilters(search)).toEqual(filters);
  });

  it("drops malformed values and keeps other parameters", () => {
    expect(parseFilters("?type=ASSAULT,BOGUS&from=yesterday&bbox=1,2,3")).toEqual({
      ...EMPTY_FILTERS,
      type: ["ASSAULT"],
    });
    expect(serializeFilters(EMPTY_FILTERS, new URLSearchParams("event=e1&type=AID"))).toBe("?event=e1");
  });
});

describe("matchesFilters", () => {
  it("matches by actor on either side, type, dates, area and the time slider", () => {
    expect(matchesFilters(point, { ...EMPTY_FILTERS, actor: ["hts"] })).toBe(true);
    expect(matchesFilters(point, { ...EMPTY_FILTERS, type: ["PROTEST"] })).toBe(false);
    expect(matchesFilters(point, { ...EMPTY_FILTERS, from: "2017-10-11" })).toBe(false);
    expect(matchesFilters(point, { ...EMPTY_FILTERS, bbox: [36, 35, 37, 36] })).toBe(true);
    expect(matchesFilters(point, { ...EMPTY_FILTERS, bbox: [170, 35, -170, 36] })).toBe(false);
    expect(matchesFilters(point, EMPTY_FILTERS, "2017-10-09")).toBe(false);
  });
});
