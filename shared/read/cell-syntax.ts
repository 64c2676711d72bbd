/**
 * How a cell's value is stored (its `t` attribute): a number (possibly a date), an index into the
 * shared strings, a boolean, or text as written (inline strings, formula strings, error codes).
 */
export const Kind = { Number: 0, Shared: 1, Bool: 2, Text: 3 } as const;
export type Kind = (typeof Kind)[keyof typeof Kind];

/** The `t` attribute written in src[start, end). */
export function cellKind(src: string, start: number, end: number): Kind {
  if (end - start !== 1) return Kind.Text;
  const c = src.charCodeAt(start);
  return c === 0x73 ? Kind.Shared : c === 0x62 ? Kind.Bool : c === 0x6e ? Kind.Number : Kind.Text;
}

/** The non-negative integer written in src[start, end), or -1 if it is not just digits (or too long). */
export function digits(src: string, start: number, end: number): number {
  if (end <= start || end - start > 9) return -1;
  let n = 0;
  for (let i = start; i < end; i++) {
    const d = src.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/**
 * 0-based column of a cell reference such as `AB12`, read from its letters; -1 when it has none.
 * At most four letters are read (XFD is three), so a hostile reference cannot overflow: it just
 * lands past the column limit.
 */
export function columnIndex(src: string, start: number, end: number): number {
  let col = 0;
  let i = start;
  for (; i < end && i < start + 4; i++) {
    const c = src.charCodeAt(i) | 0x20;
    if (c < 0x61 || c > 0x7a) break;
    col = col * 26 + (c - 0x60);
  }
  return i === start ? -1 : col - 1;
}
