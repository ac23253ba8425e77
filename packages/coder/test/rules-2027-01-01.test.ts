import { describe, expect, it } from "vitest";
import { holds, lacks } from "./rule-cases.js";
import { eventLines } from "./helpers.js";

// Rules of the session of 2026-12-08 02:40 (tests marked "2027-01-01"), in sentences written for the
// tests. Each case is a short report in a wire's or a local outlet's style; a line is
// "TYPE actor1 -> actor2 [modality]".

describe("5 'he' after a quotation of several sentences is its speaker (2027-01-01)", () => {
  holds([
    [
      'KYIV — "Russia is hitting the ports that feed the world. Every ship damaged here is an attack on freedom of navigation," Ukraine\'s Deputy Prime Minister Oleksii Kuleba wrote on Telegram. He called on the International Maritime Organization to respond.',
      /^REQUEST ua-gov -> /,
    ],
    [
      'ABUJA — "We are ready. We will not retreat," the Nigerian army spokesman said on Monday. He urged residents of Gwoza to report suspicious movements.',
      /^REQUEST ng-mil -> civilians/,
    ],
  ]);
});

describe("5 whoever does what ordinary people do is the population warned (2027-01-01)", () => {
  holds([
    [
      "CÚCUTA — The ELN said in a communiqué on Monday that anyone who sells fuel to the dissidents will be considered a military target.",
      "THREATEN eln -> civilians [asserted]",
    ],
    [
      "BAMENDA — Anybody who violates this order will be treated as a collaborator, the Ambazonia Defence Forces said in a statement on Sunday.",
      /^THREATEN \S+ -> civilians/,
    ],
    [
      "N'DJAMENA — Chad's army warned on Monday that anyone who remained on the islands of Lake Chad after Friday would be regarded as a legitimate target.",
      /^THREATEN td-mil -> civilians/,
    ],
    [
      'MOSCOW — The Russian Foreign Ministry said on Monday that Lithuania\'s expulsion of two diplomats "will not remain without a response".',
      /^THREATEN ru-gov -> lt-gov/,
    ],
  ]);
  lacks([
    // Whoever attacks is the culprits, not the people.
    [
      '"Whoever is responsible for this attack will be held to account," the Kenyan interior minister said in Garissa on Tuesday.',
      /^THREATEN \S+ -> civilians/,
    ],
  ]);
});

describe("5 a network cut in the passive is the state's, of where it is cut (2027-01-01)", () => {
  holds([
    [
      "QUETTA — Mobile internet services remained suspended in Kachhi and Mastung districts for a second day on Thursday.",
      /^COERCE pk-gov -> civilians/,
    ],
    [
      "TEHRAN — Mobile internet was cut across Zahedan from about 11:00 to 16:30 on Friday, according to NetBlocks.",
      /^COERCE ir-gov -> civilians/,
    ],
    [
      "TEHRAN — Internet access has been cut across much of Sistan-Baluchestan province since Friday afternoon, according to the monitoring group NetBlocks.",
      /^COERCE ir-gov -> civilians/,
    ],
  ]);
  lacks([
    // A cut no one imposed this time: the network remains as it was.
    ["TEHRAN — Mobile internet was restored in Zahedan on Saturday, according to NetBlocks.", /^COERCE/],
  ]);
});

describe("5 a border crossing closed in the passive is the ruling state's (2027-01-01)", () => {
  holds([
    [
      "PESHAWAR — The Chaman-Spin Boldak crossing was closed by Pakistani authorities on Monday, leaving hundreds of trucks stranded on both sides.",
      /^COERCE pk-gov -> /,
    ],
    [
      'BUJUMBURA — The interior ministry said the Gatumba border crossing was closed to all traffic "until further notice".',
      /^COERCE bi-gov -> /,
    ],
  ]);
  lacks([
    // A closure since long ago is how things stand, no act of the day.
    ["PESHAWAR — The Chaman crossing has been closed to most trade since October.", /^COERCE/],
  ]);
});

describe("5 a split arson is arson, and a crowd's is its riot (2027-01-01)", () => {
  holds([
    [
      "MAIDUGURI — Gunmen set several houses ablaze in Gwoza on Monday, residents said.",
      /^ASSAULT \S+ -> civilians/,
    ],
    [
      "MAIDUGURI — Several houses in Gwoza were set on fire by gunmen on Monday.",
      /^ASSAULT \S+ -> civilians/,
    ],
    [
      "NYAHURURU — The crowd set a police Land Cruiser ablaze and hurled stones at the Ol Kalou police station on Tuesday.",
      /^PROTEST protesters -> ke-pol/,
    ],
    [
      "LOMÉ — Protesters ransacked the office of the ruling party in Kpalimé on Friday, smashing windows and burning furniture.",
      /^PROTEST protesters -> /,
    ],
  ]);
});

describe("5 a charge brought against someone is an accusation (2027-01-01)", () => {
  holds([
    [
      "LIMA — Peruvian prosecutors on Monday charged three soldiers with murder over the deaths of two protesters in Juliaca.",
      /^ACCUSE pe-gov -> pe-mil/,
    ],
    [
      "LONDON — The Metropolitan Police charged two men last week with aggravated arson over a fire at a warehouse in east London.",
      /^ACCUSE gb-pol -> civilians/,
    ],
    [
      "NAIROBI — The Independent Policing Oversight Authority (IPOA) said on Tuesday it had opened investigations into the deaths of two protesters shot by police in Ol Kalou.",
      /^ACCUSE \S+ -> /,
    ],
  ]);
  lacks([
    // A charge with batons is force, and a charge on no one named is none.
    ["LOMÉ — Police fired tear gas and charged demonstrators with batons in Lomé on Friday.", /^ACCUSE/],
    ["SEVASTOPOL — She has been charged with high treason, her lawyer said on Monday.", /^ACCUSE/],
  ]);
});

describe("5 the United States' federal police and the Department of Homeland Security (2027-01-01)", () => {
  holds([
    [
      "CHICAGO — ICE agents detained three more people in Broadview on Tuesday, the Department of Homeland Security said.",
      /^COERCE us-pol -> civilians/,
    ],
    [
      "CHICAGO — Border Patrol agents detained at least 14 men who were waiting for work outside a store in Melrose Park.",
      /^COERCE us-pol -> civilians/,
    ],
    [
      'CHICAGO — The Department of Homeland Security accused Illinois Governor JB Pritzker of "inciting violence" against its officers.',
      /^ACCUSE us-gov -> /,
    ],
  ]);
  lacks([
    // Another state's ministry of that name is its own.
    [
      "LILONGWE — The Minister of Homeland Security told a news conference in Lilongwe that the march was banned.",
      / us-gov/,
    ],
  ]);
});

describe("5 people a passive arrest names by their names alone (2027-01-01)", () => {
  holds([
    ["KARLSRUHE — Artur K. was arrested on 12 November 2025 in Bayreuth.", /^COERCE de-pol -> civilians/],
    [
      "KARLSRUHE — Dmytro L. and Yevhen M. were arrested on the same day in Dortmund.",
      /^COERCE de-pol -> civilians/,
    ],
    // (A surname after a first name is no town that shares it: "Kamau" is no Cà Mau, in Vietnam.)
    ["NAIROBI — John Kamau was arrested on Monday in Nakuru.", /^COERCE ke-pol -> civilians/],
  ]);
});

describe("5 warplanes by their type, and air defences sent (2027-01-01)", () => {
  holds([
    [
      "WARSAW — Polish F-16s shot down at least four drones over the Lublin voivodeship on Wednesday, the Operational Command said.",
      /^ASSAULT pl-mil -> /,
    ],
    [
      "KYIV — Russian Su-34s dropped glide bombs on Kostiantynivka overnight, the regional governor said.",
      /^ASSAULT ru-mil -> /,
    ],
    [
      "BERLIN — Germany will send Poland two more Patriot air defence batteries, Defence Minister Boris Pistorius said on Monday.",
      /^AID de-gov -> pl-gov/,
    ],
  ]);
  lacks([
    // Tanks sent with reinforcements are a deployment, nothing given.
    [
      "ALEPPO — The Syrian army sent reinforcements, including tanks and rocket launchers, to the Deir Hafer front on Monday.",
      /^AID/,
    ],
  ]);
});

describe("5 people who speak of what was done to 'them' speak of themselves (2027-01-01)", () => {
  holds([
    [
      "BELGRADE — Students say officers pushed them back with batons and pepper spray when the column tried to pass towards the railway station in Novi Sad.",
      /^ASSAULT rs-pol -> civilians/,
    ],
    [
      "NAIROBI — Protesters said police beat them with batons in Nairobi on Tuesday.",
      /^ASSAULT ke-pol -> protesters/,
    ],
  ]);
});

describe("5 demands spoken of as a thing are none made (2027-01-01)", () => {
  lacks([
    [
      "GAZA — The Israeli Prime Minister's Office said on Monday that Hamas's demands were unacceptable.",
      /^REQUEST hamas/,
    ],
    ["PORT-AU-PRINCE — The gang has not made any demands public, police said on Monday.", /^REQUEST/],
  ]);
  holds([
    [
      "GAZA — Hamas demands that Israel withdraw from the Philadelphi corridor, its spokesman said on Monday.",
      /^REQUEST hamas -> il-/,
    ],
  ]);
});

describe("5 the youth protest movements of 2025 by name (2027-01-01)", () => {
  holds([
    [
      "RABAT — In a letter published on 2 October, GenZ 212 demanded the dismissal of the government of Prime Minister Aziz Akhannouch.",
      /^REQUEST ma-genz212 -> ma-gov/,
    ],
    [
      "KATHMANDU — Gen Z protesters set fire to the parliament building in Kathmandu on Tuesday.",
      /^PROTEST protesters -> /,
    ],
  ]);
});

describe("5 a roundup's items are sections of their own countries (2027-01-01)", () => {
  holds([
    [
      "WORLD CONFLICT BRIEFING\n\nEL OBEID, Sudan, Jan. 22 (Meridian) — A drone strike on a fuel depot in El Obeid killed seven people, the state government said, blaming the Rapid Support Forces.\n\nGOMA, DR Congo, Jan. 22 (Meridian) — The army said on Wednesday it had repelled an attack by the M23 on its positions near Sake.",
      /^ASSAULT m23 -> cd-mil/,
    ],
    [
      "RISK BULLETIN\n\n1. UKRAINE — Odesa oblast ports | Rating: Severe (unchanged)\nRussian forces launched missiles and drones at port infrastructure in the Odesa region overnight.\n\n2. PAKISTAN — Khyber Pakhtunkhwa (Bannu) | Rating: High\nThe army said on Thursday it had killed seven militants in an operation near Bannu.",
      /^ASSAULT pk-mil -> /,
    ],
  ]);
});

describe("3c a roundup's item datelines are where its items happened (2027-01-01)", () => {
  it("places each bulleted item at its own dateline's town", () => {
    expect(
      eventLines(
        "THE CONFLICT DIGEST\n\nPAKISTAN\n• Peshawar, 23 April — Police detained 14 PTI workers ahead of a rally.\n• Quetta, 22 April — Police detained nine BYC activists outside the press club.",
        "2026-04-24",
        { place: true },
      ),
    ).toEqual(
      expect.arrayContaining([expect.stringMatching(/@ Peshawar$/), expect.stringMatching(/@ Quetta$/)]),
    );
  });
});

describe("5 the law's comeuppance promised to whoever does what people do (2027-01-01)", () => {
  holds([
    [
      'ACCRA — "Anybody found with a weapon will be arrested and made to face the full rigours of the law," the Interior Minister warned on Monday.',
      /^THREATEN gh-gov -> civilians/,
    ],
  ]);
});

describe("5 talks proposed are a request (2027-01-01)", () => {
  holds([
    [
      "ISTANBUL — The Ukrainian delegation proposed a meeting between presidents Volodymyr Zelensky and Vladimir Putin before the end of June, Umerov said.",
      /^REQUEST ua-gov -> /,
    ],
  ]);
});

describe("5 a list's items that open on their verbs are its lead's acts (2027-01-01)", () => {
  holds([
    [
      "YAOUNDÉ — The Network of Human Rights Defenders in Central Africa (REDHAC):\n- condemns the killings in Njinikom and calls on the Government to open an independent investigation;\n- urges the gendarmerie to charge or release the Buea detainees without delay.",
      /^REQUEST \S+ -> cm-pol/,
    ],
    [
      "POPAYÁN — The Ombudsman's Office:\n(a) urges the Ministry of National Defence to strengthen the protection of civilians in the Micay canyon;\n(b) calls on the fronts of the EMC to stop recruiting minors.",
      /^REQUEST ombudsman -> farc-emc/,
    ],
  ]);
});

describe("5 gendarmerie and anti-riot units are police (2027-01-01)", () => {
  holds([
    [
      "BELGRADE — Serbia's interior minister said additional gendarmerie units would be sent to Novi Sad.",
      /^MOBILIZE rs-pol -> /,
    ],
    [
      "TEHRAN — Police vans and anti-riot units had been stationed at the main crossroads in Mashhad since early afternoon, a resident said.",
      /^MOBILIZE ir-pol -> /,
    ],
  ]);
});

describe("5 protests called by a movement are protests planned (2027-01-01)", () => {
  holds([
    [
      "LOMÉ — The M66 movement called for new protests in Lomé on Friday.",
      /^PROTEST tg-m66 -> .* \[planned\]/,
    ],
  ]);
});

describe("5 killed 'in an operation': the operation is its killers', not a second act (2027-01-01)", () => {
  holds([
    [
      "PESHAWAR — Eleven militants were killed in an operation near Miran Shah on Tuesday, the army said.",
      /^ASSAULT pk-mil -> unidentified/,
    ],
  ]);
  lacks([
    [
      "PESHAWAR — Security forces killed eleven militants in an operation near Miran Shah on Tuesday.",
      /^ASSAULT unidentified -> pk-mil/,
    ],
  ]);
});
