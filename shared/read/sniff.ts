import { detectEncoding, SNIFF_BYTES } from './encoding';
import { ReadError, toReadError } from './errors';
import { DEFAULT_LIMITS } from './limits';
import { readAt, type RandomAccessSource } from './source';
import type { FileFormat } from './types';
import { readZipDirectory } from './zip';

/** Signatures of formats that are certainly not a spreadsheet we read, by their first bytes. */
const BINARY_SIGNATURES: readonly (readonly number[])[] = [
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0x25, 0x50, 0x44, 0x46], // %PDF
  [0x7f, 0x45, 0x4c, 0x46], // ELF
  [0x47, 0x49, 0x46, 0x38], // GIF8
  [0xff, 0xd8, 0xff], // JPEG
  [0x1f, 0x8b], // gzip
  [0xd0, 0xcf, 0x11, 0xe0], // OLE2: legacy .xls, or a password-protected xlsx
  [0x50, 0x4b, 0x05, 0x06], // empty zip
  [0x50, 0x4b, 0x07, 0x08], // spanned zip
  [0x37, 0x7a, 0xbc, 0xaf], // 7z
  [0x52, 0x61, 0x72, 0x21], // Rar!
  [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], // xz
  [0xcf, 0xfa, 0xed, 0xfe], // Mach-O
  [0x00, 0x61, 0x73, 0x6d], // WebAssembly
];

const MARKUP = /^\s*<(?:!doctype\s+html|html|head|body|script|\?xml|svg|!--)/i;

const unsupported = (what: string) => new ReadError('unsupported_file_type', `${what}: only CSV, TSV, TXT and XLSX files can be scanned`);

/**
 * Decides what a file is by its content, never by its name (a PNG renamed .csv is refused, an
 * xlsx renamed .csv is read as a workbook). An xlsx is a zip whose central directory holds
 * [Content_Types].xml and xl/workbook.xml; any other zip (docx, a plain archive), known binary
 * formats, text with NUL bytes (unless UTF-16 with a BOM) and HTML/XML documents are refused.
 * The name only labels delimited text: `.tsv` → 'tsv', `.txt` → 'txt', anything else 'csv'.
 */
export async function sniffFormat(source: RandomAccessSource, fileName?: string): Promise<FileFormat> {
  try {
    return await sniffContent(source, fileName);
  } catch (e) {
    throw toReadError(e);
  }
}

/** {@link sniffFormat} without the error mapping, for callers that map errors themselves. */
export async function sniffContent(source: RandomAccessSource, fileName: string | undefined): Promise<FileFormat> {
  const head = await readAt(source, 0, Math.min(source.size, SNIFF_BYTES));
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04])) return sniffZip(source);
  if (BINARY_SIGNATURES.some((sig) => startsWith(head, sig))) throw unsupported('this is a binary file');
  const { encoding, bomLength } = detectEncoding(head);
  const utf16 = encoding === 'utf-16le' || encoding === 'utf-16be';
  if (!utf16 && looksBinary(head)) throw unsupported('this is a binary file');
  const text = utf16 ? new TextDecoder(encoding).decode(head.subarray(bomLength, bomLength + 1024)) : latin(head.subarray(bomLength, bomLength + 1024));
  if (MARKUP.test(text)) throw unsupported('this is an HTML or XML document');
  return delimitedLabel(fileName);
}

async function sniffZip(source: RandomAccessSource): Promise<FileFormat> {
  const dir = await readZipDirectory(source, DEFAULT_LIMITS);
  if (dir.entries.has('[content_types].xml') && dir.entries.has('xl/workbook.xml')) return 'xlsx';
  throw unsupported('this zip archive is not an xlsx workbook');
}

/** Any NUL, or more than 1 in 20 bytes being control characters other than tab/CR/LF/FF. */
function looksBinary(head: Uint8Array): boolean {
  let control = 0;
  for (let i = 0; i < head.length; i++) {
    const b = head[i];
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  return control * 20 > head.length;
}

function latin(bytes: Uint8Array): string {
  return String.fromCharCode.apply(null, bytes as unknown as number[]);
}

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  if (bytes.length < signature.length) return false;
  return signature.every((b, i) => bytes[i] === b);
}

function delimitedLabel(fileName: string | undefined): FileFormat {
  const ext = /\.([^./\\]+)$/.exec(fileName ?? '')?.[1]?.toLowerCase();
  return ext === 'tsv' ? 'tsv' : ext === 'txt' ? 'txt' : 'csv';
}
