// Runs a bench section on both engines: embedded PGlite in memory, then a throwaway database on the
// PostgreSQL server when one answers. `run(engineName, store)` returns the lines to print.
import { createThrowawayDatabase, openStore, testServerUrl } from "../../packages/store/dist/index.js";

export async function onBothEngines(run) {
  const lines = [];
  const pglite = await openStore({ dataDir: "memory://" });
  try {
    lines.push(...(await run("PGlite", pglite)));
  } finally {
    await pglite.close();
  }
  const server = await testServerUrl();
  if (!server)
    return [
      ...lines,
      "PostgreSQL server: not reachable (start one on 127.0.0.1:5432 or set TEST_DATABASE_URL)",
    ];
  const database = await createThrowawayDatabase(server);
  const store = await openStore({ databaseUrl: database.url });
  try {
    lines.push(...(await run("PostgreSQL", store)));
  } finally {
    await store.close();
    await database.drop();
  }
  return lines;
}
