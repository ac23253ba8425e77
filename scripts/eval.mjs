#!/usr/bin/env node
// Scores `sitrep extract --jsonl` with ../shared/eval/score.mjs: on the dev gold reports of
// ../shared/eval/dev/, then on the gold reports written for the project (packages/coder/test/gold/,
// other wars and outlets). Usage: npm run eval [-- --verbose] [-- --json] [-- --gold DIR]
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const goldAt = args.indexOf("--gold");
const sets =
  goldAt >= 0
    ? [{ name: args[goldAt + 1], dir: resolve(args[goldAt + 1]) }]
    : [
        { name: "dev (../shared/eval/dev)", dir: join(root, "..", "shared", "eval", "dev") },
        { name: "project (packages/coder/test/gold)", dir: join(root, "packages", "coder", "test", "gold") },
      ];
const passOn = args.filter((a) => a === "--verbose" || a === "--json");
const scorer = join(root, "..", "shared", "eval", "score.mjs");
if (!existsSync(scorer)) {
  console.error(`eval: the scorer is missing at ${scorer}`);
  process.exit(2);
}
const bin = join(root, "packages", "cli", "bin", "sitrep.mjs");
let status = 0;
for (const set of sets) {
  if (!existsSync(set.dir)) {
    console.error(`eval: no gold reports at ${set.dir}`);
    status = 2;
    continue;
  }
  console.log(`\n== ${set.name}`);
  const run = spawnSync(
    process.execPath,
    [scorer, "--gold", set.dir, ...passOn, "--", process.execPath, bin, "extract", "--jsonl"],
    { stdio: "inherit", cwd: root },
  );
  status ||= run.status ?? 1;
}
process.exit(status);
