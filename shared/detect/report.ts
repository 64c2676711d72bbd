import type { CategoryId, MaskedSample, RiskLevel } from './types';

/** One column's verdict, contract §1/§2. Field names are the public contract: do not rename. */
export type ColumnFinding = {
  index: number;
  header: string;
  category: CategoryId;
  subtype: string | null;
  confidence: number;
  specialCategory: boolean;
  gdprArticle: string | null;
  riskLevel: RiskLevel;
  matches: number;
  nonEmpty: number;
  evidence: string[];
  maskedSamples: MaskedSample[];
  /** Only on `free_text_pii` columns: what the free text was found to contain. */
  containedCategories?: CategoryId[];
};

export type SheetReport = { name: string; rowCount: number; columns: ColumnFinding[] };

export type RejectReason = { sheet: string; column: number; header: string; category: 'password_raw' | 'secret' };

/** The contract §2 report of one file. */
export type Report = {
  file: string;
  format: string;
  bytes: number;
  rejected: boolean;
  rejectReasons: RejectReason[];
  sheets: SheetReport[];
  stats: { rows: number; cells: number; ms: number };
};
