import { ReadError } from './errors';
import type { ReadLimits } from './limits';
import { readAt, type RandomAccessSource } from './source';

/** One member of a zip archive as its central directory describes it. */
export type ZipEntry = {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  uncompressedSize: number;
  localOffset: number;
};

/** The archive's members, looked up by part name case-insensitively (OPC names are). */
export type ZipDirectory = {
  entries: ReadonlyMap<string, ZipEntry>;
  /** Where the central directory starts: no entry's data may reach past it. */
  dataEnd: number;
};

const EOCD_SIG = 0x06054b50;
const EOCD64_LOCATOR_SIG = 0x07064b50;
const EOCD64_SIG = 0x06064b50;
const CENTRAL_SIG = 0x02014b50;
const LOCAL_SIG = 0x04034b50;
const MAX_COMMENT = 0xffff;
/** 10,000 entries with long names fit comfortably; anything bigger is not a workbook. */
const MAX_DIRECTORY_BYTES = 16 * 1024 * 1024;

const malformed = (why: string) => new ReadError('malformed_file', `the workbook's zip structure is invalid: ${why}`);

/**
 * Reads the central directory, the authoritative list of members, by random access: the way to
 * see exactly the files a central-directory reader (Excel) sees, immune to the local-header
 * tricks that fool one-pass streaming unzippers. Encrypted members, symlinks, duplicate names,
 * overlapping members (the "better zip bomb") and absurd entry counts are refused outright.
 */
export async function readZipDirectory(source: RandomAccessSource, limits: ReadLimits): Promise<ZipDirectory> {
  const tailLength = Math.min(source.size, 22 + MAX_COMMENT);
  const tailStart = source.size - tailLength;
  const tail = await readAt(source, tailStart, tailLength);
  const view = new DataView(tail.buffer, tail.byteOffset, tail.byteLength);
  let eocd = -1;
  for (let i = tail.length - 22; i >= 0; i--) {
    if (view.getUint32(i, true) === EOCD_SIG && i + 22 + view.getUint16(i + 20, true) <= tail.length) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw malformed('no end-of-directory record (truncated?)');
  if (view.getUint16(eocd + 4, true) !== 0 || view.getUint16(eocd + 6, true) !== 0) throw malformed('multi-disk archive');
  let count = view.getUint16(eocd + 10, true);
  let cdSize = view.getUint32(eocd + 12, true);
  let cdOffset = view.getUint32(eocd + 16, true);
  let cdEnd = tailStart + eocd;
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    ({ count, cdSize, cdOffset, cdEnd } = await readZip64End(source, tailStart + eocd));
  }
  if (count > limits.maxEntries) throw malformed(`more than ${limits.maxEntries} entries`);
  if (cdSize > MAX_DIRECTORY_BYTES || cdOffset + cdSize > cdEnd) throw malformed('central directory out of bounds');
  const directory = await readAt(source, cdOffset, cdSize);
  const entries = parseCentralDirectory(directory, count);
  checkNoOverlap(entries, cdOffset);
  const byName = new Map<string, ZipEntry>();
  for (const entry of entries) {
    const key = entry.name.toLowerCase();
    if (byName.has(key)) throw malformed('duplicate entry name');
    byName.set(key, entry);
  }
  return { entries: byName, dataEnd: cdOffset };
}

async function readZip64End(source: RandomAccessSource, eocdOffset: number) {
  if (eocdOffset < 20) throw malformed('zip64 locator missing');
  const locator = new DataView((await readAt(source, eocdOffset - 20, 20)).slice().buffer);
  if (locator.getUint32(0, true) !== EOCD64_LOCATOR_SIG) throw malformed('zip64 locator missing');
  const recordOffset = safeNumber(locator.getBigUint64(8, true));
  const record = new DataView((await readAt(source, recordOffset, 56)).slice().buffer);
  if (record.getUint32(0, true) !== EOCD64_SIG) throw malformed('zip64 end record missing');
  return {
    count: safeNumber(record.getBigUint64(32, true)),
    cdSize: safeNumber(record.getBigUint64(40, true)),
    cdOffset: safeNumber(record.getBigUint64(48, true)),
    cdEnd: recordOffset,
  };
}

function parseCentralDirectory(bytes: Uint8Array, count: number): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const names = new TextDecoder('utf-8');
  const entries: ZipEntry[] = [];
  let p = 0;
  for (let n = 0; n < count; n++) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== CENTRAL_SIG) throw malformed('bad central directory entry');
    const madeBy = view.getUint16(p + 4, true);
    const flags = view.getUint16(p + 8, true);
    const method = view.getUint16(p + 10, true);
    let compressedSize = view.getUint32(p + 20, true);
    let uncompressedSize = view.getUint32(p + 24, true);
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    const external = view.getUint32(p + 38, true);
    let localOffset = view.getUint32(p + 42, true);
    const end = p + 46 + nameLength + extraLength + commentLength;
    if (end > bytes.length) throw malformed('bad central directory entry');
    const name = names.decode(bytes.subarray(p + 46, p + 46 + nameLength));
    if (flags & 0x41 || method === 99) throw malformed('encrypted entry');
    // Unix "made by" with S_IFLNK in the high half of the external attributes.
    if (madeBy >> 8 === 3 && ((external >>> 16) & 0xf000) === 0xa000) throw malformed('symbolic link entry');
    if (compressedSize === 0xffffffff || uncompressedSize === 0xffffffff || localOffset === 0xffffffff) {
      const extra = new DataView(bytes.buffer, bytes.byteOffset + p + 46 + nameLength, extraLength);
      const wide = zip64Fields(extra);
      if (uncompressedSize === 0xffffffff) uncompressedSize = wide.shift() ?? -1;
      if (compressedSize === 0xffffffff) compressedSize = wide.shift() ?? -1;
      if (localOffset === 0xffffffff) localOffset = wide.shift() ?? -1;
      if (uncompressedSize < 0 || compressedSize < 0 || localOffset < 0) throw malformed('zip64 sizes missing');
    }
    entries.push({ name, method, flags, compressedSize, uncompressedSize, localOffset });
    p = end;
  }
  return entries;
}

function zip64Fields(extra: DataView): number[] {
  for (let p = 0; p + 4 <= extra.byteLength; ) {
    const id = extra.getUint16(p, true);
    const size = extra.getUint16(p + 2, true);
    if (p + 4 + size > extra.byteLength) break;
    if (id === 0x0001) {
      const values: number[] = [];
      for (let q = p + 4; q + 8 <= p + 4 + size; q += 8) values.push(safeNumber(extra.getBigUint64(q, true)));
      return values;
    }
    p += 4 + size;
  }
  return [];
}

/** Members sharing bytes are how overlapping zip bombs multiply one compressed kernel. */
function checkNoOverlap(entries: readonly ZipEntry[], dataEnd: number): void {
  const sorted = [...entries].sort((a, b) => a.localOffset - b.localOffset);
  for (let i = 0; i < sorted.length; i++) {
    const e = sorted[i];
    const minEnd = e.localOffset + 30 + utf8Length(e.name) + e.compressedSize;
    const next = i + 1 < sorted.length ? sorted[i + 1].localOffset : dataEnd;
    if (minEnd > next) throw malformed('overlapping entries');
  }
}

function utf8Length(text: string): number {
  return new TextEncoder().encode(text).length;
}

/**
 * Where an entry's data starts, after checking that its local header agrees with the central
 * directory (name, method, sizes): a disagreement is how two zip readers get shown two files.
 */
export async function entryDataOffset(source: RandomAccessSource, dir: ZipDirectory, entry: ZipEntry): Promise<number> {
  const header = await readAt(source, entry.localOffset, 30);
  const view = new DataView(header.buffer, header.byteOffset, 30);
  if (view.getUint32(0, true) !== LOCAL_SIG) throw malformed('bad local header');
  const flags = view.getUint16(6, true);
  if (view.getUint16(8, true) !== entry.method || (flags & 0x41) !== (entry.flags & 0x41)) {
    throw malformed('local header disagrees with directory');
  }
  const localCompressed = view.getUint32(18, true);
  if (!(flags & 0x08) && localCompressed !== 0xffffffff && localCompressed !== entry.compressedSize) {
    throw malformed('local header disagrees with directory');
  }
  const nameLength = view.getUint16(26, true);
  const extraLength = view.getUint16(28, true);
  const name = new TextDecoder('utf-8').decode(await readAt(source, entry.localOffset + 30, nameLength));
  if (name !== entry.name) throw malformed('local header disagrees with directory');
  const start = entry.localOffset + 30 + nameLength + extraLength;
  if (start + entry.compressedSize > dir.dataEnd) throw malformed('entry data out of bounds');
  return start;
}

function safeNumber(value: bigint): number {
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw malformed('size out of range');
  return Number(value);
}
