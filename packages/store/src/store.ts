import type { Kysely } from "kysely";
import { openDatabase, type Db, type DatabaseOptions, type Listen } from "./database.js";
import { UsersRepository, SessionsRepository, TokensRepository } from "./repositories/accounts.js";
import { AuditRepository } from "./repositories/audit.js";
import { CommentsRepository, CommentWordsRepository } from "./repositories/comments.js";
import { ControlRepository } from "./repositories/control.js";
import { EventsRepository } from "./repositories/events.js";
import { FeedsRepository } from "./repositories/feeds.js";
import { JobsRepository } from "./repositories/jobs.js";
import { MaintenanceRepository } from "./repositories/maintenance.js";
import { ReportsRepository } from "./repositories/reports.js";
import { ActorsRepository, PlacesRepository } from "./repositories/registries.js";
import { SecretsRepository } from "./repositories/secrets.js";
import type { Database } from "./schema.js";

/** Every repository over one connection (or one transaction). */
export interface Repositories {
  reports: ReportsRepository;
  events: EventsRepository;
  users: UsersRepository;
  sessions: SessionsRepository;
  tokens: TokensRepository;
  audit: AuditRepository;
  jobs: JobsRepository;
  feeds: FeedsRepository;
  actors: ActorsRepository;
  places: PlacesRepository;
  maintenance: MaintenanceRepository;
  comments: CommentsRepository;
  commentWords: CommentWordsRepository;
  secrets: SecretsRepository;
  control: ControlRepository;
}

/**
 * The store: repositories, a way to run several of them in one transaction, and the engine. To add a
 * table: a dated migration in `migrations/`, its type in `schema.ts`, a repository in `repositories/`,
 * and a line in `Repositories` and `repositoriesOver`.
 */
export interface Store extends Repositories {
  engine: Db["engine"];
  /** Runs `work` in one transaction; the repositories it gets see and write only inside it. */
  transaction<T>(work: (repos: Repositories) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

function repositoriesOver(db: Kysely<Database>, listen: Listen, engine: Db["engine"]): Repositories {
  return {
    reports: new ReportsRepository(db),
    events: new EventsRepository(db, engine),
    users: new UsersRepository(db),
    sessions: new SessionsRepository(db),
    tokens: new TokensRepository(db),
    audit: new AuditRepository(db),
    jobs: new JobsRepository(db, listen),
    feeds: new FeedsRepository(db),
    actors: new ActorsRepository(db),
    places: new PlacesRepository(db),
    maintenance: new MaintenanceRepository(db),
    comments: new CommentsRepository(db),
    commentWords: new CommentWordsRepository(db),
    secrets: new SecretsRepository(db),
    control: new ControlRepository(db),
  };
}

/** Wraps an open database as a store. */
export function createStore(db: Db): Store {
  return {
    ...repositoriesOver(db.kysely, db.listen, db.engine),
    engine: db.engine,
    transaction: (work) =>
      db.kysely.transaction().execute((trx) => work(repositoriesOver(trx, db.listen, db.engine))),
    close: () => db.close(),
  };
}

/** Opens (and migrates) the database named by the options, as a store. */
export async function openStore(options: DatabaseOptions): Promise<Store> {
  return createStore(await openDatabase(options));
}
