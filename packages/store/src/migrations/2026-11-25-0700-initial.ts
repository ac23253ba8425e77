import { sql, type Kysely } from "kysely";

/** The first schema: reports, events, registries, accounts, audit trail, jobs and feeds. Frozen. */
const statements = [
  `create table users (
    id bigint generated always as identity primary key,
    name text not null unique,
    role text not null check (role in ('admin', 'editor', 'analyst')),
    password_hash text not null,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now()
  )`,
  `create table sessions (
    id_hash text primary key,
    user_id bigint not null references users(id) on delete cascade,
    csrf_token text not null,
    created_at timestamptz not null default now(),
    expires_at timestamptz not null
  )`,
  `create index sessions_user on sessions(user_id)`,
  `create table api_tokens (
    id bigint generated always as identity primary key,
    user_id bigint not null references users(id) on delete cascade,
    name text not null,
    token_hash text not null unique,
    created_at timestamptz not null default now(),
    last_used_at timestamptz
  )`,
  `create table feeds (
    id bigint generated always as identity primary key,
    url text not null unique,
    title text,
    etag text,
    last_modified text,
    interval_seconds integer not null default 900,
    next_poll_at timestamptz not null default now(),
    failures integer not null default 0,
    last_error text,
    last_polled_at timestamptz,
    created_at timestamptz not null default now()
  )`,
  `create table reports (
    id bigint generated always as identity primary key,
    external_id text,
    title text,
    url text,
    published date,
    source text,
    origin text not null check (origin in ('paste', 'upload', 'url', 'feed', 'import')),
    feed_id bigint references feeds(id) on delete set null,
    text text not null,
    content_hash text not null,
    coded_at timestamptz,
    created_at timestamptz not null default now()
  )`,
  `create unique index reports_content_hash on reports(content_hash)`,
  `create unique index reports_url on reports(url) where url is not null`,
  `create index reports_published on reports(published)`,
  `create table actors (
    id text primary key,
    name text not null,
    aliases jsonb not null default '[]',
    kind text,
    parent text references actors(id) on delete set null,
    side text,
    colour text,
    updated_at timestamptz not null default now()
  )`,
  `create table places (
    id bigint generated always as identity primary key,
    geonameid integer,
    name text not null,
    alternate_names jsonb not null default '[]',
    kind text,
    lat double precision not null,
    lon double precision not null,
    country text,
    admin1 text,
    created_by bigint references users(id) on delete set null,
    created_at timestamptz not null default now()
  )`,
  `create table events (
    id bigint generated always as identity primary key,
    report_id bigint not null references reports(id) on delete cascade,
    ordinal integer not null,
    status text not null default 'proposed' check (status in ('proposed', 'confirmed', 'rejected', 'merged')),
    merged_into bigint references events(id) on delete set null,
    type text not null,
    mode text,
    acled_event_type text,
    acled_sub_event_type text,
    cameo text,
    actor1_id text, actor1_name text, actor1_text text,
    actor2_id text, actor2_name text, actor2_text text,
    location_name text, location_text text, geonameid integer,
    lat double precision, lon double precision,
    country text, admin1 text, location_precision smallint,
    date_start date, date_end date, date_precision smallint,
    modality text not null,
    fatalities integer,
    evidence_sentence integer, evidence_start integer, evidence_end integer, evidence_text text,
    confidence double precision not null,
    rule text not null,
    extra jsonb not null default '{}',
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    unique (report_id, ordinal)
  )`,
  `create index events_status_id on events(status, id)`,
  `create index events_date on events(date_start, id)`,
  `create index events_actor1 on events(actor1_id)`,
  `create index events_actor2 on events(actor2_id)`,
  `create index events_type on events(type, id)`,
  `create index events_lon_lat on events(lon, lat)`,
  `create table audit_log (
    id bigint generated always as identity primary key,
    at timestamptz not null default now(),
    user_id bigint references users(id) on delete set null,
    user_name text,
    action text not null,
    entity text not null,
    entity_id text not null,
    before jsonb,
    after jsonb
  )`,
  `create index audit_entity on audit_log(entity, entity_id)`,
  `create table jobs (
    id bigint generated always as identity primary key,
    kind text not null,
    key text unique,
    payload jsonb not null default '{}',
    status text not null default 'queued' check (status in ('queued', 'running', 'done', 'failed')),
    attempts integer not null default 0,
    max_attempts integer not null default 5,
    run_at timestamptz not null default now(),
    locked_at timestamptz,
    locked_by text,
    last_error text,
    result jsonb,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now()
  )`,
  `create index jobs_ready on jobs(run_at, id) where status in ('queued', 'running')`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}
