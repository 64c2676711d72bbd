import { randomBytes } from 'node:crypto';
import { Readable, type Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { describe, expect, it } from 'vitest';
import {
  createDecryptStream,
  createEncryptStream,
  decryptIterable,
  DecryptError,
  encryptedSize,
  encryptIterable,
  HEADER_BYTES,
  openDecryptedSource,
  type RandomAccessSource,
} from '../../../shared/crypto/chunked-gcm';
import { createOrgKeys } from '../../../shared/crypto/org-keys';
import type { Queryable } from '../../../shared/db';

const key = randomBytes(32);
const CHUNK = 256;
const SEALED = CHUNK + 16;
const CTX = 'org/file';

/** Feeds `input` in uneven pieces, so chunk boundaries never line up with writes. */
function piecesOf(input: Buffer, piece: number): Buffer[] {
  return Array.from({ length: Math.ceil(input.length / piece) }, (_, i) => input.subarray(i * piece, (i + 1) * piece));
}

async function collect(src: AsyncIterable<Uint8Array>): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const b of src) parts.push(Buffer.from(b));
  return Buffer.concat(parts);
}

async function viaStream(stream: Transform, input: Buffer, piece: number): Promise<Buffer> {
  const [out] = await Promise.all([collect(stream), pipeline(Readable.from(piecesOf(input, piece)), stream)]);
  return out;
}

const encrypt = (plain: Buffer, context = CTX, k: Uint8Array = key) => viaStream(createEncryptStream(k, { chunkSize: CHUNK, context }), plain, 97);
const decrypt = (sealed: Buffer, k: Uint8Array = key, context = CTX) => viaStream(createDecryptStream(k, { context }), sealed, 113);

/** An in-memory object, as the object stores' getRange would serve it. */
function memorySource(bytes: Buffer): RandomAccessSource & { reads: number } {
  return {
    size: bytes.length,
    reads: 0,
    async read(offset, length) {
      this.reads++;
      return bytes.subarray(offset, offset + length);
    },
  };
}

async function reason(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (err) {
    expect(err).toBeInstanceOf(DecryptError);
    return (err as DecryptError).reason;
  }
  throw new Error('expected a DecryptError');
}

describe('chunked AES-256-GCM', () => {
  it.each([0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 3 * CHUNK, 3.5 * CHUNK, 10_000])('round-trips %i bytes with the predicted size', async (n) => {
    const plain = randomBytes(n);
    const sealed = await encrypt(plain);
    expect(sealed.length).toBe(encryptedSize(n, CHUNK));
    expect((await decrypt(sealed)).equals(plain)).toBe(true);
    expect((await collect(decryptIterable(Readable.from(piecesOf(sealed, 50)), key, { context: CTX }))).equals(plain)).toBe(true);
  });

  it('round-trips with the default 64 KiB chunk through async iterables, in and out', async () => {
    const plain = randomBytes(200_000);
    const sealed = await collect(encryptIterable(piecesOf(plain, 10_000), key, { context: CTX }));
    expect(sealed.length).toBe(encryptedSize(plain.length));
    expect((await collect(decryptIterable(Readable.from(piecesOf(sealed, 7_000)), key, { context: CTX }))).equals(plain)).toBe(true);
  });

  it('encrypts the same input differently each time (random nonce prefix)', async () => {
    const plain = randomBytes(600);
    expect((await encrypt(plain)).equals(await encrypt(plain))).toBe(false);
  });

  it('refuses a flipped bit in the header, the first, a middle and the last chunk', async () => {
    const sealed = await encrypt(randomBytes(3 * CHUNK + 10));
    for (const at of [HEADER_BYTES - 1, HEADER_BYTES + 5, HEADER_BYTES + SEALED + 100, sealed.length - 1]) {
      const bad = Buffer.from(sealed);
      bad[at] ^= 1;
      expect(await reason(decrypt(bad)), `flip at ${at}`).toBe('corrupt');
    }
  });

  it('detects truncation by one chunk, mid-chunk, inside a tag and down to the header', async () => {
    const sealed = await encrypt(randomBytes(3 * CHUNK + 10));
    for (const len of [HEADER_BYTES + 3 * SEALED, HEADER_BYTES + 2 * SEALED, HEADER_BYTES + SEALED + 7, HEADER_BYTES, 5]) {
      const r = await reason(decrypt(sealed.subarray(0, len)));
      expect(['truncated', 'corrupt'], `cut at ${len}`).toContain(r);
    }
    // A cut exactly at a chunk boundary is named as such, not just "corrupt".
    expect(await reason(decrypt(sealed.subarray(0, HEADER_BYTES + 3 * SEALED)))).toBe('truncated');
  });

  it('detects a cut after full chunks when the plaintext was a multiple of the chunk size', async () => {
    const sealed = await encrypt(randomBytes(3 * CHUNK));
    expect(await reason(decrypt(sealed.subarray(0, HEADER_BYTES + 2 * SEALED)))).toBe('truncated');
    await expect(decrypt(sealed.subarray(0, HEADER_BYTES + 2 * SEALED))).rejects.toThrow(/truncated/);
  });

  it('refuses bytes appended after the final chunk', async () => {
    const sealed = await encrypt(randomBytes(CHUNK + 3));
    expect(await reason(decrypt(Buffer.concat([sealed, randomBytes(20)])))).toBe('corrupt');
  });

  it('refuses swapped and dropped chunks and chunks spliced from another object', async () => {
    const a = await encrypt(randomBytes(3 * CHUNK + 1));
    const chunk = (buf: Buffer, i: number) => buf.subarray(HEADER_BYTES + i * SEALED, HEADER_BYTES + (i + 1) * SEALED);
    const head = a.subarray(0, HEADER_BYTES);
    const tail = a.subarray(HEADER_BYTES + 3 * SEALED);
    expect(await reason(decrypt(Buffer.concat([head, chunk(a, 1), chunk(a, 0), chunk(a, 2), tail])))).toBe('corrupt');
    expect(await reason(decrypt(Buffer.concat([head, chunk(a, 0), chunk(a, 2), tail])))).toBe('corrupt');
    const b = await encrypt(randomBytes(3 * CHUNK + 1));
    expect(await reason(decrypt(Buffer.concat([a.subarray(0, HEADER_BYTES + SEALED), b.subarray(HEADER_BYTES + SEALED)])))).toBe('corrupt');
  });

  it('refuses the wrong context, a changed chunk size, an absurd chunk size and a non-Veil object', async () => {
    const sealed = await encrypt(randomBytes(500));
    expect(await reason(decrypt(sealed, key, 'other-org/file'))).toBe('corrupt');
    const resized = Buffer.from(sealed);
    resized.writeUInt32BE(CHUNK * 2, 5);
    expect(['corrupt', 'truncated']).toContain(await reason(decrypt(resized)));
    const huge = Buffer.from(sealed);
    huge.writeUInt32BE(0xffffffff, 5);
    await expect(decrypt(huge)).rejects.toThrow(/chunk size/);
    expect(await reason(decrypt(Buffer.from('email,name\na@b.c,Ann\n'.repeat(5))))).toBe('not_encrypted');
    const v2 = Buffer.from(sealed);
    v2[4] = 2;
    expect(await reason(decrypt(v2))).toBe('unsupported_version');
  });

  it("org A's key cannot decrypt org B's object", async () => {
    const A = '00000000-0000-4000-8000-00000000000a';
    const B = '00000000-0000-4000-8000-00000000000b';
    const salts: Record<string, Buffer> = { [A]: randomBytes(32), [B]: randomBytes(32) };
    const q: Queryable = {
      async query<R>(_sql: string, params?: unknown[]) {
        return { rows: [{ key_salt: salts[params?.[0] as string] }] as R[], rowCount: 1 };
      },
    };
    const keys = createOrgKeys(randomBytes(32));
    const keyA = await keys.key(q, A, 'files');
    const keyB = await keys.key(q, B, 'files');
    const context = `${B}/00000000-0000-4000-8000-0000000000f1`;
    const plain = randomBytes(1000);
    const sealed = await encrypt(plain, context, keyB);
    expect((await decrypt(sealed, keyB, context)).equals(plain)).toBe(true);
    expect(await reason(decrypt(sealed, keyA, context))).toBe('corrupt');
    expect(await reason(openDecryptedSource(memorySource(sealed), keyA, { context }))).toBe('corrupt');
  });

  it('streams: chunks come out before the input ends, and only authenticated ones', async () => {
    const plain = randomBytes(10 * CHUNK);
    const sealed = await encrypt(plain);
    const dec = createDecryptStream(key, { context: CTX });
    let seen = 0;
    dec.on('data', (b: Buffer) => (seen += b.length));
    dec.write(sealed.subarray(0, HEADER_BYTES + 3 * SEALED));
    await new Promise((r) => setImmediate(r));
    // The third chunk is held back: it could still be the final one.
    expect(seen).toBe(2 * CHUNK);
    dec.end(sealed.subarray(HEADER_BYTES + 3 * SEALED));
    await new Promise((r) => dec.on('end', r));
    expect(seen).toBe(plain.length);
  });

  describe('random access', () => {
    it('reads equal slices of the plaintext at every kind of offset', async () => {
      const plain = randomBytes(5 * CHUNK + 77);
      const sealed = await encrypt(plain);
      const src = await openDecryptedSource(memorySource(sealed), key, { context: CTX });
      expect(src.size).toBe(plain.length);
      const cases: Array<[number, number]> = [
        [0, 0], [0, 1], [0, CHUNK], [CHUNK - 1, 2], [CHUNK, CHUNK], [10, 3 * CHUNK],
        [5 * CHUNK, 77], [5 * CHUNK + 76, 1], [5 * CHUNK + 70, 1000], [plain.length, 5], [plain.length + 10, 5], [0, plain.length],
      ];
      for (const [offset, length] of cases) {
        expect(Buffer.from(await src.read(offset, length)).equals(plain.subarray(offset, offset + length)), `${offset}+${length}`).toBe(true);
      }
      for (let i = 0; i < 50; i++) {
        const offset = Math.floor(Math.random() * plain.length);
        const length = Math.floor(Math.random() * 700);
        expect(Buffer.from(await src.read(offset, length)).equals(plain.subarray(offset, offset + length))).toBe(true);
      }
      await expect(src.read(-1, 3)).rejects.toThrow(RangeError);
    });

    it('opens empty and one-chunk objects', async () => {
      for (const n of [0, 1, CHUNK]) {
        const plain = randomBytes(n);
        const src = await openDecryptedSource(memorySource(await encrypt(plain)), key, { context: CTX });
        expect(src.size).toBe(n);
        expect(Buffer.from(await src.read(0, n + 10)).equals(plain)).toBe(true);
      }
    });

    it('reads only the chunks it needs, and caches the last one', async () => {
      const sealed = await encrypt(randomBytes(20 * CHUNK));
      const mem = memorySource(sealed);
      const src = await openDecryptedSource(mem, key, { context: CTX });
      const before = mem.reads;
      await src.read(7 * CHUNK + 3, 10);
      await src.read(7 * CHUNK + 20, 10);
      expect(mem.reads - before).toBe(1);
    });

    it('refuses at open a cut at a chunk boundary, and a flipped byte when the chunk is read', async () => {
      const sealed = await encrypt(randomBytes(4 * CHUNK));
      expect(await reason(openDecryptedSource(memorySource(sealed.subarray(0, HEADER_BYTES + 3 * SEALED)), key, { context: CTX }))).toBe('truncated');
      expect(await reason(openDecryptedSource(memorySource(sealed.subarray(0, HEADER_BYTES + 3 * SEALED + 16)), key, { context: CTX }))).toBe('truncated');
      const bad = Buffer.from(sealed);
      bad[HEADER_BYTES + SEALED + 3] ^= 0x80;
      const src = await openDecryptedSource(memorySource(bad), key, { context: CTX });
      await src.read(0, 10);
      expect(await reason(src.read(CHUNK + 1, 10))).toBe('corrupt');
    });
  });

  it('refuses keys of the wrong length and an empty context up front', () => {
    expect(() => createEncryptStream(randomBytes(16), { context: CTX })).toThrow(/32 bytes/);
    expect(() => createEncryptStream(key, { context: '' })).toThrow(/context/);
    expect(() => encryptedSize(10, 0)).toThrow(/chunk size/);
  });
});
