import { describe, expect, it } from "vitest";
import { codedEvents, holds, lacks } from "./rule-cases.js";

// Rules of the session of 2026-12-07 13:40 (tests marked "2026-12-27"), in sentences written for the
// tests. Each case is a short report in a wire's or a local outlet's style; a line is
// "TYPE actor1 -> actor2 [modality]".

describe("3c two parties' people who clash fight each other (2026-12-27)", () => {
  holds([
    [
      "CHATTOGRAM — Awami League and BNP activists clashed in Hathazari on Sunday, leaving nine people injured, police said.",
      "ASSAULT bd-awami-league -> bd-bnp [reported]",
    ],
    [
      "BOGURA — Supporters of the Bangladesh Nationalist Party (BNP) and Bangladesh Jamaat-e-Islami clashed with sticks and bricks in Sherpur on Friday.",
      "ASSAULT bd-bnp -> bd-jamaat [asserted]",
    ],
  ]);
});

describe("3c 'the fighting pitted X against Y' is a clash of the two (2026-12-27)", () => {
  holds([
    [
      "TRIPOLI — The overnight fighting in Tajoura pitted the Radaa force, which holds the airport, against the 444 Brigade, residents said.",
      "ASSAULT ly-radaa -> ly-444 [reported]",
    ],
  ]);
  lacks([
    ["KHARTOUM — The war has pitted neighbour against neighbour in Omdurman, residents said.", /^ASSAULT/],
  ]);
});

describe("2c 'National Unity' in a government's name is no place (2026-12-27)", () => {
  it("places the clash at Tripoli, not South Sudan's Unity state", () => {
    const events = codedEvents(
      "TRIPOLI — Gunmen attacked a checkpoint of the 444 Brigade, which is loyal to the Government of National Unity, in Tajoura on Monday.",
    );
    expect(events.length).toBeGreaterThan(0);
    for (const e of events) expect(e.location?.country).toBe("LY");
  });
});

describe("1 'PESHAWAR:' is a dateline; a past event named by its date dates no other (2026-12-27)", () => {
  it("reads the capitals and the colon as where the story was filed", () => {
    const events = codedEvents(
      "PESHAWAR: Police arrested nine suspects in raids on Tuesday, officials said.",
    );
    expect(events.map((e) => `${e.type} ${e.actor1?.id}`)).toContain("COERCE pk-pol");
  });
  it("keeps an arrest of today though it names 'the March 2023 bombing'", () => {
    const events = codedEvents(
      "QUETTA: Police have arrested nine suspects in Quetta, including two men wanted in connection with the March 2023 bombing of a mosque.",
    );
    const arrest = events.find((e) => e.type === "COERCE");
    expect(arrest?.date?.start).toBe("2025-06-10");
  });
});
