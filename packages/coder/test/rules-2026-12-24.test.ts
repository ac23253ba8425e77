import { describe, expect, it } from "vitest";
import { eventLines } from "./helpers.js";

// Rules of the session of 2026-12-07 05:53 (tests marked "2026-12-24"), in sentences written for the
// tests. Each case is a short report in a wire's or a local outlet's style; a line is
// "TYPE actor1 -> actor2 [modality]".

/** A text's events as "TYPE actor1 -> actor2 [modality]", reported on 2025-06-10. */
const lines = (text: string, published = "2025-06-10"): string[] =>
  eventLines(text, published, { modality: true });

describe("3c ground the gazetteer lacks, named by its kind: a valley, a ridge, a tunnel complex (2026-12-24)", () => {
  it.each([
    [
      "BOSASO, Somalia — The Puntland Defence Forces said on Tuesday they had captured the Dhadaar valley, one of the last strongholds of ISIS-Somalia in the mountains.",
      /^COERCE puntland -> is-somalia \[claimed\]$/,
    ],
    [
      "TYRE, Lebanon — The Lebanese army said on Monday it had taken over a tunnel complex and two rocket launch sites belonging to Hezbollah.",
      /^COERCE lb-mil -> hezbollah \[claimed\]$/,
    ],
    [
      "HODEIDAH, Yemen — Houthi fighters captured a ridge overlooking the coastal road on Sunday after heavy fighting with government forces.",
      /^COERCE houthi -> ye-mil \[asserted\]$/,
    ],
  ])("%s", (text, line) => {
    expect(lines(text)).toContainEqual(expect.stringMatching(line));
  });

  it("troops moving into a forest take nothing", () => {
    expect(
      lines(
        "LAMU, Kenya — Hours after the blast, Kenya Defence Forces troops moved into the forest on Tuesday.",
      ).filter((l) => l.startsWith("COERCE")),
    ).toEqual([]);
  });
});
