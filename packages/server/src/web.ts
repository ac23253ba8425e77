import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance } from "fastify";

/**
 * Serves the web app's built files at `/` when `webDir` has an index.html, and says whether it does.
 * The app's not-found handler then answers other GET paths outside `/api` with index.html.
 */
export async function serveWebApp(app: FastifyInstance, webDir: string | undefined): Promise<boolean> {
  if (!webDir) return false;
  const root = resolve(webDir);
  if (!existsSync(join(root, "index.html"))) return false;
  await app.register(fastifyStatic, { root, wildcard: false, index: ["index.html"] });
  return true;
}
