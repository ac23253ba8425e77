import { describe, expect, it } from "vitest";
import { eventLines } from "./helpers.js";

// Rules of the session of 2026-12-07 03:21 (tests marked "2026-12-23"), in sentences written for the
// tests. Each case is a short report in a wire's or a local outlet's style; a line is
// "TYPE actor1 -> actor2 [modality]".

const lines = (text: string, published = "2025-06-10"): string[] =>
  eventLines(text, published, { modality: true });

describe("3c denials of a part in an attack just told (2026-12-23)", () => {
  it.each([
    [
      "Gunmen attacked a police post in Kawangware on Monday night, killing two officers. The Kenya Police Service said the group al-Shabaab was behind it. Al-Shabaab denied any role in the raid.",
      /^ASSAULT shabaab -> \S+ \[negated\]$/,
    ],
    [
      "Gunmen shot dead five villagers in Baniyas on Friday. The Ministry of Interior denied that General Security personnel had taken part in the killings.",
      /^ASSAULT \S+ -> civilians \[negated\]$/,
    ],
  ])("%s", (text, line) => {
    expect(lines(text)).toContainEqual(expect.stringMatching(line));
  });

  it("the denial is the sentence's subject's, not a body named in its apposition", () => {
    const out = lines(
      "Rockets hit Ain al-Asad air base in Anbar on Sunday. Kataib Hezbollah, one of the factions of the Islamic Resistance in Iraq, denied any role in the attack.",
    ).filter((l) => l.includes("[negated]"));
    expect(out).toEqual([expect.stringMatching(/^ASSAULT iq-kh -> /)]);
  });
});

describe("3a bombs that blew up outside, a shell that fell; 3c a shell fired from somewhere (2026-12-23)", () => {
  it.each([
    [
      "SUÁREZ, Colombia — A motorbike blew up outside the police station in Suárez on Monday, killing a street vendor.",
      /^ASSAULT unidentified-armed-group -> co-pol \[asserted\]$/,
    ],
    [
      "GOMA, Congo — A shell fell on a house in Katogota on Tuesday, killing a woman and her child.",
      /^ASSAULT unidentified-armed-group -> civilians \[asserted\]$/,
    ],
    [
      "GOMA, Congo — A shell fired from the hills hit a house in Katogota on Tuesday, killing a woman.",
      /^ASSAULT unidentified-armed-group -> civilians \[asserted\]$/,
    ],
  ])("%s", (text, line) => {
    expect(lines(text)).toContainEqual(expect.stringMatching(line));
  });

  it("a shell fired from a side's positions is that side's, not an unnamed launcher's", () => {
    expect(
      lines(
        "GOMA, Congo — A shell fired from M23 positions hit a house in Katogota on Tuesday, killing a woman.",
      ),
    ).toContainEqual(expect.stringMatching(/^ASSAULT m23 -> civilians/));
  });
});
