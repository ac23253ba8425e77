import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { openBackbone, takeFlag, takeOption } from "../backbone.js";
import { takeDataDir, UsageError } from "../data-dir.js";
import { startCoderThread } from "../coder-thread.js";
import { loadExtractor } from "../extractor.js";

const USAGE =
  "usage: sitrep serve [--data DIR] [--port P] [--host H] [--open] [--samples]   (DATABASE_URL selects a PostgreSQL server)";
/** The web app's built files, beside this package. */
const WEB_DIR = fileURLToPath(new URL("../../../web/dist/", import.meta.url));

/**
 * Serves the API and the web app, and works the job queue in this process. On first start it creates an
 * admin and prints the password once; with --samples it also codes the sample reports on a new database,
 * and --open (npm start) does that and opens a browser when there is a display.
 */
export async function serveCommand(argv: string[]): Promise<number> {
  const dataDir = takeDataDir(argv);
  const port = Number(takeOption(argv, "--port") ?? process.env.PORT ?? 8080);
  const host = takeOption(argv, "--host") ?? process.env.HOST ?? "127.0.0.1";
  const open = takeFlag(argv, "--open");
  const samples = takeFlag(argv, "--samples") || open;
  if (argv.length || !Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(USAGE);
  const coder = loadExtractor(dataDir);
  const { extractor, available, problem } = coder;
  if (!available)
    process.stderr.write(
      `sitrep serve: the coder could not be loaded (${problem}); reports are stored but not coded\n`,
    );
  // On the embedded database, which runs in this thread, reports are coded in a thread of their own: the
  // database stores one batch while the next is coded (two batches in hand), and requests are answered.
  const thread = available && !process.env.DATABASE_URL ? startCoderThread(dataDir) : null;
  const publicUrl =
    process.env.SITREP_PUBLIC_URL ?? `http://${host === "0.0.0.0" ? "localhost" : host}:${port}`;
  const backbone = await openBackbone(
    dataDir,
    thread ? { ...coder, extractor: thread.extractor } : coder,
    {
      webDir: process.env.SITREP_WEB_DIR ?? WEB_DIR,
      publicUrl,
      ...(process.env.SITREP_SECURE_COOKIES ? {} : { secureCookies: publicUrl.startsWith("https:") }),
    },
    thread ? { concurrency: 2 } : undefined,
  );
  const { buildApp, SAMPLE_REPORTS_PATH, parseReportLine } = await import("@sitrep/server");
  const admin = await backbone.services.accounts.ensureFirstAdmin();
  if (admin)
    process.stdout.write(
      `Created the first admin: name ${admin.name}, password ${admin.password}\n(shown once; change it with sitrep user passwd ${admin.name})\n`,
    );
  if (samples && (await backbone.store.reports.count()) === 0 && existsSync(SAMPLE_REPORTS_PATH)) {
    const lines = readFileSync(SAMPLE_REPORTS_PATH, "utf8").split("\n").filter(Boolean);
    for (const [i, line] of lines.entries()) {
      const parsed = parseReportLine(line, i + 1);
      if ("report" in parsed) await backbone.services.ingest.submit(parsed.report, null);
    }
    process.stdout.write(`Added ${lines.length} sample reports; they are being coded.\n`);
  }
  const app = await buildApp(
    { store: backbone.store, extractor: thread?.extractor ?? extractor, config: backbone.config },
    { logger: process.env.SITREP_LOG === "1", services: backbone.services },
  );
  backbone.services.runner.start();
  const address = await app.listen({ port, host });
  process.stdout.write(
    `Sitrep is serving ${existsSync(`${WEB_DIR}index.html`) ? "the web app and " : ""}the API at ${address.replace("127.0.0.1", "localhost")}/ (data: ${process.env.DATABASE_URL ? "DATABASE_URL" : dataDir})\n`,
  );
  if (open) openBrowser(`${publicUrl}/`);
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
  await backbone.services.runner.stop();
  await app.close();
  await backbone.close();
  await thread?.close();
  return 0;
}

function openBrowser(url: string): void {
  const command =
    process.platform === "darwin"
      ? "open"
      : process.platform === "win32"
        ? "explorer"
        : process.env.DISPLAY || process.env.WAYLAND_DISPLAY
          ? "xdg-open"
          : null;
  if (!command) return;
  const child = spawn(command, [url], { stdio: "ignore", detached: true });
  child.on("error", () => undefined);
  child.unref();
}
