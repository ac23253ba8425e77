/** How much a feature kind weighs before any context: countries and capitals first, hamlets last. */
const FEATURE_WEIGHT: Record<string, number> = {
  "A.PCLI": 3.2,
  "A.PCLD": 2.4,
  "A.PCLF": 2.4,
  "A.PCLS": 2.4,
  "A.PCLIX": 2,
  "A.TERR": 2,
  "A.ADM1": 1.6,
  "A.ADM2": 1.2,
  "A.ADM3": 0.6,
  "A.ADMD": 0.5,
  "P.PPLC": 2.4,
  "P.PPLA": 1.6,
  "P.PPLA2": 1.0,
  "P.PPLA3": 0.6,
  "P.PPLA4": 0.4,
  "P.PPLG": 1.4,
  "P.PPL": 0.3,
  "P.PPLX": 0,
  "P.PPLL": 0,
  "P.PPLF": -0.2,
  "P.PPLQ": -0.6,
  "P.PPLW": -0.4,
  "P.PPLH": -0.8,
  "P.PPLR": -0.2,
  "P.STLMT": 0,
  "L.CONT": 0,
  "S.AIRB": 0.8,
  "S.AIRP": 0.6,
  "S.AIRF": 0.2,
  "L.RGN": 1.4,
  "L.AREA": 0.6,
  // Water has no population: its weight alone puts an ocean, a sea or a strait named in full above the
  // towns named after it (Atlantic, Iowa) and level with a province of the same name (Red Sea, Sudan).
  "H.OCN": 6,
  "H.SEA": 5.5,
  "H.GULF": 5,
  "H.STRT": 4.5,
  "H.CNL": 4.5,
  "H.LK": 4,
  // A landmark named in full (the White House) is that landmark before a town that also goes by its name.
  "S.BLDG": 6,
  "S.PS": 1,
  "S.MFG": 1,
  "V.FRST": 1,
  "T.ISL": 1,
};

/** Most spellings that count towards a place's renown, and what each adds to its prior. */
const MOST_SPELLINGS = 5;
const SPELLING_WEIGHT = 0.06;

/**
 * The static prior of a place: its feature kind and its population (log scale). A place without a
 * population counts its Latin spellings instead (other than its name, as `latinSpellings` counts
 * them): of nine villages called Namhkam, the town is the one the sources spell five ways (Namkham, Nam
 * Khan, …); the hamlets have their one name. Capped, and below a feature rank (0.3 at most, a PPLA3 is
 * 0.3 above a PPL), so it only orders places the data cannot tell apart otherwise.
 */
export function placePrior(feature: string, population: number, spellings = 0): number {
  const weight =
    FEATURE_WEIGHT[feature] ?? (feature.startsWith("P.") ? 0.2 : feature.startsWith("A.") ? 0.5 : 0);
  const renown = population > 0 ? 0 : Math.min(spellings, MOST_SPELLINGS) * SPELLING_WEIGHT;
  return weight + Math.log10(1 + population) * 0.6 + renown;
}
