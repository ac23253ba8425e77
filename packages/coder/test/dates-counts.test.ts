import { describe, expect, it } from "vitest";
import { fatalitiesIn } from "../src/2-mentions/counts.js";
import { referenceDate, sentenceDate } from "../src/2-mentions/dates.js";

describe("2b dates", () => {
  const ref = referenceDate("2018-01-09");
  it.each([
    ["On Sunday, the army liberated Sinjar.", { start: "2018-01-07", precision: 1 }],
    // A weekday later than the publication's (a Tuesday) is last week's; the same weekday is that day.
    ["Rebels overran the post on Wednesday.", { start: "2018-01-03", precision: 1 }],
    ["Rebels overran the post early on Tuesday.", { start: "2018-01-09", precision: 1 }],
    ["RSF artillery hit the area on 12 March.", { start: "2017-03-12", precision: 1 }],
    ["Fighting continued in December.", { precision: 3 }],
    ["Troops entered the town on 5 January.", { start: "2018-01-05", end: "2018-01-05", precision: 1 }],
    [
      "Russia invaded the country in February 2016.",
      { start: "2016-02-01", end: "2016-02-29", precision: 3 },
    ],
    [
      "In March 2017, the militia shelled the port.",
      { start: "2017-03-01", end: "2017-03-31", precision: 3 },
    ],
  ])("%s", (text, expected) => {
    expect(sentenceDate(text, ref)).toMatchObject(expected);
  });
  it("gives null when the sentence has no date", () => {
    expect(sentenceDate("The army advanced.", ref)).toBeNull();
  });
  it("tolerates a missing or malformed publication date", () => {
    expect(referenceDate("yesterday")).toBeNull();
    expect(() => sentenceDate("On Monday the RSF attacked.", null)).not.toThrow();
  });
});

describe("2e counts", () => {
  it.each([
    ["The RSF shelled the market, killing at least 14 civilians.", 14],
    ["At least 23 civilians were killed by shelling.", 23],
    ["Jihadists ambushed a convoy, killing at least twelve soldiers.", 12],
    ["A drone strike killed five people, including two children.", 5],
    ["The army said it killed dozens of terrorists.", 24],
    ["Fighting continued since 2012.", null],
    ["Three SDF fighters were killed when ISIS attacked.", 3],
  ])("%s → %s", (text, expected) => {
    expect(fatalitiesIn(text)).toBe(expected);
  });
});
