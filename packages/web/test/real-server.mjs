// Starts the real product for the browser tests and the bench: `sitrep serve` (the built CLI, the real
// coder, embedded PostgreSQL in a temporary data folder) on a free loopback port. Reads the first
// admin's password and the address from what the command prints, as a user would.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const CLI = fileURLToPath(new URL("../../cli/dist/main.js", import.meta.url));

/**
 * Runs `sitrep serve --samples` on a new data folder (or `dataDir`, e.g. one filled by the bench) and
 * resolves once it serves: `{ url, password, dataDir, close }`. `password` is null when the folder
 * already had an admin.
 */
export async function startRealServer({ dataDir, samples = true, timeoutMs = 180_000 } = {}) {
  const dir = dataDir ?? mkdtempSync(join(tmpdir(), "sitrep-web-"));
  const args = [CLI, "serve", "--data", dir, "--port", "0", ...(samples ? ["--samples"] : [])];
  const env = { ...process.env, DATABASE_URL: "", SITREP_PUBLIC_URL: "" };
  delete env.DATABASE_URL;
  delete env.SITREP_PUBLIC_URL;
  const child = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "pipe"], env });
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));
  const ready = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`sitrep serve did not start:\n${output}`)), timeoutMs);
    const check = () => {
      const at = /serving .* at (http:\/\/[^\s/]+)\//.exec(output);
      if (!at) return;
      clearTimeout(timer);
      resolve(at[1].replace("localhost", "127.0.0.1"));
    };
    child.stdout.on("data", check);
    child.once("exit", (code) => reject(new Error(`sitrep serve exited with ${code}:\n${output}`)));
  });
  const password = /password (\S+)/.exec(output)?.[1] ?? null;
  return {
    url: ready,
    password,
    dataDir: dir,
    output: () => output,
    async close() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once("exit", resolve));
        child.kill("SIGTERM");
        await exited;
      }
      if (!dataDir) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Signs in through the API (Node's fetch): a cookie and the CSRF token for later calls, which answer
 * parsed JSON (or the bytes, with `raw: true`).
 */
export async function apiSession(url, name, password) {
  const response = await fetch(`${url}/api/session`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ name, password }),
  });
  if (!response.ok) throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const { csrf_token } = await response.json();
  const call = async (path, init = {}) => {
    const headers = {
      cookie,
      "x-csrf-token": csrf_token,
      ...(init.json ? { "content-type": "application/json" } : {}),
    };
    const res = await fetch(`${url}/api${path}`, {
      ...init,
      headers,
      body: init.json ? JSON.stringify(init.json) : init.body,
    });
    if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
    return init.raw ? res.arrayBuffer() : res.json();
  };
  return call;
}

/** Waits until every stored report is coded (the sample reports on first start). */
export async function waitForCoding(call, timeoutMs = 120_000) {
  const start = Date.now();
  for (;;) {
    const { reports } = await call("/reports?limit=1000");
    if (reports.length && reports.every((r) => r.coded)) return reports.length;
    if (Date.now() - start > timeoutMs) throw new Error("the sample reports were not coded in time");
    await new Promise((ok) => setTimeout(ok, 300));
  }
}
