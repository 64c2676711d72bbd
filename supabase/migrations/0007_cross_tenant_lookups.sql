/*
 * 0007 — the two lookups that must cross tenants, as narrow SECURITY DEFINER functions.
 *
 * At login the service must list a user's orgs, and at registration with an invitation it must
 * find the invitation by its token before the org is known. RLS rightly hides both from
 * veil_app without a tenant. Each function answers exactly one keyed question (a user id, a
 * token hash), runs as the owner with `search_path = ''` (so no object can be substituted) and
 * schema-qualifies everything; only veil_app may execute them. The owner must be a superuser or
 * BYPASSRLS (PGlite's postgres, Supabase's postgres), since FORCE binds owners otherwise.
 */

/* ── memberships of one user ───────────────────────────────────────────────────────────── */
create function veil_memberships_of_user(p_user_id uuid)
  returns table (org_id uuid, org_name text, role text, created_at timestamptz)
  language sql
  stable
  security definer
  set search_path = ''
as $$
  select m.org_id, o.name, m.role, m.created_at
    from public.memberships m
    join public.orgs o on o.id = m.org_id
   where m.user_id = p_user_id and o.deleted_at is null
   order by m.created_at, m.org_id
$$;

/* ── invitation by token hash ──────────────────────────────────────────────────────────── */
create function veil_invitation_by_token_hash(p_token_hash text)
  returns table (id uuid, org_id uuid, email text, role text, expires_at timestamptz, accepted_at timestamptz, created_at timestamptz)
  language sql
  stable
  security definer
  set search_path = ''
as $$
  select i.id, i.org_id, i.email, i.role, i.expires_at, i.accepted_at, i.created_at
    from public.invitations i
    join public.orgs o on o.id = i.org_id
   where i.token_hash = p_token_hash and o.deleted_at is null
$$;

/* ── who may call them ─────────────────────────────────────────────────────────────────── */
revoke all on function veil_memberships_of_user(uuid) from public;
revoke all on function veil_invitation_by_token_hash(text) from public;
grant execute on function veil_memberships_of_user(uuid) to veil_app;
grant execute on function veil_invitation_by_token_hash(text) to veil_app;
