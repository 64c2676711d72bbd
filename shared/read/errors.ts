/** Why a file could not be read; the closed set callers map to exit codes and HTTP statuses. */
export type ReadErrorCode = 'malformed_file' | 'unsupported_file_type' | 'file_too_large';

/**
 * The only error the readers throw for a bad file. Its message is one line meant for the user
 * and never carries cell content, so callers can print or log it as is.
 */
export class ReadError extends Error {
  readonly code: ReadErrorCode;

  constructor(code: ReadErrorCode, message: string, options?: { cause?: unknown }) {
    super(message.replace(/[\r\n]+/g, ' '), options);
    this.name = 'ReadError';
    this.code = code;
  }
}

/**
 * Marks a failure of the byte source itself (an I/O error), which is not the file's fault and so
 * must reach the caller unchanged instead of being reported as a malformed file.
 */
export class SourceFailure extends Error {
  constructor(cause: unknown) {
    super('the byte source failed', { cause });
    this.name = 'SourceFailure';
  }
}

/**
 * Maps anything thrown while reading to what the caller may see: ReadErrors and aborts pass,
 * source failures are unwrapped, and every other exception (a TypeError on a hostile file, a
 * RangeError from an absurd string) becomes `malformed_file`, because a parser bug on bad input
 * must still be a clean, typed refusal.
 */
export function toReadError(e: unknown, signal?: AbortSignal): unknown {
  if (e instanceof ReadError) return e;
  if (signal?.aborted && e === signal.reason) return e;
  if (e instanceof SourceFailure) return e.cause;
  return new ReadError('malformed_file', 'the file is damaged or not in the format it claims to be', { cause: e });
}

/** Throws the signal's reason when the caller has aborted; called between chunks and batches. */
export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw signal.reason ?? new DOMException('The read was aborted', 'AbortError');
}
