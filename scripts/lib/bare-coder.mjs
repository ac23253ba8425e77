// The bare coder in a process of its own, for the ingest bench's baseline of N workers: forked with
// `passes`, it codes that many untimed passes over the bench's reports (warming V8 up as much as the
// bench's own bare coder), says "ready", and on each "go" codes them once more and sends its CPU a report.
import { cpuUsage } from "node:process";
import { loadModel } from "../../packages/cli/dist/load-model.js";
import { extract } from "../../packages/coder/dist/index.js";
import { benchReports } from "./bench-reports.mjs";

const passes = Number(process.argv[2] ?? 1);
const model = loadModel();
const texts = benchReports();
const codeAll = () => {
  for (const r of texts) extract(r.text, model, r);
};
for (let pass = 0; pass < passes; pass++) codeAll();
process.on("message", () => {
  const cpu = cpuUsage();
  codeAll();
  const used = cpuUsage(cpu);
  process.send({ cpuMs: (used.user + used.system) / 1000 / texts.length });
});
process.send("ready");
