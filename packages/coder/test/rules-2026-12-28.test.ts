import { describe, expect, it } from "vitest";
import { codedEvents, holds, lacks } from "./rule-cases.js";

// Rules of the session of 2026-12-07 16:20 (tests marked "2026-12-28"), in sentences written for the
// tests. Each case is a short report in a wire's or a local outlet's style; a line is
// "TYPE actor1 -> actor2 [modality]".

describe("3c people arrested 'suspected of belonging to' a group are held as that group (2026-12-28)", () => {
  holds([
    [
      "CÚCUTA — Police arrested two men suspected of belonging to the ELN on Sunday.",
      "COERCE co-pol -> eln [asserted]",
    ],
    [
      "BUNIA — The Congolese National Police arrested 14 people accused of belonging to CODECO on 12 November.",
      "COERCE cd-pol -> codeco [asserted]",
    ],
  ]);
});

describe("3 declining an invitation or an offer is a refusal (2026-12-28)", () => {
  it("codes 'declined an invitation' as REJECT by the one who declines", () => {
    const events = codedEvents(
      "YANGON — The Kachin Independence Army declined an invitation to peace talks with the junta in Naypyitaw on Monday.",
    );
    expect(events.map((e) => `${e.type} ${e.actor1?.id}`)).toContain("REJECT kia");
  });
});

describe("2 ACLED writes 'Police Forces of Maldives', with no article (2026-12-28)", () => {
  it("names the Maldives' and the Solomon Islands' forces as ACLED does", () => {
    const maldives = codedEvents("MALÉ — Police arrested 17 protesters in Malé on Tuesday.");
    const solomons = codedEvents("HONIARA — Police arrested 52 people for looting in Honiara on Monday.");
    expect(maldives.map((e) => e.actor1?.name)).toContain("Police Forces of Maldives");
    expect(solomons.map((e) => e.actor1?.name)).toContain("Police Forces of Solomon Islands");
  });
});

describe("3b police named with a town abroad are that town's country's (2026-12-28)", () => {
  it("gives 'Haifa police' and the arrests they report to Israel in a report on Iran", () => {
    const events = codedEvents(
      "TEHRAN — Iran's Revolutionary Guards fired a barrage of missiles at Israel overnight, Iran's foreign ministry said, and warned of further strikes. Haifa police say two men were detained at an impact site in the city after they were seen filming the damage.",
    );
    const arrest = events.find((e) => e.type === "COERCE");
    expect(arrest?.actor1?.id).toBe("il-pol");
  });
  it("gives 'police in Haifa' to Israel in the same report", () => {
    const events = codedEvents(
      "TEHRAN — Iran's Revolutionary Guards fired a barrage of missiles at Israel overnight, Iran's foreign ministry said, and warned of further strikes. Police in Haifa arrested two men at an impact site on Monday.",
    );
    const arrest = events.find((e) => e.type === "COERCE");
    expect(arrest?.actor1?.id).toBe("il-pol");
  });
});

describe("2 'the paramilitary RSF': a word describing a group before its name is part of its mention (2026-12-28)", () => {
  holds([
    [
      "JEDDAH — Delegations of Sudan's army and the paramilitary Rapid Support Forces (RSF) sat down in the same room in Jeddah on Wednesday for the first time in a year, officials said.",
      "CONSULT sd-mil -> rsf [reported]",
    ],
    [
      "GOMA — The M23 seized two villages near Masisi on Sunday. Government negotiators sat down with the rebel M23 in Doha on Monday, the Qatari foreign ministry said.",
      "CONSULT cd-gov -> m23 [reported]",
    ],
  ]);
});

describe("3c an international body that records killings did not kill (2026-12-28)", () => {
  holds([
    [
      "KYIV — Russian drones struck Kharkiv overnight, killing two civilians, the regional governor said.",
      "ASSAULT ru-mil -> civilians [reported]",
    ],
  ]);
  it("codes no attack by the UN office that recorded the killings", () => {
    const events = codedEvents(
      "GENEVA — The UN human rights office said on Tuesday that it had recorded at least 410 killings of people seeking aid in Gaza since May.",
    );
    expect(events.filter((e) => e.type === "ASSAULT")).toEqual([]);
  });
});

describe("3c 'condemned the sanctions' accuses the one who imposed them (2026-12-28)", () => {
  holds([
    [
      "WASHINGTON — The Treasury Department imposed sanctions on three RSF field commanders on Thursday. The army and the RSF met in Jeddah. The RSF condemned the sanctions as politically motivated.",
      "ACCUSE rsf -> us-gov [asserted]",
    ],
  ]);
});

describe("3 'any aggression will be answered/responded to', 'those who … will answer for their acts' are threats (2026-12-28)", () => {
  holds([
    [
      "ISLAMABAD — Indian troops shelled villages near Kotli on Monday. Pakistan's army said any aggression by India would be responded to with full force.",
      "THREATEN pk-mil -> in-gov [asserted]",
    ],
  ]);
  it("codes a threat by the government spokesperson against 'those who attack'", () => {
    const events = codedEvents(
      "BANGUI — Azande Ani Kpi Gbe militiamen attacked Mboki on Monday, killing four herders. In Bangui, the government spokesperson said that those who attack peaceful citizens will answer for their acts.",
    );
    expect(events.map((e) => `${e.type} ${e.actor1?.id}`)).toContain("THREATEN cf-gov");
  });
});

describe("3c the arrested 'identified as a senior NPA finance officer', 'who is suspected of supplying the TPNPB' are held as the group (2026-12-28)", () => {
  holds([
    [
      "MANILA — Police arrested a man they identified as a senior NPA finance officer in Quezon City on Tuesday.",
      "COERCE ph-pol -> ph-npa [asserted]",
    ],
    [
      "JAYAPURA — Police arrested a man in Nabire who is suspected of supplying ammunition to the TPNPB, a spokesman said.",
      "COERCE id-pol -> tpnpb [claimed]",
    ],
    [
      "BANGASSOU — Gendarmes arrested two men suspected of being AAKG recruiters at a checkpoint in Bangassou on 3 April.",
      "COERCE cf-pol -> cf-aakg [asserted]",
    ],
  ]);
});

describe("2 actors of 2025–26 the dictionaries lacked: the PCJSS, ACT-Wazalendo, the KNPB, the M66, the LSK (2026-12-28)", () => {
  holds([
    [
      "KHAGRACHHARI, Bangladesh — Two members of the United People's Democratic Front (UPDF) were killed in a gunfight with PCJSS fighters in Dighinala on Sunday.",
      "ASSAULT bd-pcjss -> UPDF [asserted]",
    ],
    [
      "DAR ES SALAAM — Police arrested three ACT-Wazalendo officials in Wete on Monday, the party said.",
      "COERCE tz-pol -> tz-act [claimed]",
    ],
  ]);
});

describe("3c people arrested whom no party's name covers are civilians (2026-12-28)", () => {
  holds([
    [
      "MANDALAY — Three young men put up stickers against the election in Chanayethazan township. The three were arrested by police on 24 October.",
      "COERCE mm-pol -> civilians [asserted]",
    ],
  ]);
});

describe("3 'the victim's family' accuses (2026-12-28)", () => {
  holds([
    [
      "NAIROBI — A man died in police custody in Kisumu on Sunday. The victim's family accused the police of torturing him.",
      "ACCUSE civilians -> ke-pol [asserted]",
    ],
  ]);
});

describe("2 the people a title names are no party; a centre that speaks after an aside is an organisation (2026-12-28)", () => {
  holds([
    [
      "GAZA — UNRWA, the U.N. agency for Palestinian refugees, said no trucks carrying its supplies had been allowed into the enclave since March and urged Israel to let its stocks into Gaza.",
      "REQUEST unrwa -> il-gov [asserted]",
    ],
    [
      "PATTANI — The Muslim Attorney Centre, a legal aid group based in Pattani, has urged security forces not to carry out mass sweeps of villages after the attacks.",
      "REQUEST Muslim Attorney Centre -> th-mil [asserted]",
    ],
  ]);
});

describe("3 units 'moved to', personnel 'sent to', reservists 'called up', police 'posted at' are deployments (2026-12-28)", () => {
  holds([
    [
      "KULGAM — A senior police officer said that two more companies of the Central Reserve Police Force (CRPF) have been rushed to Kulgam town.",
      "MOBILIZE in-pol -> - [claimed]",
    ],
    [
      "ISLAMABAD — The federal Interior Ministry sent some 1,200 personnel of the Federal Constabulary to Muzaffarabad on 6 May.",
      "MOBILIZE pk-gov -> - [asserted]",
    ],
    [
      "TEL AVIV — The IDF has called up around 6,000 reservists, most of them for air defence batteries, a military spokesperson said.",
      "MOBILIZE il-mil -> - [claimed]",
    ],
  ]);
});

describe("3c a state's units moved in the passive with no owner named are the military of where they go (2026-12-28)", () => {
  holds([
    [
      "RAJOURI — Two additional infantry battalions have been moved to forward areas in Rajouri as a precautionary measure, a defence official said.",
      "MOBILIZE in-mil -> - [reported]",
    ],
    [
      "NIAMEY — A further battalion was deployed to Téra on Monday, the army said.",
      "MOBILIZE ne-mil -> - [claimed]",
    ],
  ]);
});

describe("3 equipment handed over or delivered at length is aid, given to the party after 'to' (2026-12-28)", () => {
  holds([
    [
      'BERLIN — Germany has delivered two more IRIS-T SLM air defence systems and about 60 missiles to Ukraine "in the past days", the defence minister told reporters in Berlin.',
      "AID de-gov -> ua-gov [claimed]",
    ],
    [
      "PORT-AU-PRINCE — Canada's ambassador handed over twelve armoured vehicles and protective equipment to the PNH at a ceremony at police headquarters on Tuesday.",
      "AID ca-gov -> ht-pol [asserted]",
    ],
  ]);
  lacks([
    [
      "MOSCOW — Russian forces delivered a massive strike with long-range drones on Ukrainian military airfields overnight, the Defence Ministry said.",
      /^AID/,
    ],
  ]);
});

describe("3g a state's meeting in another state's seat of government is with that government (2026-12-28)", () => {
  holds([
    [
      "DAMASCUS — A Russian delegation led by a deputy prime minister was received in Damascus on 22 April for talks on the future of the Hmeimim air base.",
      "CONSULT ru-gov -> sy-gov [asserted]",
    ],
    [
      "MOSCOW — The Syrian foreign minister travelled to Moscow on Monday for talks with officials.",
      "CONSULT sy-gov -> ru-gov [asserted]",
    ],
  ]);
});

describe("2 a short name in capitals before its own people ('five CNL activists') is a body of the report's own (2026-12-28)", () => {
  holds([
    [
      "GITEGA — Police arrested five CNL activists in Gitega on 11 June, a day after they publicly disputed the results.",
      "COERCE bi-pol -> CNL [asserted]",
    ],
  ]);
  it("codes one arrest, not a second of 'activists' as civilians", () => {
    const events = codedEvents("GITEGA — Police arrested five CNL activists in Gitega on 11 June.");
    expect(events.filter((e) => e.type === "COERCE")).toHaveLength(1);
  });
});

describe("2 Libya's GNU (2021–) is the Government of National Unity, no longer the GNA (2026-12-28)", () => {
  it("names the GNU as the Government of National Unity", () => {
    const events = codedEvents(
      "TRIPOLI — GNU forces clashed with the Radaa force in Souq al-Juma overnight, residents said.",
    );
    expect(events.map((e) => e.actor1?.name)).toContain("Government of National Unity");
  });
});

describe("3 a charge of giving aid ('for allegedly providing shelter to militants') is no aid given (2026-12-28)", () => {
  lacks([
    [
      "SRINAGAR — Police in Shopian said they had arrested three men of the proscribed LeT for allegedly providing shelter and logistics to militants.",
      /^AID/,
    ],
    [
      "BENI — The army says the four men are suspected of supplying the ADF with medicines and ammunition.",
      /^AID/,
    ],
  ]);
});

describe("2 a capital's or a country's name in small letters is the word it also is (2026-12-28)", () => {
  lacks([
    [
      "YANGON — Clients are advised that male national staff aged 18–35 may be stopped at checkpoints and asked for call-up documents.",
      /mv-gov/,
    ],
  ]);
});
