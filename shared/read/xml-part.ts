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

/**
 * Streams one part as decoded text. Parts are UTF-8 in practice; the XML spec also allows UTF-16
 * with a BOM, so that is honoured rather than misread.
 */
export async function* partText(ctx: PartContext, entry: ZipEntry): AsyncGenerator<string> {
  let decoder: ChunkDecoder | undefined;
  for await (const chunk of inflateEntry(ctx.source, ctx.dir, entry, ctx.budget, ctx.inflate)) {
    let bytes = chunk;
    if (!decoder) {
      const { encoding, bomLength } = detectEncoding(bytes);
      decoder = createDecoder(encoding === 'windows-1252' ? 'utf-8' : encoding);
      bytes = bytes.subarray(bomLength);
    }
    const text = decoder.decode(bytes, false);
    if (text.length > 0) yield text;
  }
  const tail = decoder?.decode(new Uint8Array(0), true) ?? '';
  if (tail.length > 0) yield tail;
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
