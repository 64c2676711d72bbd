/**
 * The session and every JSON call to the API. Tokens live in this module's memory only — not in
 * localStorage or sessionStorage — so a script injected into any page of the origin, or another
 * tab, finds nothing to steal; the price is that a reload signs the user out.
 */
export type Tokens = { accessToken: string; refreshToken: string; expiresIn: number };

/** An API error as contract §3 shapes it, with the HTTP status. */
export class ApiError extends Error {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message);
  }
}

let tokens: Tokens | null = null;
let refreshing: Promise<boolean> | null = null;

/** The current access token (the WebSocket and the upload need it raw). */
export function accessToken(): string | null {
  return tokens?.accessToken ?? null;
}

export function setTokens(t: Tokens | null): void {
  tokens = t;
}

async function send(method: string, path: string, body: unknown): Promise<Response> {
  const headers: Record<string, string> = {};
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (tokens) headers.Authorization = `Bearer ${tokens.accessToken}`;
  return fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), credentials: 'omit' });
}

/** Rotates the refresh token once for all callers that hit an expired access token together. */
export function refresh(): Promise<boolean> {
  if (!tokens) return Promise.resolve(false);
  const refreshToken = tokens.refreshToken;
  refreshing ??= send('POST', '/auth/refresh', { refreshToken })
    .then(async (res) => {
      if (!res.ok) {
        tokens = null;
        return false;
      }
      tokens = (await res.json()) as Tokens;
      return true;
    })
    .finally(() => (refreshing = null));
  return refreshing;
}

/** A JSON call; a 401 with a session triggers one refresh and one retry. Non-2xx throws ApiError. */
export async function api<T = unknown>(method: string, path: string, body?: unknown): Promise<T> {
  let res = await send(method, path, body);
  if (res.status === 401 && tokens && !path.startsWith('/auth/') && (await refresh())) res = await send(method, path, body);
  const text = await res.text();
  const json = text && /json/.test(res.headers.get('content-type') ?? '') ? JSON.parse(text) : undefined;
  if (!res.ok) {
    const err = json?.error ?? { code: 'http_error', message: `The server answered ${res.status}.` };
    throw new ApiError(res.status, err.code, err.message);
  }
  return json as T;
}
