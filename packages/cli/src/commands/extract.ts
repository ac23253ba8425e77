import { createInterface } from "node:readline";
import { extract, type Model } from "@sitrep/coder";
import { UsageError } from "../data-dir.js";
import { loadModel } from "../load-model.js";
import { readTextInput } from "../read-input.js";

const USAGE =
  'usage: sitrep extract FILE…   or   sitrep extract --jsonl  (reads {"id","text","published"?} lines on stdin)';

function tracer(): ((message: string) => void) | undefined {
  const debug = process.env.SITREP_DEBUG ?? "";
  return /\b(?:rules|all|1|true)\b/.test(debug)
    ? (m: string): void => void process.stderr.write(`${m}\n`)
    : undefined;
}

function code(text: string, model: Model, published: string | null): unknown[] {
  const { events, diagnostics } = extract(text, model, { published, trace: tracer() });
  for (const d of diagnostics) process.stderr.write(`sitrep extract: ${d}\n`);
  return events;
}

function publishedOf(value: unknown): string | null {
  return typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : null;
}

/** One output line for one input line; a bad line gives an `error` and no events. */
function codeLine(line: string, lineNumber: number, model: Model): Record<string, unknown> {
  let input: unknown;
  try {
    input = JSON.parse(line);
  } catch (error) {
    return { id: null, events: [], error: `line ${lineNumber}: not JSON (${(error as Error).message})` };
  }
  if (typeof input !== "object" || input === null || Array.isArray(input))
    return { id: null, events: [], error: `line ${lineNumber}: not a JSON object` };
  const record = input as { id?: unknown; text?: unknown; published?: unknown };
  const id = record.id ?? null;
  if (typeof record.text !== "string")
    return { id, events: [], error: `line ${lineNumber}: "text" must be a string` };
  try {
    return { id, events: code(record.text, model, publishedOf(record.published)) };
  } catch (error) {
    return { id, events: [], error: `line ${lineNumber}: ${(error as Error).message}` };
  }
}

/** `sitrep extract FILE…` (JSON) and `sitrep extract --jsonl` (JSON Lines on stdin → stdout, input order). */
export async function extractCommand(argv: string[]): Promise<number> {
  const jsonl = argv.includes("--jsonl");
  const files = argv.filter((a) => !a.startsWith("--") || a === "-");
  const publishedAt = argv.indexOf("--published");
  const published = publishedAt >= 0 ? publishedOf(argv[publishedAt + 1]) : null;
  if (publishedAt >= 0) files.splice(files.indexOf(argv[publishedAt + 1] ?? ""), 1);
  if (!jsonl && files.length === 0) throw new UsageError(USAGE);
  const model = loadModel(process.env.SITREP_DATA);
  if (!jsonl) {
    const reports = files.map((file) => {
      try {
        return { file, events: code(readTextInput(file === "-" ? 0 : file), model, published) };
      } catch (error) {
        return { file, events: [], error: (error as Error).message };
      }
    });
    const out =
      reports.length === 1 && !("error" in reports[0]!) ? { events: reports[0]!.events } : { reports };
    process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
    return reports.some((r) => "error" in r) ? 1 : 0;
  }
  let lineNumber = 0;
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    lineNumber++;
    if (line.trim() === "") continue;
    const out = codeLine(line, lineNumber, model);
    if (!process.stdout.write(`${JSON.stringify(out)}\n`))
      await new Promise((r) => process.stdout.once("drain", r));
  }
  return 0;
}
