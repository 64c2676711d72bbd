import { createDecoder, detectEncoding, type ChunkDecoder } from './encoding';
import { inflateEntry, type InflateBudget, type InflateOptions } from './inflate';
import type { RandomAccessSource } from './source';
import { XmlTokenizer, type XmlHandler } from './xml-tokenizer';
import type { ZipDirectory, ZipEntry } from './zip';

/** Everything needed to read parts of one open workbook. */
export type PartContext = {
  source: RandomAccessSource;
  dir: ZipDirectory;
  budget: InflateBudget;
  inflate: InflateOptions;
};

/** Bytes after a chunk's last `>` held back for the next chunk; longer tails are decoded as they are. */
const MAX_TAIL = 64 * 1024;

/**
 * Streams one part as decoded text. Each UTF-8 chunk is cut just after its last `>` (an ASCII byte
 * never inside a multi-byte character) and the tail carried as bytes, so the tokenizer almost
 * never has to glue a leftover string onto the next chunk: glued strings are V8 cons-strings, and
 * scanning those character by character is markedly slower than scanning the flat strings
 * TextDecoder returns. The XML spec also allows UTF-16 with a BOM, which is honoured.
 */
export async function* partText(ctx: PartContext, entry: ZipEntry): AsyncGenerator<string> {
  let decoder: ChunkDecoder | undefined;
  let utf8 = true;
  let tail: Uint8Array | null = null;
  for await (const chunk of inflateEntry(ctx.source, ctx.dir, entry, ctx.budget, ctx.inflate)) {
    let bytes = chunk;
    if (!decoder) ({ decoder, utf8, bytes } = partEncoding(bytes));
    if (utf8) {
      if (tail) bytes = joinTail(tail, bytes);
      const cut = bytes.lastIndexOf(0x3e) + 1;
      tail = cut > 0 && bytes.length - cut <= MAX_TAIL ? bytes.slice(cut) : null;
      if (tail) bytes = bytes.subarray(0, cut);
    }
    const text = decoder.decode(bytes, false);
    if (text.length > 0) yield text;
  }
  const rest = (decoder?.decode(tail ?? new Uint8Array(0), true) ?? '');
  if (rest.length > 0) yield rest;
}

/**
 * How a part's text is decoded, from its first bytes, which it returns without any BOM. The XML
 * spec allows UTF-8 and UTF-16 with a BOM; bytes that are not valid UTF-8 are decoded as UTF-8
 * all the same, with replacement characters.
 */
export function partEncoding(head: Uint8Array): { decoder: ChunkDecoder; utf8: boolean; bytes: Uint8Array } {
  const { encoding, bomLength } = detectEncoding(head);
  const utf8 = encoding === 'utf-8' || encoding === 'windows-1252';
  return { decoder: createDecoder(utf8 ? 'utf-8' : encoding), utf8, bytes: head.subarray(bomLength) };
}

function joinTail(tail: Uint8Array, bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(tail.length + bytes.length);
  out.set(tail);
  out.set(bytes, tail.length);
  return out;
}

/** Runs a whole part through a handler: workbook, relationships, styles, shared strings. */
export async function parsePart(ctx: PartContext, entry: ZipEntry, handler: XmlHandler): Promise<void> {
  const tokenizer = new XmlTokenizer(handler);
  for await (const text of partText(ctx, entry)) tokenizer.feed(text);
  tokenizer.finish();
}

/** Looks a part up by its zip path, ignoring case as OPC does. */
export function findPart(dir: ZipDirectory, path: string): ZipEntry | undefined {
  return dir.entries.get(path.toLowerCase());
}
