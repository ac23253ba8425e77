import { describe, expect, it } from "vitest";
import { ControlModel, describeChange, settlementOf, type ControlEdit } from "@sitrep/control";
import { coded, HTS, ISIS, PLACES, SAA } from "./helpers.js";

const abuDuhur = settlementOf(PLACES.abuDuhur).key;

function holderOn(model: ControlModel, key: string, date: string): string | null {
  const timeline = model.timeline(key);
  return timeline ? (model.stateOn(timeline, date)?.holder.id ?? null) : null;
}

describe("what moves control", () => {
  it("seizure gives the place to actor1 from its date on", () => {
    const model = new ControlModel();
    model.load([coded({ actor1: SAA, actor2: HTS, place: PLACES.abuDuhur, on: "2018-01-20" }, { id: 1 })]);
    expect(holderOn(model, abuDuhur, "2018-01-19")).toBeNull();
    expect(holderOn(model, abuDuhur, "2018-01-20")).toBe("sy-mil");
    expect(holderOn(model, abuDuhur, "2019-01-01")).toBe("sy-mil");
  });

  it.each(["planned", "hypothetical", "negated"])("a %s seizure never moves control", (modality) => {
    const model = new ControlModel();
    const keys = model.load([
      coded({ actor1: SAA, place: PLACES.abuDuhur, on: "2018-01-20", modality }, { id: 1 }),
    ]);
    expect(keys).toEqual([]);
    expect(model.on("2018-02-01")).toEqual([]);
  });

  it("looting, imprecise places, undated events and other types never move control", () => {
    const model = new ControlModel();
    model.load([
      coded({ actor1: ISIS, place: PLACES.saraqib, on: "2018-01-20", rule: "coerce/seize:loot" }, { id: 1 }),
      coded({ actor1: SAA, place: PLACES.saraqib, on: "2018-01-20", precision: 2 }, { id: 2 }),
      coded({ actor1: SAA, place: PLACES.saraqib }, { id: 3 }),
      coded({ type: "ASSAULT", mode: null, actor1: SAA, place: PLACES.saraqib, on: "2018-01-20" }, { id: 4 }),
      coded({ actor1: SAA, place: PLACES.saraqib, on: "2018-01-20" }, { id: 5, status: "rejected" }),
    ]);
    expect(model.on("2018-02-01")).toEqual([]);
  });

  it("a withdrawal hands the place to the named opponent, or leaves it to nobody known", () => {
    const model = new ControlModel();
    const saraqib = settlementOf(PLACES.saraqib).key;
    model.load([
      coded({ actor1: HTS, place: PLACES.saraqib, on: "2018-01-10" }, { id: 1 }),
      coded(
        { type: "RETREAT", mode: "withdraw", actor1: HTS, place: PLACES.saraqib, on: "2018-01-20" },
        { id: 2 },
      ),
      coded(
        {
          type: "RETREAT",
          mode: "withdraw",
          actor1: HTS,
          actor2: SAA,
          place: PLACES.abuDuhur,
          on: "2018-01-20",
        },
        { id: 3 },
      ),
    ]);
    expect(holderOn(model, saraqib, "2018-01-15")).toBe("hts");
    expect(holderOn(model, saraqib, "2018-01-21")).toBeNull();
    expect(holderOn(model, abuDuhur, "2018-01-21")).toBe("sy-mil");
    const [change] = model.timeline(abuDuhur)!.changes;
    expect(describeChange(model.settlement(abuDuhur)!, change!)).toBe(
      "Military Forces of Syria took Abu al-Duhur on 2018-01-20 as Hayat Tahrir al-Sham withdrew",
    );
  });

  it("a handover agreement passes the place from its holder to the other party; other agreements do not", () => {
    const model = new ControlModel();
    const khan = settlementOf(PLACES.khanShaykhun).key;
    model.load([
      coded({ actor1: HTS, place: PLACES.khanShaykhun, on: "2018-01-01" }, { id: 1 }),
      coded(
        {
          type: "AGREE",
          mode: null,
          actor1: SAA,
          actor2: HTS,
          place: PLACES.khanShaykhun,
          on: "2018-02-01",
          evidence: { text: "The army and HTS agreed a ceasefire." },
        },
        { id: 2 },
      ),
      coded(
        {
          type: "AGREE",
          mode: null,
          actor1: SAA,
          actor2: HTS,
          place: PLACES.khanShaykhun,
          on: "2018-02-12",
          evidence: { text: "HTS agreed to hand over the town to the army." },
        },
        { id: 3 },
      ),
    ]);
    expect(holderOn(model, khan, "2018-02-05")).toBe("hts");
    expect(holderOn(model, khan, "2018-02-12")).toBe("sy-mil");
    expect(model.timeline(khan)!.changes.at(-1)!.kind).toBe("handover");
  });
});

describe("conflicting claims", () => {
  it("a party's claim counts less than an asserted report within the conflict window; both are marked", () => {
    const model = new ControlModel();
    model.load([
      coded(
        { actor1: SAA, actor2: HTS, place: PLACES.abuDuhur, on: "2018-01-20", confidence: 0.75 },
        { id: 1 },
      ),
      coded(
        {
          actor1: HTS,
          actor2: SAA,
          place: PLACES.abuDuhur,
          on: "2018-01-21",
          modality: "claimed",
          confidence: 0.9,
        },
        { id: 2 },
      ),
    ]);
    const timeline = model.timeline(abuDuhur)!;
    expect(holderOn(model, abuDuhur, "2018-01-22")).toBe("sy-mil");
    expect(timeline.conflicts).toEqual([{ date: "2018-01-21", eventIds: [1, 2], holders: [SAA, HTS] }]);
    expect(timeline.changes[0]!.conflicts).toEqual([2]);
    expect(model.stateOn(timeline, "2018-01-22")!.contested).toBe(true);
    expect(model.stateOn(timeline, "2018-02-20")!.contested).toBe(false);
  });

  it("the same claim made first is overturned by a later asserted report", () => {
    const model = new ControlModel();
    model.load([
      coded({ actor1: HTS, place: PLACES.abuDuhur, on: "2018-01-20", modality: "claimed" }, { id: 1 }),
      coded({ actor1: SAA, place: PLACES.abuDuhur, on: "2018-01-21" }, { id: 2 }),
    ]);
    expect(holderOn(model, abuDuhur, "2018-01-20")).toBe("hts");
    expect(holderOn(model, abuDuhur, "2018-01-21")).toBe("sy-mil");
    expect(model.timeline(abuDuhur)!.conflicts).toHaveLength(1);
  });

  it("a confirmed report outweighs a proposed one of the same modality on the same date", () => {
    const model = new ControlModel();
    model.load([
      coded({ actor1: HTS, place: PLACES.abuDuhur, on: "2018-01-20" }, { id: 1, status: "proposed" }),
      coded({ actor1: SAA, place: PLACES.abuDuhur, on: "2018-01-20" }, { id: 2, status: "confirmed" }),
    ]);
    expect(holderOn(model, abuDuhur, "2018-01-20")).toBe("sy-mil");
  });

  it("a recapture outside the window is a change, not a conflict", () => {
    const model = new ControlModel();
    model.load([
      coded({ actor1: SAA, place: PLACES.abuDuhur, on: "2018-01-20" }, { id: 1 }),
      coded({ actor1: HTS, place: PLACES.abuDuhur, on: "2018-02-20", modality: "claimed" }, { id: 2 }),
    ]);
    expect(holderOn(model, abuDuhur, "2018-02-20")).toBe("hts");
    expect(model.timeline(abuDuhur)!.conflicts).toEqual([]);
  });
});

describe("incremental changes", () => {
  it("rejecting an event takes it out; editing its place moves it; each returns the settlements touched", () => {
    const model = new ControlModel();
    model.load([coded({ actor1: SAA, place: PLACES.abuDuhur, on: "2018-01-20" }, { id: 1 })]);
    expect(
      model.setEvent(
        coded({ actor1: SAA, place: PLACES.abuDuhur, on: "2018-01-20" }, { id: 1, status: "rejected" }),
      ),
    ).toEqual([abuDuhur]);
    expect(model.timeline(abuDuhur)).toBeUndefined();
    model.setEvent(coded({ actor1: SAA, place: PLACES.abuDuhur, on: "2018-01-20" }, { id: 1 }));
    const saraqib = settlementOf(PLACES.saraqib).key;
    expect(
      model.setEvent(coded({ actor1: SAA, place: PLACES.saraqib, on: "2018-01-20" }, { id: 1 })),
    ).toEqual([abuDuhur, saraqib]);
    expect(model.on("2018-01-21").map((s) => s.settlement.key)).toEqual([saraqib]);
  });

  it("a hand edit wins over the events up to its date, until a later event", () => {
    const model = new ControlModel();
    model.load([
      coded({ actor1: SAA, place: PLACES.abuDuhur, on: "2018-01-20" }, { id: 1 }),
      coded({ actor1: SAA, place: PLACES.abuDuhur, on: "2018-02-01" }, { id: 2 }),
    ]);
    const edit: ControlEdit = {
      id: 7,
      place: settlementOf(PLACES.abuDuhur),
      date: "2018-01-25",
      actor: HTS,
      note: "local sources",
      by: "ana",
    };
    model.setEdit(edit);
    expect(holderOn(model, abuDuhur, "2018-01-24")).toBe("sy-mil");
    expect(holderOn(model, abuDuhur, "2018-01-25")).toBe("hts");
    const state = model.stateOn(model.timeline(abuDuhur)!, "2018-01-30")!;
    expect(state.change.source).toEqual({ kind: "edit", editId: 7, by: "ana" });
    expect(state.contested).toBe(false);
    expect(holderOn(model, abuDuhur, "2018-02-01")).toBe("sy-mil");
    // An edit on the same date as an event wins over it.
    model.setEdit({ ...edit, date: "2018-02-01" });
    expect(holderOn(model, abuDuhur, "2018-02-05")).toBe("hts");
    model.removeEdit(7);
    expect(holderOn(model, abuDuhur, "2018-02-05")).toBe("sy-mil");
  });

  it("the change feed lists changes newest first within a range", () => {
    const model = new ControlModel();
    model.load([
      coded({ actor1: SAA, place: PLACES.abuDuhur, on: "2018-01-20" }, { id: 1 }),
      coded({ actor1: HTS, place: PLACES.saraqib, on: "2018-02-10" }, { id: 2 }),
      coded({ actor1: HTS, place: PLACES.tellSultan, on: "2018-03-01" }, { id: 3 }),
    ]);
    const feed = model.changes({ from: "2018-01-01", to: "2018-02-28" });
    expect(feed.map((c) => describeChange(c.settlement, c.change))).toEqual([
      "Hayat Tahrir al-Sham took Saraqib on 2018-02-10",
      "Military Forces of Syria took Abu al-Duhur on 2018-01-20",
    ]);
    expect(model.changes({ limit: 1 })).toHaveLength(1);
  });
});
