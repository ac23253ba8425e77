import { sql, type Kysely } from "kysely";

/**
 * Reader discussion under each report: comments (threaded by `parent_id`) and the editable list of
 * disallowed words. The commenter's email is kept only for moderation and erasure; `client_hash` and
 * `reader_hash` are SHA-256 hashes (of the client address, and of the commenter's browser cookie). Frozen.
 */
const statements = [
  `create table comments (
    id bigint generated always as identity primary key,
    report_id bigint not null references reports(id) on delete cascade,
    parent_id bigint references comments(id) on delete set null,
    author_name text not null,
    author_email text,
    author_url text,
    body text not null,
    body_html text not null,
    content_hash text not null,
    status text not null default 'pending' check (status in ('pending', 'approved', 'rejected', 'spam')),
    held_reason text,
    client_hash text not null,
    reader_hash text,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now()
  )`,
  `create index comments_report on comments(report_id, id)`,
  `create index comments_status on comments(status, id)`,
  `create index comments_email on comments(author_email) where author_email is not null`,
  `create index comments_client on comments(client_hash, created_at)`,
  `create index comments_content on comments(report_id, content_hash)`,
  `create table comment_words (
    word text primary key,
    created_at timestamptz not null default now()
  )`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}
