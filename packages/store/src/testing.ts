import { randomBytes } from "node:crypto";
import { openStore, type Store } from "./store.js";

/** A database engine the tests can run on. */
export interface TestDatabase {
  engine: "pglite" | "postgres";
  /** A new, empty, migrated store; closing it throws its data away. */
  open: () => Promise<Store>;
}

const DEFAULT_URL = "postgres://postgres@127.0.0.1:5432/test";

/**
 * The engines to run store-backed tests on: in-memory PGlite always, and the PostgreSQL server at
 * `TEST_DATABASE_URL` (default the local `test` database) when it answers. With `CI=true` a missing
 * server is an error, not a skip. Each `open()` on the server creates a throwaway database.
 */
export async function testDatabases(): Promise<TestDatabase[]> {
  const list: TestDatabase[] = [{ engine: "pglite", open: () => openStore({ dataDir: "memory://" }) }];
  const url = process.env.TEST_DATABASE_URL ?? DEFAULT_URL;
  const reachable = await serverAnswers(url);
  if (reachable) list.push({ engine: "postgres", open: () => openThrowaway(url) });
  else if (process.env.CI === "true") throw new Error(`PostgreSQL is not reachable at ${url}; CI needs it`);
  return list;
}

async function serverAnswers(url: string): Promise<boolean> {
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query("select 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function adminQuery(url: string, statement: string): Promise<void> {
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** The server's URL for tests (`TEST_DATABASE_URL`, default the local `test` database), if it answers. */
export async function testServerUrl(): Promise<string | null> {
  const url = process.env.TEST_DATABASE_URL ?? DEFAULT_URL;
  return (await serverAnswers(url)) ? url : null;
}

/** Creates an empty database on the server for one test or bench run; `drop()` removes it. */
export async function createThrowawayDatabase(
  serverUrl: string,
): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `sitrep_test_${process.pid}_${randomBytes(4).toString("hex")}`;
  await adminQuery(serverUrl, `create database ${name} template template0`);
  const target = new URL(serverUrl);
  target.pathname = `/${name}`;
  return {
    url: target.toString(),
    drop: () => dropWhenClosed(serverUrl, name),
  };
}

/**
 * Drops a database once its connections have closed. A pool's `end()` resolves before its sockets are shut,
 * and `with (force)` would terminate those backends under a client still closing: an unhandled error in
 * whichever test file runs then. So wait for them (up to about 3 s), and force only after that.
 */
async function dropWhenClosed(serverUrl: string, name: string): Promise<void> {
  for (let attempt = 0; attempt < 30; attempt++) {
    try {
      return await adminQuery(serverUrl, `drop database if exists ${name}`);
    } catch (error) {
      // 55006: the database is being accessed by other users (the connections still closing).
      if ((error as { code?: string }).code !== "55006") throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  await adminQuery(serverUrl, `drop database if exists ${name} with (force)`);
}

async function openThrowaway(url: string): Promise<Store> {
  const database = await createThrowawayDatabase(url);
  const store = await openStore({ databaseUrl: database.url, poolSize: 4 });
  return {
    ...store,
    close: async () => {
      await store.close();
      await database.drop();
    },
  };
}
