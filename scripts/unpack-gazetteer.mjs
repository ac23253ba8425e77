// Part of `npm run build` (so of `npm install` and `npm ci`): writes the committed gazetteer index
// inflated, with its lookup tables, to packages/gazetteer/dist/gazetteer.bin for the CLI to load
// without inflating it or building a table. Does nothing when the copy there is up to date.
import { existsSync, statSync } from "node:fs";
import { baseIndexPath, unpackBaseIndex, unpackedIndexPath } from "../packages/cli/dist/gazetteer-file.js";

if (!existsSync(baseIndexPath())) {
  console.log(`no gazetteer index at ${baseIndexPath()} to unpack (npm run gazetteer:build makes it)`);
} else {
  const t0 = performance.now();
  if (unpackBaseIndex()) {
    const mb = statSync(unpackedIndexPath()).size / 1e6;
    const ms = performance.now() - t0;
    console.log(
      `unpacked the gazetteer index to ${unpackedIndexPath()} (${mb.toFixed(0)} MB, ${ms.toFixed(0)} ms)`,
    );
  }
}
