/**
 * The per-org scan allowance in rows (orgs.credits_rows, reliability U12): an upload is checked
 * before anything is stored and debited in the transaction that records it, so a refused file
 * leaves 0 bytes behind and two concurrent uploads cannot both spend the last credits.
 */
import type { Queryable } from '../../shared/db';
import { AppError } from '../../shared/errors';

function exhausted(rows: number, left: number): AppError {
  return new AppError(
    'payment_required',
    `the file has ${rows} rows but the organisation's scan allowance has ${left} rows left; ask the operator to add credits`,
    { rows, creditsRows: left },
  );
}

/** Throws 402 `payment_required` when the org cannot pay for `rows`; reads only. */
export async function assertCredits(q: Queryable, orgId: string, rows: number): Promise<void> {
  const r = await q.query<{ credits: string | number }>(`select credits_rows as credits from orgs where id = $1`, [orgId]);
  const left = Number(r.rows[0]?.credits ?? 0);
  if (left < rows) throw exhausted(rows, left);
}

/** Debits `rows` only if the balance covers them (one conditional UPDATE); 402 otherwise. */
export async function debitCredits(q: Queryable, orgId: string, rows: number): Promise<void> {
  const r = await q.query(`update orgs set credits_rows = credits_rows - $2 where id = $1 and credits_rows >= $2 returning id`, [orgId, rows]);
  if (r.rowCount === 0) {
    const now = await q.query<{ credits: string | number }>(`select credits_rows as credits from orgs where id = $1`, [orgId]);
    throw exhausted(rows, Number(now.rows[0]?.credits ?? 0));
  }
}
