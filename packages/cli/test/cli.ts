import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const BIN = fileURLToPath(new URL("../bin/sitrep.mjs", import.meta.url));

/** Runs the built `sitrep` command with arguments and stdin; returns its exit code and output. */
export function sitrep(
  args: string[],
  input = "",
  env: Record<string, string> = {},
): { status: number; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [BIN, ...args], {
    input,
    encoding: "utf8",
    maxBuffer: 1 << 28,
    env: { ...process.env, ...env },
  });
  return { status: run.status ?? -1, stdout: run.stdout, stderr: run.stderr };
}
