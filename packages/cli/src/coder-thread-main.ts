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
const encoder = new TextEncoder();
parentPort?.on("message", (request: CodeRequest) => {
  if (request.registry !== undefined) registry = request.registry ?? undefined;
  // The rows' bytes move to the main thread rather than being copied.
  void answer(request).then((reply) =>
    parentPort?.postMessage(reply, "rows" in reply ? [reply.rows.buffer as ArrayBuffer] : []),
  );
});

async function answer({ id, text, context }: CodeRequest): Promise<CodeAnswer> {
  try {
    const coded = await coder.extractor(text, { ...context, registry });
    if (!("events" in coded)) {
      const { rows, count } = coded;
      // A copy of given bytes: their buffer may hold more than they do, and it is moved.
      return { id, rows: typeof rows === "string" ? encoder.encode(rows) : rows.slice(), count };
    }
    return { id, rows: encoder.encode(encodeEvents(coded.events)), count: coded.events.length };
  } catch (error) {
    return { id, error: error instanceof Error ? error.message : String(error) };
  }
}
