/** One gazetteer entry. Coordinates are WGS84 degrees. */
export interface Place {
  /** Position of the entry in the index; stable for one index build only. */
  readonly index: number;
  /** GeoNames id when the entry has one, else null (an airport, an analyst-added place). */
  readonly geonameid: number | null;
  readonly name: string;
  readonly lat: number;
  readonly lon: number;
  /** ISO 3166-1 alpha-2 country code, upper case ("" when unknown). */
  readonly country: string;
  /** First-level administrative division's name ("" when unknown). */
  readonly admin1: string;
  /** GeoNames feature class and code, e.g. "P.PPL", "A.ADM1", "S.AIRB", "A.PCLI". */
  readonly feature: string;
  readonly population: number;
}
