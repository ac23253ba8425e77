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

/**
 * Sorts `xs` in place by `compare`, stably, as `xs.sort(compare)` does, for the short lists the passes
 * sort again and again (a mention's few candidates): an insertion sort allocates nothing, where the
 * built-in sort makes a work array for every call. Quadratic: for lists of tens of items, not more.
 */
export function sortShort<T>(xs: T[], compare: (a: T, b: T) => number): T[] {
  for (let i = 1; i < xs.length; i++) {
    const x = xs[i]!;
    let j = i - 1;
    while (j >= 0 && compare(xs[j]!, x) > 0) {
      xs[j + 1] = xs[j]!;
      j--;
    }
    xs[j + 1] = x;
  }
  return xs;
}
