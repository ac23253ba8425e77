import { readFileSync, statSync } from "node:fs";

/** Largest input file read at once. */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;

/**
 * Reads a file (or stdin for fd 0) as text. Invalid UTF-8 becomes U+FFFD rather than an error;
 * a file that is not text (NUL bytes in its first kilobytes) or too large gives a clear error.
 */
export function readTextInput(source: string | 0): string {
  if (source !== 0) {
    const stat = statSync(source, { throwIfNoEntry: false });
    if (!stat) throw new Error(`${source}: no such file`);
    if (!stat.isFile()) throw new Error(`${source}: not a file`);
    if (stat.size > MAX_INPUT_BYTES)
      throw new Error(`${source}: too large (${stat.size} bytes; the limit is ${MAX_INPUT_BYTES})`);
  }
  const bytes = readFileSync(source);
  if (bytes.length > MAX_INPUT_BYTES)
    throw new Error(`input too large (the limit is ${MAX_INPUT_BYTES} bytes)`);
  if (bytes.subarray(0, 8192).includes(0))
    throw new Error(`${source === 0 ? "stdin" : source}: not text (binary data)`);
  return new TextDecoder("utf-8", { fatal: false }).decode(bytes);
}
