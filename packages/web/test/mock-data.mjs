// Sample data for the mock API: a registry of actors, a tiny gazetteer, two reports with events,
// and a generator of many synthetic events for the bench.

/** Actors as the registry holds them. */
export const ACTORS = [
  {
    id: "isis",
    name: "Islamic State",
    aliases: ["ISIS", "IS", "ISIL", "Daesh"],
    kind: "rebel",
    parent: null,
    side: "ISIS",
    color: "#222222",
  },
  {
    id: "hts",
    name: "Hayat Tahrir al-Sham",
    aliases: ["HTS"],
    kind: "rebel",
    parent: null,
    side: "Opposition",
    color: "#2e7d32",
  },
  {
    id: "saa",
    name: "Syrian Arab Army",
    aliases: ["SAA", "regime forces", "Syrian army"],
    kind: "state",
    parent: null,
    side: "Regime",
    color: "#c0392b",
  },
  {
    id: "rus-mil",
    name: "Military Forces of Russia",
    aliases: ["RuAF", "Russian jets"],
    kind: "external",
    parent: null,
    side: "Regime",
    color: "#8e2b22",
  },
  {
    id: "sdf",
    name: "Syrian Democratic Forces",
    aliases: ["SDF"],
    kind: "rebel",
    parent: null,
    side: "SDF",
    color: "#d4a017",
  },
  {
    id: "civilians",
    name: "Civilians",
    aliases: ["civilians"],
    kind: "civilians",
    parent: null,
    side: null,
    color: "#6d6d6d",
  },
];

/** Gazetteer entries the mock coder and the place search know. */
export const PLACES = [
  {
    id: "163345",
    geonameid: 163345,
    name: "Hama",
    lat: 35.1318,
    lon: 36.7578,
    country: "SY",
    admin1: "Hama",
    feature: "P.PPLA",
  },
  {
    id: "170063",
    geonameid: 170063,
    name: "Aleppo",
    lat: 36.2021,
    lon: 37.1343,
    country: "SY",
    admin1: "Aleppo",
    feature: "P.PPLA",
  },
  {
    id: "173000",
    geonameid: 173000,
    name: "Akerbat",
    lat: 35.0544,
    lon: 37.4308,
    country: "SY",
    admin1: "Hama",
    feature: "P.PPL",
  },
  {
    id: "174000",
    geonameid: 174000,
    name: "Abu Dali",
    lat: 35.4092,
    lon: 36.9197,
    country: "SY",
    admin1: "Hama",
    feature: "P.PPL",
  },
  {
    id: "175000",
    geonameid: 175000,
    name: "Abu al-Duhur",
    lat: 35.7317,
    lon: 37.1044,
    country: "SY",
    admin1: "Idlib",
    feature: "S.AIRB",
  },
  {
    id: "169577",
    geonameid: 169577,
    name: "Idlib",
    lat: 35.9306,
    lon: 36.6339,
    country: "SY",
    admin1: "Idlib",
    feature: "P.PPLA",
  },
  {
    id: "163843",
    geonameid: 163843,
    name: "Raqqa",
    lat: 35.9528,
    lon: 39.0079,
    country: "SY",
    admin1: "Raqqa",
    feature: "P.PPLA",
  },
  {
    id: "170654",
    geonameid: 170654,
    name: "Deir ez-Zor",
    lat: 35.3359,
    lon: 40.1408,
    country: "SY",
    admin1: "Deir ez-Zor",
    feature: "P.PPLA",
  },
];

/** Trigger words of the mock coder: a word in a sentence → type, mode, rule. */
export const TRIGGERS = [
  { re: /\b(struck|pounded|bombed)\b/i, type: "ASSAULT", mode: "aerial", rule: "assault/aerial:strike" },
  {
    re: /\b(attacked|clashed|fighting)\b/i,
    type: "ASSAULT",
    mode: "firearms",
    rule: "assault/firearms:attack",
  },
  { re: /\b(took|captured|seized)\b/i, type: "COERCE", mode: "seize", rule: "coerce/seize:take" },
  { re: /\b(massing|mobilis|mobiliz)/i, type: "MOBILIZE", mode: "troops", rule: "mobilize/troops:massing" },
  {
    re: /\b(pushed back|withdrew|retreated)\b/i,
    type: "RETREAT",
    mode: "withdraw",
    rule: "retreat/withdraw:pushed-back",
  },
  { re: /\b(protest|demonstrat)/i, type: "PROTEST", mode: "demo", rule: "protest/demo:protest" },
];

/** The sample reports, coded when the server starts. */
export const REPORTS = [
  {
    id: "r1",
    title: "ISIS breaks out of the Akerbat pocket",
    published: "2017-10-10",
    url: null,
    text:
      "ISIS fighters who broke out of the Akerbat pocket attacked HTS-held villages east of Hama and took several of them, capturing a few HTS fighters. " +
      "After weeks of fighting HTS agreed to swap prisoners, then counter-attacked and pushed ISIS back. " +
      "Russian jets struck both groups, and also pounded HTS positions in Abu Dali, 50 km to the west. " +
      "The Syrian army took the area north of the clashes unopposed and is massing forces south of Aleppo, presumably for the Abu al-Duhur airbase.",
  },
  {
    id: "r2",
    title: "Raqqa and Deir ez-Zor",
    published: "2017-09-02",
    url: null,
    text:
      "SDF fighters reportedly captured two districts of Raqqa from ISIS on Friday. " +
      "Regime forces struck ISIS positions near Deir ez-Zor, according to military sources. " +
      "In Idlib, hundreds of civilians held a protest against HTS.",
  },
];

const TYPES = [
  "ASSAULT",
  "ASSAULT",
  "ASSAULT",
  "COERCE",
  "MOBILIZE",
  "RETREAT",
  "PROTEST",
  "THREATEN",
  "AGREE",
  "AID",
];
const MODALITIES = ["asserted", "asserted", "reported", "claimed", "planned"];

/** Many synthetic points in the compact map form, seeded so runs are comparable. */
export function syntheticPoints(count) {
  let seed = 42;
  const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const rows = [];
  const hubs = [
    [36.7, 35.1],
    [37.1, 36.2],
    [39.0, 35.9],
    [44.4, 33.3],
    [35.5, 33.9],
    [30.5, 50.4],
    [37.8, 48.0],
    [32.5, 15.6],
    [45.3, 2.0],
    [69.2, 34.5],
  ];
  const start = Date.parse("2015-01-01T00:00:00Z");
  for (let i = 0; i < count; i++) {
    const [lon, lat] = hubs[Math.floor(rand() * hubs.length)];
    const spread = rand() < 0.7 ? 1.5 : 6;
    const actor = ACTORS[Math.floor(rand() * 5)].id;
    const date = new Date(start + Math.floor(rand() * 3000) * 86_400_000).toISOString().slice(0, 10);
    rows.push([
      1_000_000 + i,
      +(lon + (rand() - 0.5) * spread).toFixed(4),
      +(lat + (rand() - 0.5) * spread).toFixed(4),
      TYPES[Math.floor(rand() * TYPES.length)],
      actor,
      null,
      date,
      rand() < 0.3 ? "confirmed" : "proposed",
      MODALITIES[Math.floor(rand() * MODALITIES.length)],
    ]);
  }
  return rows;
}
