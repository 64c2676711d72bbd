/*
 * 0005 — the application role and its privileges.
 *
 * veil_app is what every application transaction runs as (SET LOCAL ROLE, shared/db): no login,
 * NOSUPERUSER, NOBYPASSRLS, owns nothing. The connecting role (DATABASE_URL, PGlite's postgres)
 * owns the tables and runs migrations. Privileges are granted table by table, only what the
 * services need: no DELETE where history matters, and only SELECT, INSERT on the audit log.
 */

/* ── role (cluster-wide, so created only if missing; tolerate a concurrent creator) ─────── */
do $$
begin
  if not exists (select 1 from pg_roles where rolname = 'veil_app') then
    begin
      create role veil_app nologin nosuperuser nobypassrls nocreatedb nocreaterole noinherit;
    exception when duplicate_object or unique_violation then
      null;
    end;
  end if;
  -- A non-superuser owner must be a member to SET ROLE veil_app; a superuser already can.
  if not (select rolsuper from pg_roles where rolname = current_user)
     and not pg_has_role(current_user, 'veil_app', 'MEMBER') then
    execute format('grant veil_app to %I', current_user);
  end if;
end
$$;

/* ── start from nothing (Supabase grants anon/authenticated everything on new tables) ──── */
revoke all on all tables in schema public from public;
do $$
declare r text;
begin
  foreach r in array array['anon', 'authenticated'] loop
    if exists (select 1 from pg_roles where rolname = r) then
      execute format('revoke all on all tables in schema public from %I', r);
    end if;
  end loop;
end
$$;
grant usage on schema public to veil_app;

/* ── identity tables ───────────────────────────────────────────────────────────────────── */
grant select, insert, update on users to veil_app;
grant select, insert, update on sessions to veil_app;
grant select, insert, update on refresh_tokens to veil_app;
grant select, insert, update on email_tokens to veil_app;
grant select, insert, update, delete on backup_codes to veil_app;

/* ── tenant tables ─────────────────────────────────────────────────────────────────────── */
-- Orgs are soft-deleted (the audit log keeps referring to them).
grant select, insert, update on orgs to veil_app;
grant select, insert, update, delete on memberships to veil_app;
grant select, insert, update, delete on invitations to veil_app;
grant select, insert, update, delete on files to veil_app;
grant select, insert, update, delete on jobs to veil_app;
grant select, insert, update, delete on column_findings to veil_app;
grant select, insert on dsar_requests to veil_app;
grant select, insert on audit_log to veil_app;
