/**
 * `POST /files/prescan`: the engine over a header and sample rows the browser sends, so a client
 * without the web page's own engine gets the same early verdict. Only the rows sent are judged;
 * the upload itself is checked in full again (layers 2 and 3).
 */
import { createScanner, type ColumnFinding, type RejectReason } from '../../shared/detect';

export type PrescanInput = { fileName: string; headers: string[]; rows: string[][] };
export type PrescanVerdict = { verdict: 'ok' | 'reject'; rejectReasons: RejectReason[]; columns: ColumnFinding[] };

/** Pure and synchronous: the body is capped (1,000 rows, bounded cells) by the route's schema. */
export function prescan(input: PrescanInput): PrescanVerdict {
  const scanner = createScanner();
  scanner.push('', [input.headers, ...input.rows]);
  const report = scanner.finish({ file: input.fileName, format: 'csv', bytes: 0, ms: 0 });
  return {
    verdict: report.rejected ? 'reject' : 'ok',
    rejectReasons: report.rejectReasons,
    columns: report.sheets[0]?.columns ?? [],
  };
}
