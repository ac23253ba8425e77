import { expect } from "vitest";
import type { CodedEvent } from "@sitrep/coder";

const TYPES = [
  "AGREE",
  "SUPPORT",
  "CONCEDE",
  "COOPERATE",
  "AID",
  "CONSULT",
  "RETREAT",
  "REQUEST",
  "REJECT",
  "ACCUSE",
  "THREATEN",
  "SANCTION",
  "PROTEST",
  "MOBILIZE",
  "COERCE",
  "ASSAULT",
];
const MODALITIES = ["asserted", "reported", "claimed", "planned", "hypothetical", "negated"];
const FIELDS = [
  "type",
  "mode",
  "acled",
  "cameo",
  "actor1",
  "actor2",
  "location",
  "date",
  "modality",
  "fatalities",
  "evidence",
  "confidence",
  "rule",
];

function checkActor(a: unknown, nullable: boolean): void {
  if (a === null) return void expect(nullable).toBe(true);
  const actor = a as Record<string, unknown>;
  expect(Object.keys(actor).sort()).toEqual(["id", "name", "text"]);
  for (const k of ["id", "name", "text"]) expect(typeof actor[k]).toBe("string");
}

/** Checks one event against the `sitrep extract` contract (PRODUCT.md): field names and types. */
export function expectContract(e: CodedEvent, original: string): void {
  expect(Object.keys(e).sort()).toEqual([...FIELDS].sort());
  expect(TYPES).toContain(e.type);
  expect(e.mode === null || typeof e.mode === "string").toBe(true);
  if (e.acled !== null) {
    expect(Object.keys(e.acled).sort()).toEqual(["event_type", "sub_event_type"]);
    expect(typeof e.acled.event_type).toBe("string");
  }
  expect(e.cameo === null || /^\d{2}$/.test(e.cameo)).toBe(true);
  checkActor(e.actor1, true);
  checkActor(e.actor2, true);
  if (e.location !== null) {
    const l = e.location;
    expect(typeof l.name).toBe("string");
    expect(typeof l.text).toBe("string");
    expect(l.geonameid === null || typeof l.geonameid === "number").toBe(true);
    expect(Math.abs(l.lat)).toBeLessThanOrEqual(90);
    expect(Math.abs(l.lon)).toBeLessThanOrEqual(180);
    expect([1, 2, 3]).toContain(l.precision);
  }
  if (e.date !== null) {
    expect(e.date.start).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(e.date.end).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect([1, 2, 3]).toContain(e.date.precision);
  }
  expect(MODALITIES).toContain(e.modality);
  expect(e.fatalities === null || (Number.isInteger(e.fatalities) && e.fatalities >= 0)).toBe(true);
  expect(Number.isInteger(e.evidence.sentence)).toBe(true);
  expect(original.slice(e.evidence.start, e.evidence.end)).toBe(e.evidence.text);
  expect(e.confidence).toBeGreaterThan(0);
  expect(e.confidence).toBeLessThanOrEqual(1);
  expect(e.rule).toMatch(/^[a-z-]+\//);
}
