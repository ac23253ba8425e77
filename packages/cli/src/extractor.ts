import { extract } from "@sitrep/coder";
import type { Extractor } from "@sitrep/server";
import { loadModel } from "./load-model.js";

/**
 * The coder as the server's injected `Extractor`: `extract` from `@sitrep/coder` with the model that
 * `loadModel` reads (the data folder's gazetteer included). `available` is false when the model cannot
 * be loaded; reports are then stored but not coded (the coder throws, so coding jobs are retried and
 * kept with the error rather than marking reports coded with no events).
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
    const problem = (error as Error).message;
    const unavailable: Extractor = () => {
      throw new Error(`the coder could not be loaded: ${problem}`);
    };
    return { extractor: unavailable, available: false, problem };
  }
}
