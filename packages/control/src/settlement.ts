import type { Settlement } from "./types.js";

/** A located place as events and edits carry it. */
export interface PlaceInput {
  name: string;
  geonameid: number | null;
  lat: number;
  lon: number;
  country: string | null;
}

/**
 * The settlement of a place: keyed by GeoNames id when it has one, else by name and rounded coordinates
 * (analyst-added places), so that every event at the same place meets in one timeline.
 */
export function settlementOf(place: PlaceInput): Settlement {
  const key =
    place.geonameid !== null && place.geonameid > 0
      ? `g${place.geonameid}`
      : `${place.name.trim().toLowerCase()}@${place.lat.toFixed(3)},${place.lon.toFixed(3)}`;
  return {
    key,
    name: place.name,
    geonameid: place.geonameid !== null && place.geonameid > 0 ? place.geonameid : null,
    lat: place.lat,
    lon: place.lon,
    country: place.country,
  };
}
