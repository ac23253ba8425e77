import { mkdirSync } from "node:fs";
import { Kysely, Migrator, PostgresDialect, type MigrationResultSet } from "kysely";
import { copyingPool } from "./copy-from.js";
import { migrations } from "./migrations/index.js";
import { PGliteDialect } from "./pglite-dialect.js";
import type { Database } from "./schema.js";

/** Where the data lives: a PostgreSQL server (`databaseUrl`) or an embedded PGlite folder (`dataDir`). */
export interface DatabaseOptions {
  databaseUrl?: string | undefined;
  /** PGlite data folder; `memory://` keeps it in memory (tests). */
  dataDir?: string | undefined;
  /** Pool size for a server (default 10). */
  poolSize?: number;
}

/** An open database: the typed query builder, which engine runs it, and how to close it. */
export interface Db {
  kysely: Kysely<Database>;
  engine: "pglite" | "postgres";
  /**
   * Calls `onNotify` on every `NOTIFY` of `channel` (a lower-case identifier) from any session; returns
   * how to stop. On a server it holds a connection of its own, outside the pool.
   */
  listen: Listen;
  close(): Promise<void>;
}

/** Subscribes to a `NOTIFY` channel; resolves to the unsubscribe function. */
export type Listen = (channel: string, onNotify: () => void) => Promise<() => Promise<void>>;

// int8 (counts, ids) as numbers, numeric as numbers, date as its `YYYY-MM-DD` text on both engines.
const INT8 = 20;
const NUMERIC = 1700;
const DATE = 1082;

/** Opens the database named by the options and brings its schema up to date. */
export async function openDatabase(options: DatabaseOptions): Promise<Db> {
  const db = options.databaseUrl
    ? await openServer(options.databaseUrl, options.poolSize ?? 10)
    : await openEmbedded(options.dataDir ?? "./data");
  try {
    await migrateToLatest(db.kysely);
  } catch (error) {
    await db.close();
    throw error;
  }
  return db;
}

async function openServer(url: string, max: number): Promise<Db> {
  const pg = await import("pg");
  const { Pool, Query, types } = pg.default;
  const parsers: Record<number, (value: string) => unknown> = {
    [INT8]: Number,
    [NUMERIC]: Number,
    [DATE]: (v: string) => v,
  };
  const pool = new Pool({
    connectionString: url,
    max,
    types: {
      getTypeParser: ((oid: number, format?: "text" | "binary") =>
        parsers[oid] ?? (types.getTypeParser(oid, format) as unknown)) as typeof types.getTypeParser,
    },
  });
  const kysely = new Kysely<Database>({ dialect: new PostgresDialect({ pool: copyingPool(pool, Query) }) });
  const listening = new Set<() => Promise<void>>();
  const listen: Listen = async (channel, onNotify) => {
    const client = await pool.connect();
    let released = false;
    const release = (error?: Error) => {
      if (released) return;
      released = true;
      listening.delete(stop);
      client.release(error ?? true);
    };
    // A lost connection only ends the notifications (callers poll as well); it must not go unhandled.
    client.on("error", (error) => release(error));
    client.on("notification", (message) => {
      if (message.channel === channel) onNotify();
    });
    const stop = () => Promise.resolve(release());
    listening.add(stop);
    try {
      await client.query(`listen ${identifier(channel)}`);
    } catch (error) {
      release(error as Error);
      throw error;
    }
    return stop;
  };
  const close = async () => {
    await Promise.all([...listening].map((stop) => stop()));
    await kysely.destroy();
  };
  return { kysely, engine: "postgres", listen, close };
}

/** A channel name checked to be a plain lower-case identifier (LISTEN takes no parameter). */
function identifier(name: string): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`not a channel name: ${name}`);
  return name;
}

async function openEmbedded(dataDir: string): Promise<Db> {
  const { PGlite } = await import("@electric-sql/pglite");
  if (!dataDir.startsWith("memory://")) mkdirSync(dataDir, { recursive: true });
  const pglite = await PGlite.create({
    dataDir,
    // PGlite writes its log in this thread: zero-filling each new 16 MB segment of it stalled the commit
    // that needed one for 0.3-0.5 s, with the coder thread idle for want of the next batch. New segments
    // are written as the log fills them instead (PostgreSQL's own setting, meant for such file systems).
    startParams: [...PGlite.defaultStartParams, "-c", "wal_init_zero=off"],
    parsers: { [INT8]: Number, [NUMERIC]: Number, [DATE]: (v: string) => v },
  });
  const kysely = new Kysely<Database>({ dialect: new PGliteDialect(pglite) });
  // Through the dialect's one connection, so LISTEN never lands inside another holder's transaction.
  const listen: Listen = (channel, onNotify) =>
    kysely.connection().execute(async () => {
      const unlisten = await pglite.listen(identifier(channel), () => onNotify());
      return async () => {
        if (!pglite.closed) await kysely.connection().execute(() => unlisten());
      };
    });
  return { kysely, engine: "pglite", listen, close: () => kysely.destroy() };
}

/** Applies every migration not yet applied, in name order. */
export async function migrateToLatest(kysely: Kysely<Database>): Promise<MigrationResultSet> {
  const migrator = new Migrator({
    db: kysely,
    provider: { getMigrations: () => Promise.resolve(migrations) },
    migrationTableName: "schema_migrations",
    migrationLockTableName: "schema_migrations_lock",
  });
  const result = await migrator.migrateToLatest();
  if (result.error)
    throw result.error instanceof Error
      ? result.error
      : new Error(`migration failed: ${JSON.stringify(result.error)}`);
  return result;
}
