import { describe, expect, it } from "vitest";
import { codedEvents, holds, lacks } from "./rule-cases.js";

// Rules of the session of 2026-12-07 13:40 (tests marked "2026-12-27"), in sentences written for the
// tests. Each case is a short report in a wire's or a local outlet's style; a line is
// "TYPE actor1 -> actor2 [modality]".

describe("3c two parties' people who clash fight each other (2026-12-27)", () => {
  holds([
    [
      "CHATTOGRAM — Awami League and BNP activists clashed in Hathazari on Sunday, leaving nine people injured, police said.",
      "ASSAULT bd-awami-league -> bd-bnp [reported]",
    ],
    [
      "BOGURA — Supporters of the Bangladesh Nationalist Party (BNP) and Bangladesh Jamaat-e-Islami clashed with sticks and bricks in Sherpur on Friday.",
      "ASSAULT bd-bnp -> bd-jamaat [asserted]",
    ],
  ]);
});

describe("3c 'the fighting pitted X against Y' is a clash of the two (2026-12-27)", () => {
  holds([
    [
      "TRIPOLI — The overnight fighting in Tajoura pitted the Radaa force, which holds the airport, against the 444 Brigade, residents said.",
      "ASSAULT ly-radaa -> ly-444 [reported]",
    ],
  ]);
  lacks([
    ["KHARTOUM — The war has pitted neighbour against neighbour in Omdurman, residents said.", /^ASSAULT/],
  ]);
});

describe("2c 'National Unity' in a government's name is no place (2026-12-27)", () => {
  it("places the clash at Tripoli, not South Sudan's Unity state", () => {
    const events = codedEvents(
      "TRIPOLI — Gunmen attacked a checkpoint of the 444 Brigade, which is loyal to the Government of National Unity, in Tajoura on Monday.",
    );
    expect(events.length).toBeGreaterThan(0);
    for (const e of events) expect(e.location?.country).toBe("LY");
  });
});

describe("1 'PESHAWAR:' is a dateline; a past event named by its date dates no other (2026-12-27)", () => {
  it("reads the capitals and the colon as where the story was filed", () => {
    const events = codedEvents(
      "PESHAWAR: Police arrested nine suspects in raids on Tuesday, officials said.",
    );
    expect(events.map((e) => `${e.type} ${e.actor1?.id}`)).toContain("COERCE pk-pol");
  });
  it("keeps an arrest of today though it names 'the March 2023 bombing'", () => {
    const events = codedEvents(
      "QUETTA: Police have arrested nine suspects in Quetta, including two men wanted in connection with the March 2023 bombing of a mosque.",
    );
    const arrest = events.find((e) => e.type === "COERCE");
    expect(arrest?.date?.start).toBe("2025-06-10");
  });
});

describe("3c a verb after 'and in turn', 'and then' or 'but' shares the subject before (2026-12-27)", () => {
  holds([
    [
      "KIGALI — The Rwandan delegation rejected the charge and in turn accused Kinshasa of failing to disarm the FDLR.",
      "ACCUSE rw-gov -> cd-gov [asserted]",
    ],
    [
      "DAMASCUS — Human Rights Watch welcomed the verdict but urged the Syrian authorities to investigate all allegations of torture.",
      "REQUEST hrw -> sy-gov [asserted]",
    ],
  ]);
});

describe("3c a crowd gathered before the seat of a power protests (2026-12-27)", () => {
  holds([
    [
      "OUAHIGOUYA — About eighty relatives of the detained men gathered in front of the regional police directorate on Monday to ask where they were being held.",
      "PROTEST protesters -> bf-pol [asserted]",
    ],
  ]);
  lacks([["NAIROBI — Mourners gathered at the cemetery in Kibera on Sunday for the funeral.", /^PROTEST/]]);
});

describe("2a 'a Russian mechanised assault' is Russia's forces' (2026-12-27)", () => {
  holds([
    [
      "ORIKHIV — A Russian mechanised assault near Mala Tokmachka was repelled on Saturday, the Ukrainian military said.",
      "ASSAULT ru-mil -> ua-mil [claimed]",
    ],
  ]);
});

describe("3b 'the force' after a mission is that mission (2026-12-27)", () => {
  holds([
    [
      "NAQOURA — UNIFIL said an Israeli tank fired at one of its patrols near Kfar Kila on Monday. The force called the incident a serious violation of Resolution 1701 and urged the Israeli army to refrain from any aggressive action.",
      "REQUEST unifil -> il-mil [asserted]",
    ],
  ]);
});

describe("3c a UN agency's warning is no threat (2026-12-27)", () => {
  lacks([
    [
      "ADRE — The World Food Programme said it delivered rations to 90,000 refugees in Adré in May, but warned that it would have to halve them in July without new funding.",
      /^THREATEN/,
    ],
  ]);
});

describe("2a an organisation's president or spokesman speaks for it, if new to the dictionaries too (2026-12-27)", () => {
  holds([
    [
      "NAIROBI — The Kenya Union of Journalists (KUJ) said two reporters were arrested on Monday. The KUJ president condemned the arrests and demanded that the two be released.",
      "REQUEST KUJ -> ke-pol [asserted]",
    ],
  ]);
  lacks([
    [
      "NAIROBI — The Kenya Union of Journalists (KUJ) said two reporters were arrested on Monday. The KUJ president condemned the arrests and demanded that the two be released.",
      /^(?:ACCUSE|REQUEST) ke-gov/,
    ],
  ]);
});

describe("3c 'drones of the junta' are the junta's; a passenger train hit is civilians' (2026-12-27)", () => {
  holds([
    [
      "KIDAL — On Thursday, drones of the junta struck the weekly market of Anefis, killing at least seven civilians, the rebels said.",
      "ASSAULT ml-mil -> civilians [reported]",
    ],
    [
      "KHARKIV — A drone hit a passenger train at Lozova station on Sunday; two passengers were wounded.",
      "ASSAULT unidentified-armed-group -> civilians [asserted]",
    ],
  ]);
});

describe("3c a call on one's own supporters to march is a protest called, to come (2026-12-27)", () => {
  holds([
    [
      "CARACAS — Vente Venezuela called on its supporters to march in Caracas on Saturday to demand the release of the detainees.",
      "PROTEST ve-vente -> ve-gov [planned]",
    ],
  ]);
  lacks([
    [
      "COTABATO — The Bangsamoro chief minister appealed to candidates and their supporters to settle their differences through the ballot.",
      /^PROTEST/,
    ],
  ]);
});

describe("3a a message released is no one freed; 3e an act 'unlikely' is hypothetical (2026-12-27)", () => {
  lacks([
    [
      "BAMAKO — JNIM claimed the attack on the Kati camp in a message released on its channel on Sunday.",
      /^RETREAT/,
    ],
  ]);
  holds([
    [
      "BUJUMBURA — A direct clash between Burundian and Rwandan troops remains unlikely, analysts say.",
      "ASSAULT bi-mil -> rw-mil [hypothetical]",
    ],
  ]);
});

describe("3a recruiting to come, flash processions, truces brokered, warnings of a response (2026-12-27)", () => {
  holds([
    [
      "KAYA — The VDP command announced on Monday that it will recruit 500 new volunteers in Sanmatenga province.",
      "MOBILIZE vdp -> - [planned]",
    ],
    [
      "DHAKA — About forty activists of the banned Awami League staged a brief flash procession in Motijheel on Tuesday.",
      /^PROTEST bd-awami-league -> /,
    ],
    ["DHAKA — BNP activists held a rally in Chattogram on Friday.", "PROTEST bd-bnp -> bd-gov [asserted]"],
    [
      "GENEVA — The Red Cross said it had brokered a local truce between Russia and Ukraine on Monday to let crews repair a water main.",
      "AGREE ru-gov -> ua-gov [reported]",
    ],
    [
      "KABUL — The Afghan defence ministry said the shells had been fired by Pakistani forces and warned of a response.",
      "THREATEN af-mil -> pk-mil [asserted]",
    ],
  ]);
  lacks([
    [
      "BEIRUT — Lebanon's prime minister called on France, which brokered the truce, to press Israel to halt its strikes.",
      /^AGREE/,
    ],
  ]);
  holds([
    [
      "BEIRUT — Lebanon's prime minister called on the United States and France, which brokered the truce, to press Israel to halt its strikes.",
      "REQUEST lb-gov -> fr-gov [asserted]",
    ],
  ]);
});

describe("3c 'activists of X and of Y fought'; an assault 'repelled by' a force was on that force (2026-12-27)", () => {
  holds([
    [
      "RAJSHAHI — Activists of the BNP-aligned Jatiyatabadi Chhatra Dal and of Islami Chhatra Shibir fought with sticks at the university on Monday.",
      "ASSAULT bd-jcd -> bd-jamaat [asserted]",
    ],
    [
      "EL FASHER — On Sunday the RSF launched a ground assault on the eastern neighbourhoods of El Fasher, which was repelled by the Sudanese Armed Forces, the army said.",
      "ASSAULT rsf -> sd-mil [claimed]",
    ],
  ]);
  lacks([
    [
      "EL FASHER — On Sunday the RSF launched a ground assault on the eastern neighbourhoods of El Fasher, which was repelled by the Sudanese Armed Forces, the army said.",
      /^ASSAULT rsf -> civilians/,
    ],
  ]);
});

describe("3a set upon, fired from … at, on standby, 'not hesitate to take the necessary measures', kicked (2026-12-27)", () => {
  holds([
    [
      "NOVI SAD — Four students handing out leaflets were set upon by a group of masked men with baseball bats on Monday.",
      "ASSAULT unidentified-armed-group -> civilians [asserted]",
    ],
    [
      "IMPHAL — Armed miscreants fired from hill positions at farmers working in paddy fields near Moirang on Saturday, injuring two of them.",
      "ASSAULT unidentified-armed-group -> civilians [asserted]",
    ],
    [
      "JAKARTA — Soldiers have been placed on standby to help police guard the presidential palace, the garrison commander said.",
      "MOBILIZE id-mil -> - [claimed]",
    ],
    [
      "ANKARA — Turkey's defence ministry said on Thursday it would not hesitate to take the necessary measures if the SDF did not disarm.",
      "THREATEN tr-mil -> sdf [asserted]",
    ],
    [
      "ISTANBUL — A student said officers at the police headquarters had kicked him repeatedly.",
      "ASSAULT tr-pol -> - [reported]",
    ],
  ]);
  lacks([
    [
      "ADDIS ABABA — The federal government warned the TPLF faction that it would take all necessary measures against any force that violates the agreement.",
      /^THREATEN tplf/,
    ],
  ]);
});

describe("3g a meeting that names no one else is no consultation (2026-12-27)", () => {
  lacks([["KIGALI — The cabinet met on Tuesday to discuss the budget, the presidency said.", /^CONSULT/]]);
  holds([
    [
      "NEW YORK — The UN Security Council met behind closed doors on Wednesday to discuss the crisis in Sudan.",
      "CONSULT un -> sd-gov [asserted]",
    ],
  ]);
});

describe("3a 'the names of the dead men were not released' frees no one (2026-12-27)", () => {
  lacks([
    [
      "DUSHANBE — Four border guards were killed on Monday; the names of the dead men were not released.",
      /^RETREAT/,
    ],
  ]);
});

describe("2a a Labour Congress is an organisation; 3a evacuation warnings are threats (2026-12-27)", () => {
  holds([
    [
      "ABUJA — The Nigeria Labour Congress (NLC) threatened to begin a nationwide strike on 1 June unless the Federal Government reversed the price increase.",
      "THREATEN NLC -> ng-gov [asserted]",
    ],
    [
      "TYRE — The Israeli army's Arabic-language spokesman issued evacuation warnings on Tuesday for two buildings in Tyre which he said were used by Hezbollah.",
      "THREATEN il-mil -> hezbollah [asserted]",
    ],
  ]);
});

describe("2a a new name of a state's security body arrests; a news agency does not (2026-12-27)", () => {
  holds([
    [
      "IMPHAL — The National Investigation Agency (NIA) arrested two members of the Arambai Tenggol in Imphal on Friday.",
      "COERCE NIA -> in-meitei [asserted]",
    ],
    [
      "ANKARA — The state-run Anadolu Agency said three soldiers were killed in a clash with PKK fighters near Hakkari.",
      "ASSAULT pkk -> tr-mil [reported]",
    ],
  ]);
});

describe("3b 'we' in a statement quoted at length is the group that issued it (2026-12-27)", () => {
  const statement =
    'NEKEMTE — The Oromo Liberation Army (OLA) issued the following statement on Monday:\n\n"On 3 January, the regime\'s drones struck a market in Gimbi, killing eleven civilians. We condemn this crime in the strongest terms and hold the Prosperity Party regime fully responsible. We call on the African Union and IGAD to create the conditions for talks."';
  holds([
    [statement, /^ACCUSE ola -> /],
    [statement, "REQUEST ola -> au [asserted]"],
  ]);
  lacks([
    [
      'JUBA — The army said on Monday it had deployed troops to Malakal. Residents fled the town overnight. Most crossed the river by boat. "We call on the government to protect us."',
      /^REQUEST ss-mil/,
    ],
  ]);
});

describe("3b 'He' after 'The federal interior minister told…' is the minister (2026-12-27)", () => {
  holds([
    [
      "ISLAMABAD — The federal interior minister told a news conference on Monday that the march would be stopped. He accused the Khyber Pakhtunkhwa government of using provincial police to escort the marchers.",
      /^ACCUSE pk-gov -> /,
    ],
  ]);
});
