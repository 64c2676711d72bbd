/*
 * 0003 — files, scan jobs, column findings, DSAR requests: tenant tables.
 *
 * Children reference their parent by (org_id, id), so a row can never point at another
 * org's file or job, whatever the application passes.
 */

/* ── files ─────────────────────────────────────────────────────────────────────────────── */
create table files (
  id                  uuid primary key default gen_random_uuid(),
  org_id              uuid not null references orgs (id) on delete cascade,
  name                text not null check (length(name) between 1 and 255),
  size                bigint not null check (size >= 0),
  sha256              text not null check (length(sha256) = 64),
  format              text not null,
  -- Always '<org_id>/<file_id>' in the object store.
  object_key          text not null,
  status              text not null default 'stored' check (status in ('stored', 'rejected', 'deleted')),
  uploaded_by         uuid references users (id) on delete set null,
  created_at          timestamptz not null default now(),
  deleted_at          timestamptz,
  -- When the object store confirmed the object (all versions) is gone.
  delete_confirmed_at timestamptz,
  unique (org_id, id)
);
create index files_org_id_created_at_idx on files (org_id, created_at desc);

/* ── jobs ──────────────────────────────────────────────────────────────────────────────── */
create table jobs (
  id           uuid primary key default gen_random_uuid(),
  org_id       uuid not null references orgs (id) on delete cascade,
  file_id      uuid not null,
  status       text not null default 'queued' check (status in ('queued', 'running', 'completed', 'failed', 'rejected')),
  progress     real not null default 0 check (progress between 0 and 100),
  rows_scanned bigint not null default 0,
  error        text,
  report       jsonb,
  -- What left the process for AI classification (masked samples only): counts, model, outcome.
  ai_egress    jsonb,
  attempts     integer not null default 0,
  created_at   timestamptz not null default now(),
  started_at   timestamptz,
  finished_at  timestamptz,
  unique (org_id, id),
  foreign key (org_id, file_id) references files (org_id, id) on delete cascade
);
create index jobs_org_id_created_at_idx on jobs (org_id, created_at desc);
create index jobs_file_id_idx on jobs (file_id);
-- The reconciler re-enqueues what the database still shows as unfinished.
create index jobs_unfinished_idx on jobs (status) where status in ('queued', 'running');

/* ── column findings ───────────────────────────────────────────────────────────────────── */
create table column_findings (
  id               uuid primary key default gen_random_uuid(),
  org_id           uuid not null references orgs (id) on delete cascade,
  job_id           uuid not null,
  sheet            text not null,
  column_index     integer not null check (column_index >= 0),
  header           text not null,
  category         text not null,
  subtype          text,
  confidence       real not null check (confidence between 0 and 1),
  special_category boolean not null default false,
  gdpr_article     text,
  risk_level       text check (risk_level in ('low', 'medium', 'high', 'critical')),
  matches          bigint not null default 0,
  non_empty        bigint not null default 0,
  evidence         jsonb not null default '[]',
  masked_samples   jsonb not null default '[]',
  ai               jsonb,
  created_at       timestamptz not null default now(),
  unique (job_id, sheet, column_index),
  foreign key (org_id, job_id) references jobs (org_id, id) on delete cascade
);
create index column_findings_org_id_idx on column_findings (org_id);

/* ── DSAR requests ─────────────────────────────────────────────────────────────────────── */
create table dsar_requests (
  id              uuid primary key default gen_random_uuid(),
  org_id          uuid not null references orgs (id) on delete cascade,
  kind            text not null check (kind in ('access', 'erasure')),
  -- SHA-256 of the normalised identifier: the request is recorded, the person is not.
  identifier_hash text not null check (length(identifier_hash) = 64),
  created_by      uuid references users (id) on delete set null,
  result_count    integer not null default 0,
  created_at      timestamptz not null default now()
);
create index dsar_requests_org_id_idx on dsar_requests (org_id, created_at desc);
