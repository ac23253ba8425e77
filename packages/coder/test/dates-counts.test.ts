import * as chrono from "chrono-node/en";
import { describe, expect, it } from "vitest";
import { fatalitiesIn } from "../src/2-mentions/counts.js";
import { chronoFor, PARSER_NEEDS, referenceDate, sentenceDate } from "../src/2-mentions/dates.js";
import { eventLines, extractEvents, testModel } from "./helpers.js";

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
    // The verb "march" is no month; a weekday beside it still dates the sentence.
    ["Protesters will march on Tuesday to the parliament.", { start: "2018-01-09", precision: 1 }],
    [
      "In March 2017, the militia shelled the port.",
      { start: "2017-03-01", end: "2017-03-31", precision: 3 },
    ],
    // Days ahead in the same weeks are to come, not last year's (2026-12-04).
    ["The sides are to swap prisoners before 20 January.", { start: "2018-01-20", precision: 1 }],
    ["Talks resume on 15 February.", { start: "2017-02-15", precision: 1 }],
  ])("%s", (text, expected) => {
    expect(sentenceDate(text, ref)).toMatchObject(expected);
  });
  it("does not date an act by the start of a state that goes on ('detained since February')", () => {
    expect(sentenceDate("The Taliban released two aid workers detained since February.", ref)).toBeNull();
    expect(
      sentenceDate("The Taliban released two aid workers on Sunday, detained since early March.", ref),
    ).toMatchObject({
      start: "2018-01-07",
    });
  });
  it("does not date an act by the end of a state to come ('extended until 30 June') (2026-12-05)", () => {
    expect(sentenceDate("The curfew in Shebekino has been extended until 30 June.", ref)).toBeNull();
    expect(sentenceDate("Two men detained since 12 February were freed.", ref)).toBeNull();
    expect(
      sentenceDate("On Sunday the governor extended the curfew until the end of March.", ref),
    ).toMatchObject({ start: "2018-01-07" });
  });
  it("gives null when the sentence has no date", () => {
    expect(sentenceDate("The army advanced.", ref)).toBeNull();
    expect(sentenceDate("He warned that his men would march on the capital.", ref)).toBeNull();
  });
  it("tolerates a missing or malformed publication date", () => {
    expect(referenceDate("yesterday")).toBeNull();
    expect(() => sentenceDate("On Monday the RSF attacked.", null)).not.toThrow();
  });
});

describe("2b chrono narrowed to the parsers a text allows", () => {
  it("knows every parser it leaves out by name", () => {
    const names = new Set(
      [...chrono.casual.parsers, ...chrono.strict.parsers].map((p) => p.constructor.name),
    );
    for (const name of Object.keys(PARSER_NEEDS)) expect(names).toContain(name);
  });
  const instant = new Date("2018-01-09T12:00:00Z");
  const dump = (results: chrono.ParsedResult[]): unknown =>
    results.map((r) => [r.index, r.text, r.start.date().getTime(), r.end?.date().getTime() ?? null]);
  it.each([
    "On Sunday, the army liberated Sinjar.",
    "the militia shelled the port three days ago, residents said",
    "Two days later the RSF withdrew; in 5 minutes the convoy left",
    "Sept. 12, 2017 at 5 pm, next weekend, last Mon, 2024-03-01T10:00, 12/03/2024, 3/2024",
    "on the 12th of March, March 3 to 5, 2023, this morning, end of month, Dec-25, 1999 Jan",
    "half an hour out of town, yesterday evening, FRIDAY, tonight",
    "overmorrow at midday, tmrw at noon, last  night, after this week, the last day of the month, past year",
    "The army advanced.",
  ])("%s", (text) => {
    for (const casual of [true, false]) {
      const full = casual ? chrono.casual : chrono.strict;
      const options = { instant, timezone: 0 };
      expect(dump(chronoFor(text, casual).parse(text, options, { forwardDate: false }))).toEqual(
        dump(full.parse(text, options, { forwardDate: false })),
      );
    }
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
    // Left dead, not left wounded (2026-12-04).
    ["A car bomb exploded in the market, leaving at least five people dead.", 5],
    ["A drone hit the army base, leaving two soldiers wounded.", null],
  ])("%s → %s", (text, expected) => {
    expect(fatalitiesIn(text)).toBe(expected);
  });
});

describe("2e counts of one person, and of those killed with them", () => {
  it.each([
    ["A missile hit an apartment block, killing a 14-year-old boy and wounding seven people.", 1],
    ["Another strike on a house killed a woman and her son, state media reported.", 2],
    ["A drone strike killed a gang leader and at least four of his men in Delmas.", 5],
    ["Gunmen killed a farmer and another man near the river.", 2],
    ["A soldier was killed when his patrol hit a mine.", 1],
    ["At least nine security personnel were martyred when terrorists ambushed a convoy.", 9],
    ["The army killed a number of insurgents.", null],
  ])("%s → %s", (text, expected) => {
    expect(fatalitiesIn(text)).toBe(expected);
  });
});

describe("2e a day counted from the one told before (2026-12-05)", () => {
  it("dates 'the next day' and 'two days later' from the last day the story told", () => {
    const events = extractEvents(
      "Separatist fighters abducted 12 pupils near Kumbo on Monday. In a video posted the next day, the kidnappers threatened to kill the hostages. Two days later, the army raided the village.",
      testModel(),
      "2025-03-14",
    );
    expect(events.map((e) => e.date?.start)).toEqual(["2025-03-10", "2025-03-11", "2025-03-13"]);
  });
});

describe("2b a sentence opened by a year long gone is history (2026-12-07)", () => {
  it("'In March 2020, Boko Haram killed nearly 100 soldiers…, prompting a large offensive' codes nothing", () => {
    expect(
      eventLines(
        "In March 2020, Boko Haram killed nearly 100 soldiers at Bohoma, prompting a large offensive led by the president.",
        "2025-05-01",
        {},
      ),
    ).toEqual([]);
  });
  it("a date of this year at the opening is news: 'In March 2025, Boko Haram killed 20 soldiers at Bohoma'", () => {
    expect(eventLines("In March 2025, Boko Haram killed 20 soldiers at Bohoma.", "2025-05-01", {})).toContain(
      "ASSAULT jas -> ng-mil",
    );
  });
});

describe("2e the dead counted past a unit's name (2026-12-13)", () => {
  it("'Three soldiers of the Army's Second Division were killed and five wounded': three", () => {
    expect(
      fatalitiesIn(
        "Three soldiers of the Army's Second Division were killed and five wounded when ELN guerrillas attacked a base.",
      ),
    ).toBe(3);
  });
});

describe("2b history dated by its own words a year or more before the report (2026-12-14)", () => {
  it("'The conflict in Amhara began in August 2023, after … Fano briefly seized parts of Gondar' is history", () => {
    expect(
      eventLines(
        "The conflict in Amhara began in August 2023, after the federal government moved to dissolve the regional special forces and Fano briefly seized parts of Gondar.",
        "2026-02-09",
        {},
      ),
    ).toEqual([]);
  });
  it("'blamed the ENDF, which has used armed drones since the conflict began in August 2023' is news", () => {
    expect(
      eventLines(
        "A drone strike on a market in Dabat killed 14 civilians on Tuesday. Residents blamed the Ethiopian National Defense Force (ENDF), which has used armed drones against Fano since the conflict in Amhara began in August 2023.",
        "2025-04-16",
        {},
      ).some((line) => line.startsWith("ACCUSE")),
    ).toBe(true);
  });
  it("an act of this year, named with its year, is news", () => {
    expect(
      eventLines("On 3 February 2026, Fano fighters seized the town of Debre Tabor.", "2026-02-09", {}),
    ).toEqual(["COERCE fano -> -"]);
  });
});

describe("3g a later mention's exact day dates an act first told without one (2026-12-15)", () => {
  it("a highlight with no day, then the body's 'On 27 November': the event is dated the 27th", () => {
    const events = extractEvents(
      "HIGHLIGHTS\n• Gang attacks in Mirebalais displaced more than 6,000 people.\n\nSITUATION OVERVIEW\nOn 27 November, armed men of the Viv Ansanm coalition attacked Mirebalais, burning houses.",
      testModel(),
      "2026-11-30",
    );
    expect(events.map((e) => [e.type, e.date?.start, e.date?.precision])).toEqual([
      ["ASSAULT", "2026-11-27", 1],
    ]);
  });
});

describe("2b a month or a day to come (2026-12-16)", () => {
  const paper = new Date("2025-12-03T12:00:00Z");
  it("'would arrive in January' in a paper of 3 December is next January; 'killed … in November' this one", () => {
    expect(
      sentenceDate("The first contingent would arrive in Port-au-Prince in January.", paper)?.start,
    ).toBe("2026-01-01");
    expect(sentenceDate("Gunmen killed five people in Jos in November.", paper)?.start).toBe("2025-11-01");
  });
  it("'would launch an offensive on Friday' in Wednesday's paper is that Friday; 'attacked on Friday' the last", () => {
    expect(sentenceDate("Troops would launch an offensive on Friday.", paper)?.start).toBe("2025-12-05");
    expect(sentenceDate("Gunmen attacked the village on Friday.", paper)?.start).toBe("2025-11-28");
  });
});

describe("2b 'this morning' is the paper's day (2026-12-16)", () => {
  it("'struck a car near Nabatieh this morning' after 'last week'", () => {
    const paper = new Date("2025-12-03T12:00:00Z");
    expect(sentenceDate("An Israeli drone struck a car near Nabatieh this morning.", paper)?.start).toBe(
      "2025-12-03",
    );
  });
});

describe("2b a weekday to come just past in the week (2026-12-17)", () => {
  it("'is due in Juba on Monday' in Tuesday's paper is next Monday; 'attacked … on Monday' the day before", () => {
    const paper = new Date("2025-10-14T12:00:00Z");
    expect(
      sentenceDate("An African Union delegation is due in Juba on Monday for talks.", paper)?.start,
    ).toBe("2025-10-20");
    expect(sentenceDate("The envoy will meet the president on Monday.", paper)?.start).toBe("2025-10-20");
    expect(sentenceDate("Gunmen attacked a convoy near Juba on Monday.", paper)?.start).toBe("2025-10-13");
  });
});

describe("2b a day a thing is called for (2026-12-17)", () => {
  it("'called a nationwide general strike for Thursday' in Tuesday's paper is that Thursday", () => {
    const paper = new Date("2025-10-14T12:00:00Z");
    expect(
      sentenceDate("The opposition has called a nationwide general strike for Thursday.", paper)?.start,
    ).toBe("2025-10-16");
  });
});
