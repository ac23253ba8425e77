import { describe, expect, it } from "vitest";
import { codeReport, eventLines, extractEvents, pairsOf, shortEvents, testModel } from "./helpers.js";

describe("3b references", () => {
  it.each([
    [
      "HTS agreed to swap prisoners with ISIS, then the latter attacked Abu Dali.",
      "ASSAULT isis -> hts [asserted]",
    ],
    [
      "ISIS broke out of the pocket. The group then attacked villages held by HTS.",
      "ASSAULT isis -> hts [asserted]",
    ],
    [
      "The RSF entered the market. They shelled the camp, killing five civilians.",
      "ASSAULT rsf -> civilians [asserted]",
    ],
    [
      "Al-Shabaab claimed the attack, saying its fighters killed 12 soldiers of the Somali National Army.",
      "ASSAULT shabaab -> so-mil [claimed]",
    ],
    [
      "Fighting raged in Idlib between HTS and the Syrian Arab Army. Regime forces shelled the town of Ariha.",
      "ASSAULT sy-mil -> hts [asserted]",
    ],
    [
      "Al-Shabaab seized Mahaday as allied Macawisley militia withdrew. Two days later the militants attacked Jowhar.",
      "ASSAULT shabaab -> macawisley [asserted]",
    ],
    [
      "Viv Ansanm fighters clashed with the police in Delmas. The gangs then burned dozens of houses in Kenscoff.",
      "ASSAULT viv-ansanm -> civilians [asserted]",
    ],
    [
      "Puntland forces said they captured two ISIS bases near Qandala.",
      "COERCE puntland -> is-somalia [claimed]",
    ],
    [
      "UNIFIL said an Israeli drone dropped a grenade near a patrol. The mission called on Israel to respect Resolution 1701.",
      "REQUEST unifil -> il-gov [asserted]",
    ],
    [
      "Sudanese troops and the Joint Forces said they had shelled RSF positions east of the city.",
      "ASSAULT joint-force-sd -> rsf [claimed]",
    ],
  ])("%s", (text, expected) => {
    expect(shortEvents(text)).toContain(expected);
  });

  it("reads a shared name as the local group, and sets an insurgent against its own state", async () => {
    const { testModel } = await import("./helpers.js");
    const events = shortEvents(
      "PEMBA, Mozambique – Al-Shabaab fighters raided a position in Cabo Delgado. Mozambican troops later clashed with ISIS-Mozambique near the coast.",
      testModel(),
    );
    expect(events).toContain("ASSAULT ansar-sunna-mz -> mz-mil [asserted]");
  });

  it("gives an unclaimed attack to the group that claims it in the next sentence", () => {
    const events = shortEvents(
      "A suicide bomber killed a Taliban minister and several other people in Kabul. ISKP claimed the attack.",
    );
    expect(events).toContain("ASSAULT iskp -> taliban [claimed]");
    // The others killed with the minister died in the same attack, not one of their own.
    expect(events.filter((e) => e.startsWith("ASSAULT unidentified"))).toEqual([]);
    expect(events.length).toBe(1);
  });

  it("takes a claim of an attack already told with its author for that attack, not another", () => {
    const events = shortEvents(
      "ADF fighters attacked the village of Mayikengo in Lubero territory overnight, killing 42 people. " +
        "The Islamic State group claimed the attack on its Telegram channel.",
    );
    expect(events.filter((e) => e.startsWith("ASSAULT"))).toEqual(["ASSAULT adf -> civilians [asserted]"]);
  });

  it("condemns the last attack someone made, not one that was denied", () => {
    const events = shortEvents(
      "Turkish drones struck PKK positions near Amedi. The Iraqi ministry denied that its jets had struck the camp. " +
        "Iraq's Foreign Ministry condemned the attacks as a violation of sovereignty.",
    );
    expect(events).toContain("ACCUSE iq-gov -> tr-mil [asserted]");
  });

  it("does not take 'both sides of the road' for the two parties", () => {
    const second = extractEvents(
      "Fighting between the SAF and the RSF resumed. Gunmen opened fire on a bus from both sides of the road.",
    ).filter((e) => e.evidence.sentence === 1);
    expect(second.length).toBe(1);
    expect(second[0]!.actor1?.id).toBe("unidentified-armed-group");
  });

  // An unnamed group named by what it is believed to be (2026-12-03); the modality is another pass's.
  it.each([
    [
      "A shopkeeper who sold phone cards was shot dead in Mandera by gunmen believed to be al-Shabaab members.",
      "ASSAULT shabaab -> civilians",
    ],
    [
      "Gunmen, suspected of belonging to Boko Haram, stormed a church in Borno on Sunday.",
      "ASSAULT jas -> civilians",
    ],
    ["Armed men thought to be ISWAP fighters attacked a military base in Borno.", "ASSAULT iswap -> ng-mil"],
  ])("%s", (text, expected) => {
    expect(shortEvents(text).map((e) => e.replace(/ \[\w+\]$/, ""))).toContain(expected);
  });
  it("resolves both sides to the two parties", () => {
    const events = shortEvents(
      "Fighting between the GNA and the LNA continued. The UN called on both sides to agree to a truce.",
    );
    expect(events).toContain("REQUEST un -> gna [asserted]");
    expect(events).toContain("REQUEST un -> lna [asserted]");
  });
});

describe("3b the other side", () => {
  it("takes the side a group is seen fighting later in the report, not the most named one", () => {
    const text = [
      "Al-Shabaab seized another town on Monday, the third this month.",
      "ISIS-Somalia lost ground in Puntland. ISIS-Somalia fighters fled to the Cal Miskaad hills, and ISIS-Somalia leaders went into hiding.",
      "Al-Shabaab fighters stormed SNA positions in Mahaday on 11 March.",
    ].join("\n\n");
    expect(shortEvents(text)[0]).toBe("COERCE shabaab -> so-mil [asserted]");
  });
});

describe("3b both sides", () => {
  it("counts 'the army' of a report about one country as that state's forces", () => {
    const events = codeReport([
      "The RSF shelled Omdurman on Saturday, killing 11 civilians, the Sudan Doctors Network said.",
      "The army said its troops had repelled an RSF attack near the market in Omdurman.",
      "The UN envoy for Sudan called on both sides to agree to a humanitarian truce.",
    ]);
    expect(
      events.filter((e) => e.type === "REQUEST").map((e) => `${e.actor1?.id} -> ${e.actor2?.id}`),
    ).toEqual(["un -> rsf", "un -> sd-mil"]);
  });
  it("counts 'the government' as the report's own state's, not a country named paragraphs before", () => {
    const events = codeReport([
      "GOMA, Democratic Republic of Congo — M23 rebels backed by Rwanda captured the town of Kanyabayonga on Saturday.",
      "The army withdrew from the town towards Lubero, a local administrator said.",
      "In Kinshasa, the government accused Rwanda of sending troops across the border to fight alongside the rebels.",
    ]);
    const accusation = events.filter((e) => e.type === "ACCUSE");
    expect(accusation.map((e) => [e.actor1?.name, e.actor2?.name])).toEqual([
      ["Government of the Democratic Republic of Congo", "Government of Rwanda"],
    ]);
    // What the accused is said to have done is the accusation's content, not an act of the accuser.
    expect(events.filter((e) => e.evidence.text.startsWith("In Kinshasa")).map((e) => e.type)).toEqual([
      "ACCUSE",
    ]);
  });
  it("takes no one the actor fought alongside for its enemy", () => {
    const events = extractEvents(
      "Wagner fighters fought alongside the army near Moura in central Mali.",
      testModel(),
    );
    expect(events.map((e) => [e.type, e.actor2])).toEqual([["ASSAULT", null]]);
  });
  it("gives a verb after 'and' the subject of the verb before it, not that verb's object", () => {
    const appeal = extractEvents(
      "M23 rebels captured Kanyabayonga after fighting the army. " +
        "The United Nations called on all parties to protect civilians and urged M23 to withdraw from the town.",
      testModel(),
    ).filter((e) => e.type === "REQUEST");
    expect(appeal.map((e) => e.actor1?.id)).not.toContain("civilians");
    expect(appeal.map((e) => `${e.actor1?.id} -> ${e.actor2?.id}`)).toContain("un -> m23");
    // (A ransom demanded is no appeal: 2026-12-05.)
    const demand = extractEvents(
      "The kidnappers later called family members and demanded that the army leave the area.",
      testModel(),
    );
    expect(demand.map((e) => [e.type, e.actor1?.id])).toEqual([["REQUEST", "unidentified-armed-group"]]);
  });
  it("keeps 'arrested five men and took them away' one arrest", () => {
    const arrest = extractEvents(
      "Regime forces arrested five young men at a checkpoint in Jasim and took them to an unknown location.",
      testModel(),
    );
    expect(arrest.map((e) => [e.type, e.mode])).toEqual([["COERCE", "arrest"]]);
  });
  it("gives unnamed air strikes to the armed party that speaks of them, not to an unnamed launcher", () => {
    const events = extractEvents(
      "Jihadists overran an army post near Djibo in northern Burkina Faso on Sunday. " +
        'The army said in a statement that air strikes the following day had "neutralised" dozens of attackers near Djibo.',
      testModel(),
    );
    const strike = events.find((e) => e.mode === "aerial");
    expect([strike?.actor1?.id, strike?.modality]).toEqual(["bf-mil", "claimed"]);
  });
  it("takes the people a convoy escorted for no target of the ambush on it", () => {
    const events = extractEvents(
      "In Niger, Islamic State Sahel fighters ambushed a convoy escorting civilians near Tillaberi on Saturday, killing six soldiers.",
      testModel(),
    );
    expect(pairsOf(events)).toEqual(["ASSAULT is-sahel -> ne-mil"]);
  });
  it("reads a Red Sea report: a claimed missile attack on a tanker, a spokesman, an exchange of fire, a mission's frigate", () => {
    const events = codeReport([
      "SANAA — Yemen's Houthi movement said on Monday it had fired anti-ship missiles at a Greek-owned oil tanker in the Red Sea.",
      "Hours later, US warplanes struck Houthi radar sites near Hodeidah airport. Houthi-run Al-Masirah TV said the strikes killed two people.",
      'The Houthis vowed to respond, with military spokesman Yahya Saree saying that "American aggression will not go unpunished".',
      "Separately, Saudi-led coalition forces and Houthi fighters exchanged artillery fire in Marib province, tribal sources said.",
      "The European Union's naval mission said one of its frigates shot down two Houthi drones over the Gulf of Aden on Sunday.",
    ]);
    const line = (e: (typeof events)[number]): string =>
      `${e.type} ${e.actor1?.id} -> ${e.actor2?.id} @ ${e.location?.text}`;
    const lines = events.map(line);
    expect(lines).toContain("ASSAULT houthi -> civilians @ Red Sea");
    expect(lines.some((l) => l.startsWith("THREATEN houthi -> us-"))).toBe(true);
    expect(lines.filter((l) => l.includes("@ Marib"))).toEqual([
      "ASSAULT houthi -> slc @ Marib province",
      "ASSAULT slc -> houthi @ Marib province",
    ]);
    expect(lines).toContain("ASSAULT eu -> houthi @ Gulf of Aden");
    // A broadcaster named after a town is no place.
    expect(events.every((e) => !/Masirah|Mi.sarah/.test(e.location?.name ?? ""))).toBe(true);
  });
  it("reads a Ukraine report: air defences, an interception over several regions, a bulletin quoted then answered", () => {
    const events = codeReport([
      "KYIV — Russian forces dropped three guided aerial bombs on Zaporizhzhia overnight, injuring four people, regional governor Ivan Fedorov said on Telegram.",
      "Ukraine's General Staff said in its morning update that its troops had repelled 42 Russian assaults near Pokrovsk over the past day.",
      "Russia's Defence Ministry said its forces had taken control of the village of Novodmytrivka in the Donetsk region and that air defences had destroyed 37 Ukrainian drones over the Belgorod and Kursk regions.",
      "Ukrainian President Volodymyr Zelensky again urged Western allies to lift restrictions on long-range missiles.",
    ]);
    const line = (e: (typeof events)[number]): string =>
      `${e.type} ${e.actor1?.id} -> ${e.actor2?.id} @ ${e.location?.text} [${e.modality}]`;
    const lines = events.map(line);
    // One interception, at the first region named: ACLED's disrupted weapons use, the launcher's act on
    // the one whose air defences destroyed its drones.
    expect(lines.filter((l) => l.includes("Kursk"))).toEqual([]);
    expect(lines).toContain("ASSAULT ua-mil -> ru-mil @ Belgorod [claimed]");
    expect(lines).not.toContain("ASSAULT ru-mil -> ua-mil @ Belgorod [claimed]");
    // The General Staff's update was one source of the story, not the whole story's.
    expect(lines.find((l) => l.startsWith("REQUEST"))).toMatch(/\[asserted\]$/);
  });
  it("condemns the author of the strike told, not of the helicopter shot down since", () => {
    const events = codeReport([
      "A Myanmar military air strike on a village in Sagaing region killed at least 21 people, residents said.",
      "Meanwhile, the Arakan Army said its fighters had shot down a military helicopter near Kyaukphyu in Rakhine State.",
      "The United Nations human rights office condemned the strike.",
    ]);
    expect(
      events.filter((e) => e.type === "ACCUSE").map((e) => `${e.actor1?.id} -> ${e.actor2?.id}`),
    ).toEqual(["un -> mm-mil"]);
  });
  it("takes a country's gunmen for no state's forces, and 'both sides' for the report's main pair", () => {
    const events = codeReport([
      "Hamas fighters clashed with Israeli troops east of Rafah, the Qassam Brigades said.",
      "In the West Bank, Israeli forces raided the Jenin refugee camp, killing three Palestinian gunmen in a gunfight.",
      "Israeli settlers set fire to cars and homes in the village of Turmus Ayya near Ramallah, residents said.",
      "Egypt and Qatar urged both sides to return to ceasefire talks.",
    ]);
    const ids = (type: string): string[] =>
      events.filter((e) => e.type === type).map((e) => `${e.actor1?.id} -> ${e.actor2?.id}`);
    expect(ids("ASSAULT")).toContain("il-mil -> unidentified-armed-group");
    expect(ids("ASSAULT").some((l) => l.includes("ps-mil"))).toBe(false);
    expect(ids("REQUEST").some((l) => l.includes("settlers"))).toBe(false);
    expect(ids("REQUEST")).toEqual(expect.arrayContaining(["eg-gov -> hamas", "eg-gov -> il-mil"]));
  });
  it("takes a count of a nation's people killed for civilians", () => {
    const events = extractEvents(
      "Israeli air strikes killed at least 30 Palestinians across the Gaza Strip overnight, health officials said.",
      testModel(),
    );
    expect(pairsOf(events)).toEqual(["ASSAULT il-mil -> civilians"]);
  });
  it("does not count a country's gunmen as its army when it reckons who fights whom", () => {
    const events = codeReport([
      "Israeli strikes kill 30 in Gaza as troops push into Rafah",
      "CAIRO/GAZA, May 14 — Israeli air strikes killed at least 30 Palestinians across the Gaza Strip overnight, health officials in the Hamas-run enclave said on Tuesday, as Israeli tanks pushed deeper into eastern Rafah.",
      'A strike on a house in the Nuseirat camp killed 12 members of one family, the Palestinian civil defence service said. The Israeli military said it had struck "terrorist infrastructure" in central Gaza and was reviewing the reports.',
      "Hamas's armed wing, the Qassam Brigades, said its fighters had destroyed two Israeli tanks with anti-tank rockets east of Rafah. The Israeli military said two soldiers were killed in southern Gaza.",
      "In the occupied West Bank, Israeli forces raided the Jenin refugee camp, killing three Palestinian gunmen in a gunfight, the Palestinian health ministry said. Israeli settlers set fire to cars and homes in the village of Turmus Ayya near Ramallah, residents said.",
      "Egypt and Qatar urged both sides to return to ceasefire talks.",
    ]);
    expect(events.some((e) => e.actor2?.id === "ps-mil" || e.actor1?.id === "ps-mil")).toBe(false);
  });
  it("reads an Ethiopia report: government forces, the militia just named as 'the extremists', a paragraph set in Somalia", () => {
    const events = codeReport([
      "Ethiopian drone strike kills 30 in Amhara as Fano fighters seize town",
      "ADDIS ABABA, Oct 2 (wire) — A drone strike by Ethiopian government forces on a market in the Amhara region killed at least 30 civilians, two witnesses and a health worker told the agency on Thursday.",
      "The strike hit the market in Dembecha town on Tuesday, said the witnesses, who declined to be named for fear of reprisals. The government did not respond to a request for comment.",
      'Separately, Fano militiamen captured the town of Debre Markos after heavy fighting with the Ethiopian National Defense Force (ENDF) on Wednesday, a Fano spokesman said. The army said it had "repelled" the attack and killed more than 100 of the "extremists".',
      "In neighbouring Somalia, al-Shabaab fighters stormed a military base in the Middle Shabelle region, killing at least eight soldiers, a military official said. The militants briefly held the base before withdrawing as reinforcements arrived.",
      "The African Union called for an immediate cessation of hostilities in Amhara.",
    ]);
    const lines = pairsOf(events);
    expect(lines[0]).toBe("ASSAULT et-mil -> civilians");
    // The attack the army repelled was Fano's (merged into the fighting told before), not al-Shabaab's.
    expect(lines).not.toContain("ASSAULT shabaab -> et-mil");
    expect(lines).toContain("ASSAULT shabaab -> so-mil");
  });
});

describe("3b peacekeepers", () => {
  it.each([
    // The mission the report named.
    [
      "UNIFIL says an Israeli drone dropped a grenade near a peacekeeping patrol close to Kfar Kila.",
      "ASSAULT il-mil -> unifil",
    ],
    // None named: the mission deployed in the report's country.
    [
      "Gunmen attacked a peacekeeping convoy near Bangui in the Central African Republic, killing one peacekeeper.",
      "ASSAULT unidentified-armed-group -> minusca",
    ],
  ])("%s", (text, pair) => {
    expect(pairsOf(extractEvents(text, testModel()))).toContain(pair);
  });
});

describe("3b datelines, outlets' names for parties, allies and 'them'", () => {
  const compact = (text: string, published = "2025-05-12") =>
    eventLines(text, published, { place: true, date: true });

  it("a mixed-case dateline is where the story was filed, and its day is the filing's", () => {
    expect(
      compact(
        "(Nairobi, May 12) - Burkina Faso soldiers summarily executed at least 130 civilians in and around the town of Solenzo on March 10, Human Rights Watch said today.",
      ),
    ).toEqual(["ASSAULT bf-mil -> civilians @ Salanso 2025-03-10"]);
  });

  it("'the Israeli occupation' carrying out an 'air aggression'; Syria's Internal Security forces", () => {
    expect(
      compact(
        "Damascus, SANA - The Israeli occupation carried out an air aggression on Tuesday evening targeting military sites in the Kisweh area in Damascus countryside, killing six soldiers of the Syrian Arab Army. Meanwhile, the Internal Security forces arrested a cell of the Daesh terrorist organization in the city of Homs.",
      ).map((e) => e.split(" @ ")[0]),
    ).toEqual(["ASSAULT il-mil -> sy-mil", "COERCE sy-pol -> isis"]);
  });

  it("a self-declared state named as where a town lies is no target; fighting vehicles are no fighting, but losses are", () => {
    expect(
      compact(
        "Russia's Defence Ministry said units of the Battlegroup Centre had liberated the settlement of Novoolenivka in the Donetsk People's Republic. Ukrainian forces lost up to 420 servicemen, two tanks and five armoured fighting vehicles, the ministry said.",
        "2025-03-18",
      ).map((e) => e.split(" @ ")[0]),
    ).toEqual(["COERCE ru-mil -> ua-mil", "ASSAULT ru-mil -> ua-mil"]);
  });

  it("armed men named with a state's forces are its allied militia; 'them' are the people just named", () => {
    expect(
      compact(
        "The VDP militia and the army fought JNIM near Djibo in Burkina Faso last month. On Monday the soldiers and militiamen went from house to house in Djibo, dragged men and boys outside and shot them, witnesses said.",
        "2024-06-12",
      )
        .filter((e) => e.includes("civilians"))
        .map((e) => e.split(" @ ")[0])
        .sort(),
    ).toEqual(["ASSAULT bf-mil -> civilians", "ASSAULT vdp -> civilians"]);
  });
});

describe("3b community leaders speak for civilians", () => {
  it("and accuse", () => {
    expect(
      shortEvents("Community leaders in Mushere blamed armed Fulani herders for the killings.", testModel()),
    ).toEqual(["ACCUSE civilians -> fulani [asserted]"]);
  });
});

describe("3b all parties", () => {
  it("an appeal to all parties is one, to no one side", () => {
    expect(
      shortEvents(
        "Fighting between the army and the RSF continued. The UN envoy called on all parties to protect civilians.",
      ),
    ).toContain("REQUEST un -> - [asserted]");
    expect(
      shortEvents(
        "Fighting between the army and the RSF continued. The UN envoy called on all parties to protect civilians.",
      ).filter((e) => e.startsWith("REQUEST")),
    ).toHaveLength(1);
  });
});

describe("3b 'It' at the start of a sentence", () => {
  it("is the one the sentence before was about, and 'its jets' are its own", () => {
    expect(
      shortEvents(
        'Turkey\'s Defence Ministry said its forces had "neutralised" 11 PKK terrorists in northern Iraq. It denied that its jets had struck the Makhmour refugee camp.',
        testModel(),
      ),
    ).toContain("ASSAULT tr-mil -> civilians [negated]");
  });
});

describe("3b the speaker's enemy", () => {
  it("is never the speaker's own side, whatever country the report's places are in", () => {
    expect(
      shortEvents(
        "Russia's Defence Ministry said units of the Battlegroup Centre had liberated Novoolenivka in Ukraine's Donetsk region. The enemy lost up to 420 servicemen over the past day, the Russian Defence Ministry said.",
        testModel(),
        "2025-03-18",
      ),
    ).toContain("ASSAULT ru-mil -> ua-mil [claimed]");
  });
});

describe("3b the units of the one just named", () => {
  it("'The head of Wagner … his fighters'; munitions as goods are no attack", () => {
    expect(
      shortEvents(
        "The head of Wagner again complained that his units receive only a tenth of the shells they need and warned that his fighters would leave Bakhmut unless ammunition arrived.",
        testModel(),
        "2023-05-05",
      ).map((e) => e.split(" [")[0]),
    ).toEqual(["THREATEN wagner -> ua-mil"]);
  });
});

describe("3b 'his men'", () => {
  it("are the men of the one who speaks of them, not of a building he stands by", () => {
    const events = shortEvents(
      "The RSF attacked Bara. In a video, an RSF field commander standing outside the town's police station said his men had liberated Bara and captured dozens of soldiers.",
      testModel(),
      "2025-10-12",
    );
    expect(events).toContain("COERCE rsf -> sd-mil [claimed]");
    expect(events.some((e) => e.includes("sd-pol"))).toBe(false);
  });
});

describe("3b civilian places", () => {
  it("health facilities, clinics, schools, shops and markets hit or looted are civilians", () => {
    expect(
      shortEvents(
        "Unidentified armed men looted two health facilities in Kiwanja on Sunday.",
        testModel(),
        "2025-06-16",
      ),
    ).toEqual(["COERCE unidentified-armed-group -> civilians [asserted]"]);
    expect(shortEvents("Schools reopened in Goma on Monday.", testModel(), "2025-06-16")).toEqual([]);
  });
});

describe("3b the troops of the party just named", () => {
  it("'the Arakan Army said that its troops had overrun two outposts' are the AA's", () => {
    const events = extractEvents(
      "The Arakan Army (AA) said on Tuesday that its troops had overrun two junta outposts east of Kyaukphyu after three days of fighting.",
      testModel(),
      "2026-01-14",
    );
    expect(events.map((e) => `${e.type} ${e.actor1?.id} -> ${e.actor2?.id}`)).toContain(
      "COERCE aa -> mm-mil",
    );
  });
});

describe("3b held members, the filing country, 'and said it'", () => {
  it("'ISWAP suspects', 'Hamas detainees' are the group's, not civilians", () => {
    expect(
      shortEvents("Police in Maiduguri arrested nine ISWAP suspects on Friday.", testModel(), "2026-02-14"),
    ).toEqual(["COERCE ng-pol -> iswap [asserted]"]);
  });
  it("a dateline that names a country weighs for it: 'the army' is Chad's in a story filed from N'Djamena", () => {
    const events = shortEvents(
      "N'DJAMENA, Chad (Sitrep) — Boko Haram fighters overran a base on an island on Sunday, killing 22 soldiers. The army launched an operation against the militants on Tuesday.",
      testModel(),
      "2026-03-04",
    );
    expect(events).toContain("ASSAULT td-mil -> jas [asserted]");
    expect(events.some((e) => e.includes("ng-mil"))).toBe(false);
  });
  it("'…, and said it had killed 40 of them': 'it' is the subject that 'and said' shares", () => {
    expect(
      shortEvents(
        "The Somali army raided al-Shabaab hideouts near Bulo Burde on Monday, and said it had killed 40 of them.",
        testModel(),
        "2026-03-04",
      ).map((e) => e.split(" [")[0]),
    ).toEqual(["ASSAULT so-mil -> shabaab"]);
  });
});

describe("3b 'condemned the attack' after a counter-offensive", () => {
  it("is the latest act told as an attack, not the counter-offensive against it", () => {
    const events = shortEvents(
      "3R fighters attacked Bocaranga overnight, killing four people. MINUSCA peacekeepers launched a counter-offensive on Wednesday and drove them out. The European Union condemned the attack.",
      testModel(),
      "2026-03-06",
    );
    expect(events).toContain("ACCUSE eu -> cf-3r [asserted]");
  });
});

describe("3b a unit's territory, 'the ministry', the speaker who goes on accusing", () => {
  it("'in the municipality of Coalcomán' is a place, no local government hit", () => {
    expect(
      shortEvents(
        "Gunmen of the CJNG killed four state police officers in an ambush in the municipality of Aguililla, Michoacán, officials said.",
        testModel(),
        "2026-05-02",
      ).map((e) => e.split(" [")[0]),
    ).toEqual(["ASSAULT cjng -> mx-pol"]);
  });
  it("'the ministry' is the ministry named before, not the state named last", () => {
    const events = shortEvents(
      "Israeli strikes killed three people in southern Lebanon, Lebanon's health ministry said, as Israel kept up its campaign against Hezbollah. One strike hit a motorcycle near Bint Jbeil, killing two men, the ministry said.",
      testModel(),
      "2026-05-02",
    );
    expect(events.some((e) => e.startsWith("ASSAULT unidentified-armed-group"))).toBe(false);
  });
  it("'said the dead were civilians and accused the army of executing them': the speaker accuses", () => {
    expect(
      shortEvents(
        "The NPA's regional command said the dead were farmers and accused the army of executing them.",
        testModel(),
        "2026-05-02",
      ),
    ).toContain("ACCUSE ph-npa -> ph-mil [asserted]");
  });
});

describe("3b a sentence set in a country, participles of speech, nationals held", () => {
  it("'In Chad, …, saying it had killed…': the scene's military is hit, and 'it' is the main subject", () => {
    const events = shortEvents(
      "Boko Haram fighters attacked a post in Diffa. In Chad, the ISWAP claimed an attack on an army outpost in Baga Sola on Monday, saying it had killed nine soldiers.",
      testModel(),
      "2026-05-02",
    ).map((e) => e.split(" [")[0]);
    expect(events).toContain("ASSAULT iswap -> td-mil");
    expect(events.some((e) => e.startsWith("ASSAULT td-mil") || e.startsWith("ASSAULT ne-mil"))).toBe(false);
  });
  it("'detained 14 wanted Palestinians' holds civilians; 'an Egyptian contingent' is Egypt's military", () => {
    expect(
      shortEvents(
        "Israeli troops detained 14 wanted Palestinians near Qalqilya, the army said.",
        testModel(),
        "2026-05-02",
      ),
    ).toEqual(["COERCE il-mil -> civilians [claimed]"]);
    expect(
      shortEvents(
        "A Kenyan contingent of 400 troops will deploy to Haiti next month.",
        testModel(),
        "2026-05-02",
      ).map((e) => e.split(" [")[0]),
    ).toEqual(["MOBILIZE ke-mil -> -"]);
  });
});

describe("3b organisations' sections, short names with a capital inside, both sides of a deal", () => {
  it("'Amnesty International Nigeria' is Amnesty, not Nigeria's government", () => {
    expect(
      shortEvents(
        "Amnesty International Nigeria accused the Nigerian army of killing villagers in Benue.",
        testModel(),
        "2026-05-02",
      ).map((e) => e.split(" [")[0]),
    ).toEqual(["ACCUSE amnesty -> ng-mil"]);
  });
  it("'let' is no Lashkar-e-Taiba (LeT)", () => {
    const events = shortEvents(
      "The elders agreed to let the herders graze their cattle near Kankara.",
      testModel(),
      "2026-05-02",
    );
    expect(events.some((e) => e.includes("let"))).toBe(false);
  });
  it("'the bandits agreed to …, while the communities agreed to …' is one deal of the two", () => {
    expect(
      shortEvents(
        "Under the deal, the bandits agreed to free all captives, while the communities agreed to reopen the markets in Safana.",
        testModel(),
        "2026-05-02",
      )
        .map((e) => e.split(" [")[0])
        .filter((e) => e.startsWith("AGREE")),
    ).toEqual(["AGREE unidentified-armed-group -> civilians"]);
  });
});

describe("3b repelled attackers, forces described, members of the speaker, military targets", () => {
  it("'its peacekeepers deployed near the site had intervened and repelled the attackers'", () => {
    expect(
      shortEvents(
        "CODECO militiamen attacked a displacement site near Bule on Sunday. MINUSCA said its peacekeepers deployed near the site had intervened and repelled the attackers.",
        testModel(),
        "2026-05-02",
      )
        .map((e) => e.split(" [")[0])
        .filter((e) => !e.startsWith("ASSAULT codeco")),
    ).toEqual(["ASSAULT minusca -> codeco"]);
  });
  it("'Hamas said PA forces arrested four of its members' arrests Hamas members", () => {
    expect(
      shortEvents(
        "Hamas said PA security forces arrested four of its members in Jenin.",
        testModel(),
        "2026-05-02",
      ).map((e) => e.split(" [")[0]),
    ).toEqual(["COERCE pa -> hamas"]);
  });
  it("'struck military targets' names no second army", () => {
    expect(
      shortEvents(
        'The army said its drones had struck "military targets" at Nyala airport used by the RSF.',
        testModel(),
        "2026-05-02",
      ).map((e) => e.split(" [")[0]),
    ).toEqual(["ASSAULT sd-mil -> rsf"]);
  });
});

describe("3b seats of power, sub-national leaders, allies in apposition", () => {
  it("'Villa Somalia', 'Aso Rock' are the governments; 'Puntland President Said Abdullahi Deni' is Puntland", () => {
    expect(
      shortEvents(
        "Puntland President Said Abdullahi Deni accused Villa Somalia of withholding weapons.",
        testModel(),
        "2026-05-02",
      ).map((e) => e.split(" [")[0]),
    ).toEqual(["ACCUSE puntland -> so-gov"]);
  });
  it("'the RSF and its ally, the SPLM-N faction led by al-Hilu, shelled…' are both the shelling's authors", () => {
    const events = shortEvents(
      "Five civilians were killed when the RSF and its ally, the SPLM-N faction led by Abdelaziz al-Hilu, shelled Dilling on Sunday.",
      testModel(),
      "2026-05-02",
    ).map((e) => e.split(" [")[0]);
    expect(events).toContain("ASSAULT rsf -> civilians");
  });
});

describe("3b a state's body named with its possessive, attacks held until the other side gives in", () => {
  it("'fighters of the Syrian government's General Security forces' are Syria's police, not its government", () => {
    expect(
      shortEvents(
        "Fighters of the Syrian government's General Security forces clashed with Druze gunmen in Sweida on Sunday.",
        testModel(),
        "2026-05-02",
      ).map((e) => e.split(" [")[0]),
    ).toEqual(["ASSAULT sy-pol -> sy-druze"]);
  });
  it("'would continue their attacks until Israel ends its war' threatens Israel", () => {
    expect(
      shortEvents(
        "Yemen's Houthi rebels said Monday they had fired a hypersonic ballistic missile at Ramon airport near Eilat, and that they would continue their attacks until Israel ends its war in Gaza. The Israeli military said the missile was intercepted by its air defences.",
        testModel(),
        "2026-05-02",
      ),
    ).toContain("THREATEN houthi -> il-mil [asserted]");
  });
});

describe("3b forces joined to a nation's, the wounded evacuated, the outfit, a clash condemned", () => {
  it("'Russian aircraft and missile troops struck…' are Russia's", () => {
    expect(
      shortEvents(
        "Russian aircraft and missile troops struck temporary deployment points of Ukrainian units near Kramatorsk.",
        testModel(),
        "2026-05-02",
      ).map((e) => e.split(" [")[0]),
    ).toEqual(["ASSAULT ru-mil -> ua-mil"]);
  });
  it("peacekeepers who evacuated the wounded withdrew from nothing", () => {
    expect(
      shortEvents(
        "CODECO militiamen attacked a displacement site near Djugu. MONUSCO peacekeepers evacuated 23 wounded to the hospital in Bunia.",
        testModel(),
        "2026-05-02",
      ).some((e) => e.startsWith("RETREAT")),
    ).toBe(false);
  });
  it("'overground workers of the outfit' are the militant group's; 'the attack' condemned is not a later clash", () => {
    const events = shortEvents(
      "Two Lashkar-e-Taiba militants were killed in an encounter with the army in Kulgam. Police arrested three overground workers of the outfit in Shopian.",
      testModel(),
      "2026-05-02",
    );
    expect(events).toContain("COERCE in-pol -> let [asserted]");
    expect(events.some((e) => e.includes("civilians"))).toBe(false);
    expect(
      shortEvents(
        "Armed men attacked a displacement site near Bule, killing 14 people. FARDC soldiers later clashed with CODECO fighters near Fataki. The Humanitarian Coordinator condemned the attack.",
        testModel(),
        "2026-05-02",
      ).filter((e) => e.startsWith("ACCUSE")),
    ).toEqual(["ACCUSE un -> unidentified-armed-group [asserted]"]);
  });
});

describe("3b releases by the captors, a nation's civilian, the troops in occupied territory", () => {
  it("'the teachers were released' later are freed by those who took them", () => {
    expect(
      shortEvents(
        "Separatist fighters abducted six teachers on the outskirts of Bamenda on Monday, Cameroon's army said. The teachers were released three days later after their families paid a ransom.",
        testModel(),
        "2026-10-09",
      ).filter((e) => e.startsWith("RETREAT")),
    ).toEqual(["RETREAT cm-ambazonia -> civilians [asserted]"]);
  });
  it("'those detained would be released' are freed by the police that arrested them", () => {
    expect(
      shortEvents(
        "Police in Quetta arrested 40 protesters on Sunday. The provincial government said those detained would be released after verification.",
        testModel(),
        "2026-10-09",
      ).filter((e) => e.startsWith("RETREAT")),
    ).toEqual(["RETREAT pk-pol -> protesters [planned]"]);
  });
  it("the captors the sentence names, or unnamed ones for a kidnapping it tells without them", () => {
    expect(
      shortEvents(
        "Eight employees of a road construction company who were abducted two weeks ago near Gebre Guracha were released on Saturday, a relative said.",
        testModel(),
        "2026-10-09",
      ).filter((e) => e.startsWith("RETREAT")),
    ).toEqual(["RETREAT unidentified-armed-group -> civilians [reported]"]);
    // "handed over to the judicial services" frees no one.
    expect(
      shortEvents(
        "Gendarmes arrested five suspects near Ouallam on Friday. They have been handed over to the competent judicial services.",
        testModel(),
        "2026-10-09",
      ).some((e) => e.startsWith("RETREAT")),
    ).toBe(false);
  });
  it("'an Indian national', 'a Ukrainian journalist' are civilians", () => {
    expect(
      shortEvents(
        "On Thursday, an Indian national working for a road construction company was kidnapped by armed men near Dosso.",
        testModel(),
        "2026-10-09",
      ),
    ).toEqual(["ASSAULT unidentified-armed-group -> civilians [asserted]"]);
    expect(
      shortEvents("Russian troops detained a Ukrainian journalist in Melitopol.", testModel(), "2026-10-09"),
    ).toEqual(["COERCE ru-mil -> civilians [asserted]"]);
  });
  it("'troops' in a West Bank report are Israel's", () => {
    expect(
      shortEvents(
        "A Palestinian photojournalist detained by troops on Monday near Sinjil was released overnight without charge.",
        testModel(),
        "2026-10-09",
      ),
    ).toEqual(["COERCE il-mil -> civilians [asserted]", "RETREAT il-mil -> civilians [asserted]"]);
  });
});

describe("3b a ministry by its name, 'them' for aid groups, acts of a kind, a cause fought for", () => {
  it("'the Ministry of Territorial Administration' is the government; 'accusing them' the NGOs just named", () => {
    expect(
      shortEvents(
        "Soldiers burned houses near Batibo, in Cameroon. In September, the Ministry of Territorial Administration suspended the activities of two international NGOs in the North-West region, accusing them of a lack of neutrality.",
        testModel(),
        "2026-10-09",
      ).filter((e) => !e.startsWith("ASSAULT")),
    ).toEqual(["COERCE cm-gov -> aid-groups [asserted]", "ACCUSE cm-gov -> aid-groups [asserted]"]);
  });
  it("a ministry of force, or one a region's, stays with the dictionary's reading", () => {
    expect(
      shortEvents(
        "ISIS militants attacked a Peshmerga outpost near Kifri, wounding three Peshmerga, the Ministry of Peshmerga said.",
        testModel(),
        "2026-10-09",
      ),
    ).toEqual(["ASSAULT isis -> peshmerga [claimed]"]);
  });
  it("'such accusations' are no act; 'the state they are fighting to create' no fighting", () => {
    expect(
      shortEvents(
        "The army accused the NGOs of complicity with the separatists. Aid groups say such accusations put their staff at risk.",
        testModel(),
        "2026-10-09",
      ).filter((e) => e.startsWith("ACCUSE aid-groups")),
    ).toEqual([]);
    expect(
      shortEvents(
        "Separatist armed groups imposed a lockdown across Cameroon's North-West region to mark the independence day of the state they are fighting to create.",
        testModel(),
        "2026-10-09",
      ).filter((e) => e.startsWith("ASSAULT")),
    ).toEqual([]);
  });
  it("'separatist leaders' in a Cameroonian report are the Ambazonians, the call they make the one rejected", () => {
    expect(
      shortEvents(
        "Separatist fighters attacked a school in Kumbo. In late September, a coalition of separatist leaders based abroad called for a ceasefire. The government rejected the call.",
        testModel(),
        "2026-10-09",
      ).filter((e) => !e.startsWith("ASSAULT")),
    ).toEqual(["REQUEST cm-ambazonia -> cm-gov [asserted]", "REJECT cm-gov -> cm-ambazonia [asserted]"]);
  });
});

describe("3b the accused 'him', air strikes of the state a rebel group fights", () => {
  it("'killed a villager, accusing him of being an informer' accuses the villager", () => {
    expect(
      shortEvents(
        "Suspected Maoists killed a 42-year-old villager near Sukma on Friday night, accusing him of being a police informer.",
        testModel(),
        "2026-04-09",
      ),
    ).toEqual(["ASSAULT in-maoists -> civilians [reported]", "ACCUSE in-maoists -> civilians [reported]"]);
  });
  it("an air strike told after a rebel attack is the state's", () => {
    expect(
      shortEvents(
        "Fano fighters attacked a police station in Debre Markos on Monday, killing three officers. Two days later, an air strike hit a minibus on the road outside Mertule Maryam, killing 11 people.",
        testModel(),
        "2026-04-09",
      ),
    ).toEqual(["ASSAULT fano -> et-pol [asserted]", "ASSAULT et-mil -> civilians [asserted]"]);
  });
});

describe("3b the proposer of what is rejected", () => {
  it.each([
    [
      "Kremlin spokesman Dmitry Peskov said on Wednesday that Moscow would not accept the 30-day ceasefire proposed by European leaders.",
      "REJECT ru-gov -> eu [asserted]",
    ],
    ["Hamas rejected the truce plan put forward by the United States.", "REJECT hamas -> us-gov [asserted]"],
  ])("%s", (text, line) => {
    expect(shortEvents(text, testModel(), "2026-04-09")).toEqual([line]);
  });
});

describe("3b the forced withdraw, 'it' in a party's claim, Iraq's Asayish, missions and press groups", () => {
  it.each([
    [
      "ISIS militants attacked a Peshmerga post near Makhmur. Peshmerga forces returned fire and forced the terrorists to flee.",
      "RETREAT isis -> peshmerga [asserted]",
    ],
    [
      "The Afghanistan Freedom Front (AFF), another armed group opposed to the Taliban, claimed on Sunday that it had fired rockets at a Taliban military base in Pul-e Khumri.",
      "ASSAULT af-aff -> taliban [claimed]",
    ],
    [
      "In Erbil, the Kurdistan Region Security Council said on Monday that Asayish forces had arrested three suspected ISIS members in the city.",
      "COERCE krg-security -> isis [claimed]",
    ],
    [
      // (The SDF rules where it holds them: an arrest, since 2026-12-22.)
      "In Qamishli, Asayish forces arrested three suspected ISIS members, the SDF said.",
      "COERCE sdf -> isis [claimed]",
    ],
    [
      "The UN Assistance Mission in Afghanistan (UNAMA) called on the Taliban to release all those held without charge.",
      "REQUEST unama -> taliban [asserted]",
    ],
    [
      "The Committee to Protect Journalists (CPJ) called on the Burkinabe authorities to release the two journalists immediately.",
      "REQUEST cpj -> bf-gov [asserted]",
    ],
    [
      "Security agents detained two journalists and a civil society activist in Ouagadougou.",
      "COERCE bf-pol -> civilians [asserted]",
    ],
  ])("%s", (text, line) => {
    expect(
      shortEvents(text, testModel(), "2026-12-09").filter((e) => e.split(" ")[0] === line.split(" ")[0]),
    ).toEqual([line]);
  });
});

describe("3b the captors of the latest act of force, refusals to negotiate or disarm", () => {
  it("'the drivers were released' after a looting are freed by the looters, not by those who detained others before", () => {
    expect(
      shortEvents(
        "On 22 January, two national staff members of a humanitarian NGO were detained by the RSF in El Fula. Their whereabouts remain unknown. On 26 January, armed men looted three trucks of a WFP-contracted convoy on the road between Er Rahad and Abu Kershola. The drivers were released unharmed.",
        testModel(),
        "2026-02-01",
      ).filter((e) => e.startsWith("RETREAT")),
    ).toEqual(["RETREAT unidentified-armed-group -> civilians [asserted]"]);
  });
  it.each([
    [
      "South Sudan's minister of information told reporters that the government would not negotiate with the rebels.",
      "REJECT ss-gov",
    ],
    ["Hezbollah leader Naim Qassem said the group will not hand over its weapons.", "REJECT hezbollah"],
  ])("%s", (text, line) => {
    expect(shortEvents(text, testModel(), "2026-02-01").map((e) => e.split(" -> ")[0])).toContain(line);
  });
});

describe("3b the strike condemned, the ministry of national defence", () => {
  it("'condemned the strike' accuses the strike's author told sentences before", () => {
    expect(
      shortEvents(
        "Two men were killed on Monday when a Turkish drone struck their pickup truck near Soran. Villagers said the brothers had nothing to do with any armed group. On Tuesday, about 200 residents gathered in front of the administration building, holding photographs of the two brothers. The protest ended peacefully. A KRG spokesperson condemned the strike.",
        testModel(),
        "2026-02-18",
      ).filter((e) => e.startsWith("ACCUSE")),
    ).toEqual(["ACCUSE krg -> tr-mil [asserted]"]);
  });
  it("'Turkey's Ministry of National Defence said its forces…' is Turkey's military", () => {
    expect(
      shortEvents(
        "Turkey's Ministry of National Defence said its forces had neutralised two members of the PKK near Sidakan.",
        testModel(),
        "2026-02-18",
      ),
    ).toEqual(["ASSAULT tr-mil -> pkk [claimed]"]);
  });
});

describe("3b members of a group by another word, former forces, distances in words", () => {
  it.each([
    [
      "Wagner mercenaries patrolled near Bambari. On Thursday, militiamen of Azande Ani Kpi Gbe (AAKG) attacked a site for displaced people in Zemio.",
      "ASSAULT cf-aakg -> civilians [asserted]",
    ],
    [
      "Local sources said Taliban intelligence detained 12 former soldiers and police officers in Nahrin district.",
      "COERCE taliban -> civilians [reported]",
    ],
  ])("%s", (text, line) => {
    expect(shortEvents(text, testModel(), "2026-02-18")).toContain(line);
  });
});

describe("3b agents further on, weapons' authors after their participle, armed youth, the NSS", () => {
  it.each([
    [
      "In Juba, the SPLM-IO said three of its senior members were arrested at their homes on Tuesday night by agents of the National Security Service (NSS).",
      "COERCE ss-nss -> spla-io [claimed]",
    ],
    [
      "A bomb dropped by a military aircraft hit a market in Waat, in South Sudan, killing four civilians.",
      "ASSAULT ss-mil -> civilians [asserted]",
    ],
    ["Rockets fired by the RSF hit a hospital in El Fasher.", "ASSAULT rsf -> civilians [asserted]"],
    [
      "Armed youth attacked a cattle camp near Bor on Sunday, killing three herders.",
      "ASSAULT unidentified-armed-group -> civilians [asserted]",
    ],
  ])("%s", (text, line) => {
    expect(shortEvents(text, testModel(), "2026-02-18")).toContain(line);
  });
});

describe("3b the victims of the act condemned", () => {
  it("'condemned the aerial bombardment of civilian areas' accuses the bomber, not the civilians", () => {
    expect(
      shortEvents(
        "Residents said the SSPDF carried out air strikes on Waat on Monday. The UN Mission in South Sudan (UNMISS) condemned the aerial bombardment of civilian areas in Nyirol County.",
        testModel(),
        "2026-02-18",
      ).filter((e) => e.startsWith("ACCUSE")),
    ).toEqual(["ACCUSE unmiss -> ss-mil [asserted]"]);
  });
});

describe("3b flight within the fighting", () => {
  it("'neutralised more than sixty terrorists as they fled' tells of no separate withdrawal", () => {
    expect(
      shortEvents(
        'On 3 December, several hundred fighters of JNIM attacked the army base in Djibo. State broadcaster RTB said the army had repelled the assault and "neutralised more than sixty terrorists" as they fled.',
        testModel(),
        "2026-12-08",
      ).some((e) => e.startsWith("RETREAT")),
    ).toBe(false);
  });
});

describe("3b an exchange of prisoners", () => {
  it("'Ukraine and Russia exchanged 150 prisoners of war each' is one deal, the first named's", () => {
    expect(
      shortEvents(
        "Ukraine and Russia exchanged 150 prisoners of war each on March 18 in an exchange mediated by the United Arab Emirates.",
        testModel(),
        "2026-03-20",
      ),
    ).toEqual(["AGREE ua-gov -> ru-gov [asserted]"]);
  });
});

describe("3b 'two others'", () => {
  it("'killed six Al-Shabaab militants and captured two others' captures Al-Shabaab fighters", () => {
    expect(
      shortEvents(
        "In Puntland, Dervish forces killed six Al-Shabaab militants and captured two others in clashes in the Galgala mountains.",
        testModel(),
        "2026-03-20",
      ).filter((e) => e.includes("puntland ->") && !e.includes("shabaab")),
    ).toEqual([]);
  });
});

describe("3b quadcopters", () => {
  it("'a quadcopter dropped an explosive on their house' is an attack by someone unnamed", () => {
    expect(
      shortEvents(
        "Two children were killed and their mother was injured when a quadcopter dropped an explosive on their house in Bannu on Sunday afternoon. It was not immediately clear who operated the drone.",
        testModel(),
        "2026-03-20",
      ),
    ).toEqual(["ASSAULT unidentified-armed-group -> civilians [asserted]"]);
  });
});

describe("3b demolitions", () => {
  it.each([
    [
      "In Jenin, troops demolished 12 buildings in the Jenin refugee camp on Monday to widen access roads.",
      "ASSAULT il-mil -> civilians [asserted]",
    ],
    [
      "South of Hebron, Israeli authorities demolished four homes, saying they had been built without permits.",
      "ASSAULT il-gov -> civilians [claimed]",
    ],
  ])("%s", (text, line) => {
    expect(shortEvents(text, testModel(), "2026-03-20")).toEqual([line]);
  });
});

describe("3b trees uprooted", () => {
  it("'settlers uprooted about 60 olive trees' destroys civilians' property; 'uprooted two million people' does not", () => {
    expect(
      shortEvents(
        "On Monday, settlers uprooted about 60 olive trees on land belonging to Bruqin, west of Salfit.",
        testModel(),
        "2026-03-20",
      ),
    ).toEqual(["ASSAULT settlers -> civilians [asserted]"]);
    expect(shortEvents("The war has uprooted two million people.", testModel(), "2026-03-20")).toEqual([]);
  });
});

describe("3b gatherings that protest, and whom a protest is against", () => {
  it.each([
    [
      "On Tuesday morning, around 200 residents of Sidakan gathered in front of the subdistrict administration building, holding photographs of two brothers and demanding that the federal government in Baghdad stop the strikes.",
      "PROTEST protesters -> iq-gov [asserted]",
    ],
    ["Around 200 residents protested in Erbil.", "PROTEST protesters -> iq-gov [asserted]"],
    [
      "In Bangui, several hundred young people marched on Monday to the National Assembly to support the FACA and demand the departure of MINUSCA.",
      "PROTEST protesters -> minusca [asserted]",
    ],
    [
      "In Yerevan, thousands of protesters gathered outside the government building on Tuesday night, demanding Pashinyan's resignation.",
      "PROTEST protesters -> am-gov [asserted]",
    ],
  ])("%s", (text, line) => {
    expect(shortEvents(text, testModel(), "2026-03-20")).toContain(line);
  });
  it("'mourners gathered at the cemetery' is no protest", () => {
    expect(
      shortEvents(
        "Hundreds of mourners gathered at the cemetery in Erbil on Monday.",
        testModel(),
        "2026-03-20",
      ),
    ).toEqual([]);
  });
});

describe("3g an act told first without its author", () => {
  it("a summary's unattributed strike and the detailed one attributed are one event", () => {
    const events = shortEvents(
      "HIGHLIGHTS\nAt least 11 civilians were killed when drones struck a market in El Obeid on 27 January.\n\nOVERVIEW\nOn 27 January, drones struck the central market in El Obeid, killing at least 11 civilians. Local authorities attributed the attack to the RSF.",
      testModel(),
      "2026-02-01",
    );
    expect(events.filter((e) => e.startsWith("ASSAULT"))).toEqual(["ASSAULT rsf -> civilians [reported]"]);
  });
});

describe("3b settlements attacked", () => {
  it("'attacked 31 settlements …, killing one person' is an attack on civilians", () => {
    expect(
      shortEvents(
        "Russian forces attacked 31 settlements in Kherson Oblast over the past day, killing one person and injuring 11.",
        testModel(),
        "2026-03-20",
      ),
    ).toEqual(["ASSAULT ru-mil -> civilians [asserted]"]);
  });
});

describe("3b a release asked of the captors", () => {
  it("'calls for the immediate and unconditional release of all UN personnel' is asked of those who detained them", () => {
    expect(
      shortEvents(
        'In Sanaa, Houthi security forces detained at least 11 UN staff members on Sunday. "The Secretary-General calls for the immediate and unconditional release of all UN personnel," a UN spokesman said.',
        testModel(),
        "2026-03-20",
      ).filter((e) => e.startsWith("REQUEST")),
    ).toEqual(["REQUEST un -> houthi [asserted]"]);
  });
});

describe("3b intercepted and destroyed", () => {
  it("'intercepted and destroyed 86 Ukrainian drones' is Ukraine's attack, disrupted, and nothing more", () => {
    expect(
      shortEvents(
        'Russia\'s Defense Ministry said that air defenses had "intercepted and destroyed" 86 Ukrainian drones overnight over the Bryansk region.',
        testModel(),
        "2026-03-20",
      ).map((e) => e.split(" [")[0]),
    ).toEqual(["ASSAULT ua-mil -> ru-mil"]);
  });
});

describe("3c nouns that describe people", () => {
  it("'rescued nine kidnap victims' tells of no kidnapping", () => {
    expect(
      shortEvents(
        "Police in Katsina said they rescued nine kidnap victims and killed two bandits in a gun duel near Kankara on Thursday.",
        testModel(),
        "2026-03-20",
      ).map((e) => e.split(" [")[0]),
    ).toEqual(["ASSAULT ng-pol -> unidentified-armed-group"]);
  });
});

describe("3b a subject shared by two verbs", () => {
  // (A sum demanded, "demanded 100 million naira for the release", is a ransom: no appeal; see triggers.)
  it("'the kidnappers had contacted some of the families and demanded…': the kidnappers demand", () => {
    expect(
      shortEvents(
        "By Monday evening, the kidnappers had contacted some of the families and demanded that the government free their jailed commanders.",
        testModel(),
        "2026-03-20",
      ).map((e) => e.split(" -> ")[0]),
    ).toEqual(["REQUEST unidentified-armed-group"]);
  });
});

describe("3c a standing under sanctions", () => {
  it("'who is under U.N. and U.S. sanctions' tells of no sanction; 'imposed sanctions … under the Act' does", () => {
    expect(
      shortEvents(
        "Chérizier, who is under U.N. and U.S. sanctions, has made similar threats before.",
        testModel(),
        "2026-03-20",
      ),
    ).toEqual([]);
    expect(
      shortEvents(
        "The United States imposed sanctions on two former Haitian lawmakers under the Global Magnitsky Act.",
        testModel(),
        "2026-03-20",
      ).map((e) => e.split(" ")[0]),
    ).toEqual(["SANCTION"]);
  });
});

describe("3b both sides", () => {
  it("are the two sides of the fight just told: their claims of losses are that fight again", () => {
    expect(
      extractEvents(
        "ISSP fighters clashed with the MSA armed group near Anderamboukane on Monday. Both sides claimed to have inflicted heavy losses.",
        testModel(),
      ),
    ).toHaveLength(1);
  });
  it("'Both sides shelled residential areas' is an act of each side", () => {
    const events = extractEvents(
      "The army and the RSF fought in El Fasher on Monday. Both sides shelled residential areas on Tuesday.",
      testModel(),
    );
    expect(
      events
        .filter((e) => e.actor2?.id === "civilians")
        .map((e) => e.actor1?.name)
        .sort(),
    ).toEqual(["Military Forces of Sudan", "Rapid Support Forces"]);
  });
});

describe("3b sections of a bulletin", () => {
  it("'MALI – Ménaka region' opens a section set in Mali: its authorities are Mali's", () => {
    const events = extractEvents(
      [
        "Weekly security bulletin",
        "",
        "NIGER – Tillabéri region",
        "- 18 Nov: Suspected ISSP militants attacked an army patrol near Tera, killing four soldiers.",
        "",
        "MALI – Ménaka region",
        "- 23 Nov: Protesters in Ménaka demonstrated against insecurity and demanded that the transitional authorities send more troops.",
      ].join("\n"),
      testModel(),
      { published: "2026-11-24" },
    );
    expect(events.find((e) => e.type === "PROTEST")?.actor2?.name).toBe("Government of Mali");
  });
});

describe("3b hosts, shared heads and acts not yet done", () => {
  const pairs = (text: string) =>
    extractEvents(text, testModel()).map(
      (e) => `${e.type} ${e.actor1?.id} -> ${e.actor2?.id ?? "-"} ${e.modality}`,
    );
  it("'Egypt is to host Israeli and Hamas delegations … for indirect talks' are Egypt's meetings with each", () => {
    expect(
      pairs("Egypt is expected to host Israeli and Hamas delegations in Cairo next week for indirect talks."),
    ).toEqual(["CONSULT eg-gov -> il-gov planned", "CONSULT eg-gov -> hamas planned"]);
    // A town that hosts displaced people meets no one.
    expect(pairs("Tawila, which hosts more than 500,000 displaced people, was calm on Monday.")).toEqual([]);
  });
  it("a joint operation only planned makes no foes of the allies, and is no attack to condemn", () => {
    const events = codeReport([
      "Insurgents killed seven civilians near Macomia in Cabo Delgado, Mozambique, on Sunday.",
      "An RDF spokesperson said Rwandan and Mozambican forces would extend operations to the Mueda plateau in the coming weeks. Cabo Delgado's governor condemned the Macomia killings as cowardly.",
    ]);
    const accuse = events.find((e) => e.type === "ACCUSE");
    expect(accuse?.actor2?.id).not.toBe("rw-mil");
  });
});

describe("3c an unclaimed strike's author (2026-12-04)", () => {
  it("takes 'attributed the strike to X' for a strike whose author was only guessed from the paragraph before", () => {
    const lines = eventLines(
      'In a statement, AFC/M23 said it had "neutralised" FDLR fighters near Kashebere. On 3 October, a drone strike hit a house in Kirotshe, killing four people. Local sources attributed the strike to the FARDC.',
      "2026-10-06",
      { modality: true },
    );
    expect(lines).toContain("ASSAULT cd-mil -> civilians [reported]");
    expect(lines).not.toContain("ASSAULT m23 -> civilians [asserted]");
  });
  it("takes a state health ministry's blame for the author, and its count of the dead for a report", () => {
    const lines = eventLines(
      "On 21 September, a drone struck the paediatric wing of El Obeid Teaching Hospital, killing five patients. The North Kordofan health ministry blamed the Rapid Support Forces (RSF).",
      "2026-09-25",
      { modality: true },
    );
    expect(lines).toContain("ASSAULT rsf -> civilians [reported]");
  });
  it("takes the army the sentence says a side fought for the one it took a town from", () => {
    const lines = eventLines(
      "The health ministry blamed the RSF for the strike. Earlier on Saturday, RSF fighters overran the town of Bara after two days of fighting with the army, according to local activists.",
      "2026-10-12",
      {},
    );
    expect(lines).toContain("COERCE rsf -> sd-mil");
    expect(lines.join("\n")).not.toContain("rsf -> sd-gov");
  });
  it("takes a group's word that its fighters fired at the place for the author of the shells that landed there", () => {
    const lines = eventLines(
      "At least seven people were killed when mortar shells landed in a residential area near Mogadishu's airport this morning, Somali police said. Al-Shabaab said on its Andalus radio station that its fighters had fired at the base at the airport.",
      "2026-11-19",
      { modality: true },
    );
    expect(lines).toContain("ASSAULT shabaab -> civilians [reported]");
  });
  it("does not take the side a roadside bomb killed for its author", () => {
    const lines = eventLines(
      "The ISPR said security forces killed four terrorists near Kalat. In Kech district, four Frontier Corps personnel were martyred when a roadside bomb struck their vehicle near Turbat on Monday.",
      "2026-10-06",
      {},
    );
    expect(lines).toContain("ASSAULT unidentified-armed-group -> pk-mil");
  });
});

describe("3b armed men by their affiliation, a digest's scene, joint speakers (2026-12-04)", () => {
  it("reads 'insurgents linked to the Islamic State group' as that group's branch in the country the sentence is set in", () => {
    const lines = eventLines(
      "Al-Shabaab fighters attacked a base near Jowhar, Somali officials said. In northern Mozambique, insurgents linked to the Islamic State group killed at least six villagers in Macomia district on Tuesday. Mozambican and Rwandan troops say they killed 11 insurgents near Mocímboa da Praia over the weekend.",
      "2026-11-19",
      {},
    );
    expect(lines).toContain("ASSAULT ansar-sunna-mz -> civilians");
    expect(lines.filter((l) => /^ASSAULT (?:mz|rw)-mil /.test(l))).toHaveLength(2);
  });
});

describe("2a a named actor after its own country's possessive", () => {
  it("reads \"Afghanistan's Taliban government\" as the Taliban alone, not also Afghanistan's government", () => {
    const lines = eventLines(
      "Pakistan's interior minister accused Afghanistan's Taliban government of allowing the TTP to plan attacks from Afghan soil.",
      "2026-09-13",
      {},
    );
    expect(lines.filter((l) => l.startsWith("ACCUSE"))).toEqual(["ACCUSE pk-gov -> taliban"]);
  });
});

describe("3b a bulletin of several countries: each sentence's places and run-in headings (2026-12-04)", () => {
  const bulletin = (second: string) =>
    eventLines(
      `MOGADISHU — Somali forces killed 12 al-Shabaab fighters in Lower Shabelle on Monday, the army said.\n\n${second}`,
      "2026-11-20",
      { place: true },
    );

  it("keeps a lone place of a country the report names otherwise, and reads a group by that sentence's places", () => {
    const lines = bulletin(
      "MOZAMBIQUE: In Pemba, police fired tear gas at traders protesting against new market fees on Tuesday. Insurgents linked to Islamic State also burned homes in Macomia district.",
    );
    expect(lines[0]).toBe("ASSAULT so-mil -> shabaab @ Shabeellaha Hoose");
    expect(lines).toContain("ASSAULT mz-pol -> protesters @ Pemba");
    expect(lines).toContain("ASSAULT ansar-sunna-mz -> civilians @ Macomia");
  });

  it("reads 'insurgents' in a sentence set in another country as the local branch of the group named before", () => {
    const lines = bulletin("MOZAMBIQUE: Insurgents burned homes in Macomia district and Mocimboa da Praia.");
    expect(lines[0]).toBe("ASSAULT so-mil -> shabaab @ Shabeellaha Hoose");
    expect(lines.slice(1).every((l) => l.startsWith("ASSAULT ansar-sunna-mz -> civilians"))).toBe(true);
  });

  it("takes a country in capitals running into a paragraph as that section's heading", () => {
    const lines = eventLines(
      "SOMALIA: Police arrested 14 people at a market in Baidoa on Sunday.\n\nMOZAMBIQUE: Police fired tear gas at protesters in Nampula on Monday.",
      "2026-11-20",
      { place: true },
    );
    // (The protest the tear gas was fired at is an event of its own.)
    expect(lines).toEqual([
      "COERCE so-pol -> civilians @ Baidoa",
      "ASSAULT mz-pol -> protesters @ Nampula",
      "PROTEST protesters -> mz-gov @ Nampula",
    ]);
  });
});

describe("3c/3f a country's name inside a place's, and drones no one is said to have sent (2026-12-04)", () => {
  it("places a meeting 'in Port Sudan' there, not at the capital of the state that met", () => {
    expect(
      eventLines("Burhan met the Egyptian foreign minister in Port Sudan on Tuesday.", "2026-11-19", {
        place: true,
      }),
    ).toEqual(["CONSULT sd-gov -> eg-gov @ Port Sudan"]);
  });

  it("codes 'Drones struck Kassala airport' with no party told before as an unnamed launcher's attack", () => {
    expect(eventLines("Drones struck Kassala airport on Sunday.", "2026-11-19", {})).toEqual([
      "ASSAULT unidentified-armed-group -> -",
    ]);
    // A later claim names the launcher.
    expect(
      eventLines(
        "Drones hit a power station in Kassala on Sunday. The RSF claimed the attack.",
        "2026-11-19",
        {
          modality: true,
        },
      ),
    ).toEqual(["ASSAULT rsf -> - [claimed]"]);
  });

  it("leaves a party's source telling of drones to the attribution of its side", () => {
    const lines = eventLines(
      "A source in Ukraine's SBU security service told us that sea drones struck a Russian landing ship moored in the port overnight.",
      "2026-09-15",
      {},
    );
    expect(lines.some((l) => l.startsWith("ASSAULT unidentified"))).toBe(false);
  });
});

describe("3c protests: a group's supporters, riot police, a dispersal that kills (2026-12-04)", () => {
  it("reads a group's supporters who protest as protesters, and 'riot police' as no riot", () => {
    expect(
      eventLines(
        "Several hundred supporters of Hezbollah are protesting outside the government headquarters in central Beirut. Riot police are present but the protest is peaceful so far.",
        "2026-11-10",
        {},
      ),
    ).toEqual(["PROTEST protesters -> lb-gov"]);
  });

  it("codes a dispersal that kills as an attack on the crowd, tear gas as crowd control, and one with no weapon named as a restriction", () => {
    expect(
      eventLines(
        "Police fired live rounds to disperse the crowd near the K4 junction in Mogadishu, killing one protester, according to opposition leaders.",
        "2026-11-10",
        {},
      ),
    ).toEqual(["ASSAULT so-pol -> protesters", "PROTEST protesters -> so-gov"]);
    expect(eventLines("Police fired tear gas to disperse protesters in Nairobi.", "2026-11-10", {})).toEqual([
      "ASSAULT ke-pol -> protesters",
      "PROTEST protesters -> ke-gov",
    ]);
    expect(eventLines("Police dispersed the protesters in Nairobi.", "2026-11-10", {})[0]).toBe(
      "COERCE ke-pol -> protesters",
    );
  });
});

describe("2a/3c a leader's name as a plain word; the party the arrested are said to serve (2026-12-04)", () => {
  it("reads 'the gallant troops' in a Nigerian release as Nigeria's, not Israel's (Gallant)", () => {
    const lines = eventLines(
      "The gallant troops, supported by the Air Component, neutralised 21 terrorists in Borno.",
      "2026-10-05",
      {},
    );
    expect(lines.every((l) => l.startsWith("ASSAULT ng-mil"))).toBe(true);
    expect(eventLines("Gallant said Israeli jets struck Hezbollah sites in Tyre.", "2026-10-05", {})).toEqual(
      ["ASSAULT il-mil -> hezbollah"],
    );
  });

  it("keeps the arrested, not the groups they allegedly financed, as the arrest's target", () => {
    expect(
      eventLines(
        'The junta said on Sunday that it had arrested 14 people in Mandalay for allegedly financing "terrorist" People\'s Defence Forces and the Kachin Independence Army.',
        "2026-10-05",
        {},
      ),
    ).toEqual(["COERCE mm-mil -> suspects"]);
  });
});

describe("3e a claim of responsibility that names no attack (2026-12-04)", () => {
  it("gives the attack told before to the group that 'claimed responsibility through its news agency'", () => {
    expect(
      eventLines(
        "Four police officers were killed on 13 November when their vehicle struck an improvised explosive device near Mandera town. Al-Shabaab claimed responsibility through its Shahada news agency.",
        "2026-11-20",
        { modality: true },
      ),
    ).toEqual(["ASSAULT shabaab -> ke-pol [claimed]"]);
  });

  it("makes no event of the claim itself, nor of 'no group has claimed responsibility'", () => {
    expect(eventLines("The TTP claimed responsibility in a statement.", "2026-11-20", {})).toEqual([]);
    expect(
      eventLines(
        "A bomb killed four police officers near Mandera town. No group has claimed responsibility.",
        "2026-11-20",
        {},
      ),
    ).toEqual(["ASSAULT unidentified-armed-group -> ke-pol"]);
  });
});

describe("3c delegations from two states, meeting at a body's premises (2026-12-04)", () => {
  it("reads 'Delegations from Lebanon and Israel met at the UNIFIL headquarters' as the two states meeting", () => {
    expect(
      eventLines(
        "Delegations from Lebanon and Israel met at the UNIFIL headquarters in Naqoura this afternoon.",
        "2026-11-10",
        {},
      ),
    ).toEqual(["CONSULT lb-gov -> il-gov"]);
  });
});

describe("3c an attack on a village no name or holder tells of (2026-12-04)", () => {
  it("takes the village's people as the target of an air strike on 'a village', not the last foe named", () => {
    const lines = eventLines(
      "In Sokoto State, troops arrested a suspected Lakurawa logistics supplier at Tangaza on 2 October 2026. The Defence Headquarters wishes to state categorically that the Nigerian Air Force did not carry out any air strike on a village in Maru Local Government Area of Zamfara State.",
      "2026-10-05",
      { modality: true },
    );
    expect(lines).toContain("ASSAULT ng-mil -> civilians [negated]");
  });

  it("leaves 'had taken a village further south' to the seizure", () => {
    const lines = eventLines(
      "Russia's Defence Ministry said its troops had completed the capture of Kurakhove, a town they have been attacking for months, and had taken a village further south.",
      "2025-01-06",
      {},
    );
    expect(lines.some((l) => l.startsWith("ASSAULT") && l.endsWith("civilians"))).toBe(false);
  });
});

describe("3c a party's spokesman named in apposition before the verb of speech (2026-12-04)", () => {
  it("gives 'the spokesman of the Armed Forces, Brigadier General Yahya Saree, announced that the missile force had targeted…' to the Houthis", () => {
    const lines = eventLines(
      "For his part, the spokesman of the Armed Forces, Brigadier General Yahya Saree, announced in a televised statement that the missile force had targeted a vital target in the occupied Umm al-Rashrash area (Eilat) with a hypersonic ballistic missile.",
      "2026-10-12",
      { modality: true },
    );
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^ASSAULT houthi -> \S+ \[claimed\]$/);
  });
});

describe("3f where the speaker is is not where the act was (2026-12-04)", () => {
  it("places the arrests of 'a police spokesman in Pemba said' where the crowd was, not in Pemba", () => {
    const lines = eventLines(
      "Hundreds of miners blocked the road in Montepuez district on Monday. Police fired tear gas to disperse them and arrested 11 people, a police spokesman in Pemba said.",
      "2026-11-10",
      { place: true },
    );
    expect(lines.filter((l) => l.startsWith("COERCE")).every((l) => l.endsWith("@ Montepuez"))).toBe(true);
  });
});

describe("3c huts, tents and stalls burned are people's property (2026-12-04)", () => {
  it("codes 'they burned the huts' after an attack on villagers as the same violence, not a seizure", () => {
    const lines = eventLines(
      'Insurgents attacked the village of Nanjua on Friday night, witnesses said. "They shot two men in front of us. Then they burned the huts."',
      "2026-11-10",
      {},
    );
    expect(lines.some((l) => l.startsWith("COERCE"))).toBe(false);
  });
});

describe("2a a capital standing for its state before an adverb or an auxiliary (2026-12-04)", () => {
  it("reads 'Beirut again demanded…' and 'Moscow has also accused…' as the states speaking", () => {
    expect(
      eventLines("Beirut again demanded a full Israeli withdrawal from five positions.", "2026-11-10", {}),
    ).toEqual(["REQUEST lb-gov -> -"]);
    expect(eventLines("Moscow has also accused Kyiv of shelling the plant.", "2026-11-10", {})).toEqual([
      "ACCUSE ru-gov -> ua-gov",
    ]);
  });
});

describe("3c a commercial truck, a lorry, traders are civilians hit (2026-12-04)", () => {
  it("takes the driver of 'a commercial truck' ambushed on a road as a civilian, not the state's forces", () => {
    expect(
      eventLines(
        "Central Equatoria: On 24 October, unidentified gunmen ambushed a commercial truck on the Juba-Yei road, killing the driver.",
        "2026-10-30",
        {},
      ),
    ).toEqual(["ASSAULT unidentified-armed-group -> civilians"]);
  });
});

describe("3b a scene carried on, two sides between, a qualified second name (2026-12-04)", () => {
  it("keeps a country opened on as the scene for the sentences after it that name no place elsewhere", () => {
    expect(
      eventLines(
        "BEIRUT – Israeli drone strikes killed two Hezbollah members in south Lebanon on Tuesday, the Lebanese army said. " +
          "In Syria, fighting resumed between government security forces and Druze armed factions near Suwayda. " +
          'The interior ministry said its forces had repelled an attack by "outlaw groups" on a checkpoint in the area.',
        "2026-01-14",
        {},
      ).filter((l) => !l.includes("hezbollah")),
    ).toEqual(["ASSAULT sy-gov -> sy-druze", "ASSAULT sy-druze -> sy-gov"]);
  });
  it("reads 'X and the Kurdish-led Y agreed' as both agreeing", () => {
    expect(
      eventLines(
        "The Syrian government and the Kurdish-led SDF agreed on Monday to reopen the road.",
        "2026-01-14",
        {},
      ),
    ).toEqual(["AGREE sy-gov -> sdf"]);
  });
});

describe("3c arrests by a militia beside the state, and whom an arrest holds (2026-12-04)", () => {
  it("codes the CJTF's arrest of suspects as an arrest, the suspects handed to the army as no retreat", () => {
    expect(
      eventLines(
        "Members of the Civilian Joint Task Force on Monday arrested two suspected Boko Haram logistics suppliers at a market in Konduga and handed them over to the military.",
        "2025-09-23",
        {},
      ),
    ).toEqual(["COERCE cjtf -> jas"]);
  });
  it("keeps an armed group's arrest an abduction", () => {
    expect(
      eventLines("RSF fighters detained dozens of young men in Tawila on Sunday.", "2025-09-23", {}),
    ).toEqual(["ASSAULT rsf -> civilians"]);
  });
  it("takes herders of a community arrested as civilians, not the militia named after them", () => {
    expect(
      eventLines(
        "Soldiers arrested fifteen young Fulani herders in Bocaranga on Thursday.",
        "2025-09-23",
        {},
      ),
    ).toEqual(["COERCE cf-mil -> civilians"]);
  });
});

describe("3c-3e operations announced: by a government, to come, apart from what was done (2026-12-04)", () => {
  it("codes an operation a minister says will be launched as the state's forces' planned attack", () => {
    expect(
      eventLines(
        "Pakistani troops killed five militants in Bajaur on Monday. Pakistan's interior minister said an operation against the TTP will be launched in Khyber next month.",
        "2026-01-10",
        { modality: true },
      ),
    ).toEqual(["ASSAULT pk-mil -> ttp [asserted]", "ASSAULT pk-mil -> ttp [planned]"]);
  });
  it("keeps a planned operation apart from the attack already done by the same side", () => {
    const lines = eventLines(
      "Pakistani troops killed five militants in Bajaur. The Pakistani army will launch an operation in Khyber.",
      "2026-01-10",
      { modality: true },
    );
    expect(lines.some((l) => l.endsWith("[planned]"))).toBe(true);
    expect(lines.some((l) => l.endsWith("[asserted]"))).toBe(true);
  });
});

describe("3f incidents headed by their place and time, as security briefs list them (2026-12-04)", () => {
  it("places each incident where its heading line says, and reads 'armed individuals affiliated with X' as X", () => {
    const text =
      "HAITI - DAILY SECURITY BRIEF\n\nSUMMARY\nThe situation in the Port-au-Prince metropolitan area remains volatile. Heavy gunfire reported in Carrefour and Kenscoff. Staff should stay home.\n\n" +
      "- Carrefour (Mariani) - 13/01, approx. 09:30. Exchange of fire between HNP specialized units and Viv Ansanm gang members. Area remains tense.\n\n" +
      "- Kenscoff (Belot / Furcy) - 13/01, afternoon. Armed individuals affiliated with Viv Ansanm attacked residential areas and set at least 20 houses on fire.";
    const lines = eventLines(text, "2026-01-14", { place: true });
    expect(lines).toContain("ASSAULT ht-pol -> viv-ansanm @ Carrefour");
    expect(lines).toContain("ASSAULT viv-ansanm -> civilians @ Kenscoff");
  });
});

describe("3c those who act jointly are no foes of each other; a crowd is no side (2026-12-04)", () => {
  it("codes a joint operation of the police and a foreign mission against the gangs, not against each other", () => {
    const lines = eventLines(
      "Viv Ansanm gangs attacked Cabaret on Monday. HNP and Kenyan personnel of the Multinational Security Support mission conducted a joint operation to clear the road near Cabaret; exchanges of fire lasted about two hours.",
      "2026-01-14",
      {},
    );
    expect(lines).toContain("ASSAULT ke-mil -> viv-ansanm");
    expect(lines).toContain("ASSAULT ht-pol -> viv-ansanm");
    expect(lines.filter((l) => /ht-pol -> ke-mil|ke-mil -> ht-pol/.test(l))).toEqual([]);
  });
});

describe("3b a government's own forces (2026-12-04)", () => {
  it("reads 'its forces' in what a state's government says as its military; an interior ministry's stay its own", () => {
    expect(
      eventLines(
        "Somalia's government said on Thursday its forces had killed more than 40 al-Shabaab fighters in Lower Shabelle.",
        "2025-10-23",
        {},
      ),
    ).toEqual(["ASSAULT so-mil -> shabaab"]);
  });
});

describe("3c attackers said to have been repelled (2026-12-04)", () => {
  it("codes 'a junta spokesman said the terrorists had been repelled' as the junta's fire on the attackers", () => {
    expect(
      eventLines(
        'The Arakan Army attacked the eastern edge of Kyaukphyu Township on Sunday. A junta spokesman told state-run media that the "terrorists" had been repelled with heavy losses.',
        "2026-02-10",
        { modality: true },
      ),
    ).toEqual(["ASSAULT aa -> mm-mil [asserted]", "ASSAULT mm-mil -> aa [claimed]"]);
  });
});

describe("3b a name right after a verb of speech (2026-12-05)", () => {
  it("'The army said FAMa killed…' codes FAMa's act: a word between two mentions is no bracketed repeat", () => {
    expect(
      shortEvents(
        "The general staff said FAMa killed fifteen terrorists near Sandaré.",
        testModel(),
        "2025-03-10",
      ),
    ).toEqual(["ASSAULT ml-mil -> unidentified-armed-group [claimed]"]);
    expect(
      shortEvents(
        "The Tigray People's Liberation Front (TPLF) attacked ENDF positions near Alamata.",
        testModel(),
        "2025-03-10",
      ),
    ).toEqual(["ASSAULT tplf -> et-mil [asserted]"]);
  });
});

describe("3b a weapon only one side of the war uses (2026-12-05)", () => {
  const lines = (text: string) => shortEvents(text, testModel(), "2025-10-14");
  it("gives Shahed drones and glide bombs over Ukraine to Russia, whoever struck last", () => {
    expect(
      lines(
        "Ukrainian drones struck the Tuapse refinery overnight. In Kharkiv, the mayor, Ihor Terekhov, said Shahed drones struck two districts, killing three people.",
      ),
    ).toEqual(["ASSAULT ua-mil -> - [asserted]", "ASSAULT ru-mil -> civilians [reported]"]);
    expect(
      lines(
        "Ukrainian drones hit Bryansk. A guided bomb also hit a village near Zolochiv, killing two civilians.",
      ),
    ).toContain("ASSAULT ru-mil -> civilians [asserted]");
  });
  it("leaves a Shahed elsewhere to the story ('Shahed drones' launched at Israel are not Russia's)", () => {
    expect(
      lines(
        "Iran fired missiles at Israel on Sunday. Shahed drones struck near Tel Aviv, killing two civilians.",
      ),
    ).not.toContain("ASSAULT ru-mil -> civilians [asserted]");
  });
});

describe("3b a town abroad that a sentence opens on (2026-12-05)", () => {
  it("gives 'police' in 'In Niamey, police arrested…' to Niger in a report from Burkina Faso", () => {
    expect(
      shortEvents(
        "JNIM fighters ambushed an army convoy near Sebba in Burkina Faso on Saturday. In Niamey, police on Monday arrested a newspaper editor.",
        testModel(),
        "2025-06-06",
      ),
    ).toContain("COERCE ne-pol -> civilians [asserted]");
  });
});

describe("3b a crowd about its day (2026-12-05)", () => {
  it("reads 'a crowd queueing outside a recruitment centre' as civilians, 'a crowd of protesters' as protesters", () => {
    expect(
      shortEvents(
        "A suicide bomber blew himself up among a crowd queueing outside an army recruitment centre in Mogadishu on Wednesday, killing 14.",
        testModel(),
        "2026-01-22",
      ),
    ).toContain("ASSAULT unidentified-armed-group -> civilians [asserted]");
    expect(
      shortEvents("Police fired tear gas at a crowd of protesters in Nairobi.", testModel(), "2026-01-22"),
    ).toContain("ASSAULT ke-pol -> protesters [asserted]");
  });
});

describe("3b 'the kidnappers' after a named group's abduction (2026-12-05)", () => {
  it("gives the kidnappers' threat to the group that abducted, against the hostages", () => {
    expect(
      shortEvents(
        "Separatist fighters abducted 12 pupils from a school near Kumbo on Monday. In a video posted the next day, the kidnappers threatened to kill the hostages unless a ransom was paid.",
        testModel(),
        "2025-03-12",
      ),
    ).toEqual([
      "ASSAULT cm-ambazonia -> civilians [asserted]",
      "THREATEN cm-ambazonia -> civilians [asserted]",
    ]);
  });
});

describe("3b men armed with…, and a 'whom' clause (2026-12-05)", () => {
  it("codes 'men armed with machetes' as an unnamed armed group", () => {
    expect(
      shortEvents("Men armed with machetes attacked villagers near Beni on Sunday.", testModel()),
    ).toEqual(["ASSAULT unidentified-armed-group -> civilians [asserted]"]);
  });
  it("takes no subject from a 'whom' clause ('men armed with clubs, whom protesters described as goons, attacked…')", () => {
    expect(
      shortEvents(
        "In Nairobi, groups of men armed with whips and clubs, whom protesters described as hired goons, attacked demonstrators.",
        testModel(),
      ),
    ).toEqual(["ASSAULT unidentified-armed-group -> protesters [asserted]"]);
  });
});

describe("3b 'the gunmen' left in control after the police withdrew (2026-12-05)", () => {
  it("reads 'the gunmen' as the gang named lately, past the police that acted last", () => {
    expect(
      shortEvents(
        "Gunmen from the Viv Ansanm gang coalition stormed the commune of Thomazeau before dawn on Sunday, killing at least 18 people. The police officers posted in the town withdrew, leaving the gunmen in control of the town centre.",
        testModel(),
        "2025-05-20",
      ),
    ).toContain("COERCE viv-ansanm -> ht-pol [asserted]");
  });
});

describe("3b ministers of two states, and a capital with its partner (2026-12-05)", () => {
  const lines = (text: string) => shortEvents(text, testModel(), "2025-06-26");
  it("reads 'the defence ministers of Benin and Niger' as the two states meeting", () => {
    expect(lines("The defence ministers of Benin and Niger met in Lomé.")).toEqual([
      "CONSULT bj-gov -> ne-gov [asserted]",
    ]);
  });
  it("reads 'Kinshasa and the M23 met' as the state and the group meeting, 'Kinshasa and Goma were shelled' as places", () => {
    expect(lines("Kinshasa and the M23 met in Doha.")).toEqual(["CONSULT cd-gov -> m23 [asserted]"]);
    expect(lines("Kinshasa and Goma were shelled.")).toEqual([]);
  });
  it("codes no meeting of 'the two countries' between an armed group and its foe", () => {
    expect(
      lines(
        "JNIM fighters attacked a Beninese army post near Malanville. The defence ministers of the two countries are due to meet in Lomé next week.",
      ).some((l) => l.startsWith("CONSULT jnim")),
    ).toBe(false);
  });
});

describe("3b two states that strike together (2026-12-06)", () => {
  const lines = (text: string) => shortEvents(text, testModel(), "2025-05-16");
  it("'US and UK forces struck…' are two attackers, neither the other's target", () => {
    const events = lines("US and UK forces struck launch sites in Al Hudaydah governorate.");
    expect(events).toEqual(
      expect.arrayContaining(["ASSAULT us-mil -> - [asserted]", "ASSAULT gb-mil -> - [asserted]"]),
    );
    expect(events.join(" ")).not.toMatch(/us-mil -> gb-|gb-mil -> us-/);
    expect(lines("Kenyan and Ugandan troops attacked the camp near Kismayo.").join(" ")).not.toMatch(
      /ke-mil -> ug-|ug-mil -> ke-/,
    );
  });
  it("keeps fire exchanged or traded between the two sides", () => {
    expect(lines("Sudanese and Ethiopian troops exchanged fire near Gallabat.")).toEqual([
      "ASSAULT sd-mil -> et-mil [asserted]",
    ]);
  });
});

describe("2a a governorate named by its place (2026-12-06)", () => {
  it("'in Al Hudaydah governorate' is a place, 'the Aleppo governorate declared' its authority", () => {
    expect(
      shortEvents(
        "Rebels shelled a market in Idlib governorate, killing four civilians.",
        testModel(),
        "2025-05-16",
      ),
    ).not.toContain("ASSAULT unidentified-armed-group -> sy-gov [asserted]");
    expect(
      shortEvents(
        "The Aleppo governorate declared a curfew in two neighbourhoods on Sunday.",
        testModel(),
        "2025-05-16",
      ).join(" "),
    ).toMatch(/^COERCE sy-gov -> /);
  });
});

describe("3b hostages rescued from others' hands (2026-12-06)", () => {
  const lines = (text: string) => shortEvents(text, testModel(), "2025-05-16");
  it("is no release by the troops that freed them", () => {
    expect(
      lines("Kenyan troops freed 12 hostages held by Al-Shabaab fighters near Lamu.").join(" "),
    ).not.toMatch(/^RETREAT ke-mil/);
    expect(lines("The army said it freed 40 women abducted by Boko Haram near Bama.")).toEqual([
      "ASSAULT jas -> civilians [reported]",
    ]);
  });
  it("keeps a release by the ones who held them", () => {
    expect(lines("Al-Shabaab freed three hostages in Kismayo.")).toEqual([
      "RETREAT shabaab -> civilians [asserted]",
    ]);
    expect(lines("The army released 30 detainees in Bamenda.")[0]).toMatch(/^RETREAT cm-mil/);
  });
});

describe("3b 'the governments' of two states at war (2026-12-06)", () => {
  it("agree as governments, whichever of their forces fought", () => {
    const lines = shortEvents(
      "Tajik and Kyrgyz border guards exchanged fire near Vorukh on Monday. After a call between the two countries' presidents, the governments agreed to a ceasefire.",
      testModel(),
      "2025-05-16",
    );
    expect(lines.some((l) => /^AGREE (?:tj|kg)-gov -> (?:tj|kg)-gov/.test(l))).toBe(true);
    expect(lines.join(" ")).not.toMatch(/AGREE (?:tj|kg)-mil/);
  });
});

describe("3b the subject of a relative clause past its auxiliary (2026-12-06)", () => {
  it("'Ansaru fighters who were attacking a convoy' are the attackers", () => {
    const lines = shortEvents(
      "Troops intercepted Ansaru fighters who were attacking a convoy near Birnin Gwari.",
      testModel(),
      "2025-05-16",
    );
    expect(lines.some((l) => l.startsWith("ASSAULT ansaru -> "))).toBe(true);
  });
});

describe("3b the parent an apposition names (2026-12-06)", () => {
  it("'JNIM, the Sahelian branch of al-Qaeda' leaves al-Qaeda out of the story", () => {
    const lines = shortEvents(
      "Gunmen attacked an army post at Kerou, in northern Benin, on Tuesday. The attack was claimed by JNIM, the Sahelian branch of al-Qaeda. The group said its fighters had taken control of the position.",
      testModel(),
      "2025-06-12",
    );
    expect(lines.join(" ")).not.toMatch(/al-qaeda|aq\b|-> al/i);
    expect(lines.some((l) => l.startsWith("COERCE jnim -> "))).toBe(true);
  });
});

describe("3c a strike no one was named for, laid on a party by the next sentences (2026-12-07)", () => {
  it("'a drone struck a car … The rebels accused the army of carrying out the strike': the army's, reported", () => {
    const events = codeReport([
      "Late on Friday, a drone struck a pickup truck near Kidal, killing four men on board, local sources said.",
      "The FLA accused the Malian army of carrying out the strike and said the dead were herders.",
    ]);
    expect(pairsOf(events)).toContain("ASSAULT ml-mil -> civilians");
    expect(pairsOf(events)).toContain("ACCUSE fla -> ml-mil");
    expect(events.find((e) => e.type === "ASSAULT")?.modality).toBe("reported");
  });
  it("keeps a named attacker: an accusation does not overturn who the report says struck", () => {
    const events = codeReport([
      "JNIM fighters ambushed a convoy near Gao on Friday, killing six soldiers.",
      "The junta accused France of being behind the attack.",
    ]);
    expect(pairsOf(events)).toContain("ASSAULT jnim -> ml-mil");
    expect(pairsOf(events).some((p) => p.startsWith("ASSAULT fr-"))).toBe(false);
  });
});

describe("3g force condemned is laid on whoever used it, not on those it was used on (2026-12-07)", () => {
  it("'condemned the use of force against peaceful protesters' accuses the police who beat them", () => {
    const events = codeReport([
      "Police fired tear gas and beat protesters at a sit-in in Quetta on Sunday.",
      "The Human Rights Commission of Pakistan (HRCP) condemned the use of force against peaceful protesters.",
    ]);
    expect(pairsOf(events)).toContain("ACCUSE pk-hrcp -> pk-pol");
    expect(pairsOf(events).some((p) => p.startsWith("ACCUSE") && p.endsWith("protesters"))).toBe(false);
  });
});

describe("3c a group's spokesman speaks past the words he quotes (2026-12-07)", () => {
  it("'Its spokesman said the workers were \"TNI agents\" and warned all non-Papuan workers to leave' is the group's threat", () => {
    const events = codeReport([
      "The West Papua National Liberation Army (TPNPB) claimed responsibility for the attack on Tuesday.",
      'Its spokesman said the workers were "TNI intelligence agents" and warned all non-Papuan workers to leave the Puncak highlands.',
    ]);
    expect(pairsOf(events)).toContain("THREATEN tpnpb -> civilians");
  });
  it("'outsiders' told to leave are civilians", () => {
    expect(
      eventLines(
        "The BLA warned outsiders working on projects in Balochistan to leave the province.",
        "2025-06-01",
        {},
      ),
    ).toEqual(["THREATEN bla -> civilians"]);
  });
});

describe("3c a blame whose target is only guessed lays no strike on anyone (2026-12-07)", () => {
  it("'blamed \"those who want to sabotage the peace process\"' does not make the last speaker the bomber", () => {
    const events = codeReport([
      "A roadside bomb hit a ranger patrol in Rueso district on Tuesday, killing two rangers. Malaysia's facilitator urged restraint.",
      'The BRN said it had no involvement and blamed "those who want to sabotage the peace process".',
    ]);
    expect(pairsOf(events).some((p) => p.startsWith("ASSAULT my-"))).toBe(false);
  });
});

describe("2a the president of a civic body is a civilian (2026-12-07)", () => {
  it("'shot dead …, president of the Communal Action Board' kills a civilian, not the government", () => {
    expect(
      eventLines(
        "Two hooded men shot dead Luz Dary Cardenas, 47, president of the Communal Action Board of the La Esperanza neighbourhood, in Saravena, Colombia.",
        "2025-06-01",
        {},
      ),
    ).toEqual(["ASSAULT unidentified-armed-group -> civilians"]);
  });
  it("the head of a state's council stays the state's", () => {
    expect(
      eventLines(
        "Gunmen shot dead the president of the Sovereignty Council's security committee in Khartoum.",
        "2025-06-01",
        {},
      ),
    ).toEqual(["ASSAULT unidentified-armed-group -> sd-gov"]);
  });
});

describe("3c a truce agreed by no one named is the fighting sides' (2026-12-07)", () => {
  it("'…clashed in Tripoli. The council said a truce had been agreed after mediation by elders' is the two sides' truce", () => {
    const events = codeReport([
      "Fighters of the Radaa force and the 444 Brigade clashed in Souq al-Juma in Tripoli on Saturday.",
      "Later on Sunday, the Presidential Council said a truce had been agreed after mediation by elders from Souq al-Juma.",
    ]);
    expect(pairsOf(events)).toContain("AGREE ly-radaa -> ly-444");
    expect(pairsOf(events).some((p) => p.startsWith("AGREE civilians"))).toBe(false);
  });
});

describe("3c 'he' opening a sentence is the one who opened the sentence before (2026-12-07)", () => {
  it("'Malaysia's facilitator said… He urged the BRN and the Thai government…' are Malaysia's appeals", () => {
    const events = codeReport([
      "Malaysia's facilitator for the peace dialogue said in Kuala Lumpur that he was saddened by the violence.",
      "He urged the BRN and the Thai government to exercise maximum restraint.",
    ]);
    expect(pairsOf(events)).toEqual(["REQUEST my-gov -> th-brn", "REQUEST my-gov -> th-gov"]);
  });
  it("a 'he' after a sentence opened by no one named stays unresolved", () => {
    const events = codeReport([
      "The spokesman said the strikes hit four villages close to Pakistan's Waziristan region.",
      "He called the raids a violation of Afghan sovereignty.",
    ]);
    expect(pairsOf(events).some((p) => p.startsWith("ACCUSE pk-"))).toBe(false);
  });
  it("a council named in full is an organisation: 'The Amhara Peace Council called on Fano to negotiate'", () => {
    expect(eventLines("The Amhara Peace Council called on Fano to negotiate.", "2025-08-12", {})).toEqual([
      "REQUEST Amhara Peace Council -> fano",
    ]);
  });
});

describe("2a a country named as where something is registered is no party (2026-12-07)", () => {
  it("'sanctions on three shipping companies registered in the Marshall Islands' are not on its government", () => {
    expect(
      eventLines(
        "The US Treasury imposed sanctions on three shipping companies registered in the Marshall Islands.",
        "2025-06-01",
        {},
      ).some((l) => l.includes("mh-")),
    ).toBe(false);
  });
});

describe("3g a restriction condemned, and the demand beside it, are aimed at whoever imposed it (2026-12-07)", () => {
  it("'The PDP condemned the internet suspension … and demanded that services be restored'", () => {
    const events = codeReport([
      "Militants attacked a police post in Shopian, Jammu and Kashmir, on Tuesday.",
      "On Wednesday, the Indian government suspended mobile internet services in Shopian.",
      'The Peoples Democratic Party (PDP) condemned the internet suspension as "collective punishment" and demanded that services be restored immediately.',
    ]);
    expect(pairsOf(events)).toContain("ACCUSE PDP -> in-gov");
    expect(pairsOf(events)).toContain("REQUEST PDP -> in-gov");
  });
});

describe("3c offices of named leaders, 'anti-' words, and strikes condemned by their word (2026-12-07)", () => {
  it("'accused Prime Minister Benjamin Netanyahu' accuses Israel's government, not the home state's", () => {
    const events = codeReport([
      "Israeli air strikes killed 23 people in Khan Younis on Monday.",
      "In a statement, Hamas accused Prime Minister Benjamin Netanyahu of trying to sabotage the talks.",
    ]);
    expect(pairsOf(events)).toContain("ACCUSE hamas -> il-gov");
  });
  it("'anti-government protesters' names no government the police fired on; their protest is against it", () => {
    const lines = eventLines(
      "Police fired tear gas to disperse anti-government protesters in Nairobi.",
      "2025-06-25",
      {},
    );
    expect(lines.filter((l) => !l.startsWith("PROTEST")).some((l) => l.includes("ke-gov"))).toBe(false);
    expect(lines).toContain("PROTEST protesters -> ke-gov");
  });
  it("'condemned the strikes' after air strikes and rockets fired since names the air force's side", () => {
    const events = codeReport([
      "Israeli air strikes on Khan Younis killed 23 Palestinians on Monday.",
      "Hours later, Islamic Jihad fired rockets towards Nir Yitzhak.",
      "Egypt's foreign ministry condemned the strikes.",
    ]);
    expect(pairsOf(events)).toContain("ACCUSE eg-gov -> il-mil");
  });
  it("'condemned the use of live ammunition against unarmed protesters' accuses the police", () => {
    const events = codeReport([
      "Police fired live bullets at protesters in Nairobi on Tuesday, killing six.",
      "The Kenya National Commission on Human Rights condemned the use of live ammunition against unarmed protesters.",
    ]);
    expect(pairsOf(events).some((p) => p.startsWith("ACCUSE") && p.endsWith("ke-pol"))).toBe(true);
  });
});

describe("3g an appeal to all parties beside a condemnation stays addressed to no one party (2026-12-07)", () => {
  it("'condemned the killings and called on all parties to protect civilians'", () => {
    const events = codeReport([
      "Drone strikes by the Congolese army hit two villages in Masisi territory on Sunday, killing seven civilians.",
      "The Centre for Justice and Peace in North Kivu condemned the killings and called on all parties to protect civilians.",
    ]);
    expect(events.find((e) => e.type === "REQUEST")?.actor2).toBeNull();
  });
});

describe("3b 'He' after a sentence opened by a place or a time is that sentence's subject (2026-12-05)", () => {
  it("'In Kinshasa, the government spokesman condemned … He again accused Rwanda'", () => {
    expect(
      eventLines(
        "In Kinshasa, the government spokesman condemned the repeated violations of the ceasefire by the M23. He again accused Rwanda of supporting the rebellion.",
        "2025-06-06",
        {},
      ),
    ).toEqual(["ACCUSE cd-gov -> m23", "ACCUSE cd-gov -> rw-gov"]);
  });
});

describe("3g a reason cited, a withdrawal demanded, people carried to safety: no act of their own (2026-12-06)", () => {
  it("'ordered the evacuation of eight villages, citing the constant shelling' is no shelling by the authorities", () => {
    const events = codeReport([
      'Regional authorities on Sept. 2 ordered the mandatory evacuation of families with children from eight more villages in the Kupiansk district, citing the "constant shelling."',
    ]);
    expect(events.filter((e) => e.type === "ASSAULT")).toEqual([]);
  });
  it("'demanded the withdrawal of federal troops' is a demand, not a withdrawal; 'announced the withdrawal' is one", () => {
    const demanded = codeReport([
      "The Fano commander demanded the withdrawal of federal troops from the Amhara region.",
    ]);
    expect(demanded.filter((e) => e.type === "RETREAT")).toEqual([]);
    const announced = codeReport(["The Malian army announced the withdrawal of its troops from Kidal."]);
    expect(announced.map((e) => e.type)).toContain("RETREAT");
  });
  it("'took 46 people out of Huliaipole', 'were taken to hospital' carry people to safety; 'took 12 passengers' captures", () => {
    expect(
      codeReport(["Police and volunteers took 46 people, 12 of them children, out of Huliaipole on Monday."]),
    ).toEqual([]);
    const taken = codeReport(["The wounded were taken to hospital in Bunia after the attack on the camp."]);
    expect(taken.filter((e) => e.mode === "abduct")).toEqual([]);
    expect(
      codeReport(["Gunmen took 12 passengers from a bus near Zaria on Monday."]).map((e) => e.mode),
    ).toContain("abduct");
  });
});

describe("3b an aside about a crowd ('many of them') stands for the crowd, not an actor told before (2026-12-06)", () => {
  it("'hundreds of people, many of them dressed in white, marched' after a town named Costa Rica", () => {
    const events = codeReport([
      "Prosecutors said seven bodies were found on Tuesday beside the highway between Culiacán and Costa Rica.",
      "On Sunday, hundreds of people, many of them dressed in white, marched through downtown Culiacán to demand an end to the violence.",
    ]);
    const protest = events.find((e) => e.type === "PROTEST");
    expect(protest?.actor1?.id).toBe("protesters");
  });
});

describe("3c forces a government sends deploy; the attacks that were the reason are told before (2026-12-06)", () => {
  it("'The Interior ministry said it had deployed additional General Service Unit officers to Lamu … following the attacks'", () => {
    const lines = eventLines(
      "The Interior ministry said it had deployed additional General Service Unit officers to Lamu and Garissa counties following the attacks.",
      "2026-06-26",
      {},
    );
    expect(lines).toEqual(["MOBILIZE ke-pol -> -"]);
  });
  it("'The government sent 500 soldiers to Cap-Haïtien' is the army's deployment", () => {
    expect(
      eventLines("The Haitian government sent 500 soldiers to Cap-Haïtien on Monday.", "2026-06-26", {}),
    ).toEqual(["MOBILIZE ht-mil -> -"]);
  });
});

describe("3g 'despite their families' protests' is an objection in passing, no protest (2026-12-06)", () => {
  it("no protest in 'took the men away despite their families' protests'", () => {
    const events = codeReport([
      "Soldiers abducted at least 30 young men from the camp near Sittwe to serve in the military, despite their families' protests.",
    ]);
    expect(events.filter((e) => e.type === "PROTEST")).toEqual([]);
    expect(events.map((e) => e.type)).toContain("ASSAULT");
  });
});

describe("3b 'the commission', 'the society': a body named before by its name's head noun (2026-12-06)", () => {
  it("'The Ethiopian Human Rights Commission said … The commission also urged the authorities'", () => {
    const events = codeReport([
      "Ethiopian troops clashed with Fano fighters in Dembecha on Saturday.",
      "The Ethiopian Human Rights Commission said 19 civilians were killed. The commission also urged the authorities to restore telecommunications services.",
    ]);
    const request = events.find((e) => e.type === "REQUEST");
    expect(request?.actor1?.name).toBe("Ethiopian Human Rights Commission");
    expect(request?.actor2?.id).toBe("et-gov");
  });
  it("'the society' with no society named before is nobody", () => {
    expect(codeReport(["The society demanded that the activists be produced in court."])).toEqual([]);
  });
});

describe("3c 'one of its patrols', 'its base': the speaker's own unit is hit (2026-12-06)", () => {
  it("'UNIFIL said an Israeli drone had dropped a grenade close to one of its patrols'", () => {
    expect(
      eventLines(
        "UNIFIL said an Israeli drone had dropped a grenade close to one of its patrols near Naqoura on Thursday.",
        "2026-03-01",
        {},
      ),
    ).toEqual(["ASSAULT il-mil -> unifil"]);
  });
});

describe("3b 'the federal government' after a region's administration is the state's (2026-12-09)", () => {
  it("'The Tigray Interim Administration … called on the federal government' appeals to Ethiopia's government", () => {
    const lines = eventLines(
      "The Tigray Interim Administration condemned the abduction of six farmers in Irob, Ethiopia, and called on the federal government to uphold the Pretoria agreement.",
      "2026-03-10",
      { place: true },
    );
    expect(lines).toContain("REQUEST et-tia -> et-gov @ Irob");
    expect(lines.join(" ")).not.toMatch(/Pretoria/);
  });
});

describe("3b the State Department speaks for the US; a relative clause without its pronoun (2026-12-09)", () => {
  it("'a State Department spokesperson warned that the United States would impose sanctions' is a US threat", () => {
    expect(
      eventLines(
        "In Washington, a State Department spokesperson warned that the United States would impose sanctions on any party obstructing the peace process.",
        "2026-03-10",
        {},
      ),
    ).toContain("THREATEN us-gov -> -");
  });
  it("'visa restrictions on 90 Nicaraguan officials it accuses of …': the US sanctions and accuses the officials", () => {
    expect(
      eventLines(
        "The State Department announced visa restrictions on 90 Nicaraguan officials it accuses of involvement in the repression.",
        "2026-03-10",
        {},
      ),
    ).toEqual(["SANCTION us-gov -> ni-gov", "ACCUSE us-gov -> ni-gov"]);
  });
});

describe("3c a list of a speaker's acts after its accusation; security officers (2026-12-09)", () => {
  it("'accused the Malian army of …, called on the United Nations to investigate and vowed to respond' is three acts", () => {
    expect(
      eventLines(
        'The FLA accused the Malian army of "waging war on civilians", called on the United Nations to investigate and vowed to respond "on the ground".',
        "2026-03-10",
        {},
      ),
    ).toEqual(["ACCUSE fla -> ml-mil", "REQUEST fla -> un", "THREATEN fla -> ml-mil"]);
  });
  it("'security officers detained two residents' are the state's forces; 'military intelligence officers' its army", () => {
    expect(
      eventLines("In Tajikistan, security officers detained two residents of Darvoz.", "2026-03-10", {}),
    ).toEqual(["COERCE tj-mil -> civilians"]);
    expect(
      eventLines(
        "In Uvira, DR Congo, tension remained high after military intelligence officers arrested a Wazalendo commander on Sunday.",
        "2026-03-10",
        {},
      ),
    ).toEqual(["COERCE cd-mil -> wazalendo"]);
  });
});

describe("3c the party whose people an attack killed (2026-12-09)", () => {
  it("'A Turkish drone struck a car …, killing two members of the Sinjar Resistance Units' hits the YBS", () => {
    expect(
      eventLines(
        "A Turkish drone struck a car near Sinuni, Iraq, on Wednesday evening, killing two members of the Sinjar Resistance Units.",
        "2026-03-10",
        {},
      ),
    ).toEqual(["ASSAULT tr-mil -> ybs"]);
  });
  it("'…, killing 11 passengers, four of them children' still hits civilians", () => {
    expect(
      eventLines(
        "A drone strike hit a minibus outside Mertule Maryam, Ethiopia, killing 11 passengers, four of them children.",
        "2026-03-10",
        {},
      ).map((l) => l.split(" -> ")[1]),
    ).toEqual(["civilians"]);
  });
});

describe("3c the victims of an act condemned are not the accused (2026-12-09)", () => {
  it("'condemned the abduction of the six farmers' accuses the abductors told before, not the farmers", () => {
    const lines = eventLines(
      "MEKELLE, Ethiopia: Eritrean troops abducted six farmers in Irob on Tuesday. The Tigray Interim Administration condemned the abduction of the six farmers.",
      "2026-03-10",
      {},
    );
    expect(lines).toContain("ACCUSE et-tia -> er-mil");
    expect(lines.filter((l) => l.startsWith("ACCUSE") && l.endsWith("civilians"))).toEqual([]);
  });
});

describe("3b a ministry 'in' a capital is that state's (2026-12-20)", () => {
  it("'The foreign ministry in Mogadishu condemned the visit', after Ethiopia's prime minister was named", () => {
    const lines = eventLines(
      "MOGADISHU — Somaliland's president flew to Addis Ababa on Monday for talks with Ethiopia's prime minister. The foreign ministry in Mogadishu condemned the visit as a violation of Somalia's sovereignty.",
      "2026-02-10",
      {},
    );
    expect(lines.find((line) => line.startsWith("ACCUSE"))).toMatch(/^ACCUSE so-gov -> /);
  });
});
