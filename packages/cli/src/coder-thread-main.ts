import { parentPort, workerData } from "node:worker_threads";
import type { CoderRegistry } from "@sitrep/server";
import { copyText, encodeEvents } from "@sitrep/server/event-rows";
import type { CodeAnswer, CodeRequest } from "./coder-thread.js";
import { loadExtractor } from "./extractor.js";

// The coder thread (see `startCoderThread`): codes the reports the main thread sends (those of one message
// in order) and answers with their rows encoded as the store writes them (their bytes cross, not the event
// objects): COPY lines when the request names the report (`copyFor`, a server's store), else JSON rows.
const { dataDir } = workerData as { dataDir: string };
const coder = loadExtractor(dataDir);
let registry: CoderRegistry | undefined;
const encoder = new TextEncoder();
parentPort?.on("message", (requests: CodeRequest[]) => void answerAll(requests));

/** Codes the reports of one message in order and answers them in one message. */
async function answerAll(requests: CodeRequest[]): Promise<void> {
  const replies: CodeAnswer[] = [];
  const moved: ArrayBuffer[] = [];
  for (const request of requests) {
    if (request.registry !== undefined) registry = request.registry ?? undefined;
    const reply = await answer(request);
    replies.push(reply);
    // The rows' bytes move to the main thread rather than being copied.
    if ("bytes" in reply) moved.push(reply.bytes.buffer as ArrayBuffer);
  }
  parentPort?.postMessage(replies, moved);
}

async function answer({ id, text, context }: CodeRequest): Promise<CodeAnswer> {
  try {
    const coded = await coder.extractor(text, { ...context, registry });
    const { copyFor } = context;
    if ("events" in coded) {
      const { events } = coded;
      // Fresh bytes (`encode`, not `Buffer.from`, whose small buffers share a pool): their buffer is moved.
      if (copyFor !== undefined)
        return { id, as: "copy", bytes: encoder.encode(copyText(copyFor, events)), count: events.length };
      return { id, as: "rows", bytes: encoder.encode(encodeEvents(events)), count: events.length };
    }
    // A copy of given bytes: their buffer may hold more than they do, and it is moved.
    const given = "copy" in coded ? coded.copy : coded.rows;
    const bytes = typeof given === "string" ? encoder.encode(given) : given.slice();
    return { id, as: "copy" in coded ? "copy" : "rows", bytes, count: coded.count };
  } catch (error) {
    return { id, error: error instanceof Error ? error.message : String(error) };
  }
}
