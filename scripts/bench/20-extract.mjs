// Coder throughput on one core after loading (`extract`), start-up of `sitrep extract`, and memory.
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { extract } from "../../packages/coder/dist/index.js";
import { loadModel } from "../../packages/cli/dist/load-model.js";

export const title = "Event coder (sitrep extract)";

const root = new URL("../../", import.meta.url).pathname;
const TARGET_BYTES = 4e6;

/** Report texts: the dev gold reports when present (benches may read ../shared/eval), else the coder's own test reports. */
function reports() {
  const dirs = [`${root}../shared/eval/dev`, `${root}packages/coder/test/gold`];
  for (const dir of dirs) {
    try {
      const texts = readdirSync(dir)
        .filter((f) => f.endsWith(".json"))
        .map((f) => JSON.parse(readFileSync(`${dir}/${f}`, "utf8")));
      if (texts.length) return texts.map((d) => ({ text: d.text, published: d.published ?? null }));
    } catch {
      // try the next folder
    }
  }
  return [
    {
      text: "Russian forces shelled Kharkiv overnight, killing two civilians, the governor said.",
      published: null,
    },
  ];
}

export default async function () {
  const t0 = performance.now();
  const model = loadModel();
  extract("Warm-up: the RSF shelled El Fasher.", model, {});
  const loadMs = performance.now() - t0;
  const docs = reports();
  // Two timed rounds: the first while V8 is still compiling the coder's hot functions (a process that
  // codes a few reports and exits sees this), the second in the steady state a long-running server or
  // a batch run reaches (the throughput the target is about).
  const round = (target) => {
    let bytes = 0;
    let events = 0;
    const t = performance.now();
    while (bytes < target) {
      for (const d of docs) {
        bytes += Buffer.byteLength(d.text);
        events += extract(d.text, model, { published: d.published }).events.length;
      }
    }
    return { bytes, events, seconds: (performance.now() - t) / 1000 };
  };
  const cold = round(TARGET_BYTES / 2);
  const { bytes, events, seconds } = round(TARGET_BYTES);
  const big = docs.map((d) => d.text).join("\n\n");
  const t2 = performance.now();
  let one = "";
  while (one.length < 2e6) one += big + "\n\n";
  extract(one, model, {});
  const bigSeconds = (performance.now() - t2) / 1000;
  const rss = process.memoryUsage().rss / 1e6;
  const starts = [];
  for (let i = 0; i < 5; i++) {
    const s = performance.now();
    execFileSync(process.execPath, [`${root}packages/cli/bin/sitrep.mjs`, "extract", "--jsonl"], {
      input: '{"id":"1","text":"Russian jets struck HTS positions in Abu Dali."}\n',
    });
    starts.push(performance.now() - s);
  }
  starts.sort((a, b) => a - b);
  return [
    `load (dictionaries + gazetteer, in process): ${loadMs.toFixed(0)} ms`,
    `throughput while warming up: ${(cold.bytes / 1e6 / cold.seconds).toFixed(2)} MB/s (the first ${(cold.bytes / 1e6).toFixed(1)} MB after loading, ${cold.seconds.toFixed(2)} s)`,
    `throughput, steady state: ${(bytes / 1e6 / seconds).toFixed(2)} MB of text a second on one core (the next ${(bytes / 1e6).toFixed(1)} MB in ${docs.length}-report rounds, ${events} events, ${seconds.toFixed(2)} s) — target ≥ 1 MB/s`,
    `one ${(one.length / 1e6).toFixed(1)} MB report: ${bigSeconds.toFixed(2)} s (${(one.length / 1e6 / bigSeconds).toFixed(2)} MB/s)`,
    `resident memory after: ${rss.toFixed(0)} MB — target ≤ 500 MB`,
    `CLI start-up with load (sitrep extract --jsonl, one short report): median ${starts[2].toFixed(0)} ms, best ${starts[0].toFixed(0)} ms — target ≤ 1.5 s`,
  ];
}
