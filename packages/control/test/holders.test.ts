import { describe, expect, it } from "vitest";
import {
  ControlModel,
  describeChange,
  holderResolver,
  type ControlEvent,
  type RegistryActor,
} from "@sitrep/control";
import { codeReports } from "./helpers.js";

/** The registry as seeded: each state's military and police are children of its government. */
const REGISTRY: RegistryActor[] = [
  { id: "sy-gov", name: "Government of Syria", parent: null, side: null },
  { id: "sy-mil", name: "Military Forces of Syria", parent: "sy-gov", side: null },
  { id: "sy-pol", name: "Police Forces of Syria", parent: "sy-gov", side: null },
  { id: "hts", name: "Hayat Tahrir al-Sham", parent: null, side: null },
  { id: "sdf", name: "Syrian Democratic Forces", parent: null, side: null },
  { id: "isis", name: "Islamic State", parent: null, side: null },
];

/** Codes one report per sentence, a day apart from 2019-12-01, and loads them into a model over the registry. */
function modelOf(sentences: readonly string[], registry: RegistryActor[] = REGISTRY) {
  const events: ControlEvent[] = codeReports(
    sentences.map((text, i) => ({ id: i + 1, published: `2019-12-${String(i + 2).padStart(2, "0")}`, text })),
  );
  const model = new ControlModel({ holderOf: holderResolver(registry) });
  model.load(events);
  const holders = (date: string) =>
    Object.fromEntries(model.on(date).map((s) => [s.settlement.name, s.holder.id]));
  const feed = () => model.changes().map(({ settlement, change }) => describeChange(settlement, change));
  return { model, events, holders, feed };
}

describe("holders from the actor registry", () => {
  it("counts a state's army, police and government as one holder, its government", () => {
    const { holders, feed, model } = modelOf([
      "Syrian army troops captured Kafr Nabl on Sunday.",
      "The Syrian government took Maarat al-Numan on Sunday.",
      "The Syrian police took control of Jisr al-Shughur on Sunday.",
      "Regime forces seized Kafr Nabl from HTS on Sunday.",
    ]);
    expect(holders("2019-12-20")).toEqual({
      Kafranbel: "sy-gov",
      "Ma‘arrat an Nu‘mān": "sy-gov",
      "Jisr ash Shughūr": "sy-gov",
    });
    // The second capture of Kafr Nabl by the same side is no change, and no conflict.
    const kafrNabl = model.timeline("g168661")!;
    expect(kafrNabl.changes).toHaveLength(1);
    expect(kafrNabl.conflicts).toEqual([]);
    // The feed names the actor as the report did.
    expect(feed()).toContain("Military Forces of Syria took Kafranbel on 2019-12-01");
  });

  it("follows parents to the top, and a side wins over parents; loops and unknown parents end the chain", () => {
    const holderOf = holderResolver([
      ...REGISTRY,
      { id: "tiger", name: "Tiger Forces", parent: "sy-mil", side: null },
      { id: "hezbollah", name: "Hezbollah", parent: null, side: "pro-government" },
      { id: "irm", name: "Iran-backed militias", parent: "ir-mil", side: null },
      { id: "ir-mil", name: "Military Forces of Iran", parent: null, side: "pro-government" },
      { id: "ndf", name: "National Defence Forces", parent: null, side: "sy-gov" },
      { id: "a", name: "A", parent: "b", side: null },
      { id: "b", name: "B", parent: "a", side: null },
      { id: "orphan", name: "Orphan", parent: "gone", side: null },
    ]);
    const of = (id: string) => holderOf({ id, name: id }).id;
    expect(of("tiger")).toBe("sy-gov");
    expect(of("hezbollah")).toBe("side:pro-government");
    expect(of("irm")).toBe("side:pro-government");
    expect(of("ndf")).toBe("sy-gov");
    expect(["a", "b"]).toContain(of("a"));
    expect(of("orphan")).toBe("orphan");
    expect(holderOf({ id: "unknown", name: "Somebody" })).toEqual({ id: "unknown", name: "Somebody" });
    expect(holderOf({ id: "sy-mil", name: "SAA" })).toEqual({ id: "sy-gov", name: "Government of Syria" });
  });

  it("without the registry's links each actor holds for itself", () => {
    const { holders } = modelOf(
      ["Syrian army troops captured Kafr Nabl on Sunday.", "The Syrian government took Maarat al-Numan."],
      [],
    );
    expect(holders("2019-12-20")).toEqual({ Kafranbel: "sy-mil", "Ma‘arrat an Nu‘mān": "sy-gov" });
  });

  it("recomputes every timeline when the registry changes", () => {
    const { model, holders } = modelOf(["Syrian army troops captured Kafr Nabl on Sunday."], []);
    expect(holders("2019-12-20")).toEqual({ Kafranbel: "sy-mil" });
    expect(model.setHolders(holderResolver(REGISTRY))).toEqual(["g168661"]);
    expect(holders("2019-12-20")).toEqual({ Kafranbel: "sy-gov" });
  });
});

describe("which way a withdrawal moves control", () => {
  it("leaves the place to nobody known unless the sentence names who took it", () => {
    const { holders, feed } = modelOf([
      "HTS fighters seized Tell Sultan.",
      "ISIS fighters captured the town of Sukhnah.",
      // The coder gives this withdrawal the army as HTS's usual opponent, though the sentence names no taker.
      "HTS fighters withdrew from Tell Sultan.",
      "ISIS fighters withdrew from Sukhnah, and the Syrian army entered the town.",
    ]);
    expect(holders("2019-12-03")).toEqual({ "Tall Sultan": "hts", "As Sukhnah": "isis" });
    expect(holders("2019-12-20")).toEqual({ "As Sukhnah": "sy-gov" });
    expect(feed().slice(0, 2)).toEqual([
      "Military Forces of Syria took As Sukhnah on 2019-12-05 as Islamic State withdrew",
      "Hayat Tahrir al-Sham withdrew from Tall Sultan on 2019-12-04",
    ]);
  });

  it("a withdrawal by someone who does not hold the place changes nothing", () => {
    const { holders } = modelOf([
      "HTS fighters seized Tell Sultan.",
      "SDF fighters withdrew from Tell Sultan.",
    ]);
    expect(holders("2019-12-20")).toEqual({ "Tall Sultan": "hts" });
  });

  it("a side that withdraws in favour of its own units keeps the place", () => {
    const { holders } = modelOf([
      "The Syrian army withdrew from Tell Rifaat, and the SDF took over the town.",
      "The Syrian government seized Saraqib.",
      "Syrian police withdrew from Saraqib, and the Syrian army entered the town.",
    ]);
    expect(holders("2019-12-20")).toEqual({ "Tall Rif‘at": "sdf", Sarāqib: "sy-gov" });
  });
});

describe("which way a handover moves control", () => {
  it("to the party the sentence hands the place to, whoever is the agreement's first actor", () => {
    const { holders, model } = modelOf([
      "HTS agreed to hand over Khan Shaykhun to the Syrian army on Monday.",
      // Coded twice, once each way round: both hand it to the army, so they agree.
      "The Syrian army and HTS agreed on the handover of Kafr Nabl to the army.",
      "The Syrian government agreed to hand over Tell Rifaat to the SDF.",
    ]);
    expect(holders("2019-12-20")).toEqual({
      "Khān Shaykhūn": "sy-gov",
      Kafranbel: "sy-gov",
      "Tall Rif‘at": "sdf",
    });
    expect(model.timeline("g168661")!.conflicts).toEqual([]);
  });

  it("when the words do not say, from its holder to the other party", () => {
    const held = modelOf([
      "HTS fighters seized Morek.",
      "HTS and the Syrian army agreed on a handover of Morek.",
    ]);
    expect(held.holders("2019-12-20")).toEqual({ Mūrak: "sy-gov" });
    const heldByArmy = modelOf([
      "Syrian army troops captured Morek.",
      "HTS and the Syrian army agreed on a handover of Morek.",
    ]);
    expect(heldByArmy.holders("2019-12-20")).toEqual({ Mūrak: "hts" });
  });
});
