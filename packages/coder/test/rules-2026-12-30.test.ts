import { describe } from "vitest";
import { holds } from "./rule-cases.js";

// Rules of the session of 2026-12-07 21:30 (tests marked "2026-12-30"), in sentences written for the
// tests. Each case is a short report in a wire's or a local outlet's style; a line is
// "TYPE actor1 -> actor2 [modality]".

describe("4 words said again and again are said this time too (2026-12-30)", () => {
  holds([
    [
      "PORT SUDAN — Sudan's army has repeatedly accused the Libyan National Army of letting the RSF move fuel across the triangle.",
      "ACCUSE sd-mil -> lna [asserted]",
    ],
    [
      "KYIV — Ukraine's government has repeatedly rejected Russia's demand that it give up the Donetsk region.",
      "REJECT ua-gov -> ru-gov [asserted]",
    ],
  ]);
});

describe("4 a border closed with a state is closed on its government (2026-12-30)", () => {
  holds([
    [
      "VILNIUS — Lithuania closed its two remaining road checkpoints on the border with Belarus at midnight on Wednesday after smuggling balloons shut Vilnius airport.",
      "COERCE lt-mil -> by-gov [asserted]",
    ],
    [
      "BISHKEK — Kyrgyzstan closed all road crossings with Tajikistan in Batken region on Monday after the clashes.",
      "COERCE kg-mil -> tj-gov [asserted]",
    ],
    [
      "BANGKOK — Thailand on Tuesday closed all land border crossings with neighbouring Cambodia until further notice.",
      "COERCE th-mil -> kh-gov [asserted]",
    ],
  ]);
});
