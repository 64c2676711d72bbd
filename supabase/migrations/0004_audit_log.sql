/*
 * 0004 — the audit log: append-only in the database, hash-chained per org.
 *
 * hash = SHA-256(prev_hash ‖ canonical JSON of the entry) is computed by the application
 * (shared/audit/append.ts) under a per-org advisory lock; (org_id, seq) as the primary key makes
 * a forked chain impossible to store. ip_enc / user_agent_enc are ciphertexts under the org key:
 * destroying the key shreds them while the chain, which hashes the ciphertexts, still verifies.
 */

/* ── table ─────────────────────────────────────────────────────────────────────────────── */
create table audit_log (
  -- No cascade: the org row is soft-deleted; a hard delete would have to delete entries, which
  -- the trigger below refuses.
  org_id         uuid not null references orgs (id),
  seq            bigint not null check (seq > 0),
  at             timestamptz not null,
  event          text not null check (event ~ '^[a-z0-9_]{1,64}$'),
  -- Not a foreign key: deleting a user must neither cascade into nor be blocked by history.
  user_id        uuid,
  ip_enc         text,
  user_agent_enc text,
  metadata       jsonb not null default '{}' check (jsonb_typeof(metadata) = 'object'),
  prev_hash      text not null check (prev_hash ~ '^[0-9a-f]{64}$'),
  hash           text not null check (hash ~ '^[0-9a-f]{64}$'),
  created_at     timestamptz not null default now(),
  primary key (org_id, seq)
);
create index audit_log_org_id_event_idx on audit_log (org_id, event, seq);

/* ── append-only triggers ──────────────────────────────────────────────────────────────── */
create function audit_log_refuse_change() returns trigger
  language plpgsql
  set search_path = ''
as $$
begin
  raise exception 'audit_log is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
end;
$$;

create trigger audit_log_no_update_delete
  before update or delete on audit_log
  for each row execute function audit_log_refuse_change();

-- Row triggers do not see TRUNCATE, and RLS does not cover it either.
create trigger audit_log_no_truncate
  before truncate on audit_log
  for each statement execute function audit_log_refuse_change();

-- ENABLE ALWAYS: a plain trigger is skipped under session_replication_role = replica.
alter table audit_log enable always trigger audit_log_no_update_delete;
alter table audit_log enable always trigger audit_log_no_truncate;
