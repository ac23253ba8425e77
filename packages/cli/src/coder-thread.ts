import { Worker } from "node:worker_threads";
import type { CoderRegistry, ExtractContext, Extractor } from "@sitrep/server";

/**
 * A report to code, as the main thread sends it (the reports asked for together in one message): the
 * registry only when it changed (null: none).
 */
export interface CodeRequest {
  id: number;
  text: string;
  context: Omit<ExtractContext, "registry">;
  registry?: CoderRegistry | null;
}

/**
 * The coder thread's answer (the answers to one message in one message, in its order): the events as the
 * store writes them, as UTF-8 bytes the main thread passes on as they are (`as`: COPY lines, `copyLines`, when the request named the report; else JSON rows,
 * `encodeEvents`) and how many, or the message of what the coder threw.
 */
export type CodeAnswer =
  { id: number; as: "copy" | "rows"; bytes: Uint8Array; count: number } | { id: number; error: string };

/** A coded report as the thread answers it, in the form the store takes. */
type Encoded = { rows: Uint8Array; count: number } | { copy: Uint8Array; count: number };

/** The coder in a thread of its own, and how to stop it. */
export interface CoderThread {
  extractor: Extractor;
  close(): Promise<void>;
}

/**
 * The coder (`loadExtractor(dataDir)`) in a worker thread, as an `Extractor`: on the embedded database
 * (PGlite runs in the main thread) the database stores one batch while the thread codes the next, and the
 * server answers while reports are coded. A registry travels to the thread only when its version changes.
 * A thread that dies fails the reports it held (their jobs are retried) and is started again on the next.
 */
export function startCoderThread(dataDir: string): CoderThread {
  let worker: Worker | null = null;
  let sentVersion: string | null = null;
  let nextId = 0;
  const pending = new Map<number, { resolve: (coded: Encoded) => void; reject: (e: Error) => void }>();
  const stopped = (error: Error) => {
    worker = null;
    for (const { reject } of pending.values()) reject(error);
    pending.clear();
  };
  const start = (): Worker => {
    const thread = new Worker(new URL("./coder-thread-main.js", import.meta.url), {
      workerData: { dataDir },
    });
    sentVersion = null;
    thread.on("message", (answers: CodeAnswer[]) => {
      for (const answer of answers) {
        const waiting = pending.get(answer.id);
        if (!waiting) continue;
        pending.delete(answer.id);
        if ("error" in answer) waiting.reject(new Error(answer.error));
        else if (answer.as === "copy") waiting.resolve({ copy: answer.bytes, count: answer.count });
        else waiting.resolve({ rows: answer.bytes, count: answer.count });
      }
      // Idle, the thread does not keep the process alive.
      if (pending.size === 0) thread.unref();
    });
    thread.on("error", (error) => stopped(error));
    thread.on("exit", (code) => stopped(new Error(`the coder thread stopped (exit code ${code})`)));
    return thread;
  };
  // The reports asked for in one turn of the event loop (a batch hands over all of its own at once) go
  // to the thread in one message: a message a report cost the thread about a twentieth of its time.
  let outbox: CodeRequest[] = [];
  const flush = (): void => {
    const requests = outbox;
    outbox = [];
    // (A thread that died meanwhile failed these reports already.)
    if (!worker) return;
    worker.ref();
    worker.postMessage(requests);
  };
  const code = (text: string, { registry, ...context }: ExtractContext): Promise<Encoded> => {
    worker ??= start();
    const request: CodeRequest = { id: ++nextId, text, context };
    const version = registry?.version ?? null;
    if (version !== sentVersion) {
      request.registry = registry ?? null;
      sentVersion = version;
    }
    if (outbox.length === 0) queueMicrotask(flush);
    outbox.push(request);
    return new Promise((resolve, reject) => pending.set(request.id, { resolve, reject }));
  };
  // The thread codes the reports in the order it gets them: a batch hands it all of its own at once.
  const extractor: Extractor = Object.assign(code, { queues: true });
  return {
    extractor,
    async close() {
      const thread = worker;
      worker = null;
      if (thread) await thread.terminate();
    },
  };
}
