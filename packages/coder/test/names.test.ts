import { describe, expect, it } from "vitest";
import { tokenize } from "../src/1-text/tokens.js";
import { splitSentences } from "../src/1-text/sentences.js";
import { findActors } from "../src/2-mentions/actors.js";
import { withNewNames } from "../src/2-mentions/names.js";
import { eventLines, extractEvents, modelWithoutPlaces, shortEvents, testModel } from "./helpers.js";

const model = modelWithoutPlaces();

/** The report's own organisations as "text = id (kind)", sentence by sentence, in order. */
function newNames(text: string): string[] {
  const sentences = splitSentences(text, []);
  const tokens = sentences.map((s) => tokenize(s.text, s.start));
  const known = tokens.map((t) => findActors(t, text, model));
  return withNewNames(tokens, known, text, model, sentences)
    .flat()
    .filter((m) => m.rule === "actor/new-name")
    .map((m) => {
      const e = m.entries[0]!;
      return e.kind === "actor" ? `${m.text} = ${e.actor.id} (${e.actor.kind})` : m.text;
    });
}

describe("2a organisations new to the dictionaries", () => {
  it.each([
    [
      "The Northeast Humanitarian Network (RHN) said clashes went on. The RHN calls on all parties to stop.",
      ["Northeast Humanitarian Network (RHN) = RHN (ngo)", "RHN = RHN (ngo)"],
    ],
    [
      "Fighters of the Southern Resistance Committees fired rockets at Sderot.",
      ["Fighters of the Southern Resistance Committees = Southern Resistance Committees (militia)"],
    ],
    [
      "The Sudan Doctors Network said 12 people were killed.",
      ["Sudan Doctors Network = Sudan Doctors Network (ngo)"],
    ],
    [
      "The Tanzanian Liberation Front claimed the ambush near the border.",
      ["Tanzanian Liberation Front = Tanzanian Liberation Front (rebel)"],
    ],
    // Civil words make a name civil whatever its head; armed words make a network armed.
    ["The Sahel Relief Alliance (SRA) reported fighting.", ["Sahel Relief Alliance (SRA) = SRA (ngo)"]],
    [
      "The Mujahideen Shura Network claimed the attack.",
      ["Mujahideen Shura Network = Mujahideen Shura Network (militia)"],
    ],
    // "Dakar – The West Africa …": a dash with spaces and a capitalised "The" start the name again.
    [
      "Dakar – The West Africa Media Defence Network (WAMDN) condemns the arrest.",
      ["West Africa Media Defence Network (WAMDN) = WAMDN (ngo)"],
    ],
  ])("%s", (text, expected) => {
    expect(newNames(text)).toEqual(expected);
  });

  it.each([
    // Dictionary actors, countries and state forces keep their names.
    "The Rapid Support Forces shelled the camp.",
    "The Russian Federation denied the report.",
    "Ukrainian Armed Forces repelled the assault.",
    "The African Union called for a ceasefire.",
    "The Defence Forces repelled 11 attacks near Lyman.",
    "The Unmanned Systems Forces struck a refinery.",
    // Descriptors alone make no name; neither does a head noun alone.
    "Security Forces said the attack was repelled.",
    "The National Army advanced.",
    "Network members said the road was closed.",
    // Military units are not organisations of their own.
    "The 47th Mechanized Brigade held the line.",
  ])("no new name in: %s", (text) => {
    expect(newNames(text)).toEqual([]);
  });

  it("codes the report's own organisations as actors, by their short name too", () => {
    const text =
      "The Northeast Humanitarian Network (RHN) said fighting went on in rural Tibú. " +
      "The RHN calls on all armed actors to respect civilians, and calls on the national government to guarantee humanitarian corridors.";
    expect(eventLines(text, "2025-01-24", { modality: true })).toEqual([
      "REQUEST RHN -> - [asserted]",
      "REQUEST RHN -> co-gov [asserted]",
    ]);
  });

  it("takes a name from a heading too, and a unit with its parent as one mention", () => {
    const text =
      "HUMANITARIAN ALERT No. 3\nIssued by the Northeast Humanitarian Network (RHN) – 24 January 2025\n\n1. CONTEXT\n" +
      "The ELN has been fighting the 33rd Front of the FARC dissidents near Tibú since Monday.\n\n" +
      "5. RECOMMENDATIONS\nThe RHN calls on all armed actors to respect the civilian population.";
    expect(newNames(text)).toContain("33rd Front of the FARC dissidents = 33rd Front (rebel)");
    expect(newNames(text)).toContain("RHN = RHN (ngo)");
    expect(shortEvents(text, modelWithoutPlaces(), "2025-01-24")).toContain("REQUEST RHN -> - [asserted]");
  });

  it("does not make a civil organisation a fighting party", () => {
    expect(shortEvents("The Sahel Relief Alliance (SRA) said fighting continued around El Fasher.")).toEqual(
      [],
    );
  });
});

describe("2a a state's body named with 'of' and its country", () => {
  it.each([
    [
      "The army of Mali said it killed 20 terrorists near Gao.",
      "ASSAULT ml-mil -> unidentified-armed-group [claimed]",
    ],
    [
      "Amnesty International called on the authorities of Burkina Faso to release the journalists.",
      "REQUEST amnesty -> bf-gov [asserted]",
    ],
  ])("%s", (text, expected) => {
    expect(shortEvents(text)).toEqual([expected]);
  });
});

describe("3a an appeal's second addressee with the verb left out", () => {
  it("'calls on A to …, and on B to …' is two appeals", () => {
    expect(
      shortEvents(
        "Amnesty International calls on the RSF to allow safe passage for civilians, and on the SAF to stop drone strikes on populated areas.",
      ),
    ).toEqual(["REQUEST amnesty -> rsf [asserted]", "REQUEST amnesty -> sd-mil [asserted]"]);
  });
  it("'and on' without an addressee and 'to' is no appeal", () => {
    expect(
      shortEvents("Amnesty International calls on the RSF to open the roads and on Monday repeated it."),
    ).toEqual(["REQUEST amnesty -> rsf [asserted]"]);
  });
});

describe("2c a capital far away is a venue", () => {
  it("talks held in a foreign capital are placed there", () => {
    expect(
      eventLines(
        "M23 rebels attacked Masisi on Monday. Talks between the Government of the DRC and the M23 continued in Doha.",
        "2025-03-01",
        { place: true },
      ),
    ).toContain("CONSULT cd-gov -> m23 @ Doha");
  });
});

describe("2a commissions, authorities and assemblies named in full (2026-12-05)", () => {
  const text =
    "Police fired on protesters in Nairobi, Kenya. The Kenya National Commission on Human Rights (KNCHR) said two men were killed. " +
    "The KNCHR called on the Independent Policing Oversight Authority (IPOA) to investigate the killings. " +
    "The Law Society of Kenya (LSK) accused the police of abducting an activist. " +
    "The Kenya Youth Assembly on Monday called on the government to withdraw the bill.";
  const actors = extractEvents(text, testModel(), "2025-06-26").map((e) => [
    e.type,
    e.actor1?.name,
    e.actor2?.name,
  ]);
  it("names a body whose name goes on after its head ('… Commission on Human Rights', 'Law Society of Kenya')", () => {
    expect(actors).toContainEqual([
      "REQUEST",
      "Kenya National Commission on Human Rights",
      "Independent Policing Oversight Authority",
    ]);
    expect(actors).toContainEqual(["ACCUSE", "Law Society of Kenya", "Police Forces of Kenya"]);
  });
  it("ends a name before a day ('the Kenya Youth Assembly on Monday')", () => {
    expect(actors).toContainEqual(["REQUEST", "Kenya Youth Assembly", "Government of Kenya"]);
  });
});

describe("2a short names a list of abbreviations defines (2026-12-06)", () => {
  const digest = (list: string) =>
    [
      "- 04 MAR, Konduga LGA: IED struck a convoy; 4 soldiers KIA, 7 WIA.",
      "- NA announced a new clearance operation on the Maiduguri–Damboa axis.",
      "",
      list,
    ].join("\n");
  it("reads them wherever the list stands, and codes nothing of the list itself", () => {
    const lines = shortEvents(
      digest(
        "Abbreviations: NA – Nigerian Army; NAF – Nigerian Air Force; MSR – main supply route; KIA/WIA – killed/wounded in action.",
      ),
      testModel(),
      "2025-03-07",
    );
    expect(lines.some((l) => l.startsWith("ASSAULT ng-mil -> "))).toBe(true);
    expect(lines.join(" ")).not.toMatch(/kia|kachin/i);
    expect(
      shortEvents(digest(""), testModel(), "2025-03-07").some((l) => l.startsWith("ASSAULT ng-mil")),
    ).toBe(false);
  });
  it("defines nothing for a term that names no actor", () => {
    expect(
      shortEvents(
        "Gunmen attacked a convoy on the MSR near Damboa.\n\nAbbreviations: MSR – main supply route.",
        testModel(),
        "2025-03-07",
      ).join(" "),
    ).not.toMatch(/msr/i);
  });
});

describe("3a fighters 'neutralised' are killed, not killers (2026-12-06)", () => {
  it("'NAF claims air strikes on ISWAP camps, \"scores of terrorists neutralised\"' is the air force's act only", () => {
    expect(
      shortEvents(
        'The Nigerian Air Force claims air strikes on ISWAP camps near Kukawa, "scores of terrorists neutralised".',
        testModel(),
        "2025-03-07",
      ),
    ).toEqual(["ASSAULT ng-mil -> iswap [claimed]"]);
  });
});

describe("2a clans and groups named by one word before their fighters (2026-12-06)", () => {
  it("'Wapi fighters', 'the Wapi and Kereba clans' are armed groups of their own", () => {
    const lines = shortEvents(
      "Heavily armed Wapi fighters burned 20 houses near Tari on Sunday, police said. The Wapi and Kereba clans have fought over land since March.",
      testModel(),
      "2025-05-16",
    );
    expect(lines).toContain("ASSAULT Wapi -> civilians [reported]");
    expect(lines.some((l) => /^ASSAULT Wapi -> Kereba/.test(l))).toBe(true);
  });
  it("reads 'The Yuna clan' at a sentence's start, the article aside", () => {
    expect(
      shortEvents(
        "The Yuna clan attacked a village near Tari on Sunday, police said. Police said the Yuna clan had burned 20 houses.",
        testModel(),
        "2025-05-16",
      ),
    ).toContain("ASSAULT Yuna -> civilians [reported]");
  });
  it("takes no sentence's first word, nor a word a dictionary actor holds, for a name", () => {
    const lines = shortEvents(
      "Armed gunmen attacked a bus near Tari. Rival gunmen later shot two traders. Hamas fighters fired rockets.",
      testModel(),
      "2025-05-16",
    );
    expect(lines.join(" ")).not.toMatch(/Armed|Rival/);
    expect(lines).toContain("ASSAULT hamas -> - [asserted]");
  });
});

describe("2a a front of farmers, towns or water users is civil (2026-12-06)", () => {
  it("'the Altiplano Water Defence Front blocked the highway' protests; it attacks no one", () => {
    const lines = shortEvents(
      "The Altiplano Water Defence Front blocked the highway near Juliaca on Monday.",
      testModel(),
      "2025-01-10",
    );
    expect(lines.join(" ")).not.toMatch(/ASSAULT/);
  });
});

describe("2a a centre named for what it does, with its place in the name (2026-12-07)", () => {
  const actorsOf = (text: string) =>
    extractEvents(text, testModel(), "2025-09-10").map((e) => [e.type, e.actor1?.name ?? null]);
  it("'the Centre for Rights and Accountability in Central Africa (CRACA) condemned…' names an organisation", () => {
    expect(
      actorsOf(
        "The Centre for Rights and Accountability in Central Africa (CRACA) condemned the killings in Ashong. CRACA also called on the government to investigate.",
      ),
    ).toEqual([
      ["ACCUSE", "Centre for Rights and Accountability in Central Africa"],
      ["REQUEST", "Centre for Rights and Accountability in Central Africa"],
    ]);
  });
  it("a prison or health centre is a building, not an organisation", () => {
    expect(
      actorsOf("Soldiers raided the Machala Social Rehabilitation Centre in Ecuador on Saturday.").some(
        ([, a]) => a === "Machala Social Rehabilitation Centre",
      ),
    ).toBe(false);
  });
});

describe("2a a diocese named in full is an organisation (2026-12-07)", () => {
  it("'The Catholic Diocese of Loikaw condemned the attack' accuses the junta that bombed the church", () => {
    const events = extractEvents(
      "Myanmar junta fighter jets bombed a Catholic church in Demoso township, killing nine people. The Catholic Diocese of Loikaw condemned the attack.",
      testModel(),
      "2025-06-01",
    );
    expect(events.map((e) => [e.type, e.actor1?.name, e.actor2?.id])).toContainEqual([
      "ACCUSE",
      "Catholic Diocese of Loikaw",
      "mm-mil",
    ]);
  });
});

describe("2a churches and bishops that speak are bodies of the report's own; churches attacked are buildings (2026-12-05)", () => {
  const lines = (text: string): string[] => eventLines(text, "2025-06-06", {});
  it("'the Synod of the Kingmi Church', 'the Archbishop of Bamenda', 'the Bishop of Pemba'", () => {
    expect(
      lines(
        "The Synod of the Kingmi Church in Papua asked the government to open access for humanitarian aid.",
      ),
    ).toEqual(["REQUEST Synod of the Kingmi Church -> id-gov"]);
    expect(
      lines("The Archbishop of Bamenda condemned the killing of innocent young men in Bambui.")[0],
    ).toMatch(/^ACCUSE Archbishop of Bamenda/);
    expect(lines("The Bishop of Pemba called on the government to protect civilians.")[0]).toMatch(
      /^REQUEST Bishop of Pemba/,
    );
  });
  it("'attacked the Evangelical Church in Kikwit', 'St Joseph's Church' are places of civilians", () => {
    expect(lines("Gunmen attacked the Evangelical Church in Kikwit on Sunday.")).toEqual([
      "ASSAULT unidentified-armed-group -> civilians",
    ]);
    expect(lines("Gunmen attacked St Joseph's Church in Kaduna.")).toEqual([
      "ASSAULT unidentified-armed-group -> civilians",
    ]);
  });
});

describe("2a civil bodies the dictionaries lack, with generic words in their names (2026-12-21)", () => {
  it("'The Collective against Impunity and Stigmatisation of Communities (CISC)' is named again by 'CISC'", () => {
    expect(
      eventLines(
        "OUAGADOUGOU — The Collective against Impunity and Stigmatisation of Communities (CISC) put the toll at 31. The CISC accused the army of killing civilians in Solenzo.",
        "2025-03-14",
        {},
      ),
    ).toEqual([expect.stringMatching(/^ACCUSE CISC -> /)]);
  });
  it("'the Tabital Pulaaku association': a civil body's head written small after its name", () => {
    expect(
      eventLines(
        "BAMAKO — The Tabital Pulaaku association asked the transitional authorities to open an investigation.",
        "2025-03-14",
        {},
      ),
    ).toEqual([expect.stringMatching(/^REQUEST Tabital Pulaaku association -> /)]);
  });
  it("'the Government Communication Service (GCS)' stays the government's", () => {
    expect(
      eventLines(
        "ADDIS ABABA — The Government Communication Service (GCS) accused the TPLF of staging a coup.",
        "2025-03-14",
        {},
      ).every((line) => !line.includes("GCS")),
    ).toBe(true);
  });
});
