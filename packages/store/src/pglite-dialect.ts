import type { PGlite, QueryOptions, Results } from "@electric-sql/pglite";
import {
  CompiledQuery,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type DatabaseConnection,
  type DatabaseIntrospector,
  type Dialect,
  type Driver,
  type Kysely,
  type QueryResult,
} from "kysely";
import { COPY_FROM_STDIN } from "./copy-from.js";

/**
 * A Kysely dialect over an embedded PGlite database. PGlite has one connection, so the driver hands it
 * out to one holder at a time: a transaction keeps it until commit or rollback, other queries wait.
 */
export class PGliteDialect implements Dialect {
  constructor(private readonly pglite: PGlite) {}
  createAdapter(): PostgresAdapter {
    return new PostgresAdapter();
  }
  createDriver(): Driver {
    return new PGliteDriver(this.pglite);
  }
  createQueryCompiler(): PostgresQueryCompiler {
    return new PostgresQueryCompiler();
  }
  createIntrospector(db: Kysely<unknown>): DatabaseIntrospector {
    return new PostgresIntrospector(db);
  }
}

class PGliteDriver implements Driver {
  private queue: Promise<void> = Promise.resolve();
  private readonly connection: PGliteConnection;

  constructor(private readonly pglite: PGlite) {
    this.connection = new PGliteConnection(pglite);
  }

  async init(): Promise<void> {
    await this.pglite.waitReady;
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const previous = this.queue;
    this.queue = previous.then(() => held);
    await previous;
    this.connection.release = release;
    return this.connection;
  }

  async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw("begin"));
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw("commit"));
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw("rollback"));
  }

  releaseConnection(connection: DatabaseConnection): Promise<void> {
    (connection as PGliteConnection).release();
    return Promise.resolve();
  }

  async destroy(): Promise<void> {
    await this.queue;
    if (!this.pglite.closed) await this.pglite.close();
  }
}

const JSON_TYPE = 114;

/**
 * A `json` parameter given as bytes (`EventsRepository.insertEncoded`) goes as they are, which PGlite
 * sends in the binary format (its own serializer would write the Buffer object as JSON); its types say
 * a serializer returns text.
 */
const jsonParameter = ((value: unknown) =>
  value instanceof Uint8Array || typeof value === "string"
    ? value
    : JSON.stringify(value, (_key, v: unknown) => (typeof v === "bigint" ? v.toString() : v))) as (
  value: unknown,
) => string;

const QUERY_OPTIONS: QueryOptions = { rowMode: "object", serializers: { [JSON_TYPE]: jsonParameter } };

class PGliteConnection implements DatabaseConnection {
  release: () => void = () => {};

  constructor(private readonly pglite: PGlite) {}

  async executeQuery<R>(compiled: CompiledQuery): Promise<QueryResult<R>> {
    const result = COPY_FROM_STDIN.test(compiled.sql)
      ? await this.copyFrom<R>(compiled)
      : await this.pglite.query<R>(compiled.sql, [...compiled.parameters], QUERY_OPTIONS);
    const affected = result.affectedRows;
    return affected === undefined
      ? { rows: result.rows }
      : { rows: result.rows, numAffectedRows: BigInt(affected) };
  }

  /**
   * A COPY FROM STDIN (`COPY_FROM_STDIN`): PGlite reads COPY data from its `/dev/blob` device, given the
   * parameters as a blob.
   */
  private copyFrom<R>(compiled: CompiledQuery): Promise<Results<R>> {
    const statement = compiled.sql.replace(/from stdin$/, "from '/dev/blob'");
    const blob = new Blob(
      compiled.parameters.map((piece) => (piece instanceof Uint8Array ? piece : String(piece))),
    );
    return this.pglite.query<R>(statement, [], { rowMode: "object", blob });
  }

  streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error("PGlite dialect does not stream; page the query instead");
  }
}
