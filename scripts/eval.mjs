#!/usr/bin/env node
// Scores `sitrep extract --jsonl` on the dev gold reports: node scripts/eval.mjs [--verbose] [--json] [--gold DIR]
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const goldAt = args.indexOf("--gold");
const gold = goldAt >= 0 ? resolve(args[goldAt + 1]) : join(root, "..", "shared", "eval", "dev");
const passOn = args.filter((a, i) => a === "--verbose" || a === "--json" || (i > 0 && args[i - 1] === "--gold" && false));
const scorer = join(root, "..", "shared", "eval", "score.mjs");
if (!existsSync(scorer)) {
  console.error(`eval: the scorer is missing at ${scorer}`);
  process.exit(2);
}
const bin = join(root, "packages", "cli", "bin", "sitrep.mjs");
const run = spawnSync(process.execPath, [scorer, "--gold", gold, ...passOn, "--", process.execPath, bin, "extract", "--jsonl"], { stdio: "inherit", cwd: root });
process.exit(run.status ?? 1);
