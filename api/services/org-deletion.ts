/**
 * Deleting an organisation (contract §3 `DELETE /org`, GDPR Art. 17): every stored object of the
 * org is deleted and the store's confirmation awaited — the bucket listing under the org's prefix
 * too, so objects no files row points at (an interrupted erasure's, say) go as well — then, in one
 * transaction, `org_deleted` is audited, the key salt destroyed and the sessions revoked. With the
 * salt gone no key of the org can be derived again: any ciphertext copy left anywhere (a backup,
 * a replica) is unreadable, and the audit entries' IP and user agent are shredded while the chain
 * itself stays verifiable.
 */
import { appendAudit } from '../../shared/audit/append';
import { AppError } from '../../shared/errors';
import { objectKey, type ObjectStore } from '../../shared/objects';
import * as accounts from '../../shared/repo/accounts';
import * as repo from '../../shared/repo/files';
import type { Actor, RequestMeta, ServiceDeps } from './context';
import type { Passwords } from './passwords';

/** Files listed per org; far above what one org stores, and the bucket listing catches the rest. */
const MAX_FILES = 100_000;

export function createOrgDeletionService(deps: ServiceDeps & { store: ObjectStore; passwords: Passwords }) {
  const { db, keys, store, passwords } = deps;

  /** The caller re-enters the password: a stolen access token alone cannot delete an org. */
  async function checkPassword(actor: Actor, password: string): Promise<void> {
    const user = await db.tx(actor.orgId, (q) => accounts.findUserById(q, actor.userId));
    const ok = user ? await passwords.verify(password, user.passwordHash) : await passwords.verifyDummy(password);
    if (!ok) throw new AppError('invalid_credentials', 'the password is not correct');
  }

  return {
    /** Answers the time of the last confirmation, once nothing of the org remains in the store. */
    async deleteOrg(actor: Actor, meta: RequestMeta, password: string): Promise<Date> {
      const { orgId } = actor;
      await checkPassword(actor, password);
      const files = await db.tx(orgId, async (q) => {
        const all = await repo.listFiles(q, orgId, { limit: MAX_FILES });
        for (const f of all) if (!f.deleteConfirmedAt) await repo.markFileDeleting(q, orgId, f.id, 'deleted');
        return all;
      });
      const keysToGo = new Set([...files.filter((f) => !f.deleteConfirmedAt).map((f) => objectKey(orgId, f.id)), ...(await store.list(`${orgId}/`))]);
      let confirmedAt = new Date();
      for (const key of keysToGo) {
        await store.delete(key);
        confirmedAt = await store.confirmGone(key);
      }
      const left = await store.list(`${orgId}/`);
      if (left.length > 0) throw new AppError('service_unavailable', 'objects appeared while the organisation was being deleted; retry');
      await db.tx(orgId, async (q) => {
        for (const f of files) if (!f.deleteConfirmedAt) await repo.confirmFileDeleted(q, orgId, f.id, confirmedAt);
        await q.query(`delete from column_findings where org_id = $1`, [orgId]);
        await q.query(`update jobs set report = null where org_id = $1`, [orgId]);
        // Audited before the salt goes: the entry's IP and user agent are encrypted under the org key and shredded with it.
        await appendAudit(q, keys, {
          orgId, event: 'org_deleted', userId: actor.userId, ...meta,
          metadata: { objectsDeleted: keysToGo.size, confirmedAt: confirmedAt.toISOString() },
        });
        await accounts.deleteOrg(q, orgId);
      });
      return confirmedAt;
    },
  };
}

export type OrgDeletionService = ReturnType<typeof createOrgDeletionService>;
