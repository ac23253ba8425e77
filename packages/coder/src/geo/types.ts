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
  /** Id of the rule that recognised and resolved the mention. */
  readonly rule: string;
  /** Gazetteer index of the chosen entry (use with Gazetteer#place). */
  readonly placeIndex: number;
  /** The runner-up candidates with their scores, best first (for a reviewer). */
  readonly candidates: readonly { readonly placeIndex: number; readonly score: number }[];
}
