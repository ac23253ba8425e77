import { describe, expect, it } from "vitest";
import { holds, lacks, lines } from "./rule-cases.js";

// Rules of the session of 2026-12-07 21:30 (tests marked "2026-12-30"), in sentences written for the
// tests. Each case is a short report in a wire's or a local outlet's style; a line is
// "TYPE actor1 -> actor2 [modality]".

describe("4 words said again and again are said this time too (2026-12-30)", () => {
  holds([
    [
      "PORT SUDAN — Sudan's army has repeatedly accused the Libyan National Army of letting the RSF move fuel across the triangle.",
      "ACCUSE sd-mil -> lna [asserted]",
    ],
    [
      "KYIV — Ukraine's government has repeatedly rejected Russia's demand that it give up the Donetsk region.",
      "REJECT ua-gov -> ru-gov [asserted]",
    ],
  ]);
});

describe("4 a border closed with a state is closed on its government (2026-12-30)", () => {
  holds([
    [
      "VILNIUS — Lithuania closed its two remaining road checkpoints on the border with Belarus at midnight on Wednesday after smuggling balloons shut Vilnius airport.",
      "COERCE lt-mil -> by-gov [asserted]",
    ],
    [
      "BISHKEK — Kyrgyzstan closed all road crossings with Tajikistan in Batken region on Monday after the clashes.",
      "COERCE kg-mil -> tj-gov [asserted]",
    ],
    [
      "BANGKOK — Thailand on Tuesday closed all land border crossings with neighbouring Cambodia until further notice.",
      "COERCE th-mil -> kh-gov [asserted]",
    ],
  ]);
});

describe("4 the words a warning warns of are no second threat (2026-12-30)", () => {
  it("codes one threat, at those the warning names", () => {
    for (const [text, expected] of [
      [
        "BOGOTÁ — The ELN warned that anyone who helps the army would be punished.",
        ["THREATEN eln -> civilians [asserted]"],
      ],
      [
        "KOSOVSKA MITROVICA — Interior Minister Xhelal Sveçla warned that anyone who attacks police officers will be prosecuted.",
        ["THREATEN xk-gov -> civilians [asserted]"],
      ],
    ] as const)
      expect(lines(text).filter((l) => l.startsWith("THREATEN"))).toEqual(expected);
  });
});

describe("4 an accusation in a participle after a threat or a demand is made too (2026-12-30)", () => {
  holds([
    [
      "JERUSALEM — Israel threatened to halt the exchange altogether, accusing Hamas of violating the deal by delaying the handover of names.",
      "ACCUSE il-gov -> hamas [asserted]",
    ],
    [
      "KHARTOUM — The army demanded that the RSF leave the hospital within a day, accusing the paramilitaries of using it as a base.",
      "ACCUSE sd-mil -> rsf [asserted]",
    ],
  ]);
});

describe("4 COGAT and the Civil Administration are Israel's government (2026-12-30)", () => {
  holds([
    [
      "GAZA — COGAT rejected three UNRWA requests to move tents and blankets through the Kerem Shalom crossing, the agency said.",
      /^REJECT il-gov -> unrwa/,
    ],
  ]);
});

describe("4 fighting alongside an ally is a side taken, no fight told (2026-12-30)", () => {
  lacks([
    [
      "COX'S BAZAR — He said fighters of the Arakan Rohingya Salvation Army and the Rohingya Solidarity Organisation were fighting alongside junta troops.",
      /^ASSAULT mm-arsa/,
    ],
    [
      "GOMA — The militias, a loose coalition of local self-defence groups, fight alongside the army but often outside its chain of command.",
      /^ASSAULT/,
    ],
  ]);
});

describe("4 'He' after a sentence opening on a quotation is the one who spoke it (2026-12-30)", () => {
  holds([
    [
      'METULA — Israeli jets struck Baalbek overnight. "We will not allow Hezbollah to rebuild," Defence Minister Israel Katz said on Wednesday. He called on the Lebanese government to set a date for disarming the group.',
      "REQUEST il-gov -> lb-gov [asserted]",
    ],
    [
      'NAIROBI — "The attackers will be pursued," Interior Minister Kipchumba Murkomen told reporters in Mandera. He accused al-Shabaab of targeting teachers.',
      "ACCUSE ke-gov -> shabaab [asserted]",
    ],
  ]);
});

describe("4 'the defence minister' after a sentence on an army is that army's state's (2026-12-30)", () => {
  holds([
    [
      "The IDF carried out a series of strikes in southern Lebanon on Wednesday. The defence minister called on the Lebanese government to disarm Hezbollah.",
      "REQUEST il-gov -> lb-gov [asserted]",
    ],
  ]);
});

describe("4 'the two delegations' are the two sides told last; 'ruled that out' refuses what was asked (2026-12-30)", () => {
  holds([
    [
      "DOHA — Congo's government and the M23 exchanged 110 prisoners on Monday. Qatari mediators met the two delegations separately on Monday evening.",
      "CONSULT qa-gov -> m23 [asserted]",
    ],
    [
      "GOMA — Kinshasa demanded on Monday that the M23 withdraw from Goma and Bukavu. The rebels have ruled that out.",
      "REJECT m23 -> cd-gov [asserted]",
    ],
  ]);
});

describe("4 a unit of the map with a short name is no actor (2026-12-30)", () => {
  lacks([
    [
      "ABUJA — Troops repelled an attack by ISWAP terrorists at Marte in Marte Local Government Area (LGA) of Borno State on Friday. On Sunday, troops neutralised nine bandits near Gidan Jaja in Zurmi LGA.",
      / -> (?!unidentified-armed-group|ng-mil)/,
    ],
  ]);
  holds([
    [
      "ABUJA — Troops repelled an attack by ISWAP terrorists on their location at Marte in Marte Local Government Area (LGA) of Borno State on Friday.",
      /^ASSAULT iswap -> ng-mil/,
    ],
  ]);
});

describe("4 'a total of 86 fighters' are the fighters; 'X and their families' are X's (2026-12-30)", () => {
  holds([
    [
      "MAIDUGURI — On Monday, a total of 86 Boko Haram terrorists surrendered to troops at Bama, the army said.",
      /^CONCEDE jas -> ng-mil/,
    ],
    [
      "MAIDUGURI — Troops killed four ISWAP fighters near Gwoza on Sunday. In the week, a total of 38 Boko Haram fighters and their family members surrendered to troops in Bama.",
      /^CONCEDE jas -> ng-mil/,
    ],
  ]);
});

describe("4 a strike on another party since an arrest does not take the captives (2026-12-30)", () => {
  holds([
    [
      "SANAA — On 18 September, Houthi security forces raided the offices of a UN agency in Sanaa and detained four Yemeni staff members. An interior ministry official said those detained had supplied targeting information for the Israeli strikes on the Houthis in August. The UN Secretary-General demanded the immediate and unconditional release of all UN personnel.",
      /^REQUEST un -> houthi/,
    ],
  ]);
});

describe("4 shipping and transport companies are civilians (2026-12-30)", () => {
  holds([
    [
      "SANAA — Israeli aircraft struck Hodeidah port; the Houthis claimed a drone attack on Eilat and threatened shipping companies.",
      "THREATEN houthi -> civilians [asserted]",
    ],
    [
      'BAMAKO — On Wednesday, JNIM warned in an audio message that transport companies still carrying fuel for "the junta" would be treated as enemies.',
      "THREATEN jnim -> civilians [asserted]",
    ],
  ]);
});

describe("4 a craft shot down is its state's; 'over Hajjah governorate' is a place (2026-12-30)", () => {
  holds([
    [
      "SANAA — The Houthis said they had shot down a US MQ-9 Reaper drone over Hajjah governorate on Tuesday.",
      /^ASSAULT houthi -> us-mil/,
    ],
  ]);
  lacks([
    [
      "SANAA — The Houthis said they had shot down a US MQ-9 Reaper drone over Hajjah governorate on Tuesday.",
      /-> us-gov/,
    ],
  ]);
});

describe("4 states by their formal names (2026-12-30)", () => {
  holds([
    [
      "LAIZA — On 9 May, a KIO delegation met representatives of the government of the People's Republic of China in Kunming.",
      /^CONSULT \S+ -> cn-gov/,
    ],
    ["SEOUL — The DPRK fired two ballistic missiles into the sea on Tuesday, Seoul said.", /^\w+ kp-/],
  ]);
});

describe("4 a state's seat of government speaks for it (2026-12-30)", () => {
  holds([
    [
      "ABIDJAN — On 12 April, Abidjan summoned Burkina Faso's chargé d'affaires to protest against what it called unfounded allegations.",
      "ACCUSE ci-gov -> bf-gov [asserted]",
    ],
  ]);
});

describe("4 a strike from the air on an armed group, no one named, is the state's that fights it (2026-12-30)", () => {
  holds([
    [
      "OUAGADOUGOU — A drone strike hit a JNIM column north of Déou on 10 April, killing about thirty fighters, security sources said.",
      /^ASSAULT bf-mil -> jnim/,
    ],
  ]);
});

describe("4 'the Commissioner-General' is the agency named lately (2026-12-30)", () => {
  holds([
    [
      "GAZA — UNRWA said its international staff were still barred from Gaza. The Commissioner-General called on the Israeli authorities to allow them to return.",
      "REQUEST unrwa -> il-gov [asserted]",
    ],
  ]);
});

describe("4 people picked up by security forces or taken in for questioning are arrested (2026-12-30)", () => {
  holds([
    [
      "QUETTA — Relatives said 15 young men were picked up by security forces from Kalat during raids last week.",
      /^COERCE pk-pol -> /,
    ],
    [
      "NIAMEY — The channel's news director was taken in for questioning by the judicial police on Sunday.",
      /^COERCE ne-pol -> /,
    ],
  ]);
});

describe("4 'killed and dozens wounded by Israeli fire' names the fire's side (2026-12-30)", () => {
  holds([
    [
      "GAZA — Gaza's health ministry said seven people were killed and dozens wounded by Israeli fire near an aid distribution site north-west of Rafah.",
      /^ASSAULT il-mil -> civilians/,
    ],
  ]);
});

describe("4 the culprits a threat names are the attack's authors; 'he said' after a quotation is the last speaker (2026-12-30)", () => {
  holds([
    [
      'SRINAGAR — Terrorists attacked a bus near Pahalgam on Monday, killing nine pilgrims. "Those behind this cowardly act will not be spared," Chief Minister Omar Abdullah said in a post on X.',
      /^THREATEN in-jammu-and-kashmir-gov -> unidentified-armed-group/,
    ],
    [
      'SRINAGAR — Terrorists attacked a bus near Pahalgam on Monday, killing nine pilgrims. Lieutenant Governor Manoj Sinha condemned the attack. "Those behind this cowardly act will not be spared," he said in a post on X.',
      /^THREATEN in-jammu-and-kashmir-gov -> unidentified-armed-group/,
    ],
  ]);
});

describe("4 a joint patrol or exercise is a cooperation between its partners, and needs one (2026-12-30)", () => {
  holds([
    [
      "BISHKEK — Kyrgyz and Tajik border guards carried out their first joint patrol of the Batken-Isfara road on 12 December.",
      "COOPERATE kg-mil -> tj-mil [asserted]",
    ],
    [
      "DORI — Burkinabè and Nigerien troops conducted a joint patrol along the border north-east of Sebba between 9 and 12 March.",
      "COOPERATE bf-mil -> ne-mil [asserted]",
    ],
  ]);
  lacks([
    [
      "TAIPEI — On Tuesday, China's Eastern Theater Command launched a two-day joint exercise in six zones around Taiwan.",
      /^COOPERATE/,
    ],
    ["KHARTOUM — The army said its units had launched a joint operation in Omdurman.", /^COOPERATE/],
  ]);
});

describe("4 an armed group's own police are the group (2026-12-30)", () => {
  holds([
    [
      "GOMA — On 15 January the AFC/M23 announced that its police had arrested three suspects, who were shown to the press the same day.",
      /^COERCE m23 -> /,
    ],
  ]);
});

describe("4 a sum demanded is a ransom, and 'US dollars' no state (2026-12-30)", () => {
  lacks([
    [
      "BUTEMBO — Seven people abducted by a Mai-Mai group were released. He said the group had demanded 500 US dollars per hostage.",
      /^REQUEST|us-gov|us-mil/,
    ],
    [
      "GUSAU — Gunmen abducted 20 villagers in Tsafe. The kidnappers had contacted some of the families and demanded ₦50 million for the release of all the victims.",
      /^REQUEST/,
    ],
  ]);
});

describe("4 a live blog's entry opening on a town abroad after its time stamp is set there (2026-12-30)", () => {
  holds([
    [
      "YANGON — The junta bombed a village in Sagaing.\n\n14:20 In London, the Foreign Office has announced sanctions on a Myanmar-based aviation fuel importer and three individuals.",
      /^SANCTION gb-gov -> /,
    ],
  ]);
});
