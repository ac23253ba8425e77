#!/usr/bin/env node
// How far two annotations of the same reports agree: each scored against the other with
// ../shared/eval/score.mjs, one's required events given as the other's predictions (an actor as its key
// and aliases, a place as its first location). Usage: node scripts/agreement.mjs DIR_A DIR_B
// (by default the project's gold and its second annotation, packages/coder/test/gold-second/).
import { spawnSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const second = resolve(process.argv[3] ?? join(root, "packages", "coder", "test", "gold-second"));
const first = resolve(process.argv[2] ?? join(root, "packages", "coder", "test", "gold"));
const scorer = join(root, "..", "shared", "eval", "score.mjs");
for (const path of [first, second, scorer])
  if (!existsSync(path)) {
    console.error(`agreement: missing ${path}`);
    process.exit(2);
  }

/** The reports of a folder that the other annotation has too, by file name. */
const shared = readdirSync(second).filter((f) => f.endsWith(".json") && existsSync(join(first, f)));
if (shared.length === 0) {
  console.error(`agreement: ${first} and ${second} share no report`);
  process.exit(2);
}

/** One annotation's required events as predictions, a JSON line a report. */
function asPredictions(dir) {
  return shared
    .map((file) => {
      const gold = JSON.parse(readFileSync(join(dir, file), "utf8"));
      const actor = (key) =>
        key === null || key === undefined || key === "*"
          ? null
          : { id: key, name: key, aliases: gold.actors?.[key] ?? [] };
      const events = gold.events
        .filter((e) => !e.optional)
        .map((e) => ({
          type: e.type,
          actor1: actor(e.actor1),
          actor2: actor(e.actor2),
          modality: e.modality ?? "asserted",
          ...(e.locations?.[0] ? { location: { lat: e.locations[0].lat, lon: e.locations[0].lon } } : {}),
          ...("acled" in e ? { acled: { sub_event_type: e.acled } } : {}),
        }));
      return JSON.stringify({ id: gold.id, events });
    })
    .join("\n");
}

const work = mkdtempSync(join(tmpdir(), "agreement-"));
try {
  for (const [gold, pred, label] of [
    [first, second, "second annotation scored against the first"],
    [second, first, "first annotation scored against the second"],
  ]) {
    // The gold folder the scorer reads holds only the shared reports.
    const goldDir = join(work, gold === first ? "gold-a" : "gold-b");
    mkdirSync(goldDir, { recursive: true });
    for (const file of shared) writeFileSync(join(goldDir, file), readFileSync(join(gold, file)));
    const predFile = join(work, `pred-${gold === first ? "b" : "a"}.jsonl`);
    writeFileSync(predFile, `${asPredictions(pred)}\n`);
    console.log(`\n== ${label} (${shared.length} reports)`);
    const run = spawnSync(process.execPath, [scorer, "--gold", goldDir, "--pred", predFile], {
      stdio: "inherit",
    });
    if (run.status !== 0) process.exitCode = run.status ?? 1;
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
