/**
 * Object store on the local disk for single-process mode: DATA_DIR/objects/<orgId>/<fileId>.
 * A put writes a hidden temp file (mode 0600), fsyncs it, renames it into place and fsyncs the
 * directory, so a crash leaves either the old object or the new one, never half of one; the
 * temp files play the part of S3's incomplete multipart uploads in `delete` and `confirmGone`.
 */
import { randomBytes } from 'node:crypto';
import { constants, createReadStream } from 'node:fs';
import { access, mkdir, open, readdir, rename, rm, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { AppError } from '../errors';
import { isUuid, parseListPrefix, parseObjectKey, type ObjectBody, type ObjectStore } from './index';

const TEMP_SUFFIX = '.part';

function isNodeError(err: unknown): err is NodeJS.ErrnoException {
  return err instanceof Error && typeof (err as NodeJS.ErrnoException).code === 'string';
}

function notFound(): AppError {
  return new AppError('not_found', 'stored object not found');
}

/** File-system failures (ENOSPC, EACCES, EIO…) become `service_unavailable`; anything else (a body error) passes through. */
function mapFsError(err: unknown): unknown {
  if (err instanceof AppError) return err;
  if (isNodeError(err) && err.code === 'ENOENT') return notFound();
  if (isNodeError(err) && /^E[A-Z]+$/.test(err.code ?? '')) {
    return new AppError('service_unavailable', 'local object storage failed', undefined, { cause: err });
  }
  return err;
}

/** Temp files of a key start with `.<fileId>.`: hidden from `list`, found by `confirmGone`. */
function tempPrefix(fileId: string): string {
  return `.${fileId}.`;
}

/** Makes a rename or unlink durable: without it a crash may bring back the old directory entry. */
async function fsyncDir(dir: string): Promise<void> {
  const fh = await open(dir, 'r');
  try {
    await fh.sync();
  } finally {
    await fh.close();
  }
}

/** Opens (creating if needed) the store under `<dataDir>/objects`, readable by the owner only. */
export async function openLocalObjectStore(dataDir: string): Promise<ObjectStore> {
  const root = resolve(dataDir, 'objects');
  await mkdir(root, { recursive: true, mode: 0o700 });

  const paths = (key: string) => {
    const { orgId, fileId } = parseObjectKey(key);
    const dir = join(root, orgId);
    return { dir, fileId, file: join(dir, fileId) };
  };

  async function leftoverTemps(dir: string, fileId: string): Promise<string[]> {
    try {
      return (await readdir(dir)).filter((n) => n.startsWith(tempPrefix(fileId)) && n.endsWith(TEMP_SUFFIX));
    } catch (err) {
      if (isNodeError(err) && err.code === 'ENOENT') return [];
      throw err;
    }
  }

  const store: ObjectStore = {
    async put(key: string, body: ObjectBody, opts: { contentLength?: number } = {}) {
      const { dir, fileId, file } = paths(key);
      const temp = join(dir, `${tempPrefix(fileId)}${randomBytes(6).toString('hex')}${TEMP_SUFFIX}`);
      let size = 0;
      // A failure of the caller's body (a dropped upload) is theirs to name; only disk errors are mapped.
      let readingBody = false;
      try {
        await mkdir(dir, { recursive: true, mode: 0o700 });
        const fh = await open(temp, 'wx', 0o600);
        try {
          readingBody = true;
          for await (const piece of body instanceof Uint8Array ? [body] : body) {
            readingBody = false;
            let written = 0;
            while (written < piece.length) written += (await fh.write(piece, written, piece.length - written)).bytesWritten;
            size += piece.length;
            readingBody = true;
          }
          readingBody = false;
          if (opts.contentLength !== undefined && size !== opts.contentLength) {
            throw new AppError('invalid_request', `object body of ${size} bytes does not match the declared ${opts.contentLength}`);
          }
          await fh.sync();
        } finally {
          await fh.close();
        }
        await rename(temp, file);
        await fsyncDir(dir);
        return { size };
      } catch (err) {
        await rm(temp, { force: true }).catch(() => undefined);
        throw readingBody ? err : mapFsError(err);
      }
    },

    async putFile(key, path) {
      const { dir, file } = paths(key);
      try {
        await mkdir(dir, { recursive: true, mode: 0o700 });
        const fh = await open(path, 'r+');
        try {
          await fh.sync();
        } finally {
          await fh.close();
        }
        await rename(path, file);
        await fsyncDir(dir);
        return { size: (await stat(file)).size };
      } catch (err) {
        // Another file system (a DATA_DIR/tmp mounted apart): copied below, as any other body.
        if (!isNodeError(err) || err.code !== 'EXDEV') throw mapFsError(err);
      }
      const { size } = await stat(path);
      return store.put(key, createReadStream(path), { contentLength: size });
    },

    async get(key) {
      const { file } = paths(key);
      try {
        const fh = await open(file, 'r');
        return fh.createReadStream();
      } catch (err) {
        throw mapFsError(err);
      }
    },

    async getRange(key, offset, length) {
      const { file } = paths(key);
      if (!Number.isSafeInteger(offset) || !Number.isSafeInteger(length) || offset < 0 || length < 0) {
        throw new RangeError('getRange: offset and length must be non-negative integers');
      }
      try {
        const fh = await open(file, 'r');
        try {
          const out = Buffer.allocUnsafe(length);
          let filled = 0;
          while (filled < length) {
            const { bytesRead } = await fh.read(out, filled, length - filled, offset + filled);
            if (bytesRead === 0) break;
            filled += bytesRead;
          }
          return out.subarray(0, filled);
        } finally {
          await fh.close();
        }
      } catch (err) {
        throw mapFsError(err);
      }
    },

    async size(key) {
      const { file } = paths(key);
      try {
        return (await stat(file)).size;
      } catch (err) {
        throw mapFsError(err);
      }
    },

    async delete(key) {
      const { dir, fileId, file } = paths(key);
      try {
        await rm(file, { force: true });
        for (const temp of await leftoverTemps(dir, fileId)) await rm(join(dir, temp), { force: true });
        await fsyncDir(dir).catch((err) => {
          if (!(isNodeError(err) && err.code === 'ENOENT')) throw err;
        });
      } catch (err) {
        throw mapFsError(err);
      }
    },

    async confirmGone(key) {
      const { dir, fileId, file } = paths(key);
      try {
        await stat(file);
      } catch (err) {
        if (!(isNodeError(err) && err.code === 'ENOENT')) throw mapFsError(err);
        if ((await leftoverTemps(dir, fileId)).length > 0) {
          throw new AppError('service_unavailable', 'deletion not confirmed: an incomplete write of the object remains', { reason: 'uploads_open' });
        }
        return new Date();
      }
      throw new AppError('service_unavailable', 'deletion not confirmed: the object still exists', { reason: 'object_present' });
    },

    async list(prefix) {
      const scope = parseListPrefix(prefix);
      try {
        const orgs = scope ? [scope.orgId] : (await readdir(root)).filter(isUuid);
        const keys: string[] = [];
        for (const orgId of orgs) {
          let names: string[];
          try {
            names = await readdir(join(root, orgId));
          } catch (err) {
            if (isNodeError(err) && err.code === 'ENOENT') continue;
            throw err;
          }
          for (const name of names) if (isUuid(name) && name.startsWith(scope?.rest ?? '')) keys.push(`${orgId}/${name}`);
        }
        return keys.sort();
      } catch (err) {
        throw mapFsError(err);
      }
    },

    async ping() {
      try {
        await access(root, constants.R_OK | constants.W_OK);
      } catch (err) {
        throw new AppError('service_unavailable', 'local object storage is not writable', undefined, { cause: err });
      }
    },

    async close() {},
  };
  return store;
}
