/**
 * `xs.map(f)`, always as a packed array. V8's optimised `Array.prototype.map` makes holey arrays and
 * its unoptimised one packed arrays, so the arrays a function maps change kind when that function is
 * optimised, and every optimised function that reads them deoptimises ("wrong map") and is compiled
 * again: the coder took many megabytes of text to reach its steady state. The passes map with this.
 */
export function mapPacked<T, U>(xs: readonly T[], f: (x: T, index: number) => U): U[] {
  const out = perReport<U>();
  for (let i = 0; i < xs.length; i++) out.push(f(xs[i]!, i));
  return out;
}

/**
 * An empty array for data that lives no longer than one report, as `[]` would be without its
 * allocation site. V8 counts how many of the objects made at one `[]` or `{…}` of the source outlive a
 * young-generation collection and, when nearly all do (the model's tables are built by the same
 * functions), makes every later one there in the old generation: each report's arrays then outlive it
 * until a full collection and keep everything they hold alive with them (about 60% of the resident
 * memory after the bench, and the slower writes into old objects). A copy of an empty array made by
 * `slice` has no such count either, and costs a quarter of `Array.of` (a generic construction).
 */
export function perReport<T>(): T[] {
  return NOTHING.slice();
}

/** Never written: only copied by `perReport`. */
const NOTHING: readonly never[] = [];
