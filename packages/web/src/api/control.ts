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
