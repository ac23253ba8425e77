/** A place mention found by the geoparser: a span of the text resolved to one gazetteer entry. */
export interface PlaceMention {
  /** The mention as written (the span of the original text). */
  readonly text: string;
  /** UTF-16 offsets into the original text, end exclusive. */
  readonly start: number;
  readonly end: number;
  readonly name: string;
  readonly geonameid: number | null;
  readonly lat: number;
  readonly lon: number;
  readonly country: string;
  readonly admin1: string;
  readonly feature: string;
  /** ACLED geo precision: 1 the place itself, 2 near it or part of a region, 3 a province or larger. */
  readonly precision: 1 | 2 | 3;
  /**
   * Id of the rule that recognised and resolved the mention: "geo/exact", "geo/loose", "geo/skeleton",
   * "geo/demonym" (an adjective such as "Turkish": a country, not a place where something happened),
   * "geo/unit:province", "geo/airbase", "geo/relative:distance", "geo/relative:near", "geo/relative:part-of"…
   */
  readonly rule: string;
  /** Gazetteer index of the chosen entry (use with Gazetteer#place). */
  readonly placeIndex: number;
  /** The runner-up candidates with their scores, best first (for a reviewer). */
  readonly candidates: readonly { readonly placeIndex: number; readonly score: number }[];
  /**
   * The whole expression when it is wider than the name: "5 km southwest of Pokrovsk", "east of Hama",
   * "the province of Idlib". Null when the name stands alone. When the expression names a part of a
   * country or a first-level unit ("northern Shan State", "the east of Ukraine"), `lat` and `lon` are that
   * part's centre (the centre of its northern … third): where an event told there is mapped, while the
   * mention's own `lat` and `lon` stay the anchor's.
   */
  readonly expression: {
    readonly start: number;
    readonly end: number;
    readonly lat?: number;
    readonly lon?: number;
  } | null;
}
