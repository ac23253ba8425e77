import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { compileModel, type Model, type ModelData } from "@sitrep/coder";
import { loadGazetteerIndex } from "./gazetteer-file.js";

/** The coder's dictionaries: `packages/coder/model/`, beside the package's entry. */
export function modelDir(): string {
  const entry = fileURLToPath(import.meta.resolve("@sitrep/coder"));
  return join(dirname(entry), "..", "model");
}

function readJson(dir: string, name: string): unknown {
  return JSON.parse(readFileSync(join(dir, name), "utf8")) as unknown;
}

/** Reads the model files as data (no gazetteer). */
export function readModelData(dir = modelDir()): ModelData {
  return {
    actors: (readJson(dir, "actors.json") as { actors: ModelData["actors"] }).actors,
    countries: readJson(dir, "countries.json") as ModelData["countries"],
    generic: readJson(dir, "generic.json") as ModelData["generic"],
    triggers: readJson(dir, "triggers.json") as ModelData["triggers"],
    modality: readJson(dir, "modality.json") as ModelData["modality"],
  };
}

/** Loads and compiles the coder's model: dictionaries from `model/`, the gazetteer of the data folder. */
export function loadModel(dataDir?: string): Model {
  return compileModel(readModelData(), loadGazetteerIndex(dataDir));
}
