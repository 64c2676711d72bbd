import { once } from 'node:events';
import { Router, type RequestHandler, type Response } from 'express';
import { z } from 'zod';
import type { AuditEvent } from '../../shared/audit/append';
import { signedHead, type SignedHead } from '../../shared/audit/head';
import { decryptAuditRow, iterateAudit, listAudit, verifyAudit, type AuditRow } from '../../shared/audit/verify';
import type { OrgKeys } from '../../shared/crypto/org-keys';
import type { Signer } from '../../shared/crypto/signing';
import { csvRow } from '../../shared/csv';
import type { Database } from '../../shared/db';
import { AppError } from '../../shared/errors';
import { actorOf, requireAdmin } from '../http/auth';
import { parseQuery, str } from '../http/validate';
import { presentAuditEntry } from '../presenters';

// Spelled out so tsc fails here when the event union grows without this list.
const EVENT_SET = {
  register: 1, email_verified: 1, login: 1, login_failed: 1, logout: 1, '2fa_enabled': 1, '2fa_disabled': 1,
  file_uploaded: 1, file_rejected_raw_password: 1, job_created: 1, job_started: 1, job_completed: 1, job_failed: 1,
  files_deleted: 1, gdpr_check_disabled: 1, dsar_access: 1, dsar_erasure: 1, certificate_issued: 1,
  remediation_applied: 1, org_deleted: 1, credits_added: 1, invitation_created: 1, member_joined: 1,
  org_updated: 1, account_deleted: 1, session_revoked: 1,
} satisfies Record<AuditEvent, 1>;
const EVENTS = Object.keys(EVENT_SET) as [AuditEvent, ...AuditEvent[]];

const ListQuery = z
  .object({
    limit: z.string().regex(/^\d{1,3}$/, 'must be a whole number from 1 to 500').transform(Number).pipe(z.number().int().min(1).max(500)).optional(),
    cursor: z.string().regex(/^\d{1,15}$/, 'must be the nextCursor of a previous page').optional(),
    event: z.enum(EVENTS).optional(),
  })
  .strict();
const SignedHeadShape = z
  .object({
    head: z.object({ orgId: z.uuid(), seq: z.number().int().min(0), hash: z.string().regex(/^[0-9a-f]{64}$/), at: str(64) }).strict(),
    signature: str(200),
    keyId: str(100),
  })
  .strict();
const VerifyQuery = z.object({ head: str(4096).optional() }).strict();
const ExportQuery = z.object({ format: z.enum(['jsonl', 'csv']) }).strict();

const CSV_HEADER = ['seq', 'at', 'event', 'userId', 'orgId', 'ip', 'userAgent', 'metadata', 'prevHash', 'hash'];
const DECRYPT_BATCH = 200;

/** `?head=` is base64url of the JSON that GET /audit/head returned. */
function decodeHead(param: string): SignedHead {
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(param, 'base64url').toString('utf8'));
  } catch {
    throw new AppError('invalid_request', 'query.head: must be base64url of the JSON returned by GET /audit/head');
  }
  const parsed = SignedHeadShape.safeParse(json);
  if (!parsed.success) throw new AppError('invalid_request', 'query.head: not a signed head as returned by GET /audit/head');
  return parsed.data;
}

/** Writes respecting back-pressure, so a large export does not pile up in memory. */
async function write(res: Response, chunk: string): Promise<void> {
  if (!res.write(chunk)) await once(res, 'drain');
}

/**
 * Contract §3 Audit (admin). Reads go through shared/audit with the caller's org only; IP and
 * user agent are decrypted for display and are null once the org was shredded.
 */
export function auditRouter(deps: { db: Database; keys: OrgKeys; signer: Signer; requireAuth: RequestHandler }): Router {
  const { db, keys, signer } = deps;
  const router = Router();
  router.use(deps.requireAuth, requireAdmin);

  router.get('/', async (req, res) => {
    const query = parseQuery(ListQuery, req);
    const page = await listAudit(db, keys, actorOf(req).orgId, { limit: query.limit ?? 50, cursor: query.cursor, event: query.event });
    res.json({ entries: page.entries.map(presentAuditEntry), nextCursor: page.nextCursor });
  });

  router.get('/verify', async (req, res) => {
    const query = parseQuery(VerifyQuery, req);
    const head = query.head === undefined ? undefined : decodeHead(query.head);
    res.json(await verifyAudit(db, actorOf(req).orgId, head ? { head, signer } : {}));
  });

  router.get('/head', async (req, res) => {
    res.json(await signedHead(db, signer, actorOf(req).orgId));
  });

  router.get('/export', async (req, res) => {
    const { format } = parseQuery(ExportQuery, req);
    const orgId = actorOf(req).orgId;
    res.type(format === 'csv' ? 'text/csv; charset=utf-8' : 'application/x-ndjson; charset=utf-8');
    res.set('Content-Disposition', `attachment; filename="audit.${format}"`);
    if (format === 'csv') await write(res, csvRow(CSV_HEADER));
    const flush = async (batch: AuditRow[]) => {
      const entries = await db.tx(orgId, async (q) => Promise.all(batch.map((row) => decryptAuditRow(q, keys, row))));
      for (const e of entries.map(presentAuditEntry)) {
        await write(res, format === 'csv'
          ? csvRow([e.seq, e.at, e.event, e.userId, e.orgId, e.ip, e.userAgent, JSON.stringify(e.metadata), e.prevHash, e.hash])
          : JSON.stringify(e) + '\n');
      }
    };
    let batch: AuditRow[] = [];
    for await (const row of iterateAudit(db, orgId)) {
      batch.push(row);
      if (batch.length >= DECRYPT_BATCH) {
        await flush(batch);
        batch = [];
      }
    }
    await flush(batch);
    res.end();
  });

  return router;
}
