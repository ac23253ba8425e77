import { parentPort, workerData } from "node:worker_threads";
import type { CoderRegistry } from "@sitrep/server";
import type { CodeAnswer, CodeRequest } from "./coder-thread.js";
import { loadExtractor } from "./extractor.js";

// The coder thread (see `startCoderThread`): codes the reports the main thread sends, one at a time.
const { dataDir } = workerData as { dataDir: string };
const coder = loadExtractor(dataDir);
let registry: CoderRegistry | undefined;
parentPort?.on("message", (request: CodeRequest) => {
  if (request.registry !== undefined) registry = request.registry ?? undefined;
  void answer(request).then((reply) => parentPort?.postMessage(reply));
});

async function answer({ id, text, context }: CodeRequest): Promise<CodeAnswer> {
  try {
    const { events } = await coder.extractor(text, { ...context, registry });
    return { id, events };
  } catch (error) {
    return { id, error: error instanceof Error ? error.message : String(error) };
  }
}
