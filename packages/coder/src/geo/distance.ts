/** Great-circle distance in kilometres between two { lat, lon } points (haversine, mean Earth radius). */
export function kmBetween(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  return haversineKm(a.lat, a.lon, b.lat, b.lon);
}

/** The same from bare degrees: the geoparser's hot loop calls it without building objects. */
export function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const r = Math.PI / 180;
  const h =
    Math.sin(((lat2 - lat1) * r) / 2) ** 2 +
    Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(((lon2 - lon1) * r) / 2) ** 2;
  return 12742 * Math.asin(Math.sqrt(Math.min(1, h)));
}

/** The cosine of a latitude in degrees, as haversineKm computes it. */
export const cosOfLatitude = (lat: number): number => Math.cos(lat * (Math.PI / 180));

/**
 * haversineKm with the cosines of the latitudes given (`cosOfLatitude`), for a loop that meets each
 * place many times: the same arithmetic, term for term, so the same result to the last bit.
 */
export function haversineKmCos(
  lat1: number,
  lon1: number,
  cos1: number,
  lat2: number,
  lon2: number,
  cos2: number,
): number {
  const r = Math.PI / 180;
  const h = Math.sin(((lat2 - lat1) * r) / 2) ** 2 + cos1 * cos2 * Math.sin(((lon2 - lon1) * r) / 2) ** 2;
  return 12742 * Math.asin(Math.sqrt(Math.min(1, h)));
}
