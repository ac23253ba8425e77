import { extract } from "@sitrep/coder";
import type { Extractor } from "@sitrep/server";
import { loadModel } from "./load-model.js";

/**
 * The coder as the server's injected `Extractor`: `extract` from `@sitrep/coder` with the model that
 * `loadModel` reads (the data folder's gazetteer included). `available` is false when the model cannot
 * be loaded; reports are then stored but not coded.
 */
export function loadExtractor(dataDir: string): {
  extractor: Extractor;
  available: boolean;
  problem?: string;
} {
  try {
    const model = loadModel(dataDir);
    return { extractor: (text, context) => extract(text, model, context), available: true };
  } catch (error) {
    return { extractor: () => ({ events: [] }), available: false, problem: (error as Error).message };
  }
}
