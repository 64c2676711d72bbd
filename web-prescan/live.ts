/**
 * Job events over /ws (contract §4). The connection drops for ordinary reasons (a proxy's idle
 * timeout, the server's 10-minute lifetime, a laptop waking up), so it reconnects with backoff
 * and resubscribes every watched job; the server sends a job's current state on subscribe, so
 * nothing that happened while disconnected is missed.
 */
export type JobEvent =
  | { type: 'job.progress'; jobId: string; /** Percent, 0..100. */ progress: number; rowsScanned: number; stage: string }
  | { type: 'job.completed'; jobId: string }
  | { type: 'job.failed'; jobId: string; error: unknown }
  | { type: 'job.rejected'; jobId: string; reasons: unknown };

const MAX_BACKOFF_MS = 10_000;
/** 4401 means the token is bad: retrying with it would only be refused again. */
const AUTH_REFUSED = 4401;

/** Keeps one WebSocket open while any job is watched. `token` is asked for on every (re)connect. */
export class LiveJobs {
  private ws: WebSocket | null = null;
  private ready = false;
  private attempts = 0;
  private readonly watched = new Set<string>();
  private stopped = false;
  private refused = false;

  constructor(
    /** `stale` is true after the server refused the last token (4401): time to refresh it. */
    private readonly token: (stale: boolean) => Promise<string | null>,
    private readonly onEvent: (e: JobEvent) => void,
  ) {}

  watch(jobId: string): void {
    this.watched.add(jobId);
    this.stopped = false;
    if (this.ready) this.ws?.send(JSON.stringify({ type: 'subscribe', jobId }));
    else if (!this.ws) this.connect();
  }

  /** Finished jobs are dropped; with none left the socket is closed. */
  unwatch(jobId: string): void {
    this.watched.delete(jobId);
    if (this.watched.size === 0) this.close();
  }

  close(): void {
    this.stopped = true;
    this.watched.clear();
    this.ws?.close(1000);
    this.ws = null;
    this.ready = false;
  }

  private connect(): void {
    const ws = new WebSocket(`${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/ws`);
    this.ws = ws;
    ws.onopen = async () => {
      const token = await this.token(this.refused);
      if (token && ws.readyState === WebSocket.OPEN) ws.send(JSON.stringify({ type: 'auth', token }));
    };
    ws.onmessage = (m) => {
      const msg = JSON.parse(String(m.data)) as { type: string };
      if (msg.type === 'ready') {
        this.ready = true;
        this.refused = false;
        this.attempts = 0;
        for (const jobId of this.watched) ws.send(JSON.stringify({ type: 'subscribe', jobId }));
      } else if (msg.type.startsWith('job.')) {
        this.onEvent(msg as JobEvent);
      }
    };
    ws.onclose = (e) => {
      if (this.ws !== ws) return;
      this.ws = null;
      this.ready = false;
      if (this.stopped || this.watched.size === 0) return;
      // An access token expires while a long job runs: one more try with a refreshed token, then give up.
      if (e.code === AUTH_REFUSED && this.refused) return;
      this.refused = e.code === AUTH_REFUSED;
      const delay = Math.min(MAX_BACKOFF_MS, 500 * 2 ** this.attempts++);
      setTimeout(() => {
        if (!this.stopped && !this.ws && this.watched.size > 0) this.connect();
      }, delay);
    };
  }
}
