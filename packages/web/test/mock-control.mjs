// Territorial control for the mock API: the real @sitrep/control model over the mock's events and a
// seeded front (Hama–Idlib), answering as `sitrep serve` does under /api/control.
import { ControlMap, controlEventOf, describeChange, settlementOf } from "../../control/dist/index.js";
import { ACTORS, PLACES } from "./mock-data.mjs";

const place = (name) => PLACES.find((p) => p.name === name);
const actor = (id) => ACTORS.find((a) => a.id === id);

/** Seizures and withdrawals along one front, in the extract contract's shape. */
const FRONT = [
  ["2017-09-01", "saa", "hts", "Hama"],
  ["2017-09-01", "hts", "saa", "Idlib"],
  ["2017-09-01", "hts", "saa", "Abu Dali"],
  ["2017-09-01", "hts", "saa", "Abu al-Duhur"],
  ["2017-09-01", "saa", "isis", "Aleppo"],
  ["2017-09-01", "isis", "saa", "Akerbat"],
  ["2017-09-01", "isis", "sdf", "Deir ez-Zor"],
  ["2017-09-02", "sdf", "isis", "Raqqa"],
  ["2017-10-08", "saa", "hts", "Abu Dali"],
  ["2017-10-09", "hts", "saa", "Abu Dali", "claimed"],
  ["2018-01-20", "saa", "hts", "Abu al-Duhur"],
].map(([date, a1, a2, name, modality = "asserted"], i) => ({
  id: 1000 + i,
  event: {
    type: "COERCE",
    mode: "seize",
    rule: "coerce/seize:take",
    modality,
    confidence: 0.9,
    actor1: { id: a1, name: actor(a1).name },
    actor2: { id: a2, name: actor(a2).name },
    location: { ...place(name), precision: 1 },
    date: { start: date },
    evidence: { text: null },
  },
}));

const colourOf = (id) => actor(id)?.color ?? null;

/** Handles `/control…` paths; returns false when the path is not control's. */
export function controlApi({ method, path, q, json, user, csrfOk, events, edits, send, res }) {
  if (!path.startsWith("/control")) return false;
  const map = new ControlMap(() => undefined);
  const coded = [...events]
    .filter((e) => e.status !== "rejected" && e.status !== "merged")
    .map((e) =>
      controlEventOf(
        { ...e, evidence: e.evidence ?? null },
        { id: Number(e.id.replace(/\D/g, "")), reportId: e.reportId, status: e.status },
      ),
    );
  map.load(
    [
      ...FRONT.map((f) => controlEventOf(f.event, { id: f.id, reportId: null, status: "confirmed" })),
      ...coded,
    ],
    edits,
  );
  const date = q.get("date") ?? q.get("to") ?? new Date().toISOString().slice(0, 10);
  if (path === "/control/areas.geojson")
    return (send(res, 200, map.areas(date, colourOf), { "content-type": "application/geo+json" }), true);
  if (path === "/control/changes") {
    const changes = map.model
      .changes({ to: q.get("to") ?? undefined, limit: Number(q.get("limit") ?? 100) })
      .map(({ settlement, change }) => ({
        settlement,
        date: change.date,
        kind: change.kind,
        holder: change.holder,
        text: describeChange(settlement, change),
        event: change.source.kind === "event" ? change.source.eventId : null,
        report: change.source.kind === "event" ? change.source.reportId : null,
        modality: change.source.kind === "event" ? change.source.modality : null,
        conflicts: change.conflicts,
      }));
    return (send(res, 200, { changes }), true);
  }
  if (path === "/control/edits" && method === "POST") {
    if (!user) return (send(res, 401, { id: "unauthenticated", message: "Sign in first." }), true);
    if (!csrfOk) return (send(res, 403, { id: "csrf", message: "Missing or wrong CSRF token." }), true);
    const body = json();
    const known = PLACES.find((p) => `g${p.geonameid}` === body.settlement);
    if (!known)
      return (send(res, 404, { id: "not_found", message: `Settlement ${body.settlement} not found.` }), true);
    const edit = {
      id: edits.length + 1,
      place: settlementOf(known),
      date: body.date,
      actor: body.actor ? { id: body.actor.id, name: actor(body.actor.id)?.name ?? body.actor.id } : null,
      note: body.note ?? null,
      by: user.user.name,
    };
    edits.push(edit);
    return (
      send(res, 201, { id: edit.id, settlement: edit.place.key, date: edit.date, actor: edit.actor }),
      true
    );
  }
  return (send(res, 404, { id: "not_found", message: `No route ${method} ${path}` }), true);
}
