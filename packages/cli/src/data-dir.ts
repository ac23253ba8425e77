import { resolve } from "node:path";

/** The data folder: `--data DIR`, else SITREP_DATA, else ./data. Removes the flag from argv. */
export function takeDataDir(argv: string[]): string {
  const at = argv.indexOf("--data");
  if (at >= 0) {
    const dir = argv[at + 1];
    if (!dir) throw new UsageError("--data needs a folder");
    argv.splice(at, 2);
    return resolve(dir);
  }
  return resolve(process.env.SITREP_DATA ?? "data");
}

/** A mistake in how the command was called: printed with the usage, exit code 2. */
export class UsageError extends Error {}
