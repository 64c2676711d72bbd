/**
 * `veil admin credits add <orgId> <rows>`: the operator tops up an organisation's scan allowance
 * (reliability U12). Runs against the configured database with owner rights, because an operator
 * acts for no tenant; the top-up is audited in the org's own chain as `credits_added`.
 *
 * Exit statuses: 0 done, 2 usage error or unknown organisation, 1 internal error (veil.ts).
 */
import { appendAudit } from '../shared/audit/append';
import { loadConfig } from '../shared/config';
import { createOrgKeys } from '../shared/crypto/org-keys';
import { openDatabaseWithOwner } from '../shared/db';
import { resolveSecrets } from '../shared/secrets';

export const ADMIN_USAGE = 'usage: veil admin credits add <orgId> <rows>';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** Far above any real top-up, and well inside PostgreSQL's bigint and JSON's exact integers. */
const MAX_ROWS = 1e12;

export async function adminCommand(args: string[]): Promise<number> {
  const [area, verb, orgId, rowsText, ...extra] = args;
  const rows = Number(rowsText);
  if (area !== 'credits' || verb !== 'add' || extra.length > 0 || !UUID.test(orgId ?? '') || !/^\d+$/.test(rowsText ?? '') || rows < 1 || rows > MAX_ROWS) {
    process.stderr.write(`veil: ${ADMIN_USAGE} (rows: a whole number from 1 to ${MAX_ROWS})\n`);
    return 2;
  }
  const config = loadConfig(process.env);
  const { masterKey } = await resolveSecrets(config, (msg) => process.stderr.write(`veil: warning: ${msg}\n`));
  const { db, owner } = await openDatabaseWithOwner({ url: config.databaseUrl, dataDir: config.dataDir });
  try {
    const balance = await owner.ownerTx(async (q) => {
      const r = await q.query<{ credits: string | number }>(
        `update orgs set credits_rows = credits_rows + $2 where id = $1 and deleted_at is null returning credits_rows as credits`,
        [orgId, rows],
      );
      if (r.rows.length === 0) return null;
      const now = Number(r.rows[0].credits);
      await appendAudit(q, createOrgKeys(masterKey), { orgId, event: 'credits_added', metadata: { rows, balance: now, by: 'operator' } });
      return now;
    });
    if (balance === null) {
      process.stderr.write('veil: no such organisation (or it was deleted)\n');
      return 2;
    }
    process.stdout.write(`added ${rows} rows; the organisation's allowance is now ${balance} rows\n`);
    return 0;
  } finally {
    await db.close();
  }
}
