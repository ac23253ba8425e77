import { join } from "node:path";
import type { Extractor, RunnerOptions, ServerConfig, Services } from "@sitrep/server";
import type { Store } from "@sitrep/store";
import type { LoadedCoder } from "./extractor.js";
import { spaceFullCollections } from "./heap.js";

/** The store and services one CLI command runs on. */
export interface Backbone {
  store: Store;
  services: Services;
  config: ServerConfig;
  close(): Promise<void>;
}

/** Where the embedded database lives inside the data folder. */
export function pgliteDir(dataDir: string): string {
  return join(dataDir, "pglite");
}

/**
 * Opens the database (`DATABASE_URL`, else PGlite in the data folder) and builds the server's services
 * over it, with this coder (whose shipped actors seed the registry). Loaded lazily so commands that do
 * not need them stay fast. A process that opens the database stores reports as they come: its full
 * garbage collections are spaced (`spaceFullCollections`).
 */
export async function openBackbone(
  dataDir: string,
  coder: Extractor | LoadedCoder,
  settings: Partial<Record<keyof ServerConfig, unknown>> = {},
  runner?: RunnerOptions,
): Promise<Backbone> {
  spaceFullCollections();
  const { openStore } = await import("@sitrep/store");
  const { configFromEnv, createServices, loadConfig } = await import("@sitrep/server");
  const config = loadConfig({ ...configFromEnv(process.env), ...settings });
  const databaseUrl = process.env.DATABASE_URL || undefined;
  const store = await openStore(databaseUrl ? { databaseUrl } : { dataDir: pgliteDir(dataDir) });
  const { extractor, places, geonames, seedActors } =
    typeof coder === "function" ? { extractor: coder } : coder;
  const services = createServices({ store, extractor, config, runner, places, geonames });
  if (seedActors) await services.registries.seedActors(seedActors);
  return { store, services, config, close: () => store.close() };
}

/** Reads all of stdin as text. */
export async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

/** Takes `--name VALUE` out of argv; undefined if absent. */
export function takeOption(argv: string[], name: string): string | undefined {
  const at = argv.indexOf(name);
  if (at < 0) return undefined;
  const value = argv[at + 1];
  argv.splice(at, 2);
  return value;
}

/** Takes a `--flag` out of argv; whether it was there. */
export function takeFlag(argv: string[], name: string): boolean {
  const at = argv.indexOf(name);
  if (at >= 0) argv.splice(at, 1);
  return at >= 0;
}
