import { existsSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
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
  await app.register(fastifyStatic, {
    root,
    wildcard: false,
    index: ["index.html"],
    // `.br` / `.gz` files written beside the assets at build time (`packages/web/scripts/compress-dist.mjs`).
    preCompressed: true,
    cacheControl: false,
    setHeaders: (reply, path) => void reply.header("cache-control", cacheControlFor(relative(root, path))),
  });
  return true;
}

/**
 * Vite's assets (`file`, relative to the app's folder) carry their content's hash in their name, so a
 * browser keeps them for a year without asking again; index.html it asks about each time (a 304 when
 * unchanged).
 */
export function cacheControlFor(file: string): string {
  if (file.startsWith(`assets${sep}`)) return "public, max-age=31536000, immutable";
  // The basemap changes only with its Natural Earth data: a day without asking spares a visit's dozens of
  // tile requests (each a 304) queueing behind the events at the server.
  if (file.startsWith(`basemap${sep}`)) return "public, max-age=86400";
  return "no-cache";
}
