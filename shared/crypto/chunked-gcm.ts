/**
 * AES-256-GCM over a byte stream in fixed-size chunks, so files of any size are encrypted and
 * decrypted in constant memory, every chunk is authenticated before any of its plaintext is
 * released, and a reader can seek to any offset without decrypting what precedes it.
 *
 * Layout (version 1):
 *   header  = "VEIL" | version (1 byte) | chunk size (uint32 BE) | nonce prefix (8 random bytes)
 *   chunk i = AES-256-GCM(objectKey, nonce = prefix | i (uint32 BE), aad = header | final flag | context)
 *             ciphertext (chunk size bytes, fewer for the last chunk) | tag (16 bytes)
 *
 * Why each piece is there:
 * - The counter in the nonce makes a reordered or duplicated chunk fail authentication.
 * - The final flag in the AAD makes truncation at a chunk boundary fail: the chunk that ends
 *   up last was sealed as "not final" (the STREAM construction of Hoang et al.).
 * - The header in the AAD binds version, chunk size and prefix: editing any of them fails.
 * - The context (the object key `<orgId>/<fileId>`) in the AAD means an object copied under
 *   another key does not decrypt there.
 * - objectKey = HKDF(orgKey, salt = prefix, info = context): each object gets its own AES key,
 *   so GCM's per-key usage bounds apply per object, not to all an organisation ever stored.
 * - An empty plaintext is still one (final, empty) chunk, so "no chunks at all" is never valid.
 */
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { Transform } from 'node:stream';

/**
 * A byte source readable at any offset. Structurally the same as shared/read's type, so a
 * decrypted object can be handed to the xlsx reader without plaintext ever touching disk.
 */
export type RandomAccessSource = { readonly size: number; read(offset: number, length: number): Promise<Uint8Array> };

/** 64 KiB: small enough to bound memory per read, large enough that the 16-byte tag is noise. */
export const DEFAULT_CHUNK_SIZE = 64 * 1024;

const MAGIC = Buffer.from('VEIL', 'ascii');
const VERSION = 1;
const PREFIX_BYTES = 8;
/** Size of the header in bytes. */
export const HEADER_BYTES = MAGIC.length + 1 + 4 + PREFIX_BYTES;
/** Size of the authentication tag appended to every chunk. */
export const TAG_BYTES = 16;
/** Refused before any allocation: the header is only authenticated once a chunk is read. */
const MAX_CHUNK_SIZE = 16 * 1024 * 1024;
const MAX_CHUNKS = 2 ** 32;

/**
 * Why a ciphertext was refused. `corrupt` covers a wrong key, a wrong object, a flipped byte and
 * reordered chunks alike: GCM cannot tell them apart.
 */
export type DecryptFailure = 'not_encrypted' | 'unsupported_version' | 'truncated' | 'corrupt';

/**
 * The only error decryption throws for bad input. Callers map it to their own error code
 * (a download answers 500 `internal_error`: stored data the server wrote no longer verifies).
 */
export class DecryptError extends Error {
  override readonly name = 'DecryptError';
  constructor(
    readonly reason: DecryptFailure,
    message: string,
  ) {
    super(message);
  }
}

/** What both directions need: the key and the name of the object it protects. */
export type ChunkedGcmOptions = { context: string };

type Header = { bytes: Buffer; chunkSize: number; prefix: Buffer };
type Sealer = { key: Buffer; header: Header; context: Buffer };

function checkKey(key: Uint8Array): void {
  if (key.length !== 32) throw new TypeError('chunked-gcm: key must be 32 bytes');
}

function checkChunkSize(n: number): void {
  if (!Number.isInteger(n) || n < 1 || n > MAX_CHUNK_SIZE) throw new TypeError(`chunked-gcm: chunk size must be 1..${MAX_CHUNK_SIZE}`);
}

function sealer(key: Uint8Array, header: Header, context: string): Sealer {
  checkKey(key);
  if (context.length === 0) throw new TypeError('chunked-gcm: context must name the object');
  const objectKey = Buffer.from(hkdfSync('sha256', key, header.prefix, `veil/chunked-gcm/v1/${context}`, 32));
  return { key: objectKey, header, context: Buffer.from(context, 'utf8') };
}

function newHeader(chunkSize: number): Header {
  checkChunkSize(chunkSize);
  const bytes = Buffer.alloc(HEADER_BYTES);
  MAGIC.copy(bytes, 0);
  bytes.writeUInt8(VERSION, 4);
  bytes.writeUInt32BE(chunkSize, 5);
  randomBytes(PREFIX_BYTES).copy(bytes, 9);
  return { bytes, chunkSize, prefix: bytes.subarray(9) };
}

function parseHeader(raw: Uint8Array): Header {
  if (raw.length < HEADER_BYTES) throw new DecryptError('truncated', 'encrypted object is truncated: shorter than its header');
  const bytes = Buffer.from(raw.subarray(0, HEADER_BYTES));
  if (!bytes.subarray(0, 4).equals(MAGIC)) throw new DecryptError('not_encrypted', 'object is not a Veil encrypted object');
  const version = bytes.readUInt8(4);
  if (version !== VERSION) throw new DecryptError('unsupported_version', `encrypted object has unsupported version ${version}`);
  const chunkSize = bytes.readUInt32BE(5);
  if (chunkSize < 1 || chunkSize > MAX_CHUNK_SIZE) throw new DecryptError('corrupt', 'encrypted object header has an invalid chunk size');
  return { bytes, chunkSize, prefix: bytes.subarray(9) };
}

function nonce(header: Header, index: number): Buffer {
  const n = Buffer.alloc(12);
  header.prefix.copy(n, 0);
  n.writeUInt32BE(index, PREFIX_BYTES);
  return n;
}

function aad(s: Sealer, final: boolean): Buffer {
  return Buffer.concat([s.header.bytes, Buffer.from([final ? 1 : 0]), s.context]);
}

function sealChunk(s: Sealer, index: number, plain: Uint8Array, final: boolean): Buffer {
  if (index >= MAX_CHUNKS) throw new RangeError('chunked-gcm: object too large for its chunk size');
  const c = createCipheriv('aes-256-gcm', s.key, nonce(s.header, index));
  c.setAAD(aad(s, final));
  return Buffer.concat([c.update(plain), c.final(), c.getAuthTag()]);
}

function openChunk(s: Sealer, index: number, sealed: Uint8Array, final: boolean): Buffer {
  if (sealed.length < TAG_BYTES) throw new DecryptError('truncated', `encrypted object is truncated inside chunk ${index}`);
  const body = sealed.subarray(0, sealed.length - TAG_BYTES);
  const tag = sealed.subarray(sealed.length - TAG_BYTES);
  const attempt = (asFinal: boolean): Buffer | null => {
    const d = createDecipheriv('aes-256-gcm', s.key, nonce(s.header, index));
    d.setAAD(aad(s, asFinal));
    d.setAuthTag(tag);
    try {
      return Buffer.concat([d.update(body), d.final()]);
    } catch {
      return null;
    }
  };
  const plain = attempt(final);
  if (plain) return plain;
  // Only to name the failure: a last chunk that authenticates as "not final" means chunks are missing.
  if (final && attempt(false)) throw new DecryptError('truncated', `encrypted object is truncated: chunk ${index} failed authentication as the final chunk`);
  throw new DecryptError('corrupt', `encrypted chunk ${index} failed authentication (wrong key, wrong object or tampered)`);
}

/** Collects incoming pieces and hands out exact-length slices. */
class ByteQueue {
  private parts: Buffer[] = [];
  length = 0;
  push(b: Uint8Array): void {
    if (b.length === 0) return;
    this.parts.push(Buffer.from(b.buffer, b.byteOffset, b.length));
    this.length += b.length;
  }
  take(n: number): Buffer {
    const out = Buffer.allocUnsafe(n);
    let filled = 0;
    while (filled < n) {
      const head = this.parts[0];
      const k = Math.min(head.length, n - filled);
      head.copy(out, filled, 0, k);
      filled += k;
      if (k === head.length) this.parts.shift();
      else this.parts[0] = head.subarray(k);
    }
    this.length -= n;
    return out;
  }
}

/** The push-based core both stream shapes wrap; holds at most one chunk plus one input piece. */
type Codec = { push(piece: Uint8Array): Buffer[]; end(): Buffer[] };

function encryptor(key: Uint8Array, opts: ChunkedGcmOptions & { chunkSize?: number }): Codec {
  const header = newHeader(opts.chunkSize ?? DEFAULT_CHUNK_SIZE);
  const s = sealer(key, header, opts.context);
  const q = new ByteQueue();
  let index = 0;
  let started = false;
  const start = (out: Buffer[]) => {
    if (!started) out.push(header.bytes);
    started = true;
    return out;
  };
  return {
    push(piece) {
      const out = start([]);
      q.push(piece);
      // A full chunk is kept back until one more byte arrives: only then is it known not to be final.
      while (q.length > header.chunkSize) out.push(sealChunk(s, index++, q.take(header.chunkSize), false));
      return out;
    },
    end() {
      const out = start([]);
      out.push(sealChunk(s, index, q.take(q.length), true));
      return out;
    },
  };
}

function decryptor(key: Uint8Array, opts: ChunkedGcmOptions): Codec {
  checkKey(key);
  const q = new ByteQueue();
  let s: Sealer | null = null;
  let index = 0;
  const sealedSize = () => s!.header.chunkSize + TAG_BYTES;
  return {
    push(piece) {
      q.push(piece);
      if (!s) {
        if (q.length < HEADER_BYTES) return [];
        s = sealer(key, parseHeader(q.take(HEADER_BYTES)), opts.context);
      }
      const out: Buffer[] = [];
      while (q.length > sealedSize()) out.push(openChunk(s, index++, q.take(sealedSize()), false));
      return out;
    },
    end() {
      if (!s) throw new DecryptError('truncated', 'encrypted object is truncated: shorter than its header');
      return [openChunk(s, index, q.take(q.length), true)];
    },
  };
}

function transform(codec: Codec): Transform {
  return new Transform({
    transform(piece: Buffer, _enc, done) {
      try {
        for (const b of codec.push(piece)) this.push(b);
        done();
      } catch (err) {
        done(err as Error);
      }
    },
    flush(done) {
      try {
        for (const b of codec.end()) this.push(b);
        done();
      } catch (err) {
        done(err as Error);
      }
    },
  });
}

/** Ciphertext length for a plaintext length: lets an S3 PUT send a Content-Length up front. */
export function encryptedSize(plaintextSize: number, chunkSize = DEFAULT_CHUNK_SIZE): number {
  checkChunkSize(chunkSize);
  const chunks = Math.max(1, Math.ceil(plaintextSize / chunkSize));
  return HEADER_BYTES + plaintextSize + chunks * TAG_BYTES;
}

/** A Node Transform that encrypts what is written to it (for `pipeline` with upload streams). */
export function createEncryptStream(key: Uint8Array, opts: ChunkedGcmOptions & { chunkSize?: number }): Transform {
  return transform(encryptor(key, opts));
}

/**
 * A Node Transform that decrypts; each chunk is emitted only after its tag verified. It errors
 * with `DecryptError` on the first bad chunk: what was emitted before is authentic, but the
 * caller must treat the whole object as failed (e.g. abort the HTTP response).
 */
export function createDecryptStream(key: Uint8Array, opts: ChunkedGcmOptions): Transform {
  return transform(decryptor(key, opts));
}

/** Encrypts an async iterable (or a whole buffer) into an async iterable of ciphertext pieces. */
export async function* encryptIterable(
  body: AsyncIterable<Uint8Array> | Iterable<Uint8Array> | Uint8Array,
  key: Uint8Array,
  opts: ChunkedGcmOptions & { chunkSize?: number },
): AsyncGenerator<Uint8Array> {
  const codec = encryptor(key, opts);
  for await (const piece of body instanceof Uint8Array ? [body] : body) yield* codec.push(piece);
  yield* codec.end();
}

/** The async-iterable twin of `createDecryptStream`, with the same guarantees. */
export async function* decryptIterable(body: AsyncIterable<Uint8Array>, key: Uint8Array, opts: ChunkedGcmOptions): AsyncGenerator<Uint8Array> {
  const codec = decryptor(key, opts);
  for await (const piece of body) yield* codec.push(piece);
  yield* codec.end();
}

/**
 * Plaintext length and chunk count for a ciphertext length, or `truncated` when no valid
 * ciphertext has that length (a cut inside a tag, or a trailing chunk holding only a tag).
 */
function layout(ciphertextSize: number, chunkSize: number): { plaintextSize: number; chunks: number } {
  const body = ciphertextSize - HEADER_BYTES;
  const sealed = chunkSize + TAG_BYTES;
  if (body < TAG_BYTES) throw new DecryptError('truncated', 'encrypted object is truncated: no complete chunk');
  const full = Math.floor(body / sealed);
  const rest = body % sealed;
  if (rest === 0) return { plaintextSize: full * chunkSize, chunks: full };
  if (rest < TAG_BYTES || (rest === TAG_BYTES && full > 0)) throw new DecryptError('truncated', 'encrypted object is truncated inside a chunk');
  return { plaintextSize: full * chunkSize + rest - TAG_BYTES, chunks: full + 1 };
}

/**
 * Opens an encrypted object for random access: `read(offset, length)` decrypts only the chunks
 * covering the range, and `size` is the plaintext size. The most recent chunk is kept because
 * readers (a zip directory walk) ask for many small neighbouring ranges.
 */
export async function openDecryptedSource(source: RandomAccessSource, key: Uint8Array, opts: ChunkedGcmOptions): Promise<RandomAccessSource> {
  const header = parseHeader(await source.read(0, Math.min(HEADER_BYTES, source.size)));
  const s = sealer(key, header, opts.context);
  const { plaintextSize, chunks } = layout(source.size, header.chunkSize);
  const sealedSize = header.chunkSize + TAG_BYTES;
  let cached: { index: number; plain: Buffer } | null = null;

  async function chunk(index: number): Promise<Buffer> {
    if (cached?.index === index) return cached.plain;
    const start = HEADER_BYTES + index * sealedSize;
    const length = Math.min(sealedSize, source.size - start);
    const sealed = await source.read(start, length);
    if (sealed.length !== length) throw new DecryptError('truncated', `encrypted object is truncated inside chunk ${index}`);
    const plain = openChunk(s, index, sealed, index === chunks - 1);
    cached = { index, plain };
    return plain;
  }

  // Reading the last chunk up front proves the length: a cut at a chunk boundary fails here,
  // not at whatever offset a reader happens to reach last (and an empty object still verifies).
  await chunk(chunks - 1);

  return {
    size: plaintextSize,
    async read(offset, length) {
      if (!Number.isSafeInteger(offset) || !Number.isSafeInteger(length) || offset < 0 || length < 0) {
        throw new RangeError('read: offset and length must be non-negative integers');
      }
      const end = Math.min(offset + length, plaintextSize);
      if (offset >= end) return new Uint8Array(0);
      const out = Buffer.allocUnsafe(end - offset);
      for (let i = Math.floor(offset / header.chunkSize); i * header.chunkSize < end; i++) {
        const plain = await chunk(i);
        const chunkStart = i * header.chunkSize;
        const from = Math.max(offset, chunkStart) - chunkStart;
        const to = Math.min(end, chunkStart + plain.length) - chunkStart;
        plain.copy(out, chunkStart + from - offset, from, to);
      }
      return out;
    },
  };
}
