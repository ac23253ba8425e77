import { api } from "./client.ts";

/** One change of control, as `GET /api/control/changes` gives it. */
export interface ControlChange {
  settlement: { key: string; name: string; geonameid: number | null; lat: number; lon: number };
  date: string;
  kind: "took" | "withdrew" | "handover" | "edit";
  holder: { id: string; name: string } | null;
  text: string;
  event: number | null;
  report: number | null;
  edit: number | null;
  modality: string | null;
  conflicts: number[];
}

/** The control areas GeoJSON for a date (areas by holder, then settlement points). */
export function controlAreas(date: string): Promise<GeoJSON.FeatureCollection> {
  return api<GeoJSON.FeatureCollection>(`/control/areas.geojson?date=${encodeURIComponent(date)}`);
}

/** The latest changes of control up to a date, newest first. */
export async function controlChanges(to: string, limit = 25): Promise<ControlChange[]> {
  const params = new URLSearchParams({ to, limit: String(limit) });
  return (await api<{ changes: ControlChange[] }>(`/control/changes?${params}`)).changes;
}

/** An analyst's hand edit, as `GET /api/control/edits` gives it. */
export interface ControlEdit {
  id: number;
  settlement: string;
  name: string;
  date: string;
  actor: { id: string; name: string } | null;
  note: string | null;
  by: string | null;
  created_at: string;
  removed: { by: string | null; at: string } | null;
}

/** Where a hand edit applies: a settlement on the control map (by key) or any place. */
export type EditTarget =
  | { key: string; name: string }
  | { name: string; lat: number; lon: number; geonameid: number | null; country: string | null };

/** The latest hand edits that still count, newest first. */
export async function controlEdits(limit = 20): Promise<ControlEdit[]> {
  return (await api<{ edits: ControlEdit[] }>(`/control/edits?limit=${limit}`)).edits;
}

/** Sets who holds a settlement from a date (null: nobody known). */
export function addControlEdit(edit: {
  target: EditTarget;
  date: string;
  actor: { id: string; name: string } | null;
  note: string;
}): Promise<ControlEdit> {
  const { target } = edit;
  const where =
    "key" in target
      ? { settlement: target.key }
      : {
          place: {
            name: target.name,
            lat: target.lat,
            lon: target.lon,
            geonameid: target.geonameid,
            country: target.country && /^[A-Za-z]{2}$/.test(target.country) ? target.country : null,
          },
        };
  return api<ControlEdit>("/control/edits", {
    method: "POST",
    json: { ...where, date: edit.date, actor: edit.actor, note: edit.note.trim() || null },
  });
}

/** Removes a hand edit: it stops counting at once. */
export function removeControlEdit(id: number): Promise<ControlEdit> {
  return api<ControlEdit>(`/control/edits/${id}`, { method: "DELETE" });
}
