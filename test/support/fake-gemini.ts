/**
 * A local imitation of the Gemini `models/<model>:generateContent` REST endpoint, for pointing
 * @google/genai at through its base URL (GEMINI_BASE_URL). It records every request body so a
 * test can assert what left the process, and answers in one of four modes:
 *   ok    200 with structured JSON: every column key in the prompt labelled (by default with the
 *         local category the prompt carried) and a rationale
 *   500   500 INTERNAL
 *   429   429 RESOURCE_EXHAUSTED
 *   hang  never answers (until the client gives up or the fake closes)
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type FakeGeminiMode = 'ok' | '500' | '429' | 'hang';

export type RecordedRequest = { path: string; apiKey: string | undefined; text: string; body: unknown };

export type FakeGemini = {
  baseUrl: string;
  mode: FakeGeminiMode;
  /** Every request received, in order, whatever the mode. */
  readonly requests: RecordedRequest[];
  /** Overrides the rationale of every answered column (e.g. to send hostile text). */
  rationale: string | null;
  close(): Promise<void>;
};

type PromptColumn = { key: string; local?: { category?: string } };

/** The columns the prompt carried: the one JSON line after `Columns:`. */
function columnsOf(body: unknown): PromptColumn[] {
  const contents = (body as { contents?: Array<{ parts?: Array<{ text?: string }> }> }).contents ?? [];
  const text = contents.flatMap((c) => c.parts ?? []).map((p) => p.text ?? '').join('\n');
  const json = text.slice(text.indexOf('['));
  try {
    return JSON.parse(json) as PromptColumn[];
  } catch {
    return [];
  }
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

export async function startFakeGemini(mode: FakeGeminiMode = 'ok'): Promise<FakeGemini> {
  const requests: RecordedRequest[] = [];
  const held = new Set<ServerResponse>();
  const fake = { mode, requests, rationale: null as string | null };

  const handle = (req: IncomingMessage, res: ServerResponse, text: string) => {
    let body: unknown = null;
    try {
      body = JSON.parse(text);
    } catch {
      body = null;
    }
    const apiKey = (req.headers['x-goog-api-key'] as string | undefined) ?? new URL(req.url ?? '/', 'http://x').searchParams.get('key') ?? undefined;
    requests.push({ path: req.url ?? '', apiKey, text, body });
    if (req.method !== 'POST' || !/\/models\/[^/:]+:generateContent$/.test(new URL(req.url ?? '/', 'http://x').pathname)) {
      return send(res, 404, { error: { code: 404, message: 'not found', status: 'NOT_FOUND' } });
    }
    switch (fake.mode) {
      case '500':
        return send(res, 500, { error: { code: 500, message: 'internal error', status: 'INTERNAL' } });
      case '429':
        return send(res, 429, { error: { code: 429, message: 'quota exceeded', status: 'RESOURCE_EXHAUSTED' } });
      case 'hang':
        held.add(res);
        res.on('close', () => held.delete(res));
        return;
      case 'ok': {
        const columns = columnsOf(body).map((c) => ({
          key: c.key,
          label: c.local?.category ?? 'none',
          rationale: fake.rationale ?? `The header and the masked samples fit ${c.local?.category ?? 'none'}.`,
        }));
        return send(res, 200, {
          candidates: [{ content: { role: 'model', parts: [{ text: JSON.stringify({ columns }) }] }, finishReason: 'STOP', index: 0 }],
          usageMetadata: { promptTokenCount: 1, candidatesTokenCount: 1, totalTokenCount: 2 },
        });
      }
    }
  };

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => handle(req, res, Buffer.concat(chunks).toString('utf8')));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return Object.assign(fake, {
    baseUrl: `http://127.0.0.1:${port}`,
    async close() {
      for (const res of held) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  });
}
