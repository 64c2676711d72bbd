/*
 * 0001 — organisations, users, memberships, invitations.
 *
 * orgs and the tables keyed by org_id are tenant tables (row-level security in 0006).
 * users is an identity table: login happens before an org is known (see 0006).
 */

/* ── organisations ─────────────────────────────────────────────────────────────────────── */
create table orgs (
  id                 uuid primary key default gen_random_uuid(),
  name               text not null check (length(name) between 1 and 200),
  -- HKDF salt of every per-org key; set to null to crypto-erase the org's files and audit IP/UA.
  key_salt           bytea check (key_salt is null or length(key_salt) = 32),
  gdpr_check_enabled boolean not null default true,
  retention_policy   text not null default 'analysis_only'
                     check (retention_policy in ('analysis_only', 'delete_after_analysis', 'retain_30_days')),
  credits_rows       bigint not null default 0 check (credits_rows >= 0),
  created_at         timestamptz not null default now(),
  deleted_at         timestamptz
);

/* ── users (identity) ──────────────────────────────────────────────────────────────────── */
create table users (
  id                uuid primary key default gen_random_uuid(),
  email             text not null unique check (email = lower(email) and length(email) <= 320),
  password_hash     text not null,
  email_verified_at timestamptz,
  -- TOTP secret encrypted by the application; null until 2FA setup starts.
  totp_secret_enc   text,
  totp_enabled      boolean not null default false,
  -- Last accepted TOTP time step: a code is accepted once, never again in its step.
  totp_last_step    bigint,
  created_at        timestamptz not null default now(),
  deleted_at        timestamptz
);

/* ── memberships ───────────────────────────────────────────────────────────────────────── */
create table memberships (
  org_id     uuid not null references orgs (id) on delete cascade,
  user_id    uuid not null references users (id) on delete cascade,
  role       text not null check (role in ('admin', 'member')),
  created_at timestamptz not null default now(),
  primary key (org_id, user_id)
);
create index memberships_user_id_idx on memberships (user_id);

/* ── invitations ───────────────────────────────────────────────────────────────────────── */
create table invitations (
  id          uuid primary key default gen_random_uuid(),
  org_id      uuid not null references orgs (id) on delete cascade,
  email       text not null check (email = lower(email)),
  role        text not null check (role in ('admin', 'member')),
  -- SHA-256 of the invitation token; the token itself exists only in the mail.
  token_hash  text not null unique check (length(token_hash) = 64),
  invited_by  uuid references users (id) on delete set null,
  expires_at  timestamptz not null,
  accepted_at timestamptz,
  created_at  timestamptz not null default now()
);
create index invitations_org_id_idx on invitations (org_id);
