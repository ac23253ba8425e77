// A stand-in coder for the mock API: one event per sentence with a trigger word, a known actor and a known place.
import { ACTORS, PLACES, TRIGGERS } from "./mock-data.mjs";

const CUES = [
  [/\breportedly\b|\baccording to\b/i, "reported"],
  [/\bclaim/i, "claimed"],
  [/\bpresumably\b|\bis to\b|\bplans?\b/i, "planned"],
];

function findActor(sentence, from = 0) {
  let best = null;
  for (const actor of ACTORS) {
    for (const alias of [actor.name, ...actor.aliases]) {
      const at = sentence.indexOf(alias, from);
      if (at >= 0 && (!best || at < best.at)) best = { at, actor, text: alias };
    }
  }
  return best;
}

/** Codes a report's text into events shaped as the extract contract, plus ids and status. */
export function codeReport(report, nextId) {
  const events = [];
  const re = /[^.!?]+[.!?]/g;
  let match;
  let sentence = 0;
  while ((match = re.exec(report.text))) {
    const text = match[0];
    const offset = match.index + (text.length - text.trimStart().length);
    const clean = text.trim();
    for (const trigger of TRIGGERS) {
      if (!trigger.re.test(clean)) continue;
      const a1 = findActor(clean);
      const a2 = a1 ? findActor(clean, a1.at + a1.text.length) : null;
      const place = PLACES.find((p) => clean.includes(p.name));
      if (!a1 || !place) continue;
      const modality = CUES.find(([cue]) => cue.test(clean))?.[1] ?? "asserted";
      events.push({
        id: nextId(),
        reportId: report.id,
        status: "proposed",
        type: trigger.type,
        mode: trigger.mode,
        acled: trigger.type === "ASSAULT" ? { event_type: "Battles", sub_event_type: "Armed clash" } : null,
        cameo: trigger.type === "ASSAULT" ? "19" : null,
        actor1: { id: a1.actor.id, name: a1.actor.name, text: a1.text },
        actor2:
          a2 && a2.actor.id !== a1.actor.id ? { id: a2.actor.id, name: a2.actor.name, text: a2.text } : null,
        location: {
          name: place.name,
          text: place.name,
          geonameid: place.geonameid,
          lat: place.lat,
          lon: place.lon,
          country: place.country,
          admin1: place.admin1,
          precision: clean.includes(`of ${place.name}`) ? 2 : 1,
        },
        date: report.published ? { start: report.published, end: report.published, precision: 1 } : null,
        modality,
        fatalities: null,
        evidence: { sentence, start: offset, end: offset + clean.length, text: clean },
        confidence:
          Math.round((0.55 + (0.4 * ((clean.length * 7 + events.length * 13) % 10)) / 10) * 100) / 100,
        rule: trigger.rule,
      });
      break;
    }
    sentence++;
  }
  return events;
}
