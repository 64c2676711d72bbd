/**
 * What the scan-job tests share: a fresh database of either adapter with one org, an object
 * store (local disk under the test's DATA_DIR, or any store a test passes, e.g. s3rver), the
 * scan dependency bundle, an `upload` that stores an encrypted file and its queued job exactly
 * as the upload route does, and a recording `JobContext`.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import type { Config } from '../../shared/config';
import { createOrgKeys, type OrgKeys } from '../../shared/crypto/org-keys';
import type { JobContext, JobProgress, ScanJob } from '../../shared/jobs';
import { createLogger, type Logger } from '../../shared/log';
import { encryptedObjects, type ObjectStore } from '../../shared/objects';
import { openLocalObjectStore } from '../../shared/objects/local';
import { insertFileAndJob } from '../../shared/repo/files';
import { createScanDeps, type ScanDeps } from '../../shared/scan/deps';
import type { GeminiTuning } from '../../shared/scan/gemini';
import { createTestDatabase, insertOrg, type AdapterKind, type TestDatabase } from './databases';

export type ScanEnv = {
  tdb: TestDatabase;
  orgId: string;
  store: ObjectStore;
  orgKeys: OrgKeys;
  masterKey: Buffer;
  deps: ScanDeps;
  /** Every log line, for leak checks. */
  logs: string[];
  log: Logger;
  /** Stores `bytes` encrypted under the org key and inserts the file and its queued job. */
  upload(bytes: Uint8Array, name: string, orgId?: string): Promise<ScanJob>;
  /** Audit events of the org, in order, with their metadata (as the owner sees them). */
  audit(orgId?: string): Promise<Array<{ event: string; metadata: Record<string, unknown>; text: string }>>;
  /** Sets an org's settings as the owner (fixtures). */
  setOrg(settings: { gdprCheckEnabled?: boolean; retentionPolicy?: string }, orgId?: string): Promise<void>;
  newOrg(): Promise<string>;
  dispose(): Promise<void>;
};

export async function createScanEnv(
  kind: AdapterKind,
  opts: { store?: ObjectStore; gemini?: Config['gemini']; geminiTuning?: GeminiTuning } = {},
): Promise<ScanEnv> {
  const tdb = await createTestDatabase(kind);
  const store = opts.store ?? (await openLocalObjectStore(tdb.dataDir));
  const masterKey = randomBytes(32);
  const orgKeys = createOrgKeys(masterKey);
  const logs: string[] = [];
  const log = createLogger({
    level: 'debug',
    destination: new Writable({
      write(chunk, _enc, cb) {
        logs.push(String(chunk));
        cb();
      },
    }),
  });
  const deps = createScanDeps({ db: tdb.db, objects: store, orgKeys, config: { gemini: opts.gemini ?? null }, log, geminiTuning: opts.geminiTuning });
  const orgId = await insertOrg(tdb.owner);

  return {
    tdb, orgId, store, orgKeys, masterKey, deps, logs, log,
    async upload(bytes, name, org = orgId) {
      const fileId = randomUUID();
      const key = await tdb.db.tx(org, (q) => orgKeys.key(q, org, 'files'));
      await encryptedObjects(store).putEncrypted(org, fileId, bytes, key, { plaintextSize: bytes.length });
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      const { job } = await tdb.db.tx(org, (q) => insertFileAndJob(q, org, { fileId, name, size: bytes.length, sha256, format: name.split('.').pop()!, uploadedBy: null }));
      return { orgId: org, fileId, jobId: job.id };
    },
    async audit(org = orgId) {
      const r = await tdb.owner.ownerTx((q) => q.query<{ event: string; metadata: Record<string, unknown>; text: string }>(
        `select event, metadata, row_to_json(a)::text as text from audit_log a where org_id = $1 order by seq`, [org]));
      return r.rows;
    },
    async setOrg(settings, org = orgId) {
      await tdb.owner.ownerTx((q) =>
        q.query(`update orgs set gdpr_check_enabled = coalesce($2, gdpr_check_enabled), retention_policy = coalesce($3, retention_policy) where id = $1`, [
          org, settings.gdprCheckEnabled ?? null, settings.retentionPolicy ?? null,
        ]),
      );
    },
    newOrg: () => insertOrg(tdb.owner),
    async dispose() {
      if (!opts.store) await store.close();
      await tdb.dispose();
    },
  };
}

/** A `JobContext` that records every progress report. */
export function recordingContext(attempt = 1, signal = new AbortController().signal): JobContext & { reports: JobProgress[] } {
  const reports: JobProgress[] = [];
  return { attempt, signal, reports, async progress(p) { reports.push(p); } };
}

/** Monotonic and bounded, as W5 asks of the bar. */
export function isMonotonic(reports: JobProgress[]): boolean {
  return reports.every((r, i) => r.progress >= 0 && r.progress <= 100 && (i === 0 || r.progress >= reports[i - 1].progress));
}
