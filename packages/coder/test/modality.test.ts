import { describe, expect, it } from "vitest";
import { eventLines, extractEvents, shortEvents, testModel } from "./helpers.js";

const modalityOf = (text: string): string | undefined =>
  extractEvents(text).find((e) => e.type === "ASSAULT" || e.type === "COERCE" || e.type === "RETREAT")
    ?.modality;

describe("3e modality", () => {
  it.each([
    ["The RSF shelled Abu Shouk camp, killing 14 civilians.", "asserted"],
    ["SAF aircraft reportedly bombed RSF positions in Kutum.", "reported"],
    ["According to local sources, the RSF shelled Abu Shouk camp.", "reported"],
    ["The RSF shelled Abu Shouk camp, witnesses said.", "reported"],
    ["JNIM claimed responsibility, saying its fighters had killed dozens of soldiers.", "claimed"],
    [
      "The Russian Ministry of Defense claimed that Russian forces repelled a Ukrainian counterattack.",
      "claimed",
    ],
    [
      "The Russian Defence Ministry denied that its aircraft had carried out any strikes on Maarat al-Numan.",
      "negated",
    ],
    [
      "A Ukrainian military spokesperson denied that Ukrainian forces had withdrawn from Vuhledar.",
      "negated",
    ],
    ["HTS did not attack the village.", "negated"],
    // A time to come after the act dates that act.
    ["Malian troops announced an operation to retake Kidal within days.", "planned"],
    ["Ethiopian troops are expected to attack Fano fighters in the near future.", "planned"],
    // An ally's word about its partner's deeds is a claim, not an outsider's report (2026-12-03).
    ["Russia's defence ministry said Syrian troops had shelled HTS positions near Saraqib.", "claimed"],
    ["The Syrian Observatory said Syrian troops had shelled HTS positions near Saraqib.", "reported"],
    [
      "An RSF field commander said his forces would launch a new assault on the city in the coming days.",
      "planned",
    ],
    ["According to military sources, the Syrian army will attack the airbase next week.", "planned"],
    ["If the airbase falls, HTS might be forced to abandon the whole area.", "hypothetical"],
    [
      "A security analyst said the group could next try to attack the army camp in Ansongo, where JNIM is active.",
      "hypothetical",
    ],
    ["Russian forces likely seized the village of Ukrainsk in recent days.", "reported"],
    [
      "Two days later the militants of al-Shabaab attacked Jowhar; government forces said they repelled the assault.",
      "asserted",
    ],
    ["An al-Shabaab attack on Mogadishu cannot be ruled out.", "hypothetical"],
    ["Suspected ISIS militants ambushed an army patrol near Dhiban.", "reported"],
    ["Ethnic Armenian forces agreed to lay down their arms under the ceasefire.", "planned"],
    ["Russian warplanes carried out five air strikes near Ariha, with no casualties reported.", "asserted"],
    // An act named as a noun after a prospect is still to come (2026-12-04).
    ["Thousands fled El Fasher ahead of a looming RSF assault on the city.", "planned"],
    ["The army dug in near Kyaukphyu in anticipation of a major Arakan Army offensive.", "planned"],
    ["Ahead of the vote, the army shelled M23 positions near Sake.", "asserted"],
  ])("%s → %s", (text, expected) => {
    expect(modalityOf(text)).toBe(expected);
  });
  it("reads 'what it called' as the subject's own word", () => {
    const events = extractEvents(
      "The Arakan Army warned residents of Kyaukphyu to leave areas near military positions ahead of what it called a final offensive.",
    ).filter((e) => e.type === "ASSAULT");
    expect(events.map((e) => `${e.actor1?.id} -> ${e.actor2?.id} [${e.modality}]`)).toEqual([
      "aa -> mm-mil [planned]",
    ]);
  });
  it("reads a party's bulletin as its claim", () => {
    const text =
      "General Staff: 118 combat engagements over the past day\n\nThe General Staff of the Armed Forces of Ukraine said in its morning update that fighting continued.\n\nIn the Lyman direction, Russian forces attacked 11 times near Torske.";
    const e = extractEvents(text).find((x) => x.type === "ASSAULT" && x.actor1?.id === "ru-mil");
    expect(e?.modality).toBe("claimed");
  });
  it("gives no ACLED type to what did not happen", () => {
    const [e] = extractEvents("HTS might attack the town of Ariha.");
    expect(e?.acled).toBeNull();
  });
  it("reads a letterhead over 'our troops' as the home forces' bulletin", async () => {
    const { extractEvents, testModel } = await import("./helpers.js");
    const events = extractEvents(
      "Operational information as of 08:00 regarding the Russian invasion\n\nRussian forces attacked positions of our troops near Lyman. In the Siversk direction, our defenders stopped 5 attempts to advance near Siversk in Donetsk region.",
      testModel(),
    );
    expect(events.map((e) => `${e.actor1?.id} -> ${e.actor2?.id} [${e.modality}]`)).toEqual([
      "ru-mil -> ua-mil [claimed]",
      "ru-mil -> ua-mil [claimed]",
    ]);
  });
  it.each([
    [
      "Gunmen abducted 30 travellers near Kidal on Monday. An ISGS commander denied that his fighters were involved.",
      "is-sahel -> civilians [negated]",
    ],
    [
      "A roadside bomb killed four soldiers near Kismayo. Al-Shabaab denied any responsibility for the blast.",
      "shabaab -> so-mil [negated]",
    ],
    [
      "Unknown gunmen kidnapped six aid workers near Goma. The M23 denied that the group was behind the abduction.",
      "m23 -> civilians [negated]",
    ],
  ])("reads '%s' as the speaker's part in the attack before, negated", (text, denial) => {
    const events = extractEvents(text);
    expect(events.map((e) => `${e.actor1?.id} -> ${e.actor2?.id} [${e.modality}]`)).toContain(denial);
  });
  it("gives a time to come to the act before it, not to the next clause", () => {
    const events = extractEvents(
      "Malian troops announced an operation to retake Kidal within days, and army reinforcements arrived in Gao on Monday.",
    );
    expect(events.map((e) => e.type)).toEqual(["ASSAULT", "MOBILIZE"]);
    expect(events[0]?.modality).toBe("planned");
    expect(events[1]?.modality).not.toBe("planned");
  });
  it("merges a party's denial of an act already told into it, and keeps a denial told first apart", () => {
    expect(
      shortEvents(
        "Witnesses said the RSF shelled the Abu Shouk camp on Monday, killing 12 civilians. The RSF denied targeting civilians.",
      ),
    ).toEqual(["ASSAULT rsf -> civilians [reported]"]);
    expect(
      shortEvents(
        "The RSF denied targeting civilians in Abu Shouk. Witnesses later said the RSF shelled civilians in the camp.",
      ),
    ).toEqual(["ASSAULT rsf -> civilians [negated]", "ASSAULT rsf -> civilians [reported]"]);
  });
  it("takes no communiqué quoted after the lead paragraph for a letterhead", () => {
    const events = extractEvents(
      "JNIM fighters ambushed a Malian army convoy near Ansongo on Friday, killing 12 soldiers.\n\nIn a communiqué, the army said troops had killed about 20 JNIM fighters.",
    );
    expect(events.map((e) => `${e.actor1?.id} -> ${e.actor2?.id} [${e.modality}]`)).toEqual([
      "jnim -> ml-mil [asserted]",
      "ml-mil -> jnim [claimed]",
    ]);
  });
  it("reads an appeal made in a statement as the appeal itself", () => {
    const [appeal] = extractEvents(
      "In a statement from its headquarters in Naqoura, UNIFIL called on Israel and Hezbollah to respect Resolution 1701.",
    );
    expect(appeal?.modality).toBe("asserted");
  });
  it("reads 'rejected the offer, saying they…' as the rejection itself, whoever 'they' was before", () => {
    const events = extractEvents(
      "The Ethiopian government offered talks. Fano leaders rejected the offer, saying they would not negotiate.",
    );
    expect(events.find((e) => e.type === "REJECT")?.modality).toBe("asserted");
  });
});

describe("3e denial and conditions", () => {
  it("'had nothing to do with' denies the act", () => {
    expect(
      shortEvents(
        "A Hezbollah official said the group had nothing to do with the rockets fired at Kiryat Shmona.",
      ),
    ).toEqual(["ASSAULT hezbollah -> - [negated]"]);
  });

  it("a condition on ongoing attacks is no event; the threatened response is", () => {
    expect(
      shortEvents(
        "The Saudi-led coalition will probably intensify air strikes on Sanaa if Houthi cross-border attacks continue.",
      ),
    ).toEqual(["ASSAULT slc -> houthi [hypothetical]"]);
    expect(
      shortEvents("If the shelling continues, residents will flee. Russian forces shelled Kherson."),
    ).toEqual(["ASSAULT ru-mil -> - [asserted]"]);
  });

  it("a background paragraph and a tally since a truce are no events", () => {
    expect(
      shortEvents(
        "Background: under the November 2024 ceasefire, Hezbollah was to withdraw its fighters north of the Litani river. Israel has carried out hundreds of strikes in Lebanon since the truce took effect.",
      ),
    ).toEqual([]);
  });
});

describe("3e what is demanded is not done", () => {
  it("'rejected Israel's demand to disarm'", () => {
    expect(shortEvents("A Hamas official said the group had rejected Israel's demand to disarm.")).toEqual([
      "REJECT hamas -> il-gov [claimed]",
    ]);
  });
});

describe("3e a condemnation of 'the attack'", () => {
  it("accuses the latest attacker not on the condemner's side", () => {
    expect(
      shortEvents(
        "Gunmen killed 40 villagers in Bokkos in Plateau state. Hundreds of youths blocked the Bokkos road in protest. The state governor condemned the attack as barbaric.",
        testModel(),
      ).filter((e) => e.startsWith("ACCUSE")),
    ).toEqual(["ACCUSE ng-plateau-state-gov -> unidentified-armed-group [asserted]"]);
  });
});

describe("3e what a party has struggled to do", () => {
  it("is a state of affairs, not an event", () => {
    expect(
      shortEvents(
        "Armed gangs stormed Mirebalais in Haiti. The MSS mission, which has about 1,000 personnel, has struggled to reverse their advance.",
        testModel(),
        "2025-04-01",
      ),
    ).toHaveLength(1);
  });
});

describe("3e why victims were killed", () => {
  it("'killing people they accused of collaborating' accuses no one", () => {
    expect(
      shortEvents(
        "ELN fighters went from house to house in Tibu with lists of names, killing people they accused of collaborating with the FARC dissidents.",
        testModel(),
      ).filter((e) => e.startsWith("ACCUSE")),
    ).toEqual([]);
  });
});

describe("3e a denial ends where a new statement begins", () => {
  it("'denied that … and said its fighters had seized …': the seizure is claimed, not denied", () => {
    const events = eventLines(
      "An M23 spokesman denied that the rebels had shelled civilians in Kalehe and said its fighters had taken the town of Nyabibwe after FARDC troops fled.",
      "2026-04-02",
      { modality: true },
    );
    expect(events).toContain("ASSAULT m23 -> civilians [negated]");
    expect(events.some((e) => e.startsWith("COERCE m23") && !e.endsWith("[negated]"))).toBe(true);
  });
});

describe("a bulletin's letterhead that names no party", () => {
  it("'Security incidents bulletin' over 'ISSP militants attacked a Nigerien army patrol' is no one's claim", () => {
    const events = extractEvents(
      [
        "Security incidents bulletin – week 47",
        "",
        "- 18 Nov: Suspected ISSP militants attacked a Nigerien army patrol near Tera, killing four soldiers. The army said 12 assailants were killed in the counter-attack.",
        "- 20 Nov: A convoy escorted by the defence and security forces struck an improvised explosive device on the Tera–Dori road.",
      ].join("\n"),
      testModel(),
      { published: "2026-11-24" },
    );
    expect(events.map((e) => `${e.actor1?.id} ${e.modality}`)).toEqual([
      "is-sahel reported",
      "ne-mil claimed",
      "unidentified-armed-group asserted",
    ]);
    // The convoy's escort is what the mine hit.
    expect(events[2]?.actor2?.id).toBe("ne-mil");
  });
});

describe("3e a plot told of a target", () => {
  const lines = (text: string) =>
    extractEvents(text, testModel()).map(
      (e) => `${e.type} ${e.actor1?.id} -> ${e.actor2?.id ?? "-"} ${e.modality}`,
    );
  it("'targeted a Hamas terrorist planning an imminent attack' is the strike only", () => {
    expect(
      lines(
        "The Israeli military said it had targeted a Hamas terrorist planning an imminent attack against its troops.",
      ),
    ).toEqual(["ASSAULT il-mil -> hamas claimed"]);
  });
  it("while 'Hamas is planning an attack', 'militants were preparing a new attack' are planned attacks", () => {
    expect(lines("Hamas is planning an attack on Israeli troops, the army said.")[0]).toMatch(
      /^ASSAULT hamas -> il-mil planned/,
    );
    expect(lines("Militants were preparing a new attack on Gao in Mali, officials warned.")[0]).toMatch(
      / planned$/,
    );
  });
});

describe("3c labels and figures", () => {
  const lines = (text: string) => extractEvents(text, testModel()).map((e) => `${e.type} ${e.actor1?.id}`);
  it("'respond to what it called the terrorist attack' tells of the attack before, no new one", () => {
    expect(
      lines(
        'Ukrainian sea drones attacked the naval base at Novorossiysk overnight. The Kremlin says Russia will respond to what it called the "terrorist attack" on Novorossiysk.',
      ),
    ).toEqual(["ASSAULT ua-mil", "THREATEN ru-gov"]);
  });
  it("'the numbers do not agree' is no agreement", () => {
    expect(
      lines("Police and the gang gave their tolls of the raid in Haiti, and the numbers do not agree."),
    ).not.toContain("AGREE ht-pol");
    expect(lines("The numbers do not agree with the army's account.")).toEqual([]);
  });
});

describe("3e a time to come after a long object (2026-12-04)", () => {
  it("reads an operation announced against gangs on a hyphenated axis 'in the coming days' as planned", () => {
    const [, planned] = extractEvents(
      'Haitian police clashed with gangs in Cabaret on Monday. HNP leadership announced an operation to dislodge Viv Ansanm-affiliated gangs from the Mirebalais-Saut-d\'Eau axis "in the coming days".',
      testModel(),
      "2026-01-14",
    );
    expect(planned?.modality).toBe("planned");
  });
});

describe("3e others' accusations denied (2026-12-05)", () => {
  const lines = (text: string) => shortEvents(text, testModel(), "2025-03-10");
  it("codes the act an accusation says as the denier's, negated, and no accusation of the denier's", () => {
    expect(
      lines("The NRF denied Taliban accusations that its fighters had killed two shepherds in Panjshir."),
    ).toEqual(["ASSAULT nrf -> civilians [negated]"]);
    expect(lines("The NRF denied accusations that its fighters had killed two shepherds.")).toEqual([
      "ASSAULT nrf -> civilians [negated]",
    ]);
  });
  it("reads 'its' in the denied accusation as the denier's, whoever accuses", () => {
    expect(
      lines(
        "The Sudanese army denied the RSF's accusations that its soldiers had shelled a market in Omdurman.",
      ),
    ).toEqual(["ASSAULT sd-mil -> civilians [negated]"]);
  });
  it("takes a rejection of others' word, its accusers named before the noun, as a denial", () => {
    expect(
      lines("Rwanda dismissed Kinshasa's claims that its troops were fighting alongside M23 in Masisi."),
    ).toEqual(["ASSAULT rw-mil -> - [negated]"]);
    expect(
      lines(
        "The Sudanese army rejected the RSF's accusations that its soldiers had shelled a market in Omdurman.",
      ),
    ).toContain("ASSAULT sd-mil -> civilians [negated]");
  });
  it("keeps the accusation of accusers named after the noun", () => {
    expect(
      lines(
        "On Sunday, the Sudanese army rejected accusations by rights groups that soldiers had killed civilians.",
      ),
    ).toEqual(
      expect.arrayContaining([
        "ACCUSE rights-groups -> sd-mil [asserted]",
        "ASSAULT sd-mil -> civilians [negated]",
      ]),
    );
  });
});

describe("3d 'since May' is the month, not the modal (2026-12-05)", () => {
  it("'The RSF, which has besieged El Fasher since May, launched a ground assault' is asserted", () => {
    expect(
      extractEvents(
        "The RSF, which has besieged El Fasher since May, launched a ground assault on army positions at dawn on Tuesday.",
        testModel(),
        "2025-06-06",
      )[0]?.modality,
    ).toBe("asserted");
  });
  it("'The RSF may launch a ground assault' stays hypothetical", () => {
    expect(
      extractEvents(
        "The RSF may launch a ground assault on El Fasher, the army warned.",
        testModel(),
        "2025-06-06",
      )[0]?.modality,
    ).toBe("hypothetical");
  });
});

describe("3d a trigger whose own words hold the time to come is planned, even when said (2026-12-06)", () => {
  it.each([
    "The Peshmerga Ministry said it would deploy additional air-defence units in Garmiyan.",
    "Ecuador's defence ministry said 1,200 additional soldiers would be sent to Esmeraldas this week.",
    "The Indian Army will deploy two additional battalions along the Line of Control in Kupwara.",
  ])("%s", (text) => {
    const events = extractEvents(text, testModel(), "2026-03-01").filter((e) => e.type === "MOBILIZE");
    expect(events.map((e) => e.modality)).toEqual(["planned"]);
  });
  it("'The ministry said troops were deployed to Esmeraldas' stays the ministry's claim", () => {
    const events = extractEvents(
      "Ecuador's defence ministry said 1,200 soldiers were deployed to Esmeraldas on Monday.",
      testModel(),
      "2026-03-01",
    );
    expect(events[0]?.modality).toBe("claimed");
  });
});

describe("3d a speaker's own accusation, appeal or order is the act itself (2026-12-06)", () => {
  it("'Pakistan's ISPR accused the Indian Army of violating the ceasefire and said …' is asserted", () => {
    const events = extractEvents(
      "Pakistan's Inter-Services Public Relations accused the Indian Army of violating the ceasefire and said Indian mortar fire had wounded two civilians near Athmuqam.",
      testModel(),
      "2026-03-01",
    );
    expect(events.find((e) => e.type === "ACCUSE")?.modality).toBe("asserted");
  });
  it("'Ecuadorian President Daniel Noboa declared a 60-day state of emergency … the presidency said' is asserted", () => {
    const events = extractEvents(
      "Ecuadorian President Daniel Noboa on Thursday declared a 60-day state of emergency in Guayas province, the presidency said.",
      testModel(),
      "2026-03-01",
    );
    expect(events.find((e) => e.type === "COERCE")?.modality).toBe("asserted");
  });
  it("'The Counter-Terrorism Service announced the arrest of four wanted terrorists' stays its claim", () => {
    const events = extractEvents(
      'Iraq\'s Counter-Terrorism Service announced the arrest of four "wanted terrorists" in raids in Kirkuk.',
      testModel(),
      "2026-03-01",
    );
    expect(events.find((e) => e.type === "COERCE")?.modality).toBe("claimed");
  });
});

describe("3d an appeal or a condemnation framed after it by its own statement is asserted (2026-12-06)", () => {
  it("'The KRG condemned the killing of the three civilians in a statement and called on Turkey …'", () => {
    const events = extractEvents(
      "Turkish drones killed three civilians near Duhok. The Kurdistan Regional Government condemned the killing of the three civilians in a statement and called on Turkey to avoid civilian areas.",
      testModel(),
      "2026-03-01",
    ).filter((e) => e.type === "REQUEST" || e.type === "ACCUSE");
    expect(events.length).toBeGreaterThan(0);
    expect(events.map((e) => e.modality)).toEqual(events.map(() => "asserted"));
  });
});

describe("3d 'residents report that', 'sources indicate that', 'was reported to have' are reports (2026-12-06)", () => {
  it.each([
    "Community sources report that ELN fighters killed four people in El Tarra on Sunday.",
    "Residents of El Khiyam tell our correspondent that Lebanese army units took over two positions at dawn.",
    "China's special envoy was reported to have urged the KIA to halt the Bhamo offensive.",
  ])("%s", (text) => {
    const events = extractEvents(text, testModel(), "2026-03-01");
    expect(events.length).toBeGreaterThan(0);
    expect(events[0]?.modality).toBe("reported");
  });
});

describe("3d a mission's or an agency's word on its own deeds is its claim (2026-12-06)", () => {
  it.each([
    "MONUSCO said on Monday that its peacekeepers had deployed a rapid reaction force near Pimbo.",
    "The World Food Programme said it had distributed food to 40,000 displaced people in Metuge.",
  ])("%s", (text) => {
    const events = extractEvents(text, testModel(), "2026-03-01");
    expect(events.map((e) => e.modality)).toEqual(events.map(() => "claimed"));
    expect(events.length).toBeGreaterThan(0);
  });
});

describe("3d 'In a video posted …, the leader threatened': the channel opens the sentence, the threat is made (2026-12-06)", () => {
  it("is asserted", () => {
    const events = extractEvents(
      "In a video posted on social media on Monday, Viv Ansanm leader Jimmy Chérizier warned that the coalition would take the fight to Pétion-Ville.",
      testModel(),
      "2026-06-26",
    ).filter((e) => e.type === "THREATEN");
    expect(events.map((e) => e.modality)).toEqual(["asserted"]);
  });
});

describe("3d a saying inside a relative clause after the act is about that clause (2026-12-06)", () => {
  it("'staged a sit-in, demanding an inquiry into a drone strike that residents said killed four children'", () => {
    const events = extractEvents(
      "In Bannu, hundreds of people staged a sit-in on Monday, demanding an inquiry into a drone strike that residents said killed four children.",
      testModel(),
      "2026-06-26",
    ).filter((e) => e.type === "PROTEST");
    expect(events.map((e) => e.modality)).toEqual(["asserted"]);
  });
});

describe("3c a party denying any part in the attack told before (2026-12-09)", () => {
  it("'The 33rd Front … denied any participation in the kidnapping' is its abduction of the farmers, negated", () => {
    const lines = eventLines(
      "CÚCUTA, Colombia: Armed men kidnapped two farmers in Tibú on Monday. The 33rd Front, in a communiqué, denied any participation in the kidnapping and accused the ELN of sowing terror.",
      "2026-03-10",
      { modality: true },
    );
    expect(lines).toContain("ASSAULT 33rd Front -> civilians [negated]");
  });
  it("'the government in Kinshasa denied carrying out the strike' is its strike on the victims, negated", () => {
    const lines = eventLines(
      "BUKAVU, DR Congo: A drone strike killed four civilians in Kamanyola on Saturday. AFC/M23 blamed the FARDC; the government in Kinshasa denied carrying out the strike.",
      "2026-03-10",
      { modality: true },
    );
    expect(lines).toContain("ASSAULT cd-gov -> civilians [negated]");
  });
});

describe("3e a restriction that takes effect after the report's day is to come (2026-12-09)", () => {
  it("'have declared a 10-day lockdown … from September 28' in a paper of 20 September is planned; 'from September 12' was imposed", () => {
    expect(
      eventLines(
        'BAMENDA, Cameroon: Separatist leaders in the diaspora have declared a 10-day "total lockdown" across the North West and South West regions from September 28.',
        "2025-09-20",
        { modality: true },
      ),
    ).toEqual(["COERCE unidentified-armed-group -> civilians [planned]"]);
    expect(
      eventLines(
        "Authorities imposed a curfew in Bamenda, Cameroon, from September 12 after the attack.",
        "2025-09-20",
        {
          modality: true,
        },
      ),
    ).toEqual(["COERCE cm-gov -> civilians [asserted]"]);
  });
});

describe("3e a statement a story quotes is no bulletin it is made of (2026-12-09)", () => {
  it("after 'a police statement said', the story's own sentences stay asserted", () => {
    const lines = eventLines(
      [
        "IMPHAL, Oct 13: A farmer was injured when gunmen opened fire at villagers in Bishnupur district, Manipur, on Monday morning, police said.",
        "Security forces retaliated, following which the gunmen retreated towards the foothills, a police statement said.",
        "Hundreds of women staged a sit-in at Moirang bazar in protest against the attacks.",
      ].join("\n\n"),
      "2025-10-13",
      { modality: true },
    );
    expect(lines.filter((l) => l.startsWith("PROTEST"))).toEqual(["PROTEST protesters -> in-gov [asserted]"]);
  });
});

describe("3e an order given and explained, an agency's update (2026-12-13)", () => {
  it("'imposed a 24-hour curfew on Makurdi, saying the measure was needed': the order is stated", () => {
    expect(
      eventLines(
        "The state governor on Friday imposed a 24-hour curfew on Makurdi, saying the measure was needed to prevent reprisals.",
        "2026-03-20",
        { modality: true },
      ),
    ).toEqual(["COERCE ng-benue-state-gov -> civilians [asserted]"]);
  });
  it("an agency's operational update under a country's name is no party's bulletin, whatever army its highlights name", () => {
    const update = [
      "CHAD: Sudan Refugee Emergency – Eastern Chad",
      "Operational Update No. 14 | 9 – 19 March 2026",
      "",
      "HIGHLIGHTS",
      "• Clashes between the Chadian army and armed herders near Adré on 12 March.",
      "",
      "On 17 March, Sudan's Ministry of Foreign Affairs accused N'Djamena of allowing weapons for the RSF to cross the border at Adré.",
    ].join("\n");
    expect(
      eventLines(update, "2026-03-20", { modality: true }).filter((line) => line.startsWith("ACCUSE")),
    ).toEqual(["ACCUSE sd-gov -> td-gov [asserted]"]);
  });
});

describe("5 a demand told 'according to' a source is reported (2026-12-14)", () => {
  it("'According to a source close to the talks, Kinshasa's delegation demanded…' is reported", () => {
    expect(
      eventLines(
        "According to a source close to the talks, Kinshasa's delegation demanded the withdrawal of the M23 rebels from all localities.",
        "2025-06-10",
        { modality: true },
      ),
    ).toEqual(["REQUEST cd-gov -> m23 [reported]"]);
  });
  it("'In a video posted on social media, the gang's leaders threatened…' stays their own act", () => {
    expect(
      eventLines(
        "In a video posted on social media on Monday, Viv Ansanm leaders threatened to attack Hinche.",
        "2025-06-10",
        { modality: true },
      )[0],
    ).toMatch(/^THREATEN viv-ansanm -> .* \[asserted\]$/);
  });
});

describe("5 a family's word is a report (2026-12-14)", () => {
  it("'police detained a university student …, his family said' is reported, on a civilian", () => {
    expect(
      eventLines(
        "In Yangon, police detained a university student who had posted support for the resistance on Facebook, his family said.",
        "2025-11-14",
        { modality: true },
      ),
    ).toEqual(["COERCE mm-pol -> civilians [reported]"]);
  });
});
