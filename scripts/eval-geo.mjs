#!/usr/bin/env node
// Scores the geoparser on the hand-annotated news corpora in ../shared/eval/geo/ and prints the
// figures beside the best published peers. Usage: npm run eval:geo [-- tr-news|gwn|lgl]
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const root = new URL("..", import.meta.url).pathname;
const geo = new URL("../../shared/eval/geo/", import.meta.url).pathname;
const corpora = [
  { name: "TR-News", file: "tr-news.jsonl", peer: { f1: 0.803, acc161: 0.85 } },
  { name: "GeoWebNews", file: "gwn.jsonl", peer: { f1: 0.739, acc161: 0.937 } },
  { name: "LGL", file: "lgl.jsonl", peer: { f1: 0.713, acc161: 0.819 } },
];
const only = process.argv.slice(2).map((a) => a.toLowerCase());
const rows = [];
for (const corpus of corpora) {
  if (only.length && !only.some((o) => corpus.file.startsWith(o))) continue;
  const gold = geo + corpus.file;
  if (!existsSync(gold)) {
    console.error(`missing ${gold}`);
    process.exitCode = 1;
    continue;
  }
  const run = spawnSync(
    process.execPath,
    [
      geo + "../geo-score.mjs",
      "--gold",
      gold,
      "--json",
      "--",
      process.execPath,
      root + "packages/cli/bin/sitrep.mjs",
      "geoparse",
      "--jsonl",
    ],
    {
      encoding: "utf8",
      maxBuffer: 1 << 28,
    },
  );
  if (run.status !== 0) {
    console.error(run.stderr);
    process.exitCode = 1;
    continue;
  }
  const r = JSON.parse(run.stdout);
  rows.push({ corpus: corpus.name, ...r, peer: corpus.peer });
}
const f = (x) => (typeof x === "number" ? x.toFixed(3) : String(x));
console.log(
  "| corpus | P | R | F1 | acc@161 | mean km | AUC | end-to-end acc@161 | best peer F1 / acc@161 |",
);
console.log("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |");
for (const r of rows) {
  console.log(
    `| ${r.corpus} | ${f(r.precision)} | ${f(r.recall)} | ${f(r.f1)} | ${f(r.resolution.acc161)} | ${f(r.resolution.mean_km)} | ${f(r.resolution.auc)} | ${f(r.end_to_end_acc161)} | ${f(r.peer.f1)} / ${f(r.peer.acc161)} |`,
  );
}
