import { describe, expect, it } from "vitest";
import { extract } from "@sitrep/coder";
import { expectContract } from "./contract.js";
import { modelWithoutPlaces, testModel } from "./helpers.js";

describe("extract never throws on input", () => {
  const model = modelWithoutPlaces();
  it("gives no events for empty or blank text", () => {
    expect(extract("", model).events).toEqual([]);
    expect(extract("   \n\n  ", model).events).toEqual([]);
  });
  it("survives binary junk", () => {
    let junk = "";
    for (let i = 0; i < 50_000; i++) junk += String.fromCharCode((i * 7919) % 65536);
    const result = extract(junk, model);
    expect(Array.isArray(result.events)).toBe(true);
  });
  it("survives invalid UTF-8 decoded with replacement characters", () => {
    const text = new TextDecoder().decode(
      new Uint8Array([
        0xff, 0xfe, 0x41, 0xc3, 0x28, 0x20, 0x52, 0x53, 0x46, 0x20, 0x73, 0x68, 0x65, 0x6c, 0x6c, 0x65, 0x64,
      ]),
    );
    expect(() => extract(text, model)).not.toThrow();
  });
  it("survives 100,000 short lines", () => {
    const text = Array.from({ length: 100_000 }, (_, i) =>
      i % 10 === 0 ? "RSF shelled the market." : "x",
    ).join("\n");
    const { events } = extract(text, model);
    for (const e of events.slice(0, 5)) expectContract(e, text);
  });
  it("survives markup, entities and a line with no spaces", () => {
    const text = `<html><body><p>The RSF &amp; allies shelled the market &#8212; killing 3.</p>${"a".repeat(100_000)}&bogus;&#xFFFFFF;</body></html>`;
    const { events } = extract(text, model);
    for (const e of events) expectContract(e, text);
  });
  it("does not take non-strings", () => {
    expect(extract(undefined as unknown as string, model).events).toEqual([]);
    expect(extract(42 as unknown as string, testModel()).events).toEqual([]);
  });
});
