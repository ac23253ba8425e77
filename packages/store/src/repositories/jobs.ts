import { sql, type Kysely } from "kysely";
import type { Listen } from "../database.js";
import type { Database, JobRow, JobStatus } from "../schema.js";

/** A job to add to the queue. A `key` makes it idempotent: a second job with the same key is not added. */
export interface NewJob {
  kind: string;
  key?: string | undefined;
  payload: Record<string, unknown>;
  maxAttempts?: number | undefined;
  /** Seconds from now before it may run. */
  delaySeconds?: number | undefined;
  /** Whether asking again for a job with this key that failed for good queues it again. */
  retryFailed?: boolean | undefined;
}

const JOB_COLUMNS = [
  "id",
  "kind",
  "key",
  "payload",
  "status",
  "attempts",
  "max_attempts",
  "run_at",
  "locked_at",
  "locked_by",
  "last_error",
  "result",
  "created_at",
  "updated_at",
] as const satisfies readonly (keyof JobRow)[];

/** `JOB_COLUMNS` as a statement's list. */
const RETURNED = sql.join(JOB_COLUMNS.map((column) => sql.ref(column)));

/** The `NOTIFY` channel told whenever jobs are added or queued again. */
const QUEUED_CHANNEL = "sitrep_jobs_queued";

/**
 * The job queue, a plain table claimed with `FOR UPDATE SKIP LOCKED` so any number of workers on any
 * number of hosts can share it. A claimed job holds a lease, which its worker renews while the job runs
 * (`heartbeat`): if the worker dies, the lease runs out and the job is claimed again, so a killed
 * worker loses nothing. A finished job keeps the id of the worker that ran it in `locked_by`.
 */
export class JobsRepository {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly listen: Listen,
  ) {}

  /**
   * Calls `onQueued` whenever jobs are added or queued again (`enqueue`), by any process, once that is
   * committed, so idle workers start at once instead of at their next poll. Resolves to how to stop.
   */
  onQueued(onQueued: () => void): Promise<() => Promise<void>> {
    return this.listen(QUEUED_CHANNEL, onQueued);
  }

  /**
   * Adds a job. A job with the same key that is already there stays as it is (`created` false), except
   * that with `retryFailed` one that failed for good is queued again with fresh attempts.
   */
  async enqueue(job: NewJob): Promise<{ job: JobRow; created: boolean }> {
    const [added] = await this.enqueueMany([job]);
    if (!added) throw new Error("enqueue returned nothing");
    return added;
  }

  /** Adds jobs in one statement (see `enqueue`); returns, in order, each job and whether it is new. */
  async enqueueMany(jobs: NewJob[]): Promise<{ job: JobRow; created: boolean }[]> {
    if (jobs.length === 0) return [];
    const keyed = jobs.filter((job) => job.key !== undefined);
    if (new Set(keyed.map((job) => job.key)).size !== keyed.length)
      throw new Error("enqueueMany: a key appears twice in one call");
    const retry = jobs.filter((job) => job.retryFailed && job.key !== undefined).map((job) => job.key!);
    const rows = await this.db
      .insertInto("jobs")
      .values(
        jobs.map((job) => ({
          kind: job.kind,
          key: job.key ?? null,
          payload: JSON.stringify(job.payload),
          max_attempts: job.maxAttempts ?? 5,
          run_at: sql<Date>`now() + make_interval(secs => ${job.delaySeconds ?? 0})`,
        })),
      )
      .onConflict((oc) =>
        oc
          .column("key")
          .doUpdateSet({
            status: "queued",
            attempts: 0,
            run_at: sql<Date>`excluded.run_at`,
            last_error: null,
            result: null,
            updated_at: sql<Date>`now()`,
          })
          .where((eb) =>
            retry.length
              ? eb.and([eb("jobs.status", "=", "failed"), eb("jobs.key", "in", retry)])
              : eb.lit(false),
          ),
      )
      .returning([...JOB_COLUMNS, sql<boolean>`xmax = 0`.as("inserted")])
      .execute();
    // Rows come back only for jobs added or queued again: wake the workers (delivered on commit).
    if (rows.length) await sql`select pg_notify(${QUEUED_CHANNEL}, '')`.execute(this.db);
    const byKey = new Map(rows.filter((row) => row.key !== null).map((row) => [row.key, row]));
    const unkeyed = rows.filter((row) => row.key === null);
    const missing = keyed.filter((job) => !byKey.has(job.key!)).map((job) => job.key!);
    const existing = missing.length
      ? await this.db.selectFrom("jobs").select(JOB_COLUMNS).where("key", "in", missing).execute()
      : [];
    for (const row of existing) byKey.set(row.key, { ...row, inserted: false });
    return jobs.map((job) => {
      const row = job.key === undefined ? unkeyed.shift() : byKey.get(job.key);
      if (!row) throw new Error(`enqueueMany: job ${job.key ?? job.kind} vanished`);
      const { inserted, ...stored } = row;
      return { job: stored, created: inserted };
    });
  }

  /**
   * Claims the next runnable job (queued and due, or running with a lapsed lease), or undefined. `only`
   * narrows it to some kinds or to one job.
   */
  async claim(
    workerId: string,
    leaseSeconds: number,
    only: { kinds?: string[]; id?: number } = {},
  ): Promise<JobRow | undefined> {
    return (await this.claimMany(workerId, leaseSeconds, 1, only))[0];
  }

  /**
   * Claims up to `limit` runnable jobs at once, oldest first (see `claim`). Written as SQL text: built
   * with the query builder, this statement took a worker 0.4 ms of CPU a claim before it was sent.
   */
  async claimMany(
    workerId: string,
    leaseSeconds: number,
    limit: number,
    only: { kinds?: string[]; id?: number } = {},
  ): Promise<JobRow[]> {
    const kinds = only.kinds?.length ? sql`and kind in (${sql.join(only.kinds)})` : sql``;
    const one = only.id === undefined ? sql`` : sql`and id = ${only.id}`;
    const { rows } = await sql<JobRow>`update jobs
      set status = 'running', locked_at = now(), locked_by = ${workerId}, attempts = attempts + 1,
        updated_at = now()
      where id in (select id from jobs
        where ((status = 'queued' and run_at <= now())
          or (status = 'running' and locked_at < now() - make_interval(secs => ${leaseSeconds})))
          ${kinds} ${one}
        order by run_at, id limit ${limit}
        for update skip locked)
      returning ${RETURNED}`.execute(this.db);
    return rows.sort((a, b) => a.id - b.id);
  }

  /** Renews the lease of jobs `workerId` is running; false if none of them is still its own. */
  async heartbeat(ids: number | number[], workerId: string): Promise<boolean> {
    const list = Array.isArray(ids) ? ids : [ids];
    if (list.length === 0) return false;
    const result = await this.db
      .updateTable("jobs")
      .set({ locked_at: sql<Date>`now()` })
      .where("id", "in", list)
      .where("locked_by", "=", workerId)
      .where("status", "=", "running")
      .executeTakeFirst();
    return result.numUpdatedRows > 0n;
  }

  /** Marks jobs claimed by `workerId` done, each with its result, in one statement. */
  async completeMany(workerId: string, done: { id: number; result: unknown }[]): Promise<void> {
    if (done.length === 0) return;
    const values = sql.join(
      done.map(({ id, result }) => sql`(${id}::bigint, ${JSON.stringify(result ?? null)}::jsonb)`),
    );
    await sql`update jobs set status = 'done', result = v.result, locked_at = null, last_error = null,
        updated_at = now()
      from (values ${values}) as v(id, result)
      where jobs.id = v.id and jobs.locked_by = ${workerId} and jobs.status = 'running'`.execute(this.db);
  }

  /** Marks a job claimed by `workerId` done with its result (the worker's id stays, as who ran it). */
  async complete(id: number, workerId: string, result: unknown): Promise<void> {
    await this.db
      .updateTable("jobs")
      .set({
        status: "done",
        result: JSON.stringify(result ?? null),
        locked_at: null,
        last_error: null,
        updated_at: sql<Date>`now()`,
      })
      .where("id", "=", id)
      .where("locked_by", "=", workerId)
      .where("status", "=", "running")
      .execute();
  }

  /**
   * Records a failure: the job is queued again after `backoffSeconds · 2^(attempts-1)` (at most an
   * hour), or, out of attempts (or `permanent`), kept as failed with its error.
   */
  async fail(
    id: number,
    workerId: string,
    failure: { error: string; backoffSeconds: number; permanent?: boolean; result?: unknown },
  ): Promise<JobRow | undefined> {
    const { error, backoffSeconds, permanent = false } = failure;
    return this.db
      .updateTable("jobs")
      .set({
        status: permanent
          ? "failed"
          : sql<JobStatus>`case when attempts >= max_attempts then 'failed' else 'queued' end`,
        run_at: sql<Date>`now() + make_interval(secs => least(3600, ${backoffSeconds}::float8 * power(2, greatest(attempts - 1, 0))))`,
        last_error: error,
        result: failure.result === undefined ? null : JSON.stringify(failure.result),
        locked_at: null,
        locked_by: null,
        updated_at: sql<Date>`now()`,
      })
      .where("id", "=", id)
      .where("locked_by", "=", workerId)
      .returningAll()
      .executeTakeFirst();
  }

  async get(id: number): Promise<JobRow | undefined> {
    return this.db.selectFrom("jobs").selectAll().where("id", "=", id).executeTakeFirst();
  }

  /** How many of these jobs are in each status. */
  async statusCounts(ids?: number[]): Promise<Record<JobStatus, number>> {
    let query = this.db
      .selectFrom("jobs")
      .select(["status", (eb) => eb.fn.countAll<number>().as("n")])
      .groupBy("status");
    if (ids) {
      if (ids.length === 0) return { queued: 0, running: 0, done: 0, failed: 0 };
      query = query.where("id", "in", ids);
    }
    const counts: Record<JobStatus, number> = { queued: 0, running: 0, done: 0, failed: 0 };
    for (const row of await query.execute()) counts[row.status] = Number(row.n);
    return counts;
  }

  async list(filter: {
    status?: JobStatus | undefined;
    limit: number;
    before?: number | undefined;
  }): Promise<JobRow[]> {
    let query = this.db.selectFrom("jobs").selectAll().orderBy("id", "desc").limit(filter.limit);
    if (filter.status) query = query.where("status", "=", filter.status);
    if (filter.before !== undefined) query = query.where("id", "<", filter.before);
    return query.execute();
  }
}
