import { expect, it } from "vitest";
import { eventLines, extractEvents, testModel } from "./helpers.js";

// The case helpers the dated rule files (`rules-*.test.ts`) share: short reports in a wire's or a local
// outlet's style, read as lines "TYPE actor1 -> actor2 [modality]", reported on 2025-06-10.

/** A text's events as "TYPE actor1 -> actor2 [modality]". */
export const lines = (text: string, published = "2025-06-10"): string[] =>
  eventLines(text, published, { modality: true });

/** A text's coded events. */
export const codedEvents = (text: string) => extractEvents(text, testModel(), "2025-06-10");

/** Cases of a report and a line its events must hold: the line itself, or a pattern it matches. */
export const holds = (cases: readonly (readonly [string, string | RegExp])[]): void =>
  it.each(cases)("%s", (text, line) => {
    expect(lines(text)).toContainEqual(typeof line === "string" ? line : expect.stringMatching(line));
  });

/** Cases of a report and a pattern no line of its events may match. */
export const lacks = (cases: readonly (readonly [string, RegExp])[]): void =>
  it.each(cases)("%s", (text, line) => {
    expect(lines(text).filter((l) => line.test(l))).toEqual([]);
  });
