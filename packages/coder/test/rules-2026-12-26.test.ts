import { describe } from "vitest";
import { holds, lacks } from "./rule-cases.js";

// Rules of the session of 2026-12-07 11:08 (tests marked "2026-12-26"), in sentences written for the
// tests. Each case is a short report in a wire's or a local outlet's style; a line is
// "TYPE actor1 -> actor2 [modality]".

describe("2a 'the X Brigade and the Y Brigade' are two new names, not one (2026-12-26)", () => {
  holds([
    [
      "TRIPOLI — Clashes between the Nasr Brigade and the Zawiya Revolutionaries Brigade killed four people in Zawiya on Monday.",
      "ASSAULT Nasr Brigade -> Zawiya Revolutionaries Brigade [asserted]",
    ],
    [
      "MISRATA — Heavy fighting broke out between the Martyrs of Souq Brigade and the Janzour Knights Battalion in Janzour on Monday, residents said.",
      /^ASSAULT .*Brigade -> Janzour Knights Battalion \[reported\]$/,
    ],
  ]);
});

describe("3a lands 'where the borders of X and Y meet' hold no meeting (2026-12-26)", () => {
  lacks([
    [
      "N'DJAMENA — Lac province, where the borders of Chad, Niger, Nigeria and Cameroon meet, has long been a hideout for Boko Haram.",
      /^CONSULT/,
    ],
    [
      "MOSUL — The desert where Anbar, Nineveh and Salahuddin provinces meet remains an Islamic State stronghold, officials said.",
      /^CONSULT/,
    ],
  ]);
});

describe("2a 'the security services' are the home country's police; snipers a state's forces (2026-12-26)", () => {
  holds([
    [
      "BAMAKO — On Monday the security services arrested seventeen men in Bamako suspected of supplying the jihadists.",
      /^COERCE ml-pol -> /,
    ],
    [
      "TULKARM — An Israeli sniper shot and killed a Palestinian teenager near the camp on Thursday, the health ministry said.",
      "ASSAULT il-mil -> civilians [reported]",
    ],
    [
      "MOGADISHU — Somali army snipers killed two al-Shabaab fighters near Afgoye on Friday, the army said.",
      "ASSAULT so-mil -> shabaab [claimed]",
    ],
  ]);
});

describe("2a a person named with an age ('Yazan Fathi, 21,') is a civilian (2026-12-26)", () => {
  holds([
    [
      "TULKARM — Israeli forces shot dead Yazan Fathi, 21, near the camp on Thursday, the health ministry said.",
      "ASSAULT il-mil -> civilians [reported]",
    ],
    [
      "KISMAYO — Gunmen killed Ahmed Saleh, 45, outside his shop in Kismayo on Monday, police said.",
      "ASSAULT unidentified-armed-group -> civilians [reported]",
    ],
  ]);
});

describe("3c 'demanded that he be produced in court' is not a demand made of him (2026-12-26)", () => {
  holds([
    [
      "NAIROBI — The Law Society of Kenya accused the police of abducting a blogger and demanded that he be produced in court within 24 hours.",
      "REQUEST ke-lsk -> ke-pol [asserted]",
    ],
  ]);
  lacks([
    [
      "NAIROBI — The Law Society of Kenya on Tuesday demanded that the detained journalist be released, accusing the police of abusing their powers.",
      /^REQUEST .* -> civilians/,
    ],
  ]);
});

describe("2a a regional or city administration and a regional commissioner are the government; a Regional Military Administration is Ukraine's (2026-12-26)", () => {
  holds([
    [
      "BAHIR DAR — The regional administration on Monday extended a night curfew in the city by another month.",
      /^COERCE et-gov -> /,
    ],
    [
      "DAR ES SALAAM — A similar curfew was announced in Mwanza by the regional commissioner yesterday afternoon.",
      /^COERCE tz-gov -> /,
    ],
    [
      "SUMY — The Sumy Regional Military Administration on Tuesday ordered the mandatory evacuation of families with children from five villages after Russian shelling.",
      /^COERCE ua-gov -> /,
    ],
  ]);
});

describe("3b unnamed gunmen 'on motorbikes, presumed to belong to' a group are that group (2026-12-26)", () => {
  holds([
    [
      "NIAMEY — On 2 March, armed men on motorbikes, presumed to belong to the Islamic State Sahel Province (ISSP), attacked a village about 25 km north of Ouallam, killing nine civilians.",
      "ASSAULT is-sahel -> civilians [reported]",
    ],
  ]);
});

describe("2a an adviser of an interim government ('the Home Affairs Adviser', 'Chief Adviser') speaks for it (2026-12-26)", () => {
  holds([
    [
      "DHAKA — The Home Affairs Adviser warned that anyone attempting to disrupt the election will be dealt with with an iron hand.",
      /^THREATEN bd-gov -> /,
    ],
  ]);
});

describe("3b a message or statement 'attributed to' a group is the group's own (2026-12-26)", () => {
  holds([
    [
      "QUITO — A statement attributed to Los Lobos threatened prison guards on Monday.",
      /^THREATEN [a-z-]*lobos[a-z-]* -> civilians/,
    ],
    [
      "QUITO — A message attributed to Los Lobos and circulated on social media on Monday denied any involvement in the Guayaquil car bomb and threatened consequences for prison guards.",
      /^THREATEN [a-z-]*lobos[a-z-]* -> civilians/,
    ],
  ]);
});

describe("3c 'the aggression will not go unanswered' threatens whoever last attacked the speaker (2026-12-26)", () => {
  holds([
    [
      'SANAA — Israeli jets struck Hodeidah port on Sunday. "The aggression will not go unanswered," the Houthis\' political bureau said in a statement.',
      /^THREATEN [a-z-]+ -> il-mil \[asserted\]$/,
    ],
    [
      'MOSCOW — Ukrainian drones struck a refinery in Ryazan. Russia\'s Foreign Ministry said the strikes "will not go unanswered".',
      /^THREATEN ru-gov -> ua-mil/,
    ],
  ]);
});

describe("3c 'anyone who attacks a police station' or blocks roads, threatened, is protesters; 'anyone found on the road' civilians (2026-12-26)", () => {
  holds([
    [
      "NAIROBI — Interior Cabinet Secretary Joseph Wanyonyi warned that anyone who attacks a police station will be met with the full force of the law.",
      "THREATEN ke-gov -> protesters [asserted]",
    ],
    [
      "MAPUTO — The interior minister warned on Tuesday that anyone who blocks roads during the shutdown will be arrested.",
      /^THREATEN mz-gov -> protesters/,
    ],
    [
      "BAMENDA — Separatist fighters warned that anyone found on the road during the lockdown will be dealt with.",
      /^THREATEN [a-z-]+ -> civilians/,
    ],
  ]);
});

describe("1d 'if the attacks continued' is a condition, not a report that attacks went on (2026-12-26)", () => {
  holds([
    [
      "MANDALAY — The TNLA accused the regime of violating the agreement and warned that it would retaliate if the attacks continued.",
      "ACCUSE tnla -> mm-mil [asserted]",
    ],
  ]);
});

describe("3c 'warned that it would respond' is one threat, the speaker's (2026-12-26)", () => {
  lacks([
    [
      "MANDALAY — The TNLA accused the regime of violating the agreement and warned that it would respond in self-defence if the attacks continued.",
      /^THREATEN mm-mil -> tnla/,
    ],
  ]);
  holds([
    [
      'CARACAS — The ELN warned in a statement that it would "respond with arms" to any U.S. military incursion.',
      /^THREATEN eln -> us-/,
    ],
  ]);
});

describe("3a aid handed or given, money 'in assistance', the wounded treated (2026-12-26)", () => {
  holds([
    [
      "WASHINGTON — Days later, the State Department announced a further $95 million in assistance to the Lebanese army.",
      "AID us-gov -> lb-mil [claimed]",
    ],
    [
      "UVIRA — Médecins Sans Frontières (MSF) said its teams had treated 27 wounded people at Uvira general hospital since Monday.",
      /^AID msf -> civilians/,
    ],
    [
      "COTABATO — The Maguindanao del Sur provincial government gave P20,000 in financial assistance to the family of each victim.",
      /^AID [a-z-]+ -> civilians/,
    ],
  ]);
  lacks([
    [
      "GAZA — A convoy of 70 trucks carrying flour for the World Food Programme was looted by armed men near Khan Younis.",
      /^AID/,
    ],
  ]);
});

describe("3b 'Supporters of the BNP and of Jamaat clashed', 'Fighters of the ELN and the 33rd Front clashed': two parties (2026-12-26)", () => {
  holds([
    [
      "DHAKA — Supporters of the BNP and of Jamaat-e-Islami clashed in Bogura on 9 January.",
      "ASSAULT bd-bnp -> bd-jamaat [asserted]",
    ],
    [
      "TIBU — Fighters of the ELN and the 33rd Front clashed near Tibu on Monday.",
      "ASSAULT eln -> 33rd Front [asserted]",
    ],
  ]);
});

describe("3c 'released six of those detained' frees the people its author took shortly before (2026-12-26)", () => {
  holds([
    [
      "TBILISI — Police detained 30 protesters outside parliament on Monday. Police have released six of those detained this evening, lawyers said.",
      "RETREAT ge-pol -> protesters [reported]",
    ],
  ]);
});

describe("3b 'attribute the attack to a cell of Los Lobos' names its author; a police 'special operations group' is the home police (2026-12-26)", () => {
  holds([
    [
      "GUAYAQUIL — A car bomb exploded outside a shopping centre on Friday, wounding six people. Intelligence services attribute the attack to a cell of Los Lobos.",
      /^ASSAULT [a-z-]*lobos[a-z-]* -> civilians/,
    ],
    [
      "PORTOVIEJO — In a statement, the ministry said three hundred officers from the police special operations group would arrive in Manabí on Saturday.",
      /^MOBILIZE ec-pol -> /,
    ],
  ]);
});

describe("2a a leader's name as part of another person's hyphenated name ('Yunus-Bek Yevkurov') names no state (2026-12-26)", () => {
  holds([
    [
      "BAMAKO — Russia's deputy defence minister, Yunus-Bek Yevkurov, visited Bamako on 17 March, where he met the President of the Transition, General Assimi Goita.",
      /^CONSULT ru-[a-z]+ -> ml-gov/,
    ],
  ]);
  lacks([
    [
      "BAMAKO — Russia's deputy defence minister, Yunus-Bek Yevkurov, visited Bamako on 17 March, where he met the President of the Transition, General Assimi Goita.",
      /bd-gov/,
    ],
  ]);
});

describe("1b a line forbidding republication is page furniture; 3a demands 'not met' hold no meeting (2026-12-26)", () => {
  lacks([
    [
      "GOMA — Fighting resumed on Monday.\nRepublication or redistribution of CAPS content is prohibited without prior written consent.",
      /^COERCE/,
    ],
    [
      "BANNU — Organisers said they would block the Bannu-Miran Shah road from Thursday if their demands were not met.",
      /^CONSULT/,
    ],
  ]);
});

describe("2a 'the Akidat tribe' names a clan militia of the report's own; 'Arab tribes' does not (2026-12-26)", () => {
  holds([
    [
      "DEIR EZZOR — Clashes broke out on Sunday evening between fighters from the Akidat tribe and the Syrian Democratic Forces (SDF) in the town of Dhiban.",
      /^ASSAULT Akidat -> sdf \[asserted\]$/,
    ],
  ]);
  lacks([
    [
      "DEIR EZZOR — Three fighters of the SDF and five members of Arab tribes were killed in clashes near Dhiban on Sunday.",
      /^ASSAULT Arab /,
    ],
  ]);
});

describe("3b elders and community leaders meet (CONSULT) for the civilians they speak for (2026-12-26)", () => {
  holds([
    [
      "FAIZABAD — Darayim elders met the Taliban provincial governor in Faizabad on Tuesday.",
      /^CONSULT civilians -> taliban/,
    ],
  ]);
});

describe("3e 'condemned the attack near Ouallam' accuses the author of the attack at the place it names (2026-12-26)", () => {
  holds([
    [
      "NIAMEY — On 2 March, ISSP fighters attacked a village north of Ouallam, killing fourteen civilians. On 6 March, JNIM fighters ambushed an army patrol near Tera. On 9 March, the Humanitarian Coordinator in Niger condemned the attack near Ouallam.",
      /^ACCUSE un -> is-sahel/,
    ],
  ]);
});

describe("3c people arrested in the passive are the scene's, not a foreign force's that struck from afar (2026-12-26)", () => {
  holds([
    [
      "DAMASCUS — Israeli drones struck a car near Quneitra. Three members of an IS cell were arrested in Harasta and an explosive belt was seized, the ministry said.",
      /^COERCE sy-pol -> /,
    ],
  ]);
});

describe("3a forces 'bringing up reserves', 'flown into' a town: MOBILIZE (2026-12-26)", () => {
  holds([
    [
      "KHARKIV — Russian troops were bringing up reserves near Vovchansk, the governor said.",
      /^MOBILIZE ru-mil -> - /,
    ],
    [
      "TIMIKA — Indonesian soldiers were flown into Beoga on Tuesday morning to secure the airstrip.",
      /^MOBILIZE id-mil -> - /,
    ],
  ]);
});
