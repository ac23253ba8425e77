import { describe, expect, it } from "vitest";
import { codedEvents, holds, lacks } from "./rule-cases.js";

// Rules of the session of 2026-12-07 19:00 (tests marked "2026-12-29"), in sentences written for the
// tests. Each case is a short report in a wire's or a local outlet's style; a line is
// "TYPE actor1 -> actor2 [modality]".

describe("3 a court's sentence is SANCTION/convict by the state whose court it is (2026-12-29)", () => {
  holds([
    [
      "DHAKA — A Chittagong court on Thursday sentenced four men to ten years in prison each for smuggling weapons across the border.",
      "SANCTION bd-gov -> civilians [asserted]",
    ],
    [
      "BAGHDAD — The Basra Criminal Court sentenced two Islamic State members to death on Sunday for a 2023 bombing in the city.",
      "SANCTION iq-gov -> isis [asserted]",
    ],
    [
      "TBILISI — A court in Tbilisi on Friday jailed two protesters for four years for their part in the October unrest.",
      "SANCTION ge-gov -> protesters [asserted]",
    ],
    [
      "KINSHASA — A military court in Goma convicted eleven soldiers of the FARDC of desertion on Tuesday.",
      "SANCTION cd-gov -> cd-mil [asserted]",
    ],
  ]);
  it("gives the court to the country of the town it sits in, not the report's", () => {
    const events = codedEvents(
      "TEHRAN — Iran's foreign ministry condemned the verdict on Monday. Branch 15 of the Revolutionary Court of Tehran had sentenced two men to death. A Tunis court sentenced journalist Walid Mejri to 18 months in prison on the same day.",
    );
    const sentences = events.filter((e) => e.type === "SANCTION").map((e) => e.actor1?.id);
    expect(sentences).toEqual(["ir-gov", "tn-gov"]);
  });
  it("never sentences the one convicted's foe or the party it served", () => {
    const events = codedEvents(
      "TALLINN — Harju County Court has sentenced a 45-year-old former railway worker to six years in prison for spying for Russia's FSB security service.",
    );
    expect(events.map((e) => `${e.type} ${e.actor1?.id} -> ${e.actor2?.id ?? "-"}`)).toEqual([
      "SANCTION ee-gov -> civilians",
    ]);
  });
});

describe("3 'its jailed founder' is a person in jail, no sentence (2026-12-29)", () => {
  lacks([
    [
      "ANKARA — The PKK announced its dissolution in May, and its jailed founder has called on fighters to lay down their arms.",
      /^SANCTION/,
    ],
    [
      "CULIACÁN — The sons of jailed drug lord Joaquín Guzmán are fighting a rival faction in Sinaloa.",
      /^SANCTION/,
    ],
  ]);
});

describe("3 a court acts by its rulings alone, and is asked or blamed only as a party, not as a place (2026-12-29)", () => {
  lacks([
    [
      "ISTANBUL — The court found that the journalist had acted as a member of a terrorist organisation. The judge warned the defendants to stay silent.",
      /^(?:ACCUSE|THREATEN) tr-gov/,
    ],
    [
      "NAIROBI — The Law Society of Kenya demanded that police produce the three activists in court within 24 hours.",
      /^REQUEST ke-lsk -> ke-gov/,
    ],
  ]);
  holds([
    [
      "TUNIS — Lawyers for the defendants urged the judges to release the detained opposition leaders on Monday.",
      "REQUEST civilians -> tn-gov [asserted]",
    ],
  ]);
});

describe("2 parliaments by name are their state's government; 'Rada' is Kyiv's before Tripoli's (2026-12-29)", () => {
  holds([
    [
      "KYIV — The Verkhovna Rada Commissioner for Human Rights, Dmytro Lubinets, said on Monday he had met his Russian counterpart in Minsk.",
      /^CONSULT ua-gov -> ru-gov/,
    ],
  ]);
  lacks([["KYIV — The Rada's committee met the Russian ombudsman in Minsk on Monday.", /ly-radaa/]]);
});

describe("2 'units of the Joint Forces Task Force' are Ukraine's, never Darfur's Joint Forces (2026-12-29)", () => {
  holds([
    [
      "KYIV — The Ukrainian General Staff stated on 17 November that units of the Joint Forces Task Force had captured eleven Russian soldiers near Kupiansk.",
      "ASSAULT ua-mil -> ru-mil [claimed]",
    ],
  ]);
  lacks([
    [
      "KINSHASA — Units of the joint forces of the FARDC and the UPDF attacked ADF positions near Beni on Monday.",
      /joint-force-sd/,
    ],
  ]);
});

describe("2 a state's security service named with its demonym or possessive is that state's police (2026-12-29)", () => {
  holds([
    [
      "COPENHAGEN — Danish police arrested two men in Copenhagen on Monday. The Swedish Security Service (Säpo) arrested a 17-year-old in Gothenburg on Wednesday on suspicion of preparing a terrorist offence.",
      "COERCE se-pol -> civilians [asserted]",
    ],
    [
      "VIENNA — Austria's Directorate for State Protection and Intelligence (DSN) said on Thursday that it had arrested a 16-year-old in Graz.",
      /^COERCE at-pol -> civilians/,
    ],
  ]);
});

describe("2 the African Union's Peace and Security Council is the AU, not the UN's Security Council (2026-12-29)", () => {
  holds([
    [
      "ADDIS ABABA — The African Union's Peace and Security Council, meeting in Addis Ababa on 2 December, urged Ethiopia and Eritrea to exercise maximum restraint.",
      "REQUEST au -> er-gov [asserted]",
    ],
  ]);
});

describe("2 'Russia's 201st military base': a unit's number between a possessive and its head (2026-12-29)", () => {
  holds([
    [
      "DUSHANBE — Tajik border troops clashed with smugglers on Monday. Russia's 201st military base has moved troops and armoured vehicles to Khatlon region, the Russian Defence Ministry said.",
      /^MOBILIZE ru-mil/,
    ],
  ]);
});

describe("3 a grenade thrown, or shots fired, by no one named that harmed someone is an unnamed group's attack (2026-12-29)", () => {
  holds([
    [
      "COPENHAGEN — A hand grenade was thrown at the front of a residential block in Vanløse late on Friday and exploded, injuring a woman.",
      "ASSAULT unidentified-armed-group -> civilians [asserted]",
    ],
    [
      "COPENHAGEN — A man in his thirties was wounded in the leg when shots were fired at his parked car in Ishøj on Monday.",
      "ASSAULT unidentified-armed-group -> civilians [asserted]",
    ],
  ]);
  lacks([
    [
      "RIO DE JANEIRO — A police sergeant was shot in the neck during the raid and died in hospital.",
      /unidentified/,
    ],
  ]);
});

describe("2 'Gang-related violence': a generic word in a hyphenated adjective is no actor (2026-12-29)", () => {
  lacks([
    [
      "STOCKHOLM — Gang-related violence in Sweden continued at the elevated level seen since January: one explosion was recorded this week.",
      /^ASSAULT/,
    ],
  ]);
});

describe("3 concern expressed, and a case opened over an attack, blame (2026-12-29)", () => {
  holds([
    [
      "VOLGOGRAD — Ukrainian drones struck a refinery in Volgograd on Monday. Russia's Investigative Committee separately opened a terrorism case over the Volgograd attack.",
      "ACCUSE ru-gov -> ua-mil [asserted]",
    ],
    [
      "GENEVA — The Council of Europe's human rights commissioner expressed concern on Monday about the Slovak government's treatment of peaceful protesters.",
      /^ACCUSE coe -> sk-gov/,
    ],
  ]);
  lacks([
    [
      "VOLGOGRAD — Ukrainian drones struck a refinery in Volgograd on Monday. Russia's Investigative Committee separately opened a terrorism case over the Volgograd attack.",
      /^ASSAULT ru-gov/,
    ],
  ]);
});

describe("2 'the far-right Vox party': a party named in capitals before 'party' in small letters is the report's own (2026-12-29)", () => {
  holds([
    [
      "MADRID — The far-right Vox party accused the central government of having abandoned the town. Speaking in Madrid, the Interior Minister accused Vox of feeding the hatred.",
      "ACCUSE Vox -> es-gov [asserted]",
    ],
    [
      "MADRID — The far-right Vox party accused the central government of having abandoned the town. Speaking in Madrid, the Interior Minister accused Vox of feeding the hatred.",
      "ACCUSE es-gov -> Vox [asserted]",
    ],
  ]);
  lacks([["MADRID — In Madrid party officials met on Monday to discuss the budget.", /madrid/i]]);
});

describe("2 Europe's police and security services by name are their state's police (2026-12-29)", () => {
  holds([
    ["MAZARRÓN — The Guardia Civil arrested nine people in Mazarrón overnight.", /^COERCE es-pol -> /],
    [
      "ATHLONE — Gardaí have appealed to anyone who was on the Ballymore Road on Saturday night to come forward.",
      /^REQUEST ie-pol/,
    ],
    ["PARIS — The DGSI arrested two brothers in Mulhouse on 25 January.", /^COERCE fr-pol -> /],
    ["ROME — Carabinieri arrested four men near Caserta on Tuesday.", /^COERCE it-pol -> /],
    ["WARSAW — The Internal Security Agency (ABW) detained three people in Warsaw.", /^COERCE pl-pol -> /],
  ]);
  lacks([
    [
      "JAKARTA — The Jakarta Metropolitan Police said on Wednesday that it had detained 286 people.",
      /gb-pol/,
    ],
    [
      "ANTANANARIVO — The commander of the national gendarmerie said his forces had arrested 40 people.",
      /fr-pol/,
    ],
  ]);
});

describe("3 designations and blacklists are sanctions; sanctions on a court's judges are on its state (2026-12-29)", () => {
  holds([
    [
      "WASHINGTON — The US Treasury on Thursday designated twelve companies and five tankers that it said were shipping Iranian oil.",
      /^SANCTION us-gov/,
    ],
    [
      "BRUSSELS — On Monday, the European Union added two judges of the Revolutionary Courts in Tehran and Urmia to its human rights sanctions list.",
      "SANCTION eu -> ir-gov [asserted]",
    ],
  ]);
});

describe("3 'carriers said they had…': speakers no party's name covers are no party (2026-12-29)", () => {
  lacks([
    [
      "PORT SUDAN — RSF drones struck Port Sudan on Sunday, the army said. Two regional carriers said they had suspended flights to Port Sudan for 48 hours.",
      /^SANCTION/,
    ],
  ]);
});

describe("3 an alert level raised, units ordered into a town, and a force's full name in the singular mobilise (2026-12-29)", () => {
  holds([
    [
      "ERBIL — The Peshmerga ministry said separately that it had raised the alert level of its units around Chamchamal.",
      /^MOBILIZE krg-peshmerga|^MOBILIZE peshmerga/,
    ],
    [
      "MADRID — The Interior Ministry ordered 300 police officers into Torre Pacheco on Sunday.",
      /^MOBILIZE es-/,
    ],
    [
      "CARACAS — By order of the Commander-in-Chief, President Nicolás Maduro Moros, the Bolivarian National Armed Force has deployed four thousand troops to the coast of Sucre state.",
      /^MOBILIZE ve-mil/,
    ],
  ]);
});

describe("3 what a state's side proposes, claims or demands is refused of its government (2026-12-29)", () => {
  holds([
    [
      "GAZA — Hamas has rejected an Israeli proposal that would keep Israeli troops in a wide strip of southern Gaza.",
      /^REJECT hamas -> il-gov/,
    ],
    [
      "ISLAMABAD — Indian troops shelled villages in Kotli on Monday. Pakistan's Foreign Office rejected India's statement as baseless.",
      /^REJECT pk-gov -> in-gov/,
    ],
  ]);
  holds([
    [
      "YANGON — An AA spokesman said the group had rejected the junta's latest invitation to peace talks.",
      /^REJECT aa -> mm-mil/,
    ],
  ]);
});

describe("3 an attack guessed at a state's government is at its forces (2026-12-29)", () => {
  it("gives the attack of a group on the government the report names to the state's military", () => {
    const events = codedEvents(
      "ADEN — The government condemned the Houthi drone strikes on Monday. Houthi forces attacked in Sirwah district on Tuesday, local sources said.",
    );
    const attack = events.find((e) => e.type === "ASSAULT");
    expect(attack?.actor2?.id).toBe("ye-mil");
  });
});

describe("3 an appeal addressed to no one is made to the government where it is made (2026-12-29)", () => {
  holds([
    [
      "JUBA — The SPLM-IO's acting chairman, Oyet Nathaniel Pierino, called for Machar's immediate release on Monday.",
      /^REQUEST splm-io -> ss-gov|^REQUEST [a-z-]+ -> ss-gov/,
    ],
  ]);
  holds([
    [
      "KHARTOUM — The UN humanitarian coordinator called on all parties to allow the safe passage of aid convoys to Dilling.",
      /^REQUEST un -> \*|^REQUEST un -> -/,
    ],
  ]);
});

describe("3 a release asked for, figures released and free care are no release (2026-12-29)", () => {
  lacks([
    [
      "ANKARA — The Council of Europe's Congress of Local and Regional Authorities called in a statement on Monday for İmamoğlu's immediate release.",
      /^RETREAT/,
    ],
    [
      "MAPUTO — Police fired tear gas at protesters in Maputo on Monday. The police have not released casualty figures.",
      /^RETREAT/,
    ],
    ["KATHMANDU — The government also announced free treatment for all the injured.", /^RETREAT/],
    ["BANGKOK — His mother said: We ask the police to release him.", /^RETREAT/],
  ]);
  lacks([
    [
      "BAGHDAD — Kataib Hezbollah denied any role in the attack and demanded the immediate release of the three men.",
      /^REQUEST kataib-hezbollah -> civilians|^REQUEST [a-z-]+ -> civilians/,
    ],
  ]);
  holds([["BAMAKO — The junta released the two politicians on Tuesday evening.", /^RETREAT ml-/]]);
});

describe("2 'Federal Interior Minister Mohsin Naqvi': an office before a person's name is no part of a longer name (2026-12-29)", () => {
  holds([
    [
      "ISLAMABAD — Federal Interior Minister Mohsin Naqvi accused the Afghan Taliban government of allowing the TTP to operate from Afghan soil.",
      /^ACCUSE pk-gov -> taliban/,
    ],
  ]);
  lacks([
    ["KHARKIV — The Regional Military Administration Office said two people were hurt.", /ua-gov|ua-mil/],
  ]);
});

describe("2 a senate, a house and a president's aide speak for their state (2026-12-29)", () => {
  holds([
    [
      "ABUJA — The Senate on Wednesday urged the Federal Government to establish a forward operating base in Faskari.",
      /^REQUEST ng-gov/,
    ],
    [
      "BAKU — Azerbaijani presidential aide Hikmet Hajiyev urged Armenia on Wednesday to speed up the constitutional referendum.",
      "REQUEST az-gov -> am-gov [asserted]",
    ],
  ]);
});

describe("2 a lone gunman is an unnamed armed man, as gunmen are (2026-12-29)", () => {
  holds([
    [
      "HEBRON — An Israeli man was lightly wounded on Tuesday evening when a Palestinian gunman opened fire on his car near the Kiryat Arba settlement.",
      /^ASSAULT unidentified-armed-group -> civilians/,
    ],
  ]);
});

describe("2 'X's House of Representatives and the High Council of State' are two bodies (2026-12-29)", () => {
  holds([
    [
      "RABAT — Delegations of Libya's House of Representatives and the High Council of State met in Bouznika on Monday.",
      /^CONSULT ly-gov -> /,
    ],
  ]);
});

describe("2 'the chiefs of staff of the Congolese and Burundian armies' are both armies (2026-12-29)", () => {
  holds([
    [
      "KINSHASA — The chiefs of staff of the Congolese and Burundian armies met in Bujumbura on 16 May and agreed to set up a joint command.",
      "AGREE cd-mil -> bi-mil [asserted]",
    ],
  ]);
});
