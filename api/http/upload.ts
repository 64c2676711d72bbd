/**
 * Receiving one uploaded file (POST /files, field `file`) without ever holding it whole in memory
 * or writing a byte of plaintext to disk. A custom multer storage engine runs each arriving chunk
 * through: a byte counter (MAX_UPLOAD_BYTES → 413, whether or not the client sent a
 * Content-Length), a content sniffer on the first bytes (a PNG or an ELF is refused before the
 * rest is read → 415), a SHA-256 of the plaintext, the layer-2 credential check of a delimited
 * file (fed as the bytes arrive; a workbook is checked once whole), and chunked AES-256-GCM under
 * the org's file key into `DATA_DIR/tmp/<fileId>.part`. The ciphertext is sealed for the object key
 * `<orgId>/<fileId>`, so once layer 2 has passed it becomes the stored object as it is (a rename
 * on the local store). Every failure path, a client hanging up included, removes the temp file.
 */
import { once } from 'node:events';
import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream, mkdirSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Request, RequestHandler } from 'express';
import multer, { MulterError, type StorageEngine } from 'multer';
import { createEncryptStream } from '../../shared/crypto/chunked-gcm';
import { AppError } from '../../shared/errors';
import { objectKey } from '../../shared/objects';
import { bytesSource, sniffFormat, type FileFormat } from '../../shared/read';
import type { CredentialVerdict } from '../../shared/scan/credential-check';
import type { ArrivingCheck } from '../../shared/scan/scan-thread';
import { actorOf } from './auth';
import { fromReadError } from './errors';

/** What the route gets once the whole file is on disk, encrypted. */
export type ReceivedFile = {
  fileId: string;
  /** The display name, cleaned by `cleanFileName` (never used in a path or key). */
  name: string;
  /** The ciphertext, sealed for `objectKey(orgId, fileId)`. */
  tempPath: string;
  /** Plaintext bytes. */
  size: number;
  /** SHA-256 of the plaintext, hex. */
  sha256: string;
  /** Layer 2's verdict on a delimited file, checked as it arrived; null for a workbook (not yet checked). */
  credentials: CredentialVerdict | null;
};

export type UploadDeps = {
  /** DATA_DIR/tmp; created here with mode 0700. */
  tmpDir: string;
  maxUploadBytes: number;
  /** The org's 'files' key (HKDF from the master key and the org's salt). */
  fileKey(orgId: string): Promise<Buffer>;
  /** Starts layer 2 on a delimited file that is about to arrive (`checkCredentialsInThread`). */
  checkArriving(fileName: string, format: Exclude<FileFormat, 'xlsx'>): ArrivingCheck;
};

/** As much as the reader's own sniffer looks at; a zip is judged by its central directory later. */
const SNIFF_BYTES = 64 * 1024;
const ZIP_LOCAL_HEADER = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const MAX_NAME_CHARS = 255;

/**
 * A file name fit to show and store: the last path segment, without control characters (C0, C1,
 * DEL), bidirectional overrides (U+202E turns `exe.csv` around) or surrounding spaces, at most
 * 255 characters. It is a label only: object keys are UUIDs and downloads encode it (RFC 6266).
 */
export function cleanFileName(raw: string | undefined): string {
  const base = (raw ?? '').split(/[/\\]/).pop() ?? '';
  const cleaned = base
    .replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, '')
    .trim();
  const chars = Array.from(cleaned).slice(0, MAX_NAME_CHARS).join('');
  return chars === '' || chars === '.' || chars === '..' ? 'upload' : chars;
}

/**
 * The format by the first bytes, refusing a known non-spreadsheet; a zip is taken for a workbook
 * here and judged by its directory later (by the reader).
 */
async function checkHead(head: Buffer, name: string): Promise<FileFormat> {
  if (head.subarray(0, 4).equals(ZIP_LOCAL_HEADER)) return 'xlsx';
  return sniffFormat(bytesSource(head), name).catch((e: unknown) => Promise.reject(fromReadError(e)));
}

/**
 * The pass-through stage that counts, hashes, sniffs and feeds layer 2. It errors as soon as the
 * count passes the cap, so an endless chunked body costs at most one chunk over it, and as soon as
 * the check refuses the text (a record past the cell limit). While the check is behind, chunks
 * wait here, so the body is read no faster than it is checked.
 */
function inspector(maxBytes: number, name: string, checkArriving: UploadDeps['checkArriving']) {
  const hash = createHash('sha256');
  const head: Buffer[] = [];
  let headBytes = 0;
  let sniffed = false;
  let size = 0;
  let check: ArrivingCheck | null = null;
  const sniff = async () => {
    sniffed = true;
    const format = await checkHead(Buffer.concat(head), name);
    if (format !== 'xlsx') {
      check = checkArriving(name, format);
      for (const chunk of head) await check.push(chunk);
    }
    head.length = 0;
  };
  const stream = new Transform({
    transform(chunk: Buffer, _enc, cb) {
      size += chunk.length;
      if (size > maxBytes) return cb(new AppError('file_too_large', `the file is larger than the ${maxBytes}-byte limit`));
      hash.update(chunk);
      if (sniffed) {
        if (!check) return cb(null, chunk);
        return void check.push(chunk).then(() => cb(null, chunk), (e: unknown) => cb(fromReadError(e) as Error));
      }
      head.push(chunk);
      headBytes += chunk.length;
      if (headBytes < SNIFF_BYTES) return cb(null, chunk);
      sniff().then(() => cb(null, chunk), (e: unknown) => cb(fromReadError(e) as Error));
    },
    flush(cb) {
      if (size === 0) return cb(new AppError('malformed_file', 'the file is empty'));
      if (sniffed) return cb();
      sniff().then(() => cb(), (e: unknown) => cb(fromReadError(e) as Error));
    },
  });
  return {
    stream,
    /** Once every byte is through: size, hash and, for a delimited file, layer 2's verdict. */
    async result(): Promise<Pick<ReceivedFile, 'size' | 'sha256' | 'credentials'>> {
      const credentials = check ? await check.finish().catch((e: unknown) => Promise.reject(fromReadError(e))) : null;
      return { size, sha256: hash.digest('hex'), credentials };
    },
    /** The upload failed: a check still running is dropped. */
    cancel: () => check?.cancel(),
  };
}

/** The storage engine; `_handleFile` resolves only once the ciphertext is fully on disk. */
function encryptingStorage(deps: UploadDeps): StorageEngine {
  async function receive(req: Request, file: Express.Multer.File): Promise<ReceivedFile> {
    const { orgId } = actorOf(req);
    const fileId = randomUUID();
    const name = cleanFileName(file.originalname);
    const key = await deps.fileKey(orgId);
    const tempPath = join(deps.tmpDir, `${fileId}.part`);
    const inspect = inspector(deps.maxUploadBytes, name, deps.checkArriving);
    // A client that hangs up mid-body: busboy does not always end the part stream, so stop here too.
    const abort = new AbortController();
    const onClose = () => {
      if (!req.readableEnded) abort.abort(new AppError('invalid_request', 'the upload was interrupted'));
    };
    req.once('close', onClose);
    const out = createWriteStream(tempPath, { flags: 'wx', mode: 0o600 });
    try {
      await pipeline(file.stream, inspect.stream, createEncryptStream(key, { context: objectKey(orgId, fileId) }), out, {
        signal: abort.signal,
      });
      return { fileId, name, tempPath, ...(await inspect.result()) };
    } catch (err) {
      inspect.cancel();
      // A stream destroyed while still opening creates its file afterwards: wait for it to close.
      if (!out.closed) await once(out, 'close').catch(() => undefined);
      await rm(tempPath, { force: true });
      throw abort.signal.aborted ? abort.signal.reason : err;
    } finally {
      req.off('close', onClose);
    }
  }

  return {
    _handleFile(req, file, cb) {
      receive(req, file).then(
        (received) => cb(null, { path: received.tempPath, size: received.size, received } as Partial<Express.Multer.File>),
        (err: unknown) => cb(err as Error),
      );
    },
    _removeFile(_req, file, cb) {
      rm(file.path, { force: true }).then(() => cb(null), cb);
    },
  };
}

/** Multer's own refusals in the contract's words; an I/O error of ours stays a 500. */
function toContractError(err: unknown): unknown {
  if (err instanceof AppError) return err;
  if (err instanceof MulterError) {
    if (err.code === 'LIMIT_FILE_SIZE') return new AppError('file_too_large', 'the file is larger than the upload limit');
    return new AppError('invalid_request', 'send multipart/form-data with exactly one file in the field "file" and nothing else');
  }
  const code = (err as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) return err;
  // busboy's complaints (truncated or malformed multipart, a hung-up client).
  return new AppError('invalid_request', 'the multipart body could not be read');
}

/**
 * The upload middleware for POST /files, mounted after `requireAuth`. On success the route
 * finds the file with `receivedFile(req)` and owns its temp file from then on.
 */
export function createUpload(deps: UploadDeps): RequestHandler {
  mkdirSync(deps.tmpDir, { recursive: true, mode: 0o700 });
  const middleware = multer({
    storage: encryptingStorage(deps),
    // UTF-8 file names as browsers send them (busboy would read them as Latin-1).
    defParamCharset: 'utf8',
    limits: { fileSize: deps.maxUploadBytes, files: 1, fields: 0, parts: 1, fieldNameSize: 64, headerPairs: 20 },
  }).single('file');
  return (req, res, next) => middleware(req, res, (err?: unknown) => next(err ? toContractError(err) : undefined));
}

/** The file the upload middleware received; 400 when the request carried none. */
export function receivedFile(req: Request): ReceivedFile {
  const received = (req.file as (Express.Multer.File & { received?: ReceivedFile }) | undefined)?.received;
  if (!received) throw new AppError('invalid_request', 'send multipart/form-data with one file in the field "file"');
  return received;
}
