import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  bytesSource,
  DEFAULT_LIMITS,
  guessRecordStart,
  readDelimitedRest,
  readRows,
  ReadError,
  sniffFormat,
  type RandomAccessSource,
  type ReadOptions,
  type Split,
} from '../../../shared/read';
import { readDelimited } from '../../../shared/read/delimited';

const enc = new TextEncoder();

async function read(input: string | Uint8Array, opts: ReadOptions = {}) {
  const bytes = typeof input === 'string' ? enc.encode(input) : input;
  const batches = [];
  for await (const batch of readRows(bytesSource(bytes), opts)) batches.push(batch);
  return { batches, rows: batches.flatMap((b) => b.rows) };
}

async function failure(input: string | Uint8Array, opts: ReadOptions = {}): Promise<ReadError> {
  const error = await read(input, opts).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ReadError);
  return error as ReadError;
}

function utf16(text: string, bigEndian: boolean): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[2 + i * 2] = bigEndian ? c >> 8 : c & 0xff;
    out[3 + i * 2] = bigEndian ? c & 0xff : c >> 8;
  }
  return out;
}

describe('encodings', () => {
  it('strips a UTF-8 BOM so the first header is clean', async () => {
    const { rows } = await read('\uFEFFe-post,namn\nanna@x.se,Anna\n');
    expect(rows[0]).toEqual(['e-post', 'namn']);
    expect(rows[0][0].charCodeAt(0)).not.toBe(0xfeff);
  });

  it.each([
    ['LE', false],
    ['BE', true],
  ])('decodes UTF-16 %s with a BOM', async (_, bigEndian) => {
    const { rows } = await read(utf16('förnamn;stad\nÅsa;Malmö\n', bigEndian));
    expect(rows).toEqual([
      ['förnamn', 'stad'],
      ['Åsa', 'Malmö'],
    ]);
  });

  it('falls back to Windows-1252 when the start is not UTF-8 (é = 0xE9, € = 0x80)', async () => {
    const bytes = Uint8Array.from([...enc.encode('caf'), 0xe9, 0x3b, 0x80, 0x0a, 0x41, 0x3b, 0x42, 0x0a]);
    const { rows } = await read(bytes);
    expect(rows).toEqual([
      ['café', '€'],
      ['A', 'B'],
    ]);
  });

  it('reads invalid UTF-8 after a valid start as U+FFFD instead of failing', async () => {
    const head = enc.encode(`a,b\n${'x,y\n'.repeat(20_000)}`);
    const bytes = new Uint8Array(head.length + 4);
    bytes.set(head);
    bytes.set([0xff, 0x2c, 0x7a, 0x0a], head.length);
    const { rows } = await read(bytes);
    expect(rows.at(-1)).toEqual(['\uFFFD', 'z']);
  });

  it('keeps a multi-byte character split across chunk boundaries intact', async () => {
    const cell = 'ö'.repeat(300_000);
    const { rows } = await read(`h\n${cell}\n`);
    expect(rows[1][0]).toBe(cell);
  });

  it('refuses text with NUL bytes as unsupported', async () => {
    expect((await failure(Uint8Array.from([0x61, 0x2c, 0x62, 0x0a, 0x00, 0x00, 0x31]))).code).toBe('unsupported_file_type');
  });
});

describe('delimiters and records', () => {
  it.each([
    [';', 'namn;e-post;telefon\nAnna;a@x.se;070-1\nBo;b@x.se;070-2\n'],
    ['\t', 'namn\te-post\ttelefon\nAnna\ta@x.se\t070-1\nBo\tb@x.se\t070-2\n'],
    ['|', 'namn|e-post|telefon\nAnna|a@x.se|070-1\nBo|b@x.se|070-2\n'],
    [',', 'namn,e-post,telefon\nAnna,a@x.se,070-1\nBo,b@x.se,070-2\n'],
  ])('sniffs %j', async (_, text) => {
    const { rows } = await read(text);
    expect(rows).toEqual([
      ['namn', 'e-post', 'telefon'],
      ['Anna', 'a@x.se', '070-1'],
      ['Bo', 'b@x.se', '070-2'],
    ]);
  });

  it('prefers ; over decimal commas and ignores delimiters inside quotes', async () => {
    const { rows } = await read('namn;pris;not\nAnna;1,50;"a;b;c"\nBo;2,75;x\n');
    expect(rows[1]).toEqual(['Anna', '1,50', 'a;b;c']);
  });

  it('keeps quoted newlines and doubled quotes inside one field', async () => {
    const { rows } = await read('a,b\n"line 1\nline 2","say ""hi"""\n');
    expect(rows).toEqual([
      ['a', 'b'],
      ['line 1\nline 2', 'say "hi"'],
    ]);
  });

  it('reads CR-only and mixed line endings', async () => {
    expect((await read('a,b\r1,2\r3,4')).rows).toEqual([
      ['a', 'b'],
      ['1', '2'],
      ['3', '4'],
    ]);
    expect((await read('a,b\r\n1,2\n3,4\r5,6\r\n')).rows).toEqual([
      ['a', 'b'],
      ['1', '2'],
      ['3', '4'],
      ['5', '6'],
    ]);
  });

  it('keeps ragged rows ragged and fields untrimmed', async () => {
    const { rows } = await read('a,b,c\n 1 ,2\n3,4,5,6\n');
    expect(rows).toEqual([['a', 'b', 'c'], [' 1 ', '2'], ['3', '4', '5', '6']]);
  });

  it('reads an empty file as zero rows, and a header-only file as one row', async () => {
    expect((await read('')).rows).toEqual([]);
    expect((await read('\uFEFF')).rows).toEqual([]);
    expect((await read('namn,e-post')).rows).toEqual([['namn', 'e-post']]);
    expect((await read('namn,e-post\n')).rows).toEqual([['namn', 'e-post']]);
  });

  it('runs an unterminated quote to the end of the file, as Excel does', async () => {
    const { rows } = await read('a,b\n1,"open\n2,3\n');
    expect(rows).toEqual([
      ['a', 'b'],
      ['1', 'open\n2,3\n'],
    ]);
  });

  it('reads a 10,000-column header and refuses 20,000 columns with a clear error', async () => {
    const wide = (n: number) => `${Array.from({ length: n }, (_, i) => `col${i}`).join(',')}\n`;
    const { rows } = await read(wide(10_000));
    expect(rows[0]).toHaveLength(10_000);
    expect(rows[0][9_999]).toBe('col9999');
    const error = await failure(wide(20_000));
    expect(error.code).toBe('file_too_large');
    expect(error.message).toMatch(/16384 columns/);
  });

  it('reads a 50 MB single cell, and refuses a longer one than maxCellChars', async () => {
    const big = 'x'.repeat(50 * 1024 * 1024);
    const { rows } = await read(`h\n"${big}"\n`);
    expect(rows[1][0].length).toBe(big.length);
    const error = await failure(`h\n"${'y'.repeat(5_000_000)}"\n`, { limits: { maxCellChars: 1_000_000 } });
    expect(error.code).toBe('file_too_large');
  }, 30_000);
});

describe('streaming', () => {
  it('batches rows with true firstRow indexes', async () => {
    const text = `h\n${Array.from({ length: 2_500 }, (_, i) => String(i)).join('\n')}\n`;
    const { batches } = await read(text, { batchRows: 1000 });
    expect(batches.map((b) => [b.sheet, b.firstRow, b.rows.length])).toEqual([
      ['', 0, 1000],
      ['', 1000, 1000],
      ['', 2000, 501],
    ]);
    expect(batches[2].rows[0]).toEqual(['1999']);
  });

  it('reads the source in bounded sequential chunks and reports progress', async () => {
    const bytes = enc.encode(`a,b\n${'1234567,abcdefgh\n'.repeat(400_000)}`);
    const reads: number[] = [];
    const source: RandomAccessSource = {
      size: bytes.length,
      read: async (offset, length) => {
        reads.push(length);
        return bytes.subarray(offset, offset + length);
      },
    };
    const progress: number[] = [];
    let rows = 0;
    for await (const b of readRows(source, { onProgress: (done) => progress.push(done) })) rows += b.rows.length;
    expect(rows).toBe(400_001);
    expect(Math.max(...reads)).toBeLessThanOrEqual(1024 * 1024);
    expect(progress.at(-1)).toBe(bytes.length);
    expect(progress).toEqual([...progress].sort((x, y) => x - y));
  });

  it('stops with the abort reason when the signal fires', async () => {
    const controller = new AbortController();
    const text = `h\n${'1\n'.repeat(200_000)}`;
    const iterate = async () => {
      for await (const _ of readRows(bytesSource(enc.encode(text)), { signal: controller.signal, batchRows: 10 })) {
        controller.abort(new Error('stop'));
      }
    };
    await expect(iterate()).rejects.toThrow('stop');
  });

  it('passes a failing source error through unchanged', async () => {
    const boom = new Error('EIO');
    const source: RandomAccessSource = { size: 10, read: async () => Promise.reject(boom) };
    await expect(readRows(source).next()).rejects.toBe(boom);
    await expect(sniffFormat(source)).rejects.toBe(boom);
  });
});

/** Rows of `text` read in chunks of `chunkBytes`, so chunk boundaries fall wherever a test wants. */
async function readInChunks(text: string, chunkBytes: number, limits = DEFAULT_LIMITS): Promise<string[][]> {
  const rows: string[][] = [];
  const opts = { limits, batchRows: 1000, fallbackDelimiter: ',' as const, chunkBytes };
  for await (const batch of readDelimited(bytesSource(enc.encode(text)), opts)) rows.push(...batch.rows);
  return rows;
}

/**
 * What papaparse makes of the whole text at once (line endings normalised, as the reader does),
 * less the empty record papaparse starts after a final line ending.
 */
function wholeText(text: string): string[][] {
  const normalised = text.replace(/\r\n?/g, '\n');
  const rows = Papa.parse<string[]>(normalised, { delimiter: ',', newline: '\n', quoteChar: '"' }).data;
  const last = rows.at(-1);
  if (normalised.endsWith('\n') && last?.length === 1 && last[0] === '') rows.pop();
  return rows;
}

describe('the end of the file, wherever the chunks split', () => {
  const cases: [string, string][] = [
    ['ends with \\n', 'namn,ort\nAnna,Umeå\nBo,Lund\n'],
    ['ends with \\r\\n', 'namn,ort\r\nAnna,Umeå\r\nBo,Lund\r\n'],
    ['ends with \\r', 'namn,ort\rAnna,Umeå\rBo,Lund\r'],
    ['ends without a line ending', 'namn,ort\nAnna,Umeå\nBo,Lund'],
    ['ends with two line endings', 'namn,ort\nAnna,Umeå\n\n'],
    ['is one line ending', '\n'],
    ['is one CRLF', '\r\n'],
    ['has empty lines in the middle', 'namn,ort\n\nAnna,Umeå\r\n\r\n\rBo,Lund\n'],
    ['ends in a quoted field holding a newline, then \\n', 'namn,adress\nAnna,"Storgatan 1\n903 25 Umeå"\n'],
    ['ends in a quoted field holding a CRLF, then \\r\\n', 'namn,adress\r\nAnna,"Storgatan 1\r\n903 25 Umeå"\r\n'],
    ['ends in a quoted field at the last byte', 'namn,not\nAnna,"sa ""hej""\noch gick"'],
    ['ends in a quote left open', 'namn,not\nAnna,"öppen\nBo,Lund\n'],
  ];

  it.each(cases)('gives papaparse’s rows at every chunk size when the file %s', async (_, text) => {
    const expected = wholeText(text);
    const size = enc.encode(text).length;
    for (let chunkBytes = 1; chunkBytes <= size + 1; chunkBytes++) {
      expect({ chunkBytes, rows: await readInChunks(text, chunkBytes) }).toEqual({ chunkBytes, rows: expected });
    }
  });

  it('counts every record when the last chunk is shorter than the record carried into it', async () => {
    // 40-byte records in 64-byte chunks; padding the header moves the file's end across every
    // offset of a chunk, including those where the last chunk holds only the final \n or \r\n.
    const records = Array.from({ length: 30 }, (_, i) => `${String(i).padStart(4, '0')},${'x'.repeat(34)}`);
    for (const newline of ['\n', '\r\n', '\r']) {
      for (let pad = 0; pad < 64; pad++) {
        const text = `${'h'.repeat(pad + 1)},v${newline}${records.join(newline)}${newline}`;
        const rows = await readInChunks(text, 64);
        expect({ newline, pad, rows: rows.length, last: rows.at(-1)?.[0] }).toEqual({ newline, pad, rows: 31, last: '0029' });
        expect(rows).toEqual(wholeText(text));
      }
    }
  });

  it('reads a 256 KiB-chunked file whose last chunk is 55 bytes with no extra empty row', async () => {
    // The shape of the bench's 20 MB export: 80 chunks of 256 KiB and then 55 bytes.
    const record = `${'y'.repeat(99)}\n`;
    const target = 256 * 1024 + 55;
    const count = Math.floor((target - 2) / record.length) - 1;
    const body = `h\n${record.repeat(count)}`;
    const text = `${body}${'z'.repeat(target - body.length - 1)}\n`;
    expect(enc.encode(text).length).toBe(target);
    const { rows } = await read(text);
    expect(rows).toHaveLength(count + 2);
    expect(rows.at(-1)?.[0]).toMatch(/^z+$/);
  });

  it('keeps an empty line in the middle as a row [""] and drops nothing else', async () => {
    expect((await read('a,b\n\n1,2\n\n')).rows).toEqual([['a', 'b'], [''], ['1', '2'], ['']]);
    expect((await read('a,b\r1,2\r')).rows).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('refuses a last record longer than maxCellChars at every chunk size', async () => {
    const text = `h\n"${'x'.repeat(40)}`;
    const limits = { ...DEFAULT_LIMITS, maxCellChars: 20 };
    for (let chunkBytes = 1; chunkBytes <= text.length; chunkBytes++) {
      const error = await readInChunks(text, chunkBytes, limits).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect({ chunkBytes, code: (error as ReadError | undefined)?.code }).toEqual({ chunkBytes, code: 'file_too_large' });
    }
  });
});

describe('a file cut in two (Split)', () => {
  /**
   * The rows up to `at` as the reader stops there, and the rest as readDelimitedRest reads them;
   * without `at`, the rows of the whole file read in the same chunks.
   */
  async function cutAt(bytes: Uint8Array, at: number | null, chunkBytes: number): Promise<{ stopped: boolean; rows: string[][] }> {
    const split: Split = { dialect: null, at, stopped: false };
    const rows: string[][] = [];
    const opts = { limits: DEFAULT_LIMITS, batchRows: 7, fallbackDelimiter: ',' as const, chunkBytes, split };
    for await (const batch of readDelimited(bytesSource(bytes), opts)) rows.push(...batch.rows);
    if (!split.stopped || at === null) return { stopped: false, rows };
    expect(split.dialect).not.toBeNull();
    async function* rest(from: number): AsyncGenerator<Uint8Array> {
      // Pieces of odd sizes, as pushes of any size arrive.
      for (let i = from; i < bytes.length; i += 5) yield bytes.subarray(i, Math.min(bytes.length, i + 5));
    }
    for await (const batch of readDelimitedRest(rest(at), split.dialect!, { batchRows: 3 })) rows.push(...batch.rows);
    return { stopped: true, rows };
  }

  const cases: [string, string, 'utf8' | 'latin1'][] = [
    ['LF', 'namn,ort\nAnna,Umeå\nBo,"Lund\nSöder"\n\nÅsa,"sa ""hej"""\nEva,Kiruna\n', 'utf8'],
    ['CRLF', 'namn;ort\r\nAnna;Umeå\r\nBo;"Lund\r\nSöder"\r\nEva;Kiruna', 'utf8'],
    ['a quote left open', 'namn,not\nAnna,ok\nBo,"öppen\nEva,Kiruna\nPer,Luleå\n', 'utf8'],
    ['Windows-1252', 'namn,ort\nJörgen,Gävle\nÅsa,"Malmö\nVäster"\nEva,Kiruna\n', 'latin1'],
  ];

  it.each(cases)('gives the rows of the whole file at every cut, stopping only where a record ends (%s)', async (_, text, encoding) => {
    const bytes = encoding === 'utf8' ? enc.encode(text) : Uint8Array.from(text, (c) => c.charCodeAt(0));
    let stops = 0;
    // The encoding is guessed from the first chunk: 16 bytes hold the first non-ASCII one.
    for (const chunkBytes of encoding === 'utf8' ? [4, 16, 1024] : [16, 1024]) {
      const whole = (await cutAt(bytes, null, chunkBytes)).rows;
      expect(whole.length).toBeGreaterThanOrEqual(3);
      for (let at = 1; at < bytes.length; at++) {
        const { stopped, rows } = await cutAt(bytes, at, chunkBytes);
        expect({ at, chunkBytes, rows }).toEqual({ at, chunkBytes, rows: whole });
        // A record ends where the byte before is a line feed outside quotes, and nowhere else.
        if (stopped) expect(bytes[at - 1]).toBe(0x0a);
        if (stopped) stops++;
      }
    }
    expect(stops).toBeGreaterThan(0);
  });

  it('never stops a UTF-16 file, whose line feeds are two bytes', async () => {
    const text = 'namn,ort\nAnna,Umeå\nBo,Lund\n';
    const bytes = new Uint8Array([0xff, 0xfe, ...new Uint8Array(Uint16Array.from(text, (c) => c.charCodeAt(0)).buffer)]);
    for (let at = 3; at < bytes.length; at++) {
      const { stopped, rows } = await cutAt(bytes, at, 8);
      expect(stopped).toBe(false);
      expect(rows).toEqual([['namn', 'ort'], ['Anna', 'Umeå'], ['Bo', 'Lund']]);
    }
  });
});

describe('guessRecordStart', () => {
  const dialect = { encoding: 'utf-8', delimiter: ',' } as const;

  it('skips line feeds inside a quoted note for one after which rows have the header\'s width', () => {
    const note = '"first line\nsecond, with a comma\nthird"';
    const text = `tail of a row\n1,Anna,${note}\n2,Bo,plain\n3,Eva,"x"\n`;
    const bytes = enc.encode(text);
    const at = guessRecordStart(bytes, dialect, 3);
    expect(new TextDecoder().decode(bytes.subarray(at!))).toBe(`1,Anna,${note}\n2,Bo,plain\n3,Eva,"x"\n`);
  });

  it('takes the first line feed when nothing after one parses cleanly, and gives null without one', () => {
    expect(guessRecordStart(enc.encode('a\nb,c,d,e\n'), dialect, 2)).toBe(2);
    expect(guessRecordStart(enc.encode('no line feed here'), dialect, 2)).toBeNull();
  });
});
