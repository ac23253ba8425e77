import { describe, expect, it } from "vitest";
import { cleanText } from "../src/1-text/clean.js";
import { findFurniture } from "../src/1-text/furniture.js";
import { splitSentences } from "../src/1-text/sentences.js";
import { tokenize } from "../src/1-text/tokens.js";

describe("1a clean text", () => {
  it.each([
    [
      "curly quotes and dashes keep their length",
      "He said \u201cno\u201d \u2014 twice",
      'He said "no" - twice',
    ],
    [
      "entities are decoded",
      "Hayat Tahrir al-Sham &amp; allies&#8217; positions",
      "Hayat Tahrir al-Sham & allies' positions",
    ],
    [
      "tags become spaces or line breaks",
      "<p>RSF shelled <b>El Fasher</b>.</p><p>Next.</p>",
      "\nRSF shelled  El Fasher . \nNext. ",
    ],
    ["CRLF becomes LF", "one\r\ntwo", "one\ntwo"],
  ])("%s", (_, input, expected) => {
    expect(cleanText(input).text.replace(/\s+/g, " ").trim()).toBe(expected.replace(/\s+/g, " ").trim());
  });
  it("maps offsets back into the original", () => {
    const original = "A &amp; B shelled <i>Idlib</i>.";
    const clean = cleanText(original);
    const at = clean.text.indexOf("Idlib");
    expect(original.slice(clean.toOriginal(at), clean.toOriginal(at) + 5)).toBe("Idlib");
  });
});

describe("1b page furniture", () => {
  const page = [
    "Russian jets struck Abu Dali on Tuesday.",
    "Share this:",
    "Facebook | Twitter | Telegram",
    "Related",
    "Tiger Forces push towards Abu Dhuhur",
    "Who supplies the Idlib militants?",
    "Leave a Reply",
    "Your email address will not be published. Required fields are marked *",
    "Comment *",
    "Tags: Syria, Idlib, HTS",
    "Subscribe to our newsletter",
  ].join("\n");
  it("finds share buttons, related links, the comment form and tag lists", () => {
    const spans = findFurniture(page);
    const lines = spans.map((s) => page.slice(s.start, s.end));
    expect(lines).not.toContain("Russian jets struck Abu Dali on Tuesday.");
    for (const line of [
      "Share this:",
      "Facebook | Twitter | Telegram",
      "Related",
      "Who supplies the Idlib militants?",
      "Leave a Reply",
      "Comment *",
      "Tags: Syria, Idlib, HTS",
    ])
      expect(lines).toContain(line);
    expect(spans.every((s) => /^furniture\//.test(s.rule))).toBe(true);
  });
  it("keeps prose that follows a related list", () => {
    const text =
      "Related\nA link title\nThe army said on Monday that it had retaken the town after a week of heavy fighting with the rebels.";
    const lines = findFurniture(text).map((s) => text.slice(s.start, s.end));
    expect(lines).not.toContain(text.split("\n")[2]);
  });
  it("finds an outlet's pointer to more of its reporting, and keeps a visit told as news", () => {
    const text =
      "For more Human Rights Watch reporting on Burkina Faso, please visit the country page.\nPlease visit our website for updates.\nThe envoy will visit Ouagadougou on Monday for talks with the junta.";
    const lines = findFurniture(text).map((s) => text.slice(s.start, s.end));
    expect(lines).toEqual(text.split("\n").slice(0, 2));
  });
});

describe("1c sentences", () => {
  it.each([
    [
      "Gen. Smith said the U.S. forces left. Then HTS attacked.",
      ["Gen. Smith said the U.S. forces left.", "Then HTS attacked."],
    ],
    [
      "Fighting near Jan. 5 positions continued. ISIS withdrew.",
      ["Fighting near Jan. 5 positions continued.", "ISIS withdrew."],
    ],
    [
      "• At least 23 civilians killed.\n• A drone strike on Zamzam camp.",
      ["At least 23 civilians killed.", "A drone strike on Zamzam camp."],
    ],
    [
      '"They started shooting," said a trader. The VDP left.',
      ['"They started shooting," said a trader.', "The VDP left."],
    ],
  ])("%s", (text, expected) => {
    expect(splitSentences(text, []).map((s) => s.text)).toEqual(expected);
  });
  it("drops a short heading line without final punctuation in a longer text", () => {
    const text = `Army retakes Sinjar\n${"The army retook Sinjar after two days of fighting. ".repeat(10)}`;
    expect(splitSentences(text, [])[0]!.text.startsWith("The army")).toBe(true);
  });
});

describe("1d tokens", () => {
  it("splits hyphens and apostrophes, keeps offsets and keys without accents", () => {
    const tokens = tokenize("Hay'at Tahrir al-Sham, Sévaré", 10);
    expect(tokens.map((t) => t.raw)).toEqual(["Hay", "'", "at", "Tahrir", "al", "-", "Sham", ",", "Sévaré"]);
    expect(tokens[8]!.key).toBe("sevare");
    expect(tokens[0]!.start).toBe(10);
  });
});

describe("1 a bulletin's teaser of its stories is furniture (2026-12-12)", () => {
  it.each([
    "In the headlines: a MINUSCA patrol ambushed in Ouham-Pendé; the army returns to Ouadda; and fresh fighting in Zemio.",
    "This week: al-Shabaab seizes Adan Yabaal; Moqokori base attacked; US strike in Middle Shabelle.",
    "Ce qu'il faut retenir : a deadly drone strike on a wedding in the Kidal region, renewed fighting around Tessalit.",
  ])("%s", (line) => {
    const text = `${line}\nA MINUSCA patrol was ambushed on Sunday near Paoua.`;
    expect(findFurniture(text).map((s) => [text.slice(s.start, s.end), s.rule])).toEqual([
      [line, "furniture/teaser"],
    ]);
  });
});
