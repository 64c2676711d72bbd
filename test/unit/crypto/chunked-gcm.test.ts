import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { describe, expect, it } from 'vitest';
import { createDecryptStream, createEncryptStream, encryptedSize } from '../../../shared/crypto/chunked-gcm';

const key = randomBytes(32);
const CHUNK = 256;
const HEADER = 17;
const SEALED = CHUNK + 16;

/** Feeds `input` in uneven pieces, to exercise chunk boundaries that do not align with writes. */
async function run(stream: NodeJS.ReadWriteStream, input: Buffer, piece = 97): Promise<Buffer> {
  const parts: Buffer[] = [];
  const pieces = Array.from({ length: Math.ceil(input.length / piece) }, (_, i) => input.subarray(i * piece, (i + 1) * piece));
  await pipeline(Readable.from(pieces), stream, async (src: AsyncIterable<Buffer>) => {
    for await (const b of src) parts.push(b);
  });
  return Buffer.concat(parts);
}

const encrypt = (plain: Buffer, context = 'org/file') => run(createEncryptStream(key, { chunkSize: CHUNK, context }), plain);
const decrypt = (sealed: Buffer, k = key, context = 'org/file') => run(createDecryptStream(k, { context }), sealed, 113);

describe('chunked AES-256-GCM', () => {
  it.each([0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 3 * CHUNK, 3.5 * CHUNK, 10_000])('round-trips %i bytes with the predicted size', async (n) => {
    const plain = randomBytes(n);
    const sealed = await encrypt(plain);
    expect(sealed.length).toBe(encryptedSize(n, CHUNK));
    expect((await decrypt(sealed)).equals(plain)).toBe(true);
  });

  it('encrypts the same input differently each time (random nonce prefix)', async () => {
    const plain = randomBytes(600);
    expect((await encrypt(plain)).equals(await encrypt(plain))).toBe(false);
  });

  it('refuses a flipped bit in any chunk', async () => {
    const sealed = await encrypt(randomBytes(3 * CHUNK + 10));
    for (const at of [HEADER + 5, HEADER + SEALED + 100, sealed.length - 1]) {
      const bad = Buffer.from(sealed);
      bad[at] ^= 1;
      await expect(decrypt(bad)).rejects.toThrow(/authentication/);
    }
  });

  it('detects truncation at a chunk boundary, mid-chunk and down to the header', async () => {
    const sealed = await encrypt(randomBytes(3 * CHUNK + 10));
    for (const len of [HEADER + 3 * SEALED, HEADER + 2 * SEALED, HEADER + SEALED + 7, HEADER, 5]) {
      await expect(decrypt(sealed.subarray(0, len)), `cut at ${len}`).rejects.toThrow(/authentication|truncated|not a Veil/);
    }
  });

  it('detects a cut exactly after full chunks when the plaintext was a multiple of the chunk size', async () => {
    const sealed = await encrypt(randomBytes(3 * CHUNK));
    await expect(decrypt(sealed.subarray(0, HEADER + 2 * SEALED))).rejects.toThrow(/authentication/);
  });

  it('refuses bytes appended after the final chunk', async () => {
    const sealed = await encrypt(randomBytes(CHUNK + 3));
    await expect(decrypt(Buffer.concat([sealed, randomBytes(20)]))).rejects.toThrow(/authentication/);
  });

  it('refuses reordered chunks and chunks spliced from another object', async () => {
    const a = await encrypt(randomBytes(3 * CHUNK + 1));
    const swapped = Buffer.concat([a.subarray(0, HEADER), a.subarray(HEADER + SEALED, HEADER + 2 * SEALED), a.subarray(HEADER, HEADER + SEALED), a.subarray(HEADER + 2 * SEALED)]);
    await expect(decrypt(swapped)).rejects.toThrow(/authentication/);
    const b = await encrypt(randomBytes(3 * CHUNK + 1));
    const spliced = Buffer.concat([a.subarray(0, HEADER + SEALED), b.subarray(HEADER + SEALED)]);
    await expect(decrypt(spliced)).rejects.toThrow(/authentication/);
  });

  it('refuses the wrong key, the wrong context and a modified header', async () => {
    const sealed = await encrypt(randomBytes(500));
    await expect(decrypt(sealed, randomBytes(32))).rejects.toThrow(/authentication/);
    await expect(decrypt(sealed, key, 'other-org/file')).rejects.toThrow(/authentication/);
    const header = Buffer.from(sealed);
    header.writeUInt32BE(CHUNK * 2, 5);
    await expect(decrypt(header)).rejects.toThrow(/authentication|truncated/);
    const huge = Buffer.from(sealed);
    huge.writeUInt32BE(0xffffffff, 5);
    await expect(decrypt(huge)).rejects.toThrow(/chunk size/);
  });

  it('streams: the first chunks come out before the input ends', async () => {
    const plain = randomBytes(10 * CHUNK);
    const sealed = await encrypt(plain);
    const dec = createDecryptStream(key, { context: 'org/file' });
    const seen: number[] = [];
    dec.on('data', (b: Buffer) => seen.push(b.length));
    dec.write(sealed.subarray(0, HEADER + 3 * SEALED));
    await new Promise((r) => setImmediate(r));
    expect(seen.reduce((a, b) => a + b, 0)).toBe(2 * CHUNK);
    dec.end(sealed.subarray(HEADER + 3 * SEALED));
    await new Promise((r) => dec.on('end', r));
    expect(seen.reduce((a, b) => a + b, 0)).toBe(plain.length);
  });
});
