import { describe, expect, it } from "vitest";
import { eventLines } from "./helpers.js";
import { holds, lacks, lines } from "./rule-cases.js";

// Rules of the session of 2026-12-07 08:28 (tests marked "2026-12-25"), in sentences written for the
// tests. Each case is a short report in a wire's or a local outlet's style; a line is
// "TYPE actor1 -> actor2 [modality]".

describe("2a a minister named by portfolio after the country's adjective speaks for its government (2026-12-25)", () => {
  holds([
    [
      "HARARE — Zimbabwean Information Minister Tendai Moyo said on Monday that the army would attack the rebels hiding in the hills.",
      /^ASSAULT zw-mil -> /,
    ],
    [
      "NAIROBI — The Kenyan Interior Minister warned on Tuesday that the organisers would face the full force of the law.",
      /^THREATEN ke-gov -> /,
    ],
    [
      "DHAKA — Bangladesh's Home Affairs Minister threatened on Sunday to arrest the leaders of the blockade.",
      /^THREATEN bd-gov -> /,
    ],
  ]);
});

describe("3a 'would face the full force of the law' is a threat, 'could face famine' a forecast (2026-12-25)", () => {
  holds([
    [
      "HARARE — Zimbabwe's government warned that the protest organisers would face the full force of the law.",
      /^THREATEN zw-gov -> protesters \[asserted\]$/,
    ],
    [
      "HARARE — A Zimbabwean minister said the full might of the law would be brought to bear on the strikers.",
      /^THREATEN zw-gov -> protesters \[asserted\]$/,
    ],
    [
      'LUSAKA — Zambia\'s home affairs minister warned that "the full might of the law" would be brought to bear on anyone who joined the strike.',
      /^THREATEN zm-gov/,
    ],
  ]);
  lacks([
    ["GENEVA — The United Nations warned that the region could face famine within weeks.", /^THREATEN/],
  ]);
});

describe("3b a government's protest is a reproach only in words; a crowd's act near its name is none (2026-12-25)", () => {
  holds([
    [
      "NOUAKCHOTT — Mauritania's foreign ministry protested on Monday after three Mauritanian herders were killed by Malian soldiers near Nara.",
      /^ACCUSE mr-gov -> /,
    ],
    [
      "BEIRUT — Lebanon lodged a formal protest with the United Nations on Tuesday over the Israeli strikes.",
      /^ACCUSE lb-gov -> /,
    ],
  ]);
  lacks([
    [
      "NIAMEY — Several hundred supporters of the ruling junta rallied in central Niamey on Wednesday to back the government's decisions.",
      /^ACCUSE ne-gov/,
    ],
    [
      "CONAKRY — The Ministry of Territorial Administration reminded citizens on Wednesday that all demonstrations on the public highway remain prohibited.",
      /^ACCUSE gn-gov/,
    ],
  ]);
});

describe("3b a demonstration's word beside armed men is no attack; storming is (2026-12-25)", () => {
  lacks([
    [
      "YEREVAN — Witnesses said armoured vehicles of the Russian military police were positioned inside the gate during the protest on Sunday.",
      /^ASSAULT/,
    ],
    [
      "BEIRUT — Late on Monday, dozens of Hezbollah fighters on motorcycles drove through the southern suburbs in protest against the cabinet's decision.",
      /^ASSAULT hezbollah/,
    ],
  ]);
  holds([
    [
      "PORT-AU-PRINCE — Armed gangs stormed the town of Mirebalais overnight, freeing hundreds of inmates from its prison.",
      /^ASSAULT /,
    ],
  ]);
});

describe("3b a threat with no one named before it is aimed at the party the speaker blames (2026-12-25)", () => {
  holds([
    [
      'MOSCOW — Kremlin spokesman Dmitry Peskov accused Kyiv of carrying out "terrorist attacks" against civilian infrastructure and said they would "not go unanswered".',
      /^THREATEN ru-gov -> ua-gov \[asserted\]$/,
    ],
    [
      'BAKU — The Azerbaijani defence ministry claimed that Armenian armed forces had fired small arms at Azerbaijani army positions, and added: "Any provocation against our servicemen will be met with a decisive response."',
      /^THREATEN az-mil -> am-mil \[asserted\]$/,
    ],
    [
      "NAIROBI — The Kenyan Interior Cabinet Secretary accused opposition politicians of financing goons on Monday.",
      /^ACCUSE ke-gov -> /,
    ],
  ]);
  lacks([
    [
      'BAKU — The Azerbaijani defence ministry said: "Any provocation against our servicemen will be met with a decisive response."',
      /^CONSULT/,
    ],
  ]);
});

describe("3a small arms fired at positions are an attack (2026-12-25)", () => {
  holds([
    [
      "BAKU — The Azerbaijani defence ministry claimed that Armenian armed forces had fired small arms at Azerbaijani army positions in the Lachin district on Tuesday.",
      /^ASSAULT am-mil -> az-mil \[claimed\]$/,
    ],
  ]);
});

describe("2c a bridge's or a mosque's name is no town far away (2026-12-25)", () => {
  holds([
    [
      "BELGRADE — Students have blocked the Gazela bridge in Belgrade since Sunday afternoon.",
      /^PROTEST protesters -> rs-gov \[asserted\]$/,
    ],
    [
      "TEHRAN — In Zahedan, several hundred worshippers marched from the Makki Mosque after Friday prayers, chanting against executions.",
      /^PROTEST protesters -> ir-gov \[asserted\]$/,
    ],
  ]);
  it("a bridge named after a city stays at the city", () => {
    const events = eventLines("KYIV — Ukrainian drones struck the Kerch bridge on Monday.", "2025-06-10", {
      place: true,
    });
    expect(events.join("\n")).toMatch(/Kerch/);
  });
});

describe("3a crowds that fill the streets, occupy a town hall or hold a road blockade protest (2026-12-25)", () => {
  holds([
    [
      "NOVI SAD — Yesterday, tens of thousands of people filled the streets of Novi Sad.",
      /^PROTEST protesters -> rs-gov/,
    ],
    [
      "CACAK — In Čačak, police on Thursday detained six students who had occupied the town hall for two days.",
      /^PROTEST protesters -> rs-gov/,
    ],
    [
      "KRAGUJEVAC — Students held a traffic blockade in Kragujevac late on Saturday.",
      /^PROTEST protesters -> rs-gov/,
    ],
  ]);
});

describe("3b a name in a relative aside or a branch's region is no subject (2026-12-25)", () => {
  holds([
    [
      'MOGOK, Myanmar — The Three Brotherhood Alliance, of which the TNLA is a member, condemned the strike as a "deliberate massacre" and called on China to stop air attacks on towns.',
      /^REQUEST tba -> cn-gov \[asserted\]$/,
    ],
    [
      "BAMAKO — The Economic Community of West African States, of which Mali is no longer a member, called on the junta to free political detainees.",
      /^REQUEST ecowas -> /,
    ],
    [
      'KISUMU — The Law Society of Kenya (LSK) West Kenya branch on Tuesday accused the police of "enforced disappearance".',
      /^ACCUSE ke-lsk -> ke-pol \[asserted\]$/,
    ],
  ]);
});

describe("2a a short name in capitals that opens a sentence and speaks is a body of the report's own (2026-12-25)", () => {
  holds([
    [
      "SAINT-MARC, Haiti — Gunmen killed eleven villagers on Tuesday. RCPDH condemns the killings committed by the gang and calls on the Haitian authorities to open judicial investigations.",
      /^REQUEST RCPDH -> ht-gov \[asserted\]$/,
    ],
    [
      "TEHRAN — IPLM calls on the Iranian authorities to halt all executions and to release the detained truck drivers.",
      /^REQUEST IPLM -> ir-gov \[asserted\]$/,
    ],
  ]);
  lacks([["KYIV — Russian drones struck Odesa overnight, officials said.", /^\S+ (?:KYIV|RUSSIAN)/]]);
});

describe("2a a detachment or an army unit is the state's forces (2026-12-25)", () => {
  holds([
    [
      'OUAGADOUGOU, Burkina Faso — The army general staff said that the Djibo detachment came under attack on Tuesday morning by "a large group of armed terrorists". On Wednesday, JNIM claimed the attack.',
      /^ASSAULT jnim -> bf-mil \[claimed\]$/,
    ],
  ]);
});

describe("3b people shot by 'two men', and people arrested who belong to a group (2026-12-25)", () => {
  holds([
    [
      "MANTA, Ecuador — In Manta, a fisherman was shot dead yesterday afternoon by two men on a motorcycle near the port.",
      /^ASSAULT unidentified-armed-group -> civilians \[asserted\]$/,
    ],
    [
      "OCANA, Colombia — Police in Ocaña arrested three men on Sunday who they said belonged to an ELN urban network that supplied the group with drones.",
      /^COERCE co-pol -> eln \[claimed\]$/,
    ],
  ]);
  lacks([
    [
      "MANTA, Ecuador — In Manta, a port worker was shot dead yesterday afternoon by two men on a motorcycle.",
      /-> ec-mil/,
    ],
  ]);
});

describe("3b people taken from a place are captives, and the agent may come after a long place (2026-12-25)", () => {
  holds([
    [
      "CUCUTA, Colombia — On Saturday night, two farmers were taken from their home near Sardinata by armed men who identified themselves as ELN members.",
      /^ASSAULT eln -> civilians \[asserted\]$/,
    ],
    [
      "CUCUTA, Colombia — Two farmers were taken from their home in a rural area about 12 km north of Sardinata by armed men.",
      /^ASSAULT unidentified-armed-group -> civilians \[asserted\]$/,
    ],
  ]);
  lacks([
    [
      "CUCUTA, Colombia — On Saturday night, two farmers were taken from their home near Sardinata by armed men who identified themselves as ELN members.",
      /^COERCE/,
    ],
  ]);
});

describe("3a an airspace violation is a show of force (2026-12-25)", () => {
  holds([
    [
      "TALLINN — Three Russian jets violated Estonian airspace over the Gulf of Finland on Friday for 12 minutes, the Estonian Defence Forces said.",
      /^MOBILIZE ru-mil -> - /,
    ],
    [
      "WARSAW — Poland condemned the violation of Polish airspace by Russian drones overnight.",
      /^MOBILIZE ru-mil -> - /,
    ],
  ]);
});

describe("3b missiles fired into the sea at no one are a show of force (2026-12-25)", () => {
  holds([
    [
      "SEOUL — North Korea fired three short-range ballistic missiles from the Sunan area of Pyongyang into the East Sea this morning.",
      /^MOBILIZE kp-mil -> - /,
    ],
  ]);
  lacks([
    [
      "SEOUL — North Korea fired three short-range ballistic missiles from the Sunan area of Pyongyang into the East Sea this morning.",
      /^ASSAULT/,
    ],
  ]);
  holds([
    [
      "KYIV — Russia fired three missiles at Odesa overnight, killing two people.",
      /^ASSAULT ru-mil -> civilians/,
    ],
  ]);
});

describe("3b a state's embassy staff expelled are its government (2026-12-25)", () => {
  holds([
    [
      "VILNIUS — Hours later, the Lithuanian Foreign Ministry declared two employees of the Russian embassy in Vilnius persona non grata and ordered them to leave within 72 hours.",
      /^SANCTION lt-gov -> ru-gov \[asserted\]$/,
    ],
  ]);
});

describe("3b 'the front', 'the movement', 'the brigade' are the group named lately whose name ends so (2026-12-25)", () => {
  holds([
    [
      'POPAYAN, Colombia — The Carlos Patiño Front, a dissident faction, attacked an army post in Argelia on Monday. The front warned that it would respond to the offensive "on all fronts".',
      /^THREATEN farc-emc -> co-mil /,
    ],
  ]);
});

describe("3a names, figures or a video released are words made public, no captives freed (2026-12-25)", () => {
  lacks([
    [
      "BANGKOK — Police detained four men in Narathiwat on Monday. Their names have not been released.",
      /^RETREAT/,
    ],
    ["OUAGADOUGOU — The authorities in Ouagadougou have not released any toll.", /^RETREAT/],
    ["KABUL — The Taliban released a video on Monday.", /^RETREAT/],
  ]);
  holds([["JUBA — SPLA-IO rebels released 12 hostages on Monday.", /^RETREAT spla-io -> civilians/]]);
});

describe("3a 'the talks' named again after a meeting told is no second meeting (2026-12-25)", () => {
  it("pairs each mediator with the delegation met, not the mediators with each other", () => {
    const found = lines(
      "DOHA — In Doha, Qatari and Egyptian mediators met a Hamas delegation on Tuesday to discuss a new ceasefire proposal, an official briefed on the talks said.",
    ).filter((l) => l.startsWith("CONSULT"));
    expect(found).toContainEqual(expect.stringMatching(/^CONSULT eg-gov -> hamas/));
    expect(found).not.toContainEqual(expect.stringMatching(/^CONSULT qa-gov -> eg-gov/));
  });
});

describe("2a 'miscreants' and hitmen are unnamed attackers (2026-12-25)", () => {
  holds([
    [
      'ATTOCK, Pakistan — A police constable was killed and 11 officers were injured when "armed miscreants" opened fire on a police picket near Hazro late on Monday.',
      /^ASSAULT unidentified-armed-group -> pk-pol /,
    ],
  ]);
});

describe("2a a possessive inside a new body's name ('the United People's Democratic Front') is part of it (2026-12-25)", () => {
  holds([
    [
      "DHAKA — The United People's Democratic Front (UPDF) on Monday accused the army of a cover-up in Khagrachhari.",
      /^ACCUSE UPDF -> bd-mil \[asserted\]$/,
    ],
  ]);
});

describe("3b forces named by kind, then one by one after 'including', act as the ones named (2026-12-25)", () => {
  it("gives each named force its own deployment", () => {
    const found = lines(
      "IMPHAL — Security forces including the Assam Rifles and the Central Reserve Police Force (CRPF) were rushed to the area on Monday evening.",
    ).filter((l) => l.startsWith("MOBILIZE"));
    expect(found.length).toBe(2);
  });
});

describe("3b a diplomatic protest is aimed at the one it is lodged with (2026-12-25)", () => {
  holds([
    [
      'TOKYO — Japan lodged "a strong protest" with North Korea through diplomatic channels in Beijing on Monday.',
      /^ACCUSE jp-gov -> kp-gov /,
    ],
  ]);
});

describe("3b water cannon on a ship is an attack on the side it sails for, no crowd control (2026-12-25)", () => {
  holds([
    [
      "MANILA — A China Coast Guard ship fired a water cannon at a Philippine supply boat near Second Thomas Shoal on Monday, the Philippine Coast Guard said.",
      /^ASSAULT \S+ -> ph-mil /,
    ],
    [
      "MANILA — The Philippine Coast Guard escort vessel was sprayed with water cannon and sideswiped by a China Coast Guard ship on Monday.",
      /^ASSAULT \S+ -> \S*ph\S* \[asserted\]$/,
    ],
  ]);
  lacks([
    [
      "MANILA — A China Coast Guard ship fired a water cannon at a Philippine supply boat near Second Thomas Shoal on Monday.",
      /-> protesters/,
    ],
  ]);
  holds([
    [
      "NAIROBI — Police used water cannon and tear gas to disperse protesters in Nairobi on Tuesday.",
      /^ASSAULT ke-pol -> protesters/,
    ],
  ]);
});

describe("3a drills and weapons tests are shows of force; exercises with a partner are cooperation (2026-12-25)", () => {
  holds([
    [
      "TAIPEI — China's military launched large-scale drills around Taiwan on Monday, calling them a warning to separatist forces.",
      /^MOBILIZE cn-mil -> - /,
    ],
    ["SEOUL — North Korea test-fired two cruise missiles off Nampo on Sunday.", /^MOBILIZE kp-mil -> - /],
    [
      "PORT OF SPAIN — The US Navy destroyer docked in Port of Spain on Monday for joint exercises with the Trinidad and Tobago Defence Force.",
      /^COOPERATE us-mil -> /,
    ],
  ]);
  lacks([["TAIPEI — China's military launched joint drills around Taiwan on Monday.", /^COOPERATE/]]);
});

describe("3b a count written with a hyphen before a people's name is counted (2026-12-25)", () => {
  holds([
    [
      "HEBRON — Israeli troops arrested twenty-two wanted Palestinians in overnight raids in Hebron.",
      /^COERCE il-mil -> civilians /,
    ],
  ]);
});

describe("3b an ultimatum is made to each party its condition names (2026-12-25)", () => {
  it("threatens both parties joined by 'and' after 'if'", () => {
    const found = lines(
      "SEOUL — North Korea warned that it would take overwhelming action if South Korea and the United States went ahead with the drills.",
    ).filter((l) => l.startsWith("THREATEN"));
    expect(found).toContainEqual(expect.stringMatching(/^THREATEN kp-gov -> kr-gov /));
    expect(found).toContainEqual(expect.stringMatching(/^THREATEN kp-gov -> us-gov /));
  });
});
