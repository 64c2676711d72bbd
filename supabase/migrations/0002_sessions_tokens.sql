/*
 * 0002 — sessions, refresh tokens, e-mail/MFA tokens, backup codes: identity tables.
 *
 * Every secret is stored as its SHA-256 (token_hash, code_hash); the tokens themselves are
 * 256-bit random values that exist only on the client, so a database dump cannot be replayed.
 */

/* ── sessions ──────────────────────────────────────────────────────────────────────────── */
create table sessions (
  id             uuid primary key default gen_random_uuid(),
  user_id        uuid not null references users (id) on delete cascade,
  -- The org this session acts in; carried into the access token.
  org_id         uuid not null references orgs (id) on delete cascade,
  created_at     timestamptz not null default now(),
  last_seen_at   timestamptz not null default now(),
  -- Absolute lifetime: rotation never extends a session past it.
  expires_at     timestamptz not null,
  revoked_at     timestamptz,
  revoked_reason text
);
create index sessions_user_id_idx on sessions (user_id);
create index sessions_org_id_idx on sessions (org_id);

/* ── refresh tokens (rotation chain) ───────────────────────────────────────────────────── */
create table refresh_tokens (
  id         uuid primary key default gen_random_uuid(),
  session_id uuid not null references sessions (id) on delete cascade,
  token_hash text not null unique check (length(token_hash) = 64),
  -- The token this one replaced; a used token presented again means theft: revoke the session.
  parent_id  uuid references refresh_tokens (id) on delete cascade,
  used_at    timestamptz,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null
);
create index refresh_tokens_session_id_idx on refresh_tokens (session_id);

/* ── e-mail verification and MFA tokens ────────────────────────────────────────────────── */
create table email_tokens (
  id         uuid primary key default gen_random_uuid(),
  user_id    uuid not null references users (id) on delete cascade,
  purpose    text not null check (purpose in ('verify_email', 'mfa')),
  token_hash text not null unique check (length(token_hash) = 64),
  expires_at timestamptz not null,
  used_at    timestamptz,
  -- Wrong codes counted against an mfa token, for the lock-out.
  attempts   integer not null default 0,
  created_at timestamptz not null default now()
);
create index email_tokens_user_id_idx on email_tokens (user_id);

/* ── 2FA backup codes ──────────────────────────────────────────────────────────────────── */
create table backup_codes (
  id         uuid primary key default gen_random_uuid(),
  user_id    uuid not null references users (id) on delete cascade,
  code_hash  text not null check (length(code_hash) = 64),
  used_at    timestamptz,
  created_at timestamptz not null default now(),
  unique (user_id, code_hash)
);
