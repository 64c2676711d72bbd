import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { sha256Hex } from '../crypto/hashing';
import type { OwnerAccess } from './index';

/** supabase/migrations, resolved from this file so the working directory does not matter. */
export const MIGRATIONS_DIR = fileURLToPath(new URL('../../supabase/migrations/', import.meta.url));

// Arbitrary but fixed: every process starting at once (API, workers) waits on the same key.
const MIGRATION_LOCK = 74_110_001;

/**
 * Applies pending `NNNN_name.sql` files in order, all in one transaction together with their
 * rows in `veil_migrations`, so a failed migration leaves nothing half-applied. The same SQL runs
 * on PostgreSQL and PGlite. A recorded migration whose file changed is refused: editing history
 * would leave databases that ran the old text silently different from new ones.
 */
export async function migrate(owner: OwnerAccess, dir = MIGRATIONS_DIR): Promise<string[]> {
  const files = (await readdir(dir)).filter((f) => /^\d{4}_[a-z0-9_]+\.sql$/.test(f)).sort();
  const applied: string[] = [];
  await owner.ownerTx(async (q) => {
    // Transaction-scoped, so the lock cannot outlive a crashed migrator's connection.
    await q.query(`select pg_advisory_xact_lock($1)`, [MIGRATION_LOCK]);
    await q.query(`create table if not exists veil_migrations (
      name text primary key,
      checksum text not null,
      applied_at timestamptz not null default now()
    )`);
    const done = new Map(
      (await q.query<{ name: string; checksum: string }>(`select name, checksum from veil_migrations`)).rows.map((r) => [r.name, r.checksum]),
    );
    for (const file of files) {
      const sql = await readFile(`${dir}/${file}`, 'utf8');
      const checksum = sha256Hex(sql);
      const recorded = done.get(file);
      if (recorded !== undefined) {
        if (recorded !== checksum) throw new Error(`migration ${file} changed after it was applied; add a new migration instead`);
        continue;
      }
      await q.query(sql);
      await q.query(`insert into veil_migrations (name, checksum) values ($1, $2)`, [file, checksum]);
      applied.push(file);
    }
  });
  return applied;
}
