/** Serial 2958465 is 9999-12-31, the last date Excel can show; beyond it numbers stay numbers. */
const MAX_SERIAL = 2958466;
const DAY_MS = 86_400_000;
/** 1899-12-30: day 0 of the 1900 system once the Lotus leap-year bug is stepped over. */
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

/**
 * Formats an Excel date serial the way the user sees the date: 'YYYY-MM-DD', or
 * 'YYYY-MM-DDTHH:MM:SS' when it has a time of day (rounded to the second, as Excel displays).
 * The 1900 system keeps Lotus's phantom 1900-02-29 (serial 60), so serials 1–59 land where Excel
 * shows them. Returns undefined when `written` is not a serial Excel could display as a date.
 */
export function serialToIso(written: string, date1904: boolean): string | undefined {
  const serial = Number(written);
  if (written.length === 0 || !Number.isFinite(serial) || serial < 0 || serial >= MAX_SERIAL) return undefined;
  let seconds = Math.round(serial * 86_400);
  const days = Math.floor(seconds / 86_400);
  seconds -= days * 86_400;
  let date: string;
  if (date1904) date = isoDate(EPOCH_1904 + days * DAY_MS);
  else if (days === 60) date = '1900-02-29';
  else date = isoDate(EPOCH_1900 + (days < 60 ? days + 1 : days) * DAY_MS);
  if (seconds === 0) return date;
  const hh = Math.floor(seconds / 3600);
  const mm = Math.floor((seconds % 3600) / 60);
  const ss = seconds % 60;
  return `${date}T${pad(hh)}:${pad(mm)}:${pad(ss)}`;
}

function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** Built-in number formats that display dates or times (ECMA-376 §18.8.30). */
const BUILT_IN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

/**
 * Whether a number format shows its number as a date: a built-in date id, or a custom code with a
 * d, m or y token outside quoted literals, [brackets] (colours, locales, elapsed-time markers),
 * escaped characters and padding/fill directives.
 */
export function isDateFormat(numFmtId: number, formatCode: string | undefined): boolean {
  if (BUILT_IN_DATE_FORMATS.has(numFmtId)) return true;
  if (formatCode === undefined) return false;
  const bare = formatCode.replace(/"[^"]*"|\[[^\]]*\]|\\.|[_*]./g, '');
  return /[dmy]/i.test(bare);
}
