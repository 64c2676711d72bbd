/*
 * 0006 — row-level security on every tenant table.
 *
 * The tenant is `app.org_id`, set transaction-locally by shared/db (set_config(…, true)), so a
 * pooled connection never carries it into another request. Unset or empty, nullif(…) yields
 * null and every policy matches nothing: a query without a tenant fails closed to zero rows.
 * FORCE makes the policies bind the table owner too (superusers and BYPASSRLS roles still skip
 * them, which is why the application refuses to start as one).
 *
 * Identity tables (users, sessions, refresh_tokens, email_tokens, backup_codes) have no RLS:
 * login, refresh and e-mail verification happen before an org is known. They are confined by
 * grants (0005) and every query on them is keyed by a secret hash or the authenticated user id.
 * The comments below mark them; test/integration/schema-lint.test.ts refuses any other table
 * with an org_id column that lacks RLS + FORCE.
 */

/* ── orgs: the row itself is the tenant ────────────────────────────────────────────────── */
alter table orgs enable row level security;
alter table orgs force row level security;
create policy "an org is visible and writable only as the current org" on orgs
  for all
  using (id = nullif(current_setting('app.org_id', true), '')::uuid)
  with check (id = nullif(current_setting('app.org_id', true), '')::uuid);

/* ── tables keyed by org_id ────────────────────────────────────────────────────────────── */
alter table memberships enable row level security;
alter table memberships force row level security;
create policy "memberships are visible and writable only within the current org" on memberships
  for all
  using (org_id = nullif(current_setting('app.org_id', true), '')::uuid)
  with check (org_id = nullif(current_setting('app.org_id', true), '')::uuid);

alter table invitations enable row level security;
alter table invitations force row level security;
create policy "invitations are visible and writable only within the current org" on invitations
  for all
  using (org_id = nullif(current_setting('app.org_id', true), '')::uuid)
  with check (org_id = nullif(current_setting('app.org_id', true), '')::uuid);

alter table files enable row level security;
alter table files force row level security;
create policy "files are visible and writable only within the current org" on files
  for all
  using (org_id = nullif(current_setting('app.org_id', true), '')::uuid)
  with check (org_id = nullif(current_setting('app.org_id', true), '')::uuid);

alter table jobs enable row level security;
alter table jobs force row level security;
create policy "jobs are visible and writable only within the current org" on jobs
  for all
  using (org_id = nullif(current_setting('app.org_id', true), '')::uuid)
  with check (org_id = nullif(current_setting('app.org_id', true), '')::uuid);

alter table column_findings enable row level security;
alter table column_findings force row level security;
create policy "column findings are visible and writable only within the current org" on column_findings
  for all
  using (org_id = nullif(current_setting('app.org_id', true), '')::uuid)
  with check (org_id = nullif(current_setting('app.org_id', true), '')::uuid);

alter table dsar_requests enable row level security;
alter table dsar_requests force row level security;
create policy "dsar requests are visible and writable only within the current org" on dsar_requests
  for all
  using (org_id = nullif(current_setting('app.org_id', true), '')::uuid)
  with check (org_id = nullif(current_setting('app.org_id', true), '')::uuid);

/* ── audit log: read and append only (no UPDATE/DELETE policy = refused by RLS as well) ─── */
alter table audit_log enable row level security;
alter table audit_log force row level security;
create policy "audit entries are readable only within the current org" on audit_log
  for select
  using (org_id = nullif(current_setting('app.org_id', true), '')::uuid);
create policy "audit entries are appended only within the current org" on audit_log
  for insert
  with check (org_id = nullif(current_setting('app.org_id', true), '')::uuid);

/* ── identity tables, marked as such for the schema lint ───────────────────────────────── */
comment on table users is 'identity: not tenant-scoped (login precedes the org); confined by grants';
comment on table sessions is 'identity: not tenant-scoped (refresh precedes the org); confined by grants';
comment on table refresh_tokens is 'identity: not tenant-scoped (refresh precedes the org); confined by grants';
comment on table email_tokens is 'identity: not tenant-scoped (verification precedes the org); confined by grants';
comment on table backup_codes is 'identity: not tenant-scoped (2FA precedes the org); confined by grants';
