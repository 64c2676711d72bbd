/** Text encodings the delimited reader accepts (contract §2). */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export type EncodingGuess = { encoding: TextEncodingName; bomLength: number };

/** How much of the file's start decides the encoding, the delimiter and the type. */
export const SNIFF_BYTES = 64 * 1024;

/**
 * Picks the encoding from the first bytes: a BOM decides outright; otherwise UTF-8 if the sample
 * is valid UTF-8 (a sequence cut at the sample's end is fine), else Windows-1252, the encoding of
 * legacy Excel CSV exports in Western Europe. The decision is made once, so a late stray byte can
 * never make the reader fail half-way.
 */
export function detectEncoding(head: Uint8Array): EncodingGuess {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf-8', bomLength: 3 };
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', bomLength: 2 };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', bomLength: 2 };
  return { encoding: isUtf8(head.subarray(0, SNIFF_BYTES)) ? 'utf-8' : 'windows-1252', bomLength: 0 };
}

function isUtf8(sample: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(sample, { stream: true });
    return true;
  } catch {
    return false;
  }
}

/** Decodes a byte stream chunk by chunk; characters split across chunks come out whole. */
export type ChunkDecoder = { decode(bytes: Uint8Array, final: boolean): string };

/**
 * A non-fatal streaming decoder: after detection, invalid bytes become U+FFFD instead of errors.
 * The BOM is expected to be cut off by the caller, so a U+FEFF inside the data stays as data.
 */
export function createDecoder(encoding: TextEncodingName): ChunkDecoder {
  if (encoding === 'windows-1252') return windows1252Decoder();
  if (encoding === 'utf-8') return utf8Decoder();
  const decoder = new TextDecoder(encoding, { fatal: false, ignoreBOM: true });
  return { decode: (bytes, final) => decoder.decode(bytes, { stream: !final }) };
}

/**
 * UTF-8 without TextDecoder's stream mode, which in Node takes a path about twice as slow as a
 * one-shot decode: a character cut at the chunk's end is carried over by hand instead.
 */
function utf8Decoder(): ChunkDecoder {
  const decoder = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });
  let carry: Uint8Array | null = null;
  return {
    decode(chunk, final) {
      let bytes = chunk;
      if (carry) {
        bytes = new Uint8Array(carry.length + chunk.length);
        bytes.set(carry);
        bytes.set(chunk, carry.length);
        carry = null;
      }
      const end = final ? bytes.length : completeUtf8Length(bytes);
      if (end < bytes.length) carry = bytes.slice(end);
      return end === 0 ? '' : decoder.decode(end === bytes.length ? bytes : bytes.subarray(0, end));
    },
  };
}

/** Length of the prefix that does not end inside a multi-byte character. */
function completeUtf8Length(bytes: Uint8Array): number {
  const n = bytes.length;
  let i = n - 1;
  while (i >= 0 && i > n - 4 && (bytes[i] & 0xc0) === 0x80) i--;
  if (i < 0) return n;
  const lead = bytes[i];
  const width = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
  return n - i < width ? i : n;
}

/** 0x80–0x9F of Windows-1252; the five unassigned bytes map to themselves as WHATWG says. */
const C1 =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

const C1_RANGE = /[\x80-\x9f]/g;

/**
 * Hand-made because Node 20's TextDecoder('windows-1252') is really Latin-1 (0x80 → U+0080, not
 * '€'), while browsers get it right; single-byte decoding is trivial and the same everywhere.
 */
function windows1252Decoder(): ChunkDecoder {
  return {
    decode(bytes) {
      let text = '';
      for (let i = 0; i < bytes.length; i += 8192) {
        text += String.fromCharCode.apply(null, bytes.subarray(i, i + 8192) as unknown as number[]);
      }
      return text.replace(C1_RANGE, (c) => C1[c.charCodeAt(0) - 0x80]);
    },
  };
}
