/**
 * `xs.map(f)`, always as a packed array. V8's optimised `Array.prototype.map` makes holey arrays and
 * its unoptimised one packed arrays, so the arrays a function maps change kind when that function is
 * optimised, and every optimised function that reads them deoptimises ("wrong map") and is compiled
 * again: the coder took many megabytes of text to reach its steady state. The passes map with this.
 */
export function mapPacked<T, U>(xs: readonly T[], f: (x: T, index: number) => U): U[] {
  const out: U[] = [];
  for (let i = 0; i < xs.length; i++) out.push(f(xs[i]!, i));
  return out;
}
