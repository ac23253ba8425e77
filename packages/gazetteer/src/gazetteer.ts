import type { Place } from "./types.js";

/** The in-memory gazetteer index. Pure: built from bytes the caller read. */
export class Gazetteer {
  private constructor(private readonly places: Place[]) {}

  /** An empty gazetteer (for tests of code that only needs the type). */
  static empty(): Gazetteer {
    return new Gazetteer([]);
  }

  get size(): number {
    return this.places.length;
  }

  place(index: number): Place | undefined {
    return this.places[index];
  }
}
