/*
 * 0008 — erasure rewrites: the intent log that makes DSAR erasure crash-safe.
 *
 * Erasing a subject rewrites each affected file as a new object under a new file id. The row is
 * written BEFORE the new object, so a crash at any step leaves a record of what to finish:
 *   writing  → the new object may exist without a files row: a retry deletes it (old file stands);
 *   swapped  → the files rows were swapped in one transaction: a retry deletes the old object;
 *   done     → nothing left to do.
 * Every file is therefore either old or new, never half, and no object outlives its record.
 */
create table erasure_rewrites (
  id           uuid primary key default gen_random_uuid(),
  org_id       uuid not null references orgs (id) on delete cascade,
  old_file_id  uuid not null,
  new_file_id  uuid not null unique,
  state        text not null default 'writing' check (state in ('writing', 'swapped', 'done')),
  created_at   timestamptz not null default now(),
  updated_at   timestamptz not null default now()
);
create index erasure_rewrites_org_id_state_idx on erasure_rewrites (org_id, state);

grant select, insert, update, delete on erasure_rewrites to veil_app;

alter table erasure_rewrites enable row level security;
alter table erasure_rewrites force row level security;
create policy "erasure rewrites are visible and writable only within the current org" on erasure_rewrites
  for all
  using (org_id = nullif(current_setting('app.org_id', true), '')::uuid)
  with check (org_id = nullif(current_setting('app.org_id', true), '')::uuid);
