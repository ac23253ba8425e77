import { describe } from "vitest";
import { holds } from "./rule-cases.js";

// Rules of the session of 2026-12-08 00:05 (tests marked "2026-12-31"), in sentences written for the
// tests. Each case is a short report in a wire's or a local outlet's style; a line is
// "TYPE actor1 -> actor2 [modality]".

describe("5 'our forces' in an armed group's words are the group's (2026-12-31)", () => {
  holds([
    [
      "The spokesman of the Rapid Support Forces announces the following:\n\nFirst: On Saturday the army attacked our positions west of El Obeid.\n\nSecond: Our forces inflicted heavy losses on the attackers and captured 57 fighters.",
      /^ASSAULT rsf -> sd-mil/,
    ],
    [
      'BAHIR DAR — "Our forces are now in full control of the town and have captured 23 soldiers," a Fano spokesman said on Monday.',
      /^COERCE fano -> et-mil/,
    ],
  ]);
});
