/**
 * The object store port: where uploaded files live, as ciphertext only. Two adapters: local.ts
 * (DATA_DIR/objects, single-process mode) and s3.ts (any S3-compatible endpoint). Keys are always
 * `<orgId>/<fileId>` built from UUIDs by `objectKey`, never from a user's file name (ASVS 5.3.2),
 * and every adapter method refuses any other shape.
 */
import type { Config } from '../config';
import {
  decryptIterable,
  encryptedSize,
  encryptIterable,
  openDecryptedSource,
  type RandomAccessSource,
} from '../crypto/chunked-gcm';
import { AppError } from '../errors';

/** A whole body in memory or a stream of pieces; adapters take either. */
export type ObjectBody = AsyncIterable<Uint8Array> | Uint8Array;

/** Storage for encrypted file objects. Failures are `AppError`s: `not_found` or `service_unavailable`. */
export interface ObjectStore {
  /**
   * Stores the body under `key`, replacing any previous object, all or nothing: a failed put
   * leaves what was there before (usually nothing) and no incomplete upload. `contentLength`,
   * when known, is checked against what the body actually yielded.
   */
  put(key: string, body: ObjectBody, opts?: { contentLength?: number }): Promise<{ size: number }>;
  /**
   * `put` of a file on disk that already holds the object's bytes. A store on the same disk moves
   * it into place instead of copying it (an upload's ciphertext: a rename, not 100 MB rewritten);
   * the caller removes `path` afterwards in any case.
   */
  putFile(key: string, path: string): Promise<{ size: number }>;
  /** The stored bytes as a stream; `not_found` if absent (thrown here, not mid-iteration). */
  get(key: string): Promise<AsyncIterable<Uint8Array>>;
  /** Up to `length` bytes from `offset`; shorter (or empty) past the end. */
  getRange(key: string, offset: number, length: number): Promise<Uint8Array>;
  /** The stored size in bytes; `not_found` if absent. */
  size(key: string): Promise<number>;
  /** Removes the object and any incomplete upload of it. Idempotent. */
  delete(key: string): Promise<void>;
  /**
   * Resolves with the time of the check only when a read answers not-found and, on S3, no
   * version and no open multipart upload remain for the key; otherwise throws
   * `service_unavailable` with `details.reason`. This is what "deleted" means in the contract.
   */
  confirmGone(key: string): Promise<Date>;
  /** Keys under a prefix ('' or one starting `<orgId>/`), sorted. */
  list(prefix: string): Promise<string[]>;
  /** Throws `service_unavailable` when the store cannot be reached (for /ready). */
  ping(): Promise<void>;
  /** Releases connections; the store is unusable afterwards. */
  close(): Promise<void>;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const UUID_LENGTH = 36;

function badKey(): AppError {
  return new AppError('invalid_request', 'object keys are <orgId>/<fileId> with lower-case UUIDs');
}

/** The storage key of a file. Both ids must be canonical (lower-case) UUIDs. */
export function objectKey(orgId: string, fileId: string): string {
  if (!UUID.test(orgId) || !UUID.test(fileId)) throw badKey();
  return `${orgId}/${fileId}`;
}

/** Splits and validates a key; adapters call it on every key they are given. */
export function parseObjectKey(key: string): { orgId: string; fileId: string } {
  const orgId = key.slice(0, UUID_LENGTH);
  const fileId = key.slice(UUID_LENGTH + 1);
  if (key[UUID_LENGTH] !== '/' || !UUID.test(orgId) || !UUID.test(fileId)) throw badKey();
  return { orgId, fileId };
}

/**
 * Validates a listing prefix: everything (''), or within one organisation (`<orgId>/` plus an
 * optional start of a file id), so a listing can never straddle tenants by accident.
 */
export function parseListPrefix(prefix: string): { orgId: string; rest: string } | null {
  if (prefix === '') return null;
  const orgId = prefix.slice(0, UUID_LENGTH);
  const rest = prefix.slice(UUID_LENGTH + 1);
  if (prefix[UUID_LENGTH] !== '/' || !UUID.test(orgId) || !/^[0-9a-f-]*$/.test(rest)) throw badKey();
  return { orgId, rest };
}

/** True for a canonical UUID (used by adapters to tell object names from their own temp files). */
export function isUuid(s: string): boolean {
  return UUID.test(s);
}

/** Timeouts and retries for the S3 adapter; defaults suit production, tests shorten them. */
export type S3Tuning = {
  connectionTimeoutMs?: number;
  /** A request silent for this long fails (and is retried): a black-holed endpoint cannot hang a job. */
  requestTimeoutMs?: number;
  /** Total attempts per request, the first included. */
  maxAttempts?: number;
  /** Multipart part size (at least 5 MiB on real S3). */
  partSize?: number;
};

/**
 * The adapter the configuration asks for: S3 when `S3_BUCKET` is set, else local disk. The S3
 * adapter is loaded only when used, so single-process mode never loads the AWS SDK.
 */
export async function openObjectStore(config: Pick<Config, 's3' | 'dataDir'>, tuning: S3Tuning = {}): Promise<ObjectStore> {
  if (config.s3) {
    const { openS3ObjectStore } = await import('./s3');
    return openS3ObjectStore(config.s3, tuning);
  }
  const { openLocalObjectStore } = await import('./local');
  return openLocalObjectStore(config.dataDir);
}

/**
 * The only way callers should put or read file contents: encrypts with chunked AES-256-GCM under
 * the org's 'files' key on the way in and decrypts on the way out, with the object key as the
 * AAD context, so no code path can store plaintext or read an object under another key.
 */
export type EncryptedObjects = {
  /** Encrypts and stores; `plaintextSize`, when known, becomes the exact ciphertext Content-Length. */
  putEncrypted(
    orgId: string,
    fileId: string,
    body: ObjectBody,
    key: Uint8Array,
    opts?: { plaintextSize?: number },
  ): Promise<{ plaintextSize: number; storedSize: number }>;
  /** Random access to the plaintext (the xlsx reader seeks inside the zip); `size` is the plaintext size. */
  openDecrypted(orgId: string, fileId: string, key: Uint8Array): Promise<RandomAccessSource>;
  /** The whole plaintext as a stream, each chunk authenticated before it is yielded. */
  readDecrypted(orgId: string, fileId: string, key: Uint8Array): Promise<AsyncIterable<Uint8Array>>;
};

/** Bytes fetched per ranged read when decrypting by range: 16 chunks, one request instead of sixteen. */
const READ_AHEAD_BYTES = 1024 * 1024;

/**
 * A stored object as a random-access source that fetches ahead: the decrypting reader asks for
 * one 64 KiB chunk at a time, and on S3 each ask would otherwise be a request.
 */
function readAhead(store: ObjectStore, key: string, size: number): RandomAccessSource {
  let block: { start: number; bytes: Uint8Array } | null = null;
  return {
    size,
    async read(offset, length) {
      const end = Math.min(offset + length, size);
      if (block && offset >= block.start && end <= block.start + block.bytes.length) {
        return block.bytes.subarray(offset - block.start, end - block.start);
      }
      const bytes = await store.getRange(key, offset, Math.max(length, READ_AHEAD_BYTES));
      block = { start: offset, bytes };
      return bytes.subarray(0, end - offset);
    },
  };
}

/** Wraps a store with chunked-GCM encryption; see `EncryptedObjects`. */
export function encryptedObjects(store: ObjectStore): EncryptedObjects {
  return {
    async putEncrypted(orgId, fileId, body, key, opts = {}) {
      const k = objectKey(orgId, fileId);
      let plaintextSize = 0;
      async function* counted(): AsyncGenerator<Uint8Array> {
        for await (const piece of body instanceof Uint8Array ? [body] : body) {
          plaintextSize += piece.length;
          yield piece;
        }
      }
      const contentLength = opts.plaintextSize === undefined ? undefined : encryptedSize(opts.plaintextSize);
      const { size } = await store.put(k, encryptIterable(counted(), key, { context: k }), { contentLength });
      return { plaintextSize, storedSize: size };
    },
    async openDecrypted(orgId, fileId, key) {
      const k = objectKey(orgId, fileId);
      return openDecryptedSource(readAhead(store, k, await store.size(k)), key, { context: k });
    },
    async readDecrypted(orgId, fileId, key) {
      const k = objectKey(orgId, fileId);
      return decryptIterable(await store.get(k), key, { context: k });
    },
  };
}
