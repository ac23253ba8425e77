import { describe, expect, it } from "vitest";
import { extractEvents, testModel } from "./helpers.js";

// Pass 3f: which of a sentence's places is the event's. Sentences written for these tests.
describe("3f the event's place", () => {
  it.each([
    // The innermost of a chain of containers, wherever the verb is.
    [
      "Residents of Kwatarkwashi in Bungudu Local Government Area of Zamfara State fled after bandits stormed the community and abducted 20 people.",
      "Kwatarkwashi",
    ],
    ["Gunmen abducted 12 farmers in Mushere, Bokkos local government area, on Sunday.", "Mushere"],
    // The place the verb takes, before the towns it is described by.
    ["The RSF shelled Tawila, 60 km west of El Fasher, killing five civilians.", "Tawila"],
    // A place set before the clause.
    ["In Kherson, Russian artillery shelled the port district overnight.", "Kherson"],
    // A river is not the town named after it.
    ["Russian artillery firing from the left bank of the Dnipro shelled Antonivka overnight.", "Antonivka"],
    // A movement's destination.
    ["The army sent reinforcements from Gao to Ansongo on Monday.", "Ansongo"],
    // A retreat's origin.
    ["Wagner fighters withdrew from Bakhmut towards Soledar.", "Bakhmut"],
  ])("%s", (text, place) => {
    const events = extractEvents(text, testModel());
    expect(events.length).toBeGreaterThan(0);
    expect(events[0]!.location?.text).toBe(place);
  });
});
