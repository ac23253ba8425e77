// Geoparser throughput on one core after loading, and the CLI's start-up (load included).
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { geoparse } from "../../packages/coder/dist/index.js";
import { Gazetteer } from "../../packages/gazetteer/dist/index.js";
import { baseIndexPath, readBaseIndex } from "../../packages/cli/dist/gazetteer-file.js";

export const title = "Geoparser (sitrep geoparse)";

const root = new URL("../../", import.meta.url).pathname;

/** News text to parse: the geo corpora's texts when present (tests and benches may read ../shared/eval), else a written sample. */
function corpus() {
  try {
    return ["tr-news", "gwn", "lgl"].flatMap((name) =>
      readFileSync(`${root}../shared/eval/geo/${name}.jsonl`, "utf8")
        .trim()
        .split("\n")
        .map((line) => JSON.parse(line).text),
    );
  } catch {
    return [
      "Russian forces shelled Kharkiv and Kupiansk overnight, while fighting continued 5 km southwest of Pokrovsk in Donetsk Oblast. ",
    ];
  }
}

export default async function () {
  // As the CLI loads it: the unpacked copy that `npm run build` makes, when it is up to date.
  const t0 = performance.now();
  const base = readBaseIndex();
  const gazetteer = Gazetteer.fromIndexes(base);
  geoparse("Warm-up in Aleppo and Kharkiv.", gazetteer);
  const loadMs = performance.now() - t0;
  const texts = corpus();
  let chars = 0;
  let places = 0;
  const t1 = performance.now();
  for (let round = 0; round < 3; round++) {
    for (const text of texts) {
      chars += text.length;
      places += geoparse(text, gazetteer).places.length;
    }
  }
  const seconds = (performance.now() - t1) / 1000;
  const starts = [];
  for (let i = 0; i < 5; i++) {
    const s = performance.now();
    execFileSync(process.execPath, [`${root}packages/cli/bin/sitrep.mjs`, "geoparse", "-"], {
      input: "Shelling hit Kharkiv.",
    });
    starts.push(performance.now() - s);
  }
  starts.sort((a, b) => a - b);
  const rss = process.memoryUsage().rss;
  // The compressed index alone, as the CLI reads it when there is no up-to-date copy.
  const t2 = performance.now();
  const packed = readBaseIndex({ packed: baseIndexPath(), unpacked: `${root}no-unpacked-copy` });
  geoparse("Warm-up in Aleppo and Kharkiv.", Gazetteer.fromIndexes(packed));
  const packedMs = performance.now() - t2;
  return [
    `load (index + first lookup, in process): ${loadMs.toFixed(0)} ms${base.hasLookupTables() ? " (the unpacked copy)" : " (no up-to-date unpacked copy: npm run build makes it)"}, ${packedMs.toFixed(0)} ms from the compressed index; resident memory ${(rss / 1e6).toFixed(0)} MB`,
    `throughput: ${(chars / 1e6 / seconds).toFixed(2)} MB of text a second on one core (${(chars / 1e6).toFixed(1)} MB, ${places} places, ${seconds.toFixed(2)} s) — target ≥ 2 MB/s`,
    `CLI start-up with load (sitrep geoparse on one sentence): median ${starts[2].toFixed(0)} ms, best ${starts[0].toFixed(0)} ms — target < 1 s`,
  ];
}
