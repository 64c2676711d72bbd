import { CreateMultipartUploadCommand, HeadObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError } from '../../shared/config';
import { DecryptError } from '../../shared/crypto/chunked-gcm';
import { AppError } from '../../shared/errors';
import { encryptedObjects, objectKey, openObjectStore, type ObjectStore, type S3Tuning } from '../../shared/objects';
import { openLocalObjectStore } from '../../shared/objects/local';
import { openS3ObjectStore } from '../../shared/objects/s3';
import { startS3, type TestS3 } from '../support/s3';

const MIB = 1024 * 1024;
/** lib-storage's minimum part size: a stream larger than this becomes a multipart upload. */
const PART = 5 * MIB;
const FAST: S3Tuning = { connectionTimeoutMs: 1_000, requestTimeoutMs: 2_000, partSize: PART };

async function code(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (err) {
    if (err instanceof AppError) return err.details?.reason ? `${err.code}:${err.details.reason}` : err.code;
    throw err;
  }
  throw new Error('expected an AppError');
}

async function collect(src: AsyncIterable<Uint8Array>): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const b of src) parts.push(Buffer.from(b));
  return Buffer.concat(parts);
}

async function* slowPieces(buf: Buffer, piece: number, failAfter?: number): AsyncGenerator<Uint8Array> {
  for (let at = 0; at < buf.length; at += piece) {
    if (failAfter !== undefined && at >= failAfter) throw new Error('client went away');
    yield buf.subarray(at, at + piece);
  }
}

const newKey = (org = randomUUID()) => objectKey(org, randomUUID());

let s3: TestS3;
let dataDir: string;
const stores: Record<'local' | 's3', ObjectStore> = {} as never;

beforeAll(async () => {
  s3 = await startS3();
  dataDir = await mkdtemp(join(tmpdir(), 'veil-objects-'));
  stores.local = await openObjectStore({ s3: null, dataDir });
  stores.s3 = await openObjectStore({ s3: s3.config, dataDir }, FAST);
});

afterAll(async () => {
  await stores.local?.close();
  await stores.s3?.close();
  await s3?.stop();
  await rm(dataDir, { recursive: true, force: true });
});

describe.each(['local', 's3'] as const)('ObjectStore on %s', (kind) => {
  const store = () => stores[kind];

  it('puts, gets, reads ranges, sizes, lists, deletes and confirms', async () => {
    const org = randomUUID();
    const key = newKey(org);
    const body = randomBytes(100_000);
    expect(await store().put(key, body)).toEqual({ size: body.length });
    expect((await collect(await store().get(key))).equals(body)).toBe(true);
    expect(await store().size(key)).toBe(body.length);
    expect(Buffer.from(await store().getRange(key, 1234, 5000)).equals(body.subarray(1234, 6234))).toBe(true);
    expect(Buffer.from(await store().getRange(key, body.length - 10, 100)).equals(body.subarray(-10))).toBe(true);
    expect((await store().getRange(key, body.length + 5, 10)).length).toBe(0);
    expect((await store().getRange(key, 0, 0)).length).toBe(0);
    expect(await store().list(`${org}/`)).toEqual([key]);
    expect(await store().list('')).toContain(key);

    expect(await code(store().confirmGone(key))).toBe('service_unavailable:object_present');
    await store().delete(key);
    await store().delete(key);
    expect(await store().confirmGone(key)).toBeInstanceOf(Date);
    expect(await code(store().get(key))).toBe('not_found');
    expect(await code(store().size(key))).toBe('not_found');
    expect(await store().list(`${org}/`)).toEqual([]);
  });

  it('replaces an object on a second put and stores empty objects', async () => {
    const key = newKey();
    await store().put(key, Buffer.from('first version'));
    await store().put(key, Buffer.from('second'));
    expect((await collect(await store().get(key))).toString()).toBe('second');
    await store().put(key, new Uint8Array(0));
    expect(await store().size(key)).toBe(0);
    await store().delete(key);
  });

  it('streams a body larger than one part', async () => {
    const key = newKey();
    const body = randomBytes(PART + MIB + 123);
    expect(await store().put(key, slowPieces(body, 256 * 1024), { contentLength: body.length })).toEqual({ size: body.length });
    expect(await store().size(key)).toBe(body.length);
    expect(Buffer.from(await store().getRange(key, PART - 10, 20)).equals(body.subarray(PART - 10, PART + 10))).toBe(true);
    await store().delete(key);
    expect(await store().confirmGone(key)).toBeInstanceOf(Date);
  });

  it('putFile stores a file on disk (a move where the store shares its disk, else a copy), replacing what was there', async () => {
    for (const dir of [dataDir, ...(existsSync('/dev/shm') ? ['/dev/shm'] : [])]) {
      const key = newKey();
      await store().put(key, Buffer.from('an older object'));
      const path = join(dir, `veil-putfile-${randomUUID()}`);
      const body = randomBytes(PART + 4321);
      await writeFile(path, body, { mode: 0o600 });
      expect(await store().putFile(key, path)).toEqual({ size: body.length });
      expect((await collect(await store().get(key))).equals(body)).toBe(true);
      expect(await store().list(key.slice(0, 37))).toEqual([key]);
      await rm(path, { force: true });
      await store().delete(key);
      expect(await store().confirmGone(key)).toBeInstanceOf(Date);
    }
  });

  it('refuses keys of the wrong shape on every method', async () => {
    const org = randomUUID();
    const bad = ['x/y', `../${org}`, `${org}/../../etc/passwd`, `${org}/report.csv`, `${org.toUpperCase()}/${randomUUID()}`, `${org}/${randomUUID()}/x`, `${org}${randomUUID()}`, ''];
    for (const key of bad) {
      for (const call of [
        () => store().put(key, Buffer.from('x')),
        () => store().get(key),
        () => store().getRange(key, 0, 1),
        () => store().size(key),
        () => store().delete(key),
        () => store().confirmGone(key),
      ]) {
        expect(await code(call()), key).toBe('invalid_request');
      }
    }
    expect(() => objectKey('not-a-uuid', randomUUID())).toThrow(AppError);
    expect(() => objectKey(org, 'customers.xlsx')).toThrow(AppError);
    expect(await code(store().list('../'))).toBe('invalid_request');
    expect(await code(store().list(org))).toBe('invalid_request');
  });

  it('a body that fails midway leaves no object and no incomplete upload', async () => {
    const key = newKey();
    const body = randomBytes(PART + MIB);
    await expect(store().put(key, slowPieces(body, 512 * 1024, PART + 512 * 1024))).rejects.toThrow('client went away');
    expect(await code(store().size(key))).toBe('not_found');
    expect(await store().confirmGone(key)).toBeInstanceOf(Date);
  });

  it('a body shorter than its declared length is refused and leaves nothing', async () => {
    const key = newKey();
    expect(await code(store().put(key, slowPieces(randomBytes(1000), 100), { contentLength: 1001 }))).toBe('invalid_request');
    expect(await store().confirmGone(key)).toBeInstanceOf(Date);
  });

  it('stores ciphertext only and reads it back decrypted, streamed and by range', async () => {
    const enc = encryptedObjects(store());
    const org = randomUUID();
    const file = randomUUID();
    const key = randomBytes(32);
    const plain = Buffer.from('email,name\n' + 'ann@example.com,Ann Andersson\n'.repeat(10_000));
    const put = await enc.putEncrypted(org, file, slowPieces(plain, 7_000), key, { plaintextSize: plain.length });
    expect(put.plaintextSize).toBe(plain.length);
    const stored = await collect(await store().get(objectKey(org, file)));
    expect(stored.length).toBe(put.storedSize);
    expect(stored.includes(Buffer.from('ann@example.com'))).toBe(false);
    expect((await collect(await enc.readDecrypted(org, file, key))).equals(plain)).toBe(true);
    const src = await enc.openDecrypted(org, file, key);
    expect(src.size).toBe(plain.length);
    expect(Buffer.from(await src.read(100_000, 70_000)).equals(plain.subarray(100_000, 170_000))).toBe(true);

    // The object key is part of the AAD: the same bytes under another file id do not decrypt.
    const moved = randomUUID();
    await store().put(objectKey(org, moved), stored);
    await expect(collect(await enc.readDecrypted(org, moved, key))).rejects.toBeInstanceOf(DecryptError);

    const tampered = Buffer.from(stored);
    tampered[tampered.length - 100] ^= 1;
    await store().put(objectKey(org, file), tampered);
    await expect(collect(await enc.readDecrypted(org, file, key))).rejects.toThrow(DecryptError);
    await expect(enc.openDecrypted(org, file, key)).rejects.toThrow(/failed authentication/);
  });
});

describe('EncryptedObjects', () => {
  it('reads by range with few storage requests (read-ahead), and the bytes still match', async () => {
    let ranged = 0;
    const counting: ObjectStore = { ...stores.local, getRange: (k, o, l) => (ranged++, stores.local.getRange(k, o, l)) };
    const enc = encryptedObjects(counting);
    const org = randomUUID();
    const file = randomUUID();
    const key = randomBytes(32);
    const plain = randomBytes(3 * MIB + 5);
    await enc.putEncrypted(org, file, plain, key);
    const src = await enc.openDecrypted(org, file, key);
    ranged = 0;
    const parts: Buffer[] = [];
    for (let at = 0; at < src.size; at += 10_000) parts.push(Buffer.from(await src.read(at, 10_000)));
    expect(Buffer.concat(parts).equals(plain)).toBe(true);
    expect(ranged).toBeLessThanOrEqual(5);
  });
});

describe('local adapter', () => {
  it('writes owner-only files via a temp name, under DATA_DIR/objects/<org>/<file>', async () => {
    const org = randomUUID();
    const file = randomUUID();
    await stores.local.put(objectKey(org, file), randomBytes(10));
    const st = await stat(join(dataDir, 'objects', org, file));
    expect(st.mode & 0o777).toBe(0o600);
    expect(await readdir(join(dataDir, 'objects', org))).toEqual([file]);
  });

  it('treats a leftover temp file (a crashed write) as not gone until delete sweeps it', async () => {
    const org = randomUUID();
    const file = randomUUID();
    const key = objectKey(org, file);
    await stores.local.put(key, randomBytes(10));
    await stores.local.delete(key);
    await writeFile(join(dataDir, 'objects', org, `.${file}.deadbeef.part`), 'ciphertext');
    expect(await code(stores.local.confirmGone(key))).toBe('service_unavailable:uploads_open');
    expect(await stores.local.list(`${org}/`)).toEqual([]);
    await stores.local.delete(key);
    expect(await stores.local.confirmGone(key)).toBeInstanceOf(Date);
  });

  it('ping fails when the directory is not writable', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'veil-objects-ro-'));
    const store = await openLocalObjectStore(dir);
    await store.ping();
    await rm(join(dir, 'objects'), { recursive: true });
    expect(await code(store.ping())).toBe('service_unavailable');
    await rm(dir, { recursive: true, force: true });
  });
});

describe('S3 adapter under faults', () => {
  const headStatus = async (key: string) =>
    s3.client.send(new HeadObjectCommand({ Bucket: s3.config.bucket, Key: key })).then(
      () => 200,
      (err) => err.$metadata?.httpStatusCode as number,
    );

  it('F1: transient 500s on PutObject are retried by the SDK', async () => {
    const key = newKey();
    const before = s3.proxy.seen('PutObject');
    s3.proxy.fail('PutObject', 2);
    await stores.s3.put(key, randomBytes(1000));
    expect(s3.proxy.seen('PutObject') - before).toBe(3);
    expect(await headStatus(key)).toBe(200);
    await stores.s3.delete(key);
  });

  it('F1: permanent 500s give service_unavailable after 3 attempts, with nothing stored', async () => {
    const key = newKey();
    const before = s3.proxy.seen('PutObject');
    s3.proxy.fail('PutObject', Infinity);
    try {
      expect(await code(stores.s3.put(key, randomBytes(1000)))).toBe('service_unavailable');
      // A streamed body below one part goes through a single PutObject as well.
      expect(await code(stores.s3.put(key, slowPieces(randomBytes(3000), 1000)))).toBe('service_unavailable');
    } finally {
      s3.proxy.clear();
    }
    expect(s3.proxy.seen('PutObject') - before).toBe(6);
    expect(await headStatus(key)).toBe(404);
    expect(await stores.s3.confirmGone(key)).toBeInstanceOf(Date);
  });

  it('F1: a multipart upload whose parts keep failing is aborted: no object, no open upload, no parts on disk', async () => {
    const key = newKey();
    s3.proxy.fail('UploadPart', Infinity);
    try {
      expect(await code(stores.s3.put(key, slowPieces(randomBytes(PART + MIB), MIB)))).toBe('service_unavailable');
    } finally {
      s3.proxy.clear();
    }
    expect(s3.proxy.seen('AbortMultipartUpload')).toBeGreaterThan(0);
    expect(s3.proxy.openUploads().filter((u) => u.key === key)).toEqual([]);
    expect(await s3.leftoverUploadDirs()).toEqual([]);
    expect(await headStatus(key)).toBe(404);
  });

  it('confirmGone refuses while an incomplete upload of the key is open; delete aborts it', async () => {
    const key = newKey();
    const viaProxy = new S3Client({ region: s3.config.region, endpoint: s3.config.endpoint!, forcePathStyle: true, credentials: s3.config });
    await viaProxy.send(new CreateMultipartUploadCommand({ Bucket: s3.config.bucket, Key: key }));
    viaProxy.destroy();
    expect(await code(stores.s3.confirmGone(key))).toBe('service_unavailable:uploads_open');
    await stores.s3.delete(key);
    expect(await stores.s3.confirmGone(key)).toBeInstanceOf(Date);
    expect(await s3.leftoverUploadDirs()).toEqual([]);
  });

  it('confirmGone refuses while versions of the key remain', async () => {
    const key = newKey();
    s3.proxy.answer(
      'ListObjectVersions',
      200,
      `<?xml version="1.0" encoding="UTF-8"?><ListVersionsResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Name>${s3.config.bucket}</Name><Prefix>${key}</Prefix><IsTruncated>false</IsTruncated><Version><Key>${key}</Key><VersionId>v1</VersionId><IsLatest>false</IsLatest><Size>10</Size></Version></ListVersionsResult>`,
    );
    try {
      expect(await code(stores.s3.confirmGone(key))).toBe('service_unavailable:versions_remain');
    } finally {
      s3.proxy.clear();
    }
    expect(await stores.s3.confirmGone(key)).toBeInstanceOf(Date);
  });

  it('P2: DeleteObject failing twice is retried; failing always leaves the object unconfirmed', async () => {
    const key = newKey();
    await stores.s3.put(key, randomBytes(100));
    s3.proxy.fail('DeleteObject', 2);
    await stores.s3.delete(key);
    expect(await stores.s3.confirmGone(key)).toBeInstanceOf(Date);

    await stores.s3.put(key, randomBytes(100));
    s3.proxy.fail('DeleteObject', Infinity);
    try {
      expect(await code(stores.s3.delete(key))).toBe('service_unavailable');
    } finally {
      s3.proxy.clear();
    }
    expect(await code(stores.s3.confirmGone(key))).toBe('service_unavailable:object_present');
    await stores.s3.delete(key);
    expect(await stores.s3.confirmGone(key)).toBeInstanceOf(Date);
  });

  it('F2: a black-holed endpoint fails a write and a read within the request timeout budget', async () => {
    const store = await openS3ObjectStore(s3.config, { requestTimeoutMs: 300, connectionTimeoutMs: 300 });
    const key = newKey();
    s3.proxy.hang('PutObject');
    let started = Date.now();
    try {
      expect(await code(store.put(key, slowPieces(randomBytes(1000), 100)))).toBe('service_unavailable');
    } finally {
      s3.proxy.clear();
    }
    expect(Date.now() - started).toBeLessThan(3 * 300 + 1_500);
    expect(await store.confirmGone(key)).toBeInstanceOf(Date);

    await store.put(key, randomBytes(100));
    s3.proxy.hang('GetObject');
    started = Date.now();
    try {
      expect(await code(store.getRange(key, 0, 10))).toBe('service_unavailable');
    } finally {
      s3.proxy.clear();
    }
    expect(Date.now() - started).toBeLessThan(3 * 300 + 1_500);
    expect((await store.getRange(key, 0, 10)).length).toBe(10);
    await store.delete(key);
    await store.close();
  });

  it('P3: refuses to open a bucket whose versioning is Enabled or Suspended', async () => {
    for (const status of ['Enabled', 'Suspended']) {
      s3.proxy.answer(
        'GetBucketVersioning',
        200,
        `<?xml version="1.0" encoding="UTF-8"?><VersioningConfiguration xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Status>${status}</Status></VersioningConfiguration>`,
      );
      try {
        await expect(openS3ObjectStore(s3.config, FAST)).rejects.toThrow(ConfigError);
        await expect(openS3ObjectStore(s3.config, FAST)).rejects.toThrow(new RegExp(`versioning is ${status}`));
      } finally {
        s3.proxy.clear();
      }
    }
  });

  it('fails to open, and ping fails, when the endpoint is down', async () => {
    s3.proxy.fail('HeadBucket', Infinity, 503);
    try {
      expect(await code(openS3ObjectStore(s3.config, FAST))).toBe('service_unavailable');
      expect(await code(stores.s3.ping())).toBe('service_unavailable');
    } finally {
      s3.proxy.clear();
    }
    await stores.s3.ping();
  });
});
