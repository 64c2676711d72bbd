/**
 * AES-256-GCM over a byte stream in fixed-size chunks, so files of any size are encrypted and
 * decrypted in constant memory, every chunk is authenticated before any of its plaintext is
 * released, and a reader can seek to any offset without decrypting what precedes it.
 *
 * Layout (version 1):
 *   header  = "VEIL" | version (1 byte) | chunk size (uint32 BE) | salt (16 bytes) | nonce prefix (8 bytes)
 *   chunk i = AES-256-GCM(objectKey, nonce = prefix | i (uint32 BE), aad = header | final flag | context)
 *             ciphertext (chunk size bytes, fewer for the last chunk) | tag (16 bytes)
 *
 * Why each piece is there:
 * - The counter in the nonce makes a reordered or duplicated chunk fail authentication.
 * - The final flag in the AAD makes truncation at a chunk boundary fail: the chunk that ends
 *   up last was sealed as "not final" (the STREAM construction of Hoang et al.).
 * - The header in the AAD binds version, chunk size, salt and prefix: editing any of them fails.
 * - The context (the object key `<orgId>/<fileId>`) in the AAD means an object copied under
 *   another key does not decrypt there.
 * - The object key is HKDF(orgKey, salt, context): each object gets its own AES key, so GCM's
 *   per-key usage bounds apply per object rather than to everything an organisation ever stored.
 * - An empty plaintext is still one (final, empty) chunk, so "no chunks at all" is never valid.
 */
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

/**
 * A byte source readable at any offset. Structurally the same as shared/read's type, so a
 * decrypted object can be handed to the xlsx reader without plaintext ever touching disk.
 */
export type RandomAccessSource = { readonly size: number; read(offset: number, length: number): Promise<Uint8Array> };

/** 64 KiB: small enough to bound memory per read, large enough that the 16-byte tag is noise. */
export const DEFAULT_CHUNK_SIZE = 64 * 1024;

const MAGIC = Buffer.from('VEIL', 'ascii');
const VERSION = 1;
const SALT_BYTES = 16;
const PREFIX_BYTES = 8;
/** Size of the header in bytes. */
export const HEADER_BYTES = MAGIC.length + 1 + 4 + SALT_BYTES + PREFIX_BYTES;
/** Size of the authentication tag appended to every chunk. */
export const TAG_BYTES = 16;
/** Refused before any allocation: the header is only authenticated once a chunk is read. */
const MAX_CHUNK_SIZE = 16 * 1024 * 1024;
const MAX_CHUNKS = 2 ** 32;

/**
 * Why a ciphertext was refused. `corrupt` covers a wrong key, a flipped byte and reordered
 * chunks alike: GCM cannot tell them apart, and saying which would only help an attacker.
 */
export type DecryptFailure = 'not_encrypted' | 'unsupported_version' | 'truncated' | 'corrupt';

/** The only error decryption throws for bad input; callers map it to their own error code. */
export class DecryptError extends Error {
  override readonly name = 'DecryptError';
  constructor(
    readonly reason: DecryptFailure,
    message: string,
  ) {
    super(message);
  }
}

type Header = { bytes: Buffer; chunkSize: number; salt: Buffer; prefix: Buffer };

function checkKey(key: Uint8Array): void {
  if (key.length !== 32) throw new TypeError('chunked-gcm: key must be 32 bytes');
}

function checkContext(context: string): void {
  if (context.length === 0) throw new TypeError('chunked-gcm: context must name the object');
}

function checkChunkSize(n: number): void {
  if (!Number.isInteger(n) || n < 1 || n > MAX_CHUNK_SIZE) throw new TypeError(`chunked-gcm: chunk size must be 1..${MAX_CHUNK_SIZE}`);
}

function newHeader(chunkSize: number): Header {
  const salt = randomBytes(SALT_BYTES);
  const prefix = randomBytes(PREFIX_BYTES);
  const bytes = Buffer.alloc(HEADER_BYTES);
  MAGIC.copy(bytes, 0);
  bytes.writeUInt8(VERSION, 4);
  bytes.writeUInt32BE(chunkSize, 5);
  salt.copy(bytes, 9);
  prefix.copy(bytes, 9 + SALT_BYTES);
  return { bytes, chunkSize, salt, prefix };
}

function parseHeader(bytes: Uint8Array): Header {
  if (bytes.length < HEADER_BYTES) throw new DecryptError('truncated', 'encrypted object is shorter than its header');
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, HEADER_BYTES);
  if (!b.subarray(0, 4).equals(MAGIC)) throw new DecryptError('not_encrypted', 'object is not a Veil encrypted object');
  if (b.readUInt8(4) !== VERSION) throw new DecryptError('unsupported_version', `encrypted object has unsupported version ${b.readUInt8(4)}`);
  const chunkSize = b.readUInt32BE(5);
  if (chunkSize < 1 || chunkSize > MAX_CHUNK_SIZE) throw new DecryptError('corrupt', 'encrypted object header is invalid');
  const copy = Buffer.from(b);
  return { bytes: copy, chunkSize, salt: copy.subarray(9, 9 + SALT_BYTES), prefix: copy.subarray(9 + SALT_BYTES, HEADER_BYTES) };
}

function objectKey(key: Uint8Array, header: Header, context: string): Buffer {
  return Buffer.from(hkdfSync('sha256', key, header.salt, `veil/chunked-gcm/v1/${context}`, 32));
}

function nonce(header: Header, index: number): Buffer {
  const n = Buffer.alloc(12);
  header.prefix.copy(n, 0);
  n.writeUInt32BE(index, PREFIX_BYTES);
  return n;
}

function aad(header: Header, final: boolean, context: Buffer): Buffer {
  return Buffer.concat([header.bytes, Buffer.from([final ? 1 : 0]), context]);
}

type Sealer = { key: Buffer; header: Header; context: Buffer };

function sealChunk(s: Sealer, index: number, plain: Uint8Array, final: boolean): Buffer {
  if (index >= MAX_CHUNKS) throw new RangeError('chunked-gcm: object too large for its chunk size');
  const c = createCipheriv('aes-256-gcm', s.key, nonce(s.header, index));
  c.setAAD(aad(s.header, final, s.context));
  return Buffer.concat([c.update(plain), c.final(), c.getAuthTag()]);
}

function openChunk(s: Sealer, index: number, sealed: Uint8Array, final: boolean): Buffer {
  if (sealed.length < TAG_BYTES) throw new DecryptError('truncated', `encrypted chunk ${index} is cut short`);
  const body = sealed.subarray(0, sealed.length - TAG_BYTES);
  const tag = sealed.subarray(sealed.length - TAG_BYTES);
  const attempt = (asFinal: boolean): Buffer | null => {
    const d = createDecipheriv('aes-256-gcm', s.key, nonce(s.header, index));
    d.setAAD(aad(s.header, asFinal, s.context));
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
  if (final && attempt(false)) throw new DecryptError('truncated', `encrypted object ends after chunk ${index}: chunks are missing`);
  throw new DecryptError('corrupt', `encrypted chunk ${index} failed authentication (wrong key, wrong object or tampered)`);
}

/** Collects incoming pieces and hands out exact-length slices without re-copying everything. */
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

async function* pieces(body: AsyncIterable<Uint8Array> | Iterable<Uint8Array> | Uint8Array): AsyncGenerator<Uint8Array> {
  if (body instanceof Uint8Array) yield body;
  else yield* body;
}

/** Ciphertext length for a plaintext length: lets an S3 PUT send a Content-Length up front. */
export function encryptedSize(plaintextSize: number, chunkSize = DEFAULT_CHUNK_SIZE): number {
  checkChunkSize(chunkSize);
  const chunks = Math.max(1, Math.ceil(plaintextSize / chunkSize));
  return HEADER_BYTES + plaintextSize + chunks * TAG_BYTES;
}

/**
 * Plaintext length and chunk count for a ciphertext length, or `truncated` when no valid
 * ciphertext has that length (a cut inside a tag, or a trailing chunk holding only a tag).
 */
function layout(ciphertextSize: number, chunkSize: number): { plaintextSize: number; chunks: number } {
  const body = ciphertextSize - HEADER_BYTES;
  const sealed = chunkSize + TAG_BYTES;
  if (body < TAG_BYTES) throw new DecryptError('truncated', 'encrypted object has no complete chunk');
  const full = Math.floor(body / sealed);
  const rest = body % sealed;
  if (rest === 0) return { plaintextSize: full * chunkSize, chunks: full };
  if (rest < TAG_BYTES || (rest === TAG_BYTES && full > 0)) throw new DecryptError('truncated', 'encrypted object ends inside a chunk');
  return { plaintextSize: full * chunkSize + rest - TAG_BYTES, chunks: full + 1 };
}

/**
 * Encrypts a stream. `context` names the object (its storage key) and must be given again to
 * decrypt. Holds at most two chunks in memory: one is kept back until the next byte arrives,
 * because only then is it known whether it is the final one.
 */
export async function* encryptStream(
  body: AsyncIterable<Uint8Array> | Iterable<Uint8Array> | Uint8Array,
  key: Uint8Array,
  context: string,
  opts: { chunkSize?: number } = {},
): AsyncGenerator<Uint8Array> {
  checkKey(key);
  checkContext(context);
  const chunkSize = opts.chunkSize ?? DEFAULT_CHUNK_SIZE;
  checkChunkSize(chunkSize);
  const header = newHeader(chunkSize);
  const s: Sealer = { key: objectKey(key, header, context), header, context: Buffer.from(context, 'utf8') };
  yield header.bytes;
  const q = new ByteQueue();
  let index = 0;
  for await (const piece of pieces(body)) {
    q.push(piece);
    while (q.length > chunkSize) yield sealChunk(s, index++, q.take(chunkSize), false);
  }
  yield sealChunk(s, index, q.take(q.length), true);
}

/**
 * Decrypts a stream, yielding each chunk's plaintext only after its tag verified. Throws
 * `DecryptError` on the first bad chunk; what was yielded before it is authentic but the
 * caller must treat the whole object as failed.
 */
export async function* decryptStream(body: AsyncIterable<Uint8Array>, key: Uint8Array, context: string): AsyncGenerator<Uint8Array> {
  checkKey(key);
  checkContext(context);
  const q = new ByteQueue();
  let s: Sealer | null = null;
  let sealedSize = 0;
  let index = 0;
  for await (const piece of body) {
    q.push(piece);
    if (!s) {
      if (q.length < HEADER_BYTES) continue;
      const header = parseHeader(q.take(HEADER_BYTES));
      s = { key: objectKey(key, header, context), header, context: Buffer.from(context, 'utf8') };
      sealedSize = header.chunkSize + TAG_BYTES;
    }
    while (q.length > sealedSize) yield openChunk(s, index++, q.take(sealedSize), false);
  }
  if (!s) throw new DecryptError(q.length === 0 ? 'truncated' : 'truncated', 'encrypted object is shorter than its header');
  if (q.length === 0 && index > 0) throw new DecryptError('truncated', `encrypted object ends after chunk ${index - 1}: chunks are missing`);
  yield openChunk(s, index, q.take(q.length), true);
}

/**
 * Opens an encrypted object for random access: `read(offset, length)` decrypts only the chunks
 * that cover the range. `size` is the plaintext size. The most recently decrypted chunk is kept,
 * because readers (a zip directory walk) ask for many small neighbouring ranges.
 */
export async function openDecryptedSource(source: RandomAccessSource, key: Uint8Array, context: string): Promise<RandomAccessSource> {
  checkKey(key);
  checkContext(context);
  const header = parseHeader(await source.read(0, Math.min(HEADER_BYTES, source.size)));
  const s: Sealer = { key: objectKey(key, header, context), header, context: Buffer.from(context, 'utf8') };
  const { plaintextSize, chunks } = layout(source.size, header.chunkSize);
  const sealedSize = header.chunkSize + TAG_BYTES;
  let cached: { index: number; plain: Buffer } | null = null;

  async function chunk(index: number): Promise<Buffer> {
    if (cached?.index === index) return cached.plain;
    const start = HEADER_BYTES + index * sealedSize;
    const length = Math.min(sealedSize, source.size - start);
    const sealed = await source.read(start, length);
    if (sealed.length !== length) throw new DecryptError('truncated', `encrypted chunk ${index} is cut short`);
    const plain = openChunk(s, index, sealed, index === chunks - 1);
    cached = { index, plain };
    return plain;
  }

  // An object of one empty chunk must still authenticate, or a forged empty file would read as "".
  if (plaintextSize === 0) await chunk(0);

  return {
    size: plaintextSize,
    async read(offset, length) {
      if (!Number.isInteger(offset) || !Number.isInteger(length) || offset < 0 || length < 0) throw new RangeError('read: offset and length must be non-negative integers');
      const end = Math.min(offset + length, plaintextSize);
      if (offset >= end) return new Uint8Array(0);
      const first = Math.floor(offset / header.chunkSize);
      const last = Math.floor((end - 1) / header.chunkSize);
      const out = Buffer.allocUnsafe(end - offset);
      for (let i = first; i <= last; i++) {
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
