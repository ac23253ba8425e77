import { parentPort, workerData } from "node:worker_threads";
import type { CoderRegistry } from "@sitrep/server";
import { encodeEvents } from "@sitrep/server/event-rows";
import type { CodeAnswer, CodeRequest } from "./coder-thread.js";
import { loadExtractor } from "./extractor.js";

// The coder thread (see `startCoderThread`): codes the reports the main thread sends, one at a time, and
// answers with their rows encoded as the store writes them (one string crosses, not the event objects).
const { dataDir } = workerData as { dataDir: string };
const coder = loadExtractor(dataDir);
let registry: CoderRegistry | undefined;
parentPort?.on("message", (request: CodeRequest) => {
  if (request.registry !== undefined) registry = request.registry ?? undefined;
  void answer(request).then((reply) => parentPort?.postMessage(reply));
});

async function answer({ id, text, context }: CodeRequest): Promise<CodeAnswer> {
  try {
    const coded = await coder.extractor(text, { ...context, registry });
    return "events" in coded
      ? { id, rows: encodeEvents(coded.events), count: coded.events.length }
      : { id, ...coded };
  } catch (error) {
    return { id, error: error instanceof Error ? error.message : String(error) };
  }
}
