import { describe, expect, it } from "vitest";
import { codedEvents, holds, lines } from "./rule-cases.js";

// Rules of the session of 2026-12-07 05:53 (tests marked "2026-12-24"), in sentences written for the
// tests. Each case is a short report in a wire's or a local outlet's style; a line is
// "TYPE actor1 -> actor2 [modality]".

describe("3c ground the gazetteer lacks, named by its kind: a valley, a ridge, a tunnel complex (2026-12-24)", () => {
  holds([
    [
      "BOSASO, Somalia — The Puntland Defence Forces said on Tuesday they had captured the Dhadaar valley, one of the last strongholds of ISIS-Somalia in the mountains.",
      /^COERCE puntland -> is-somalia \[claimed\]$/,
    ],
    [
      "TYRE, Lebanon — The Lebanese army said on Monday it had taken over a tunnel complex and two rocket launch sites belonging to Hezbollah.",
      /^COERCE lb-mil -> hezbollah \[claimed\]$/,
    ],
    [
      "HODEIDAH, Yemen — Houthi fighters captured a ridge overlooking the coastal road on Sunday after heavy fighting with government forces.",
      /^COERCE houthi -> ye-mil \[asserted\]$/,
    ],
  ]);

  it("troops moving into a forest take nothing", () => {
    expect(
      lines(
        "LAMU, Kenya — Hours after the blast, Kenya Defence Forces troops moved into the forest on Tuesday.",
      ).filter((l) => l.startsWith("COERCE")),
    ).toEqual([]);
  });
});

describe("3b a body's speaker who opened the sentence before is the one 'he' stands for (2026-12-24)", () => {
  holds([
    [
      "BANGUI, Central African Republic — In a message sent to several media outlets, a spokesman for the 3R faction claimed the attack. He accused Wagner of killing Peuhl herders.",
      /^ACCUSE cf-3r -> wagner \[asserted\]$/,
    ],
    [
      "JUBA, South Sudan — The spokesperson of the SPLA-IO spoke to Radio Tamazuj on Monday. He accused the army of bombing a cattle camp near Ayod.",
      /^ACCUSE spla-io -> ss-mil \[asserted\]$/,
    ],
  ]);

  it("a spokesman named after a longer phrase is no antecedent", () => {
    expect(
      lines(
        "BANGUI, Central African Republic — Residents who fled to the town told a spokesman for the 3R faction what happened. He accused Wagner of killing herders.",
      ).filter((l) => l.startsWith("ACCUSE cf-3r")),
    ).toEqual([]);
  });
});

describe("3a a label quoted after 'called' or 'described … as' is a charge (2026-12-24)", () => {
  holds([
    [
      'MOSCOW — Ukrainian drones hit an oil refinery in Ryazan on Monday night. Foreign Ministry spokeswoman Maria Zakharova called the raids "another terrorist attack by the Kyiv regime against civilian infrastructure".',
      /^ACCUSE ru-gov -> ua-gov \[asserted\]$/,
    ],
    [
      'BRUSSELS — The EU adopted a new sanctions package against Russia on Monday. Kremlin spokesman Dmitry Peskov called the sanctions "illegitimate" and said they would backfire.',
      /^ACCUSE ru-gov -> eu \[asserted\]$/,
    ],
    [
      'BEIRUT — The Foreign Ministry said it would file a complaint with the UN Security Council over what it called Israel\'s "daily violations" of the ceasefire.',
      /^ACCUSE lb-gov -> il-\w+ \[asserted\]$/,
    ],
  ]);

  it("the label's own word names no one", () => {
    expect(
      lines(
        'MOSCOW — Ukrainian drones hit an oil refinery in Ryazan on Monday night. Maria Zakharova called the raids "a terrorist attack".',
      ).filter((l) => l.startsWith("ACCUSE")),
    ).toEqual([expect.stringMatching(/^ACCUSE ru-gov -> ua-mil/)]);
  });

  it.each([
    'NEW DELHI — India fired missiles on Wednesday at what it called nine "terrorist infrastructure" sites in Pakistan.',
    'QUITO — Police arrested 12 members of Los Lobos in Guayaquil on Monday, a gang which the minister called "a terrorist organisation".',
    'KYIV — The president called on allies to send more air defence systems after what he called a "barbaric" night.',
  ])("a name given in passing, or an appeal, charges no one: %s", (text) => {
    expect(lines(text).filter((l) => l.startsWith("ACCUSE"))).toEqual([]);
  });
});

describe("2a a person named after a title is named again by surname (2026-12-24)", () => {
  holds([
    [
      "ISTANBUL — Kremlin aide Vladimir Medinsky arrived on Friday. Medinsky accused Kyiv of delaying previous exchanges.",
      /^ACCUSE ru-gov -> ua-gov \[asserted\]$/,
    ],
    [
      "ISTANBUL — Russia's chief negotiator Vladimir Medinsky arrived on Friday. Medinsky accused Kyiv of delaying previous exchanges.",
      /^ACCUSE ru-\w+ -> ua-gov \[asserted\]$/,
    ],
  ]);
});

describe("3c a judicial execution told in the passive is the ruling state's (2026-12-24)", () => {
  holds([
    [
      "TEHRAN, Iran — In Urmia, Kurdish political prisoner Soran Rahimi, 31, was executed on Monday on a charge of armed rebellion.",
      /^ASSAULT ir-gov -> civilians \[asserted\]$/,
    ],
    [
      "TEHRAN — The Islamic Republic executed at least nine prisoners in Ghezel Hesar prison in Karaj at dawn on Tuesday.",
      /^ASSAULT ir-\w+ -> civilians \[asserted\]$/,
    ],
  ]);

  it("men found executed, with no court's word, are no state's", () => {
    expect(
      lines(
        "MAIDUGURI, Nigeria — The bodies of 12 men who had been executed were found near a village on Monday.",
      ),
    ).not.toContainEqual(expect.stringMatching(/^ASSAULT ng-gov/));
  });
});

describe("3c people taken or beaten by 'men' are an unnamed attacker's victims (2026-12-24)", () => {
  it.each([
    "NAIROBI, Kenya — Two activists were taken from a house in Ruiru on Monday night by about six men.",
    "NAIROBI, Kenya — Two activists were abducted by about six men in Ruiru on Monday night.",
  ])("%s", (text) => {
    expect(lines(text)).toContainEqual(
      expect.stringMatching(/^ASSAULT unidentified-armed-group -> civilians \[asserted\]$/),
    );
  });
});

describe("3c an abduction told in the passive with no author is an unnamed attacker's (2026-12-24)", () => {
  holds([
    [
      "NAIROBI, Kenya — Two activists were abducted in Ruiru on Monday night.",
      /^ASSAULT unidentified-armed-group -> civilians \[asserted\]$/,
    ],
    [
      "NAIROBI, Kenya — The blogger Kevin Mutua was bundled into a car outside a restaurant in Kilimani on Tuesday afternoon.",
      /^ASSAULT unidentified-armed-group -> civilians \[asserted\]$/,
    ],
    [
      "NAIROBI, Kenya — Relatives said he was bundled into a white car by four men in plain clothes on Monday.",
      /^ASSAULT unidentified-armed-group -> /,
    ],
  ]);

  it("the dateline's country is no other party in the sentence", () => {
    expect(lines("NAIROBI, Kenya — Two civilians were shot dead in Ruiru on Monday night.")).toEqual([
      "ASSAULT unidentified-armed-group -> civilians [asserted]",
    ]);
  });
});

describe("3c a ban told in the passive is the announcing body's, else the ruling government's (2026-12-24)", () => {
  holds([
    [
      "NIAMEY, Niger — The government announced that motorcycle traffic would be banned day and night across the Tillabéri region.",
      /^COERCE ne-gov -> civilians \[planned\]$/,
    ],
    [
      "MOGADISHU, Somalia — The police commissioner announced that motorcycles were banned from the city's main roads with immediate effect.",
      /^COERCE so-pol -> civilians \[asserted\]$/,
    ],
    [
      "MOGADISHU, Somalia — Motorcycles were banned from the city's main roads on Monday.",
      /^COERCE so-gov -> civilians \[asserted\]$/,
    ],
  ]);

  it.each([
    "CAIRO, Egypt — Street protests are effectively banned in Egypt under a 2013 law, and the syndicate steps are one of the few places left.",
    "KYIV, Ukraine — The spokesman said strikes on civilians are prohibited under international humanitarian law.",
  ])("what a law forbids is no ban imposed: %s", (text) => {
    expect(lines(text).filter((l) => l.startsWith("COERCE"))).toEqual([]);
  });
});

describe("3a no act: a paper gone to press, an act left unmentioned, a claim not made (2026-12-24)", () => {
  it("'went to press' presses for nothing, and a claim a group did not make is no attack of its", () => {
    expect(
      lines(
        "PEMBA, Mozambique — The Islamic State did not claim the attacks in Calugo and Quiterajo by the time this edition went to press.",
      ),
    ).toEqual([]);
  });

  it("an attack a statement made no mention of is the attack told, no second one", () => {
    expect(
      lines(
        "NIAMEY, Niger — ISSP fighters attacked a market in Doumba on Monday. The government statement made no mention of the market attack.",
      ),
    ).toEqual(["ASSAULT is-sahel -> civilians [asserted]"]);
  });

  it("a blast no group claimed is still told for the blame that follows", () => {
    expect(
      lines(
        "MOGADISHU, Somalia — A roadside bomb struck an army vehicle near Afgooye on Sunday, killing four soldiers. No group has claimed the blast, but the officer blamed al-Shabaab.",
      ),
    ).toContainEqual(expect.stringMatching(/^ASSAULT shabaab -> so-mil/));
  });
});

describe("3a threats: an answer Kyiv will remember, answering before the law, no corner left (2026-12-24)", () => {
  holds([
    [
      'MOSCOW — Ukrainian drones hit a refinery in Ryazan. Deputy Security Council chairman Dmitry Medvedev wrote that Kyiv "will receive an answer that it will remember".',
      /^THREATEN ru-gov -> ua-gov \[asserted\]$/,
    ],
    [
      'SAN SALVADOR — Security Minister Gustavo Villatoro: "To the terrorists who are still hiding: there is no corner of this country where we will not find you."',
      /^THREATEN sv-gov -> /,
    ],
  ]);
});

describe("3b 'the bloc' is the union of states named lately (2026-12-24)", () => {
  it("'the bloc' after the EU", () => {
    expect(
      lines(
        'KYIV — In Kyiv, President Volodymyr Zelensky thanked the EU for "a strong and necessary package" and called on the bloc to go further by sanctioning Rosatom.',
      ),
    ).toContainEqual("REQUEST ua-gov -> eu [asserted]");
  });
});

describe("3c protesters who gather protest; a count's source in an aside is no clause (2026-12-24)", () => {
  holds([
    [
      "BERLIN, Germany — Around 6,000 counter-demonstrators gathered nearby, according to police.",
      "PROTEST protesters -> - [reported]",
    ],
    [
      "BRUSSELS, Belgium — Around 60,000 people, according to police (the organisers said 100,000), marched from the Gare du Nord to the Gare du Midi at midday.",
      "PROTEST protesters -> - [reported]",
    ],
  ]);

  it("a crowd that gathers with no protest told is no protest", () => {
    expect(
      lines(
        "KHAN YOUNIS — At least 31 Palestinians were killed on Saturday as crowds gathered near a food distribution site in the southern Gaza Strip.",
      ).filter((l) => l.startsWith("PROTEST")),
    ).toEqual([]);
  });

  it("a station's name is no region: 'the Gare du Nord' in Brussels is not Cameroon's North", () => {
    const out = codedEvents(
      "BRUSSELS, Belgium — Around 60,000 people marched from the Gare du Nord to the Gare du Midi at midday on Tuesday.",
    );
    expect(out.map((e) => e.location?.country ?? null)).not.toContain("CM");
  });
});

describe("3a protests of Western streets: tractors, tracks, smashed windows (2026-12-24)", () => {
  holds([
    [
      "AMSTERDAM, Netherlands — Hundreds of farmers drove their tractors onto motorways in Gelderland on Tuesday morning in protest against new manure rules.",
      /^PROTEST protesters -> nl-gov \[asserted\]$/,
    ],
    [
      "PARIS, France — In Lyon, about 300 students occupied the tracks at the main station for forty minutes in the morning, delaying some twenty trains.",
      /^PROTEST protesters -> fr-gov \[asserted\]$/,
    ],
    [
      "PARIS, France — In Nantes, hooded demonstrators smashed the windows of a bank branch and two bus shelters on the Cours des 50 Otages.",
      /^PROTEST protesters -> fr-gov \[asserted\]$/,
    ],
  ]);

  it("'the Cours des 50 Otages' is a street in Nantes, no town", () => {
    const out = codedEvents(
      "PARIS, France — In Nantes, hooded demonstrators smashed the windows of a bank branch on the Cours des 50 Otages.",
    );
    expect(out[0]?.location?.name).toBe("Nantes");
  });
});

describe("3a a second label joined by 'and', and an act called an attack (2026-12-24)", () => {
  holds([
    [
      'JERUSALEM — Hamas handed over three hostages at a ceremony in Gaza City on Saturday. Israeli Prime Minister Benjamin Netanyahu\'s office called the ceremony "a humiliating spectacle" and "a violation of the agreement."',
      /^ACCUSE il-gov -> hamas \[asserted\]$/,
    ],
    [
      'COPENHAGEN, Denmark — Drones flew over Aalborg airport on Wednesday night. Prime Minister Mette Frederiksen called the overflights "a hybrid attack on Denmark".',
      /^ACCUSE dk-gov -> /,
    ],
  ]);
});

describe("3a a movement outlawed; plain-clothes officers and intelligence ministry agents are the state's (2026-12-24)", () => {
  holds([
    [
      "AMMAN, Jordan — Jordan on Wednesday outlawed the Islamic Action Front and ordered its offices in Amman closed.",
      /^COERCE jo-\w+ -> /,
    ],
    [
      "TEHRAN — The judiciary's news agency says intelligence ministry agents have arrested 12 people in Isfahan province accused of spying for Israel.",
      /^COERCE ir-pol -> \S+ \[reported\]$/,
    ],
  ]);
});

describe("3c a party's people fight: cadres, activists, supporters (2026-12-24)", () => {
  holds([
    [
      "BIRGUNJ, Nepal — Cadres of the Janata Samajbadi Party clashed with supporters of the CPN-UML in Birgunj on Tuesday, leaving 14 injured.",
      /^ASSAULT Janata Samajbadi Party -> np-uml \[asserted\]$/,
    ],
    [
      "FENI, Bangladesh — Awami League activists attacked a BNP procession in Feni on Monday, injuring 20 people.",
      /^ASSAULT \S+ -> \S+ \[asserted\]$/,
    ],
  ]);

  it("a party itself still only speaks", () => {
    expect(
      lines(
        "DHAKA, Bangladesh — The Awami League attacked the interim government's record in a statement on Monday.",
      ).filter((l) => l.startsWith("ASSAULT")),
    ).toEqual([]);
  });
});

describe("3a no act: an author left unknown; a step stopped short of (2026-12-24)", () => {
  it("'did not say who had opened fire' opens no fire of its own", () => {
    expect(
      lines(
        "CAIRO, Egypt — The army said an Egyptian conscript was wounded near Rafah on Monday. It did not say who had opened fire.",
      ),
    ).not.toContainEqual(expect.stringMatching(/^ASSAULT eg-mil/));
  });

  it("'stopped short of targeting' is a step not taken", () => {
    expect(
      lines(
        "AMMAN, Jordan — The government has so far stopped short of targeting the Islamic Action Front in parliament.",
      ),
    ).not.toContainEqual(expect.stringMatching(/\[asserted\]$/));
  });
});

describe("3a support: solidarity, standing behind; an organisation's own secretary-general (2026-12-24)", () => {
  holds([
    [
      'WARSAW, Poland — A rail line was blown up near Jaroslaw on Monday. Lithuania\'s foreign minister said on X that his country stood "in full solidarity with Poland".',
      /^SUPPORT lt-gov -> pl-gov \[claimed\]$/,
    ],
    [
      'CAIRO — Egypt\'s foreign ministry said Cairo "stands fully behind the Sudanese state and its legitimate institutions".',
      /^SUPPORT eg-gov -> sd-gov \[claimed\]$/,
    ],
  ]);

  it("the Gulf Cooperation Council's secretary-general is the council's, no UN's; one support, not two", () => {
    expect(
      lines(
        'MANAMA, Bahrain — Gulf Cooperation Council Secretary-General Jasem Albudaiwi expressed the council\'s "full support" for the measures taken by Bahrain.',
      ),
    ).toEqual(["SUPPORT gcc -> bh-gov [asserted]"]);
  });
});

describe("3a forces sent: warships, squadrons, batteries, checkpoints; the Pentagon (2026-12-24)", () => {
  holds([
    [
      "KIEL, Germany — The navy said on Tuesday it had sent the corvette Magdeburg and a mine-hunter to the Fehmarn Belt to protect other cables.",
      /^MOBILIZE de-mil -> - \[claimed\]$/,
    ],
    [
      "WASHINGTON — The Pentagon says it is sending an additional squadron of F-35 fighter jets to the Middle East.",
      /^MOBILIZE us-mil -> - \[claimed\]$/,
    ],
    [
      "JUBA, South Sudan — Soldiers of the South Sudan People's Defence Forces (SSPDF) had set up additional checkpoints on the roads around Jebel on Monday.",
      /^MOBILIZE ss-mil -> - \[asserted\]$/,
    ],
  ]);

  it("strikes that threaten someone's safety are no one's threat", () => {
    expect(
      lines(
        "WASHINGTON — Turkish drones struck SDF positions near Kobani on Monday. A Pentagon spokesman said the strikes threatened the safety of U.S. personnel working with the SDF.",
      ).filter((l) => l.startsWith("THREATEN")),
    ).toEqual([]);
  });
});

describe("3a meetings: a counterpart received, representatives met, a meeting between two (2026-12-24)", () => {
  holds([
    [
      "RIYADH — On the diplomatic front, Saudi Foreign Minister Prince Faisal bin Farhan received his Omani counterpart, Sayyid Badr Albusaidi, in Riyadh on Wednesday.",
      "CONSULT sa-gov -> om-gov [asserted]",
    ],
    [
      "NAQOURA, Lebanon — On Monday, Lebanese and Israeli civilian representatives met in Naqoura under the auspices of the ceasefire monitoring committee.",
      "CONSULT lb-gov -> il-gov [asserted]",
    ],
    [
      "HASAKAH, Syria — Late on Tuesday, after a meeting between SDF commander-in-chief Mazloum Abdi and a US military delegation in Hasakah, a ceasefire around the dam was announced.",
      "CONSULT sdf -> us-mil [reported]",
    ],
  ]);

  it("a surname after a title and a first name is no place ('Sayyid Badr Albusaidi' is not Albu Sa'd)", () => {
    const out = codedEvents(
      "RIYADH — Saudi Foreign Minister Prince Faisal bin Farhan received his Omani counterpart, Sayyid Badr Albusaidi, in Riyadh on Wednesday.",
    );
    expect(out[0]?.location?.name).toBe("Riyadh");
  });
});

describe("3a an offer turned down (2026-12-24)", () => {
  it("'in effect turning the offer down'", () => {
    expect(
      lines(
        'ASMARA, Eritrea — The African Union offered to mediate on Monday. An Eritrean foreign ministry statement on Tuesday said there was "no need for mediation on matters of sovereignty", in effect turning the offer down.',
      ),
    ).toContainEqual(expect.stringMatching(/^REJECT er-gov -> /));
  });
});

describe("3a no retreat: a text or a right withdrawn, attackers' getaway (2026-12-24)", () => {
  it.each([
    'PARIS, France — "We will not withdraw a budget that the country needs," the government spokeswoman told reporters on Tuesday evening.',
    "KUWAIT CITY — The cabinet withdraws citizenship from 2,162 more people, the interior ministry said on Monday.",
    "BAGHDAD — Gunmen shot dead a parliamentary candidate in western Baghdad on Tuesday. The attackers fled in a white saloon car, the officer said.",
  ])("%s", (text) => {
    expect(lines(text).filter((l) => l.startsWith("RETREAT"))).toEqual([]);
  });
});

describe("3f a state's bodies meeting one another consult no one (2026-12-24)", () => {
  it("'the cabinet is due to meet … to discuss the army commander's report'", () => {
    expect(
      lines(
        "BEIRUT — The cabinet is due to meet at Baabda Palace on Thursday to discuss the army commander's report on the disarmament plan.",
      ),
    ).not.toContainEqual(expect.stringMatching(/^CONSULT lb-gov -> lb-mil/));
  });
});

describe("2a the unions that march are protesters (2026-12-24)", () => {
  it("'the unions marched'", () => {
    expect(
      lines("PARIS, France — The unions marched through Lyon on Thursday against the pension cuts."),
    ).toContainEqual(expect.stringMatching(/^PROTEST protesters -> /));
  });
});
