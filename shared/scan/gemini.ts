/**
 * Optional AI classification with Gemini (@google/genai, structured JSON output). What may leave
 * the process is decided by types and checked again at run time:
 * - the input holds headers, the local verdicts and `MaskedSample`s — the brand only
 *   `maskValue` can produce — so no code path can hand a cell value to this module;
 * - the exact text about to be sent is re-scanned by the detection engine (egress-guard.ts) and
 *   nothing is sent when anything in it validates as personal data;
 * - what was sent is returned as an egress ledger entry, stored with the job for admins.
 * AI is advisory: timeouts, 429 and 5xx are retried once with backoff, then the local result
 * stands and the job completes; a model answer never changes a local category, so it can never
 * undo a credential rejection.
 */
import { ApiError, GoogleGenAI, Type } from '@google/genai';
import { setTimeout as sleep } from 'node:timers/promises';
import { z } from 'zod';
import type { Report } from '../detect';
import { CATEGORY_IDS } from '../detect/categories';
import type { CategoryId, MaskedSample } from '../detect/types';
import type { Logger } from '../log';
import { findPersonalData } from './egress-guard';

/** One column as the model sees it: no value that has not been through `maskValue`. */
export type AiColumn = {
  /** Opaque key the answer refers to (`s<sheet>c<column>`). */
  key: string;
  sheet: string;
  header: string;
  local: { category: CategoryId; subtype: string | null; confidence: number; evidence: readonly string[] };
  samples: readonly MaskedSample[];
};

export type AiVerdicts = Map<string, { label: CategoryId; rationale: string }>;

/** What left the boundary for one job (stored in `jobs.ai_egress`); never holds an unmasked value. */
export type EgressLedger = {
  model: string;
  at: string;
  outcome: 'answered' | 'fell_back' | 'refused';
  /** false when the guard refused: then nothing was sent and no payload is kept. */
  sent: boolean;
  attempts: number;
  /** Exactly what was sent, when something was. */
  payload: { systemInstruction: string; prompt: string } | null;
  /** Error codes of failed attempts (`http_429`, `http_503`, `timeout`, `network`, `bad_answer`). */
  errors: string[];
  /** The guard's finding when it refused: categories, never values. */
  refusedFor?: CategoryId[];
};

export type AiResult = { verdicts: AiVerdicts | null; ledger: EgressLedger };

export type GeminiSettings = { apiKey: string; model: string; baseUrl: string | null };

/** Defaults keep the worst case (two hung attempts plus the backoff) inside F5's 30 s budget. */
export type GeminiTuning = { timeoutMs?: number; attempts?: number; backoffMs?: number; maxColumns?: number };

export type GeminiClassifier = {
  classify(columns: AiColumn[], signal?: AbortSignal): Promise<AiResult>;
};

const RATIONALE_MAX = 300;
const HEADER_MAX = 128;
const SHEET_MAX = 64;
const CREDENTIALS: ReadonlySet<CategoryId> = new Set(['password_raw', 'password_hash', 'secret']);

const SYSTEM_INSTRUCTION = [
  'You label the columns of a spreadsheet for a GDPR data inventory.',
  "Sample values were masked before they reached you: letters and digits are replaced by '*', keeping only shape,",
  'separators and a few edge characters. Never try to reconstruct a value.',
  'For every column in the input, answer with its key, one label from the allowed list, and a rationale of one short',
  "sentence based on the header, the local detector's verdict and evidence, and the shape of the samples.",
  "Use 'none' when the column holds no personal data.",
  `Allowed labels: ${CATEGORY_IDS.join(', ')}.`,
].join('\n');

const RESPONSE_SCHEMA = {
  type: Type.OBJECT,
  properties: {
    columns: {
      type: Type.ARRAY,
      items: {
        type: Type.OBJECT,
        properties: {
          key: { type: Type.STRING },
          label: { type: Type.STRING, enum: CATEGORY_IDS },
          rationale: { type: Type.STRING },
        },
        required: ['key', 'label', 'rationale'],
      },
    },
  },
  required: ['columns'],
};

const Answer = z.object({
  columns: z.array(z.object({ key: z.string().max(32), label: z.enum(CATEGORY_IDS as [CategoryId, ...CategoryId[]]), rationale: z.string() })).max(10_000),
});

/** The key of a column in the prompt and the answer: sheet position and column index, nothing the file named. */
export function columnKey(sheetPosition: number, columnIndex: number): string {
  return `s${sheetPosition}c${columnIndex}`;
}

/**
 * The columns of a report worth asking about, with their masked samples. Credential columns are
 * left out: their samples are all stars, and their verdict is the engine's alone.
 */
export function columnsForAi(report: Report, maxColumns = 200): AiColumn[] {
  const out: AiColumn[] = [];
  report.sheets.forEach((sheet, s) => {
    for (const c of sheet.columns) {
      if (CREDENTIALS.has(c.category) || out.length >= maxColumns) continue;
      out.push({
        key: columnKey(s, c.index),
        sheet: sheet.name.slice(0, SHEET_MAX),
        header: c.header.slice(0, HEADER_MAX),
        local: { category: c.category, subtype: c.subtype, confidence: c.confidence, evidence: c.evidence },
        samples: c.maskedSamples,
      });
    }
  });
  return out;
}

/** The user turn of the request: the columns as one line of JSON. */
export function buildPrompt(columns: AiColumn[]): string {
  return `Columns:\n${JSON.stringify(columns.map((c) => ({ ...c, local: { ...c.local, confidence: Math.round(c.local.confidence * 100) / 100 } })))}`;
}

/**
 * Model text is untrusted: control and bidi characters go, whitespace collapses, length is
 * bounded. It is stored and served as plain text, never interpreted.
 */
export function cleanRationale(text: string): string {
  return text
    .replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, RATIONALE_MAX);
}

/** Whether another attempt could help, and the ledger's code for the failure. */
function describeFailure(err: unknown, timedOut: boolean): { code: string; retry: boolean } {
  if (timedOut) return { code: 'timeout', retry: true };
  if (err instanceof ApiError) return { code: `http_${err.status}`, retry: err.status === 429 || err.status === 408 || err.status >= 500 };
  if (err instanceof SyntaxError || err instanceof z.ZodError) return { code: 'bad_answer', retry: false };
  return { code: 'network', retry: true };
}

/** The classifier over @google/genai; `baseUrl` (GEMINI_BASE_URL) points it elsewhere, e.g. at the test fake. */
export function createGeminiClassifier(settings: GeminiSettings, tuning: GeminiTuning = {}, log?: Logger): GeminiClassifier {
  const timeoutMs = tuning.timeoutMs ?? 12_000;
  const attempts = Math.max(1, tuning.attempts ?? 2);
  const backoffMs = tuning.backoffMs ?? 1_000;
  const ai = new GoogleGenAI({
    apiKey: settings.apiKey,
    // Retries are ours (bounded, logged in the ledger); the SDK's own would multiply them.
    httpOptions: { ...(settings.baseUrl ? { baseUrl: settings.baseUrl } : {}), retryOptions: { attempts: 1 } },
  });

  return {
    async classify(columns, signal) {
      const prompt = buildPrompt(columns.slice(0, tuning.maxColumns ?? 200));
      const ledger: EgressLedger = { model: settings.model, at: new Date().toISOString(), outcome: 'fell_back', sent: false, attempts: 0, payload: null, errors: [] };
      const found = findPersonalData(`${SYSTEM_INSTRUCTION}\n${prompt}`);
      if (found.length > 0) {
        log?.error({ categories: found }, 'AI payload refused: it would carry personal data');
        return { verdicts: null, ledger: { ...ledger, outcome: 'refused', refusedFor: found } };
      }
      ledger.sent = true;
      ledger.payload = { systemInstruction: SYSTEM_INSTRUCTION, prompt };
      for (let attempt = 1; attempt <= attempts; attempt++) {
        ledger.attempts = attempt;
        const timer = AbortSignal.timeout(timeoutMs);
        try {
          const response = await ai.models.generateContent({
            model: settings.model,
            contents: prompt,
            config: {
              systemInstruction: SYSTEM_INSTRUCTION,
              responseMimeType: 'application/json',
              responseSchema: RESPONSE_SCHEMA,
              temperature: 0,
              abortSignal: signal ? AbortSignal.any([timer, signal]) : timer,
            },
          });
          const answer = Answer.parse(JSON.parse(response.text ?? ''));
          const known = new Set(columns.map((c) => c.key));
          const verdicts: AiVerdicts = new Map();
          for (const c of answer.columns) if (known.has(c.key)) verdicts.set(c.key, { label: c.label, rationale: cleanRationale(c.rationale) });
          ledger.outcome = 'answered';
          return { verdicts, ledger };
        } catch (err) {
          if (signal?.aborted) throw signal.reason;
          const { code, retry } = describeFailure(err, timer.aborted);
          ledger.errors.push(code);
          log?.warn({ code, attempt }, 'AI classification attempt failed');
          if (!retry || attempt === attempts) break;
          await sleep(backoffMs * 2 ** (attempt - 1), undefined, signal ? { signal } : undefined);
        }
      }
      return { verdicts: null, ledger };
    },
  };
}
