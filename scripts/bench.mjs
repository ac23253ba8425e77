#!/usr/bin/env node
// `npm run bench`: runs every section in scripts/bench/*.mjs (each exports `title` and a default async
// function returning lines to print), in name order. `npm run bench -- geoparse` runs matching sections only.
import { readdirSync } from "node:fs";

const only = process.argv.slice(2);
const dir = new URL("./bench/", import.meta.url);
const files = readdirSync(dir)
  .filter((f) => f.endsWith(".mjs"))
  .sort();
for (const file of files) {
  if (only.length && !only.some((o) => file.includes(o))) continue;
  const section = await import(new URL(file, dir).href);
  console.log(`\n## ${section.title ?? file}`);
  try {
    for (const line of await section.default()) console.log(line);
  } catch (error) {
    console.log(`failed: ${error.stack ?? error}`);
    process.exitCode = 1;
  }
}
