/**
 * Data-subject access (contract §3 `POST /gdpr/subject-access`, GDPR Art. 15): every stored file
 * of the org is decrypted and read file by file, as a stream, and the rows holding the identifier
 * are returned. The request is recorded (`dsar_requests`) and audited (`dsar_access`) with a keyed
 * hash of the normalised identifier — the record proves a request was answered without itself
 * becoming a register of who asked about whom.
 */
import { createHmac } from 'node:crypto';
import { appendAudit } from '../../shared/audit/append';
import type { Database, Queryable } from '../../shared/db';
import type { OrgKeys } from '../../shared/crypto/org-keys';
import { AppError } from '../../shared/errors';
import { canonicalNeedles, cellMatcher, needlesOf, type IdentifierKind, type Needle } from '../../shared/gdpr/identifier';
import { subjectRows, type SubjectRow } from '../../shared/gdpr/subject-rows';
import type { Logger } from '../../shared/log';
import { encryptedObjects, type ObjectStore } from '../../shared/objects';
import { ReadError } from '../../shared/read';
import * as repo from '../../shared/repo/files';
import { yieldingSource } from '../../shared/scan/yielding-source';
import type { Actor, RequestMeta } from './context';

export type SubjectMatch = SubjectRow & { fileId: string; fileName: string };

/** Beyond this many rows the identifier is not one person's (or the answer belongs in an export job). */
export const MAX_MATCHES = 10_000;

/** Files a DSAR reads; the listing's own cap, far above what an org stores today. */
const MAX_FILES = 100_000;

export type SubjectSearch = { matches: SubjectMatch[]; searchedFiles: number; skippedFiles: string[] };

export type DsarDeps = { db: Database; keys: OrgKeys; store: ObjectStore; logger: Logger };

/**
 * Searches every stored file of the org. A file the reader refuses (damaged since upload) is
 * listed in `skippedFiles` rather than silently missing from the answer.
 */
export async function searchSubject(deps: DsarDeps, orgId: string, needles: Needle[]): Promise<SubjectSearch & { files: repo.FileRow[] }> {
  const { db, keys } = deps;
  const { files, key } = await db.tx(orgId, async (q) => ({
    files: (await repo.listFiles(q, orgId, { limit: MAX_FILES })).filter((f) => f.status === 'stored'),
    key: await keys.key(q, orgId, 'files'),
  }));
  const matches = cellMatcher(needles);
  const objects = encryptedObjects(deps.store);
  const out: SubjectMatch[] = [];
  const skippedFiles: string[] = [];
  const searched: repo.FileRow[] = [];
  for (const file of files) {
    try {
      const source = yieldingSource(await objects.openDecrypted(orgId, file.id, key));
      for await (const row of subjectRows(source, matches, { fileName: file.name })) {
        if (out.length >= MAX_MATCHES) throw new AppError('conflict', `more than ${MAX_MATCHES} rows match: the identifier is too broad`);
        out.push({ fileId: file.id, fileName: file.name, ...row });
      }
      searched.push(file);
    } catch (e) {
      if (!(e instanceof ReadError) && !(e instanceof AppError && e.code === 'not_found')) throw e;
      deps.logger.warn({ event: 'dsar_file_skipped', fileId: file.id, code: e.code }, 'a stored file could not be read for a subject search');
      skippedFiles.push(file.id);
    }
  }
  return { matches: out, searchedFiles: searched.length, skippedFiles, files: searched };
}

/** HMAC-SHA256 under the org's audit key: stable per org (repeat requests correlate), useless elsewhere. */
export async function identifierHash(q: Queryable, keys: OrgKeys, orgId: string, needles: Needle[]): Promise<string> {
  return createHmac('sha256', await keys.key(q, orgId, 'audit')).update(`dsar:${canonicalNeedles(needles)}`).digest('hex');
}

/** Records the request and its audit entry in one transaction. */
export async function recordDsar(
  q: Queryable,
  keys: OrgKeys,
  actor: Actor,
  meta: RequestMeta,
  input: { kind: 'access' | 'erasure'; needles: Needle[]; resultCount: number; metadata: Record<string, number | string> },
): Promise<string> {
  const hash = await identifierHash(q, keys, actor.orgId, input.needles);
  const { rows } = await q.query<{ id: string }>(
    `insert into dsar_requests (org_id, kind, identifier_hash, created_by, result_count) values ($1, $2, $3, $4, $5) returning id`,
    [actor.orgId, input.kind, hash, actor.userId, input.resultCount],
  );
  await appendAudit(q, keys, {
    orgId: actor.orgId, event: input.kind === 'access' ? 'dsar_access' : 'dsar_erasure', userId: actor.userId, ...meta,
    metadata: { requestId: rows[0].id, identifierHash: hash, ...input.metadata },
  });
  return rows[0].id;
}

export function createDsarService(deps: DsarDeps) {
  return {
    async access(actor: Actor, meta: RequestMeta, identifier: string, kind: IdentifierKind = 'any'): Promise<SubjectSearch> {
      const needles = needlesOf(identifier, kind);
      const { matches, searchedFiles, skippedFiles } = await searchSubject(deps, actor.orgId, needles);
      await deps.db.tx(actor.orgId, (q) =>
        recordDsar(q, deps.keys, actor, meta, {
          kind: 'access', needles, resultCount: matches.length,
          metadata: { matches: matches.length, searchedFiles, skippedFiles: skippedFiles.length },
        }),
      );
      return { matches, searchedFiles, skippedFiles };
    },
  };
}

export type DsarService = ReturnType<typeof createDsarService>;
