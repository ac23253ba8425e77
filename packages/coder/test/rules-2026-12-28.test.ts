import { describe, expect, it } from "vitest";
import { codedEvents, holds } from "./rule-cases.js";

// Rules of the session of 2026-12-07 16:20 (tests marked "2026-12-28"), in sentences written for the
// tests. Each case is a short report in a wire's or a local outlet's style; a line is
// "TYPE actor1 -> actor2 [modality]".

describe("3c people arrested 'suspected of belonging to' a group are held as that group (2026-12-28)", () => {
  holds([
    [
      "CÚCUTA — Police arrested two men suspected of belonging to the ELN on Sunday.",
      "COERCE co-pol -> eln [asserted]",
    ],
    [
      "BUNIA — The Congolese National Police arrested 14 people accused of belonging to CODECO on 12 November.",
      "COERCE cd-pol -> codeco [asserted]",
    ],
  ]);
});

describe("3 declining an invitation or an offer is a refusal (2026-12-28)", () => {
  it("codes 'declined an invitation' as REJECT by the one who declines", () => {
    const events = codedEvents(
      "YANGON — The Kachin Independence Army declined an invitation to peace talks with the junta in Naypyitaw on Monday.",
    );
    expect(events.map((e) => `${e.type} ${e.actor1?.id}`)).toContain("REJECT kia");
  });
});

describe("2 ACLED writes 'Police Forces of Maldives', with no article (2026-12-28)", () => {
  it("names the Maldives' and the Solomon Islands' forces as ACLED does", () => {
    const maldives = codedEvents("MALÉ — Police arrested 17 protesters in Malé on Tuesday.");
    const solomons = codedEvents("HONIARA — Police arrested 52 people for looting in Honiara on Monday.");
    expect(maldives.map((e) => e.actor1?.name)).toContain("Police Forces of Maldives");
    expect(solomons.map((e) => e.actor1?.name)).toContain("Police Forces of Solomon Islands");
  });
});
