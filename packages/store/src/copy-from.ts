import type { PostgresPool, PostgresPoolClient, PostgresQueryResult } from "kysely";
import type { Pool, PoolClient, Query } from "pg";

/**
 * `copy TABLE (COLUMNS) from stdin`, sent with parameters: each parameter is a piece of the COPY data
 * (text format, as a string or its UTF-8 bytes), written in order. Kysely and `pg` send statements and
 * rows, not COPY data, so the store's pool on a server (`copyingPool`) and its PGlite driver recognise
 * this one form.
 */
export const COPY_FROM_STDIN = /^copy \w+ \([\w", ]+\) from stdin$/;

/** The part of `pg`'s connection a COPY writes its data through (not in `pg`'s types). */
interface CopyConnection {
  sendCopyFromChunk(chunk: Buffer): void;
  endCopyFrom(): void;
}

/**
 * The pool as Kysely gets it on a server: its clients run a `COPY_FROM_STDIN` statement's parameters
 * as the COPY data, and every other statement as `pg` does. Each client is wrapped once (Kysely keeps
 * its connections by client).
 */
export function copyingPool(pool: Pool, QueryClass: typeof Query): PostgresPool {
  const wrapped = new WeakMap<PoolClient, PostgresPoolClient>();
  const wrap = (client: PoolClient): PostgresPoolClient => {
    const passOn = client.query.bind(client) as (...args: unknown[]) => unknown;
    const query = (...args: unknown[]): unknown => {
      const [statement, parameters] = args;
      return typeof statement === "string" && Array.isArray(parameters) && COPY_FROM_STDIN.test(statement)
        ? copyFrom(client, QueryClass, statement, parameters)
        : passOn(...args);
    };
    return {
      query: query as PostgresPoolClient["query"],
      release: (destroy?: boolean) => client.release(destroy),
    };
  };
  return {
    async connect() {
      const client = await pool.connect();
      let found = wrapped.get(client);
      if (!found) wrapped.set(client, (found = wrap(client)));
      return found;
    },
    end: () => pool.end(),
  };
}

/**
 * Runs a COPY FROM STDIN with these pieces as its data. A COPY into a table inserts rows: it answers as
 * an insert, with their count, so that Kysely reports the rows affected.
 */
function copyFrom(
  client: PoolClient,
  QueryClass: typeof Query,
  statement: string,
  pieces: readonly unknown[],
): Promise<PostgresQueryResult<never>> {
  return new Promise((resolve, reject) => {
    const query = new QueryClass(statement, (error, result) =>
      error ? reject(error) : resolve({ command: "INSERT", rowCount: result.rowCount ?? 0, rows: [] }),
    );
    Object.assign(query, {
      handleCopyInResponse(connection: CopyConnection) {
        for (const piece of pieces)
          connection.sendCopyFromChunk(
            piece instanceof Uint8Array
              ? Buffer.from(piece.buffer, piece.byteOffset, piece.byteLength)
              : Buffer.from(String(piece)),
          );
        connection.endCopyFrom();
      },
    });
    void client.query(query);
  });
}
