/**
 * The Mailer port's two adapters: the outbox appends whole JSON lines (also under concurrent
 * sends) to a 0600 file, and the SMTP adapter delivers through a real SMTP conversation with a
 * minimal local server.
 */
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { createServer, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createMailer, OUTBOX_FILE } from '../../../shared/mail';

const dirs: string[] = [];
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

describe('outbox mailer', () => {
  it('appends one JSON line per message, never interleaved, to a 0600 file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'veil-mail-'));
    dirs.push(dir);
    const mailer = createMailer({ smtpUrl: null, dataDir: dir });
    await Promise.all(Array.from({ length: 50 }, (_, i) => mailer.send({ to: `u${i}@example.com`, subject: 's', text: 'x'.repeat(10_000), token: `t${i}` })));
    await mailer.close();
    const lines = (await readFile(join(dir, OUTBOX_FILE), 'utf8')).trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(50);
    expect(new Set(lines.map((l) => l.token)).size).toBe(50);
    expect(Object.keys(lines[0])).toEqual(['to', 'subject', 'text', 'token']);
    expect((await stat(join(dir, OUTBOX_FILE))).mode & 0o777).toBe(0o600);
  });
});

describe('SMTP mailer', () => {
  it('delivers through SMTP when SMTP_URL is set', async () => {
    const received: string[] = [];
    const server = createServer((socket: Socket) => {
      let inData = false;
      let buffer = '';
      socket.write('220 fake.smtp ESMTP\r\n');
      socket.on('data', (chunk) => {
        buffer += String(chunk);
        for (let i = buffer.indexOf('\r\n'); i >= 0; i = buffer.indexOf('\r\n')) {
          const line = buffer.slice(0, i);
          buffer = buffer.slice(i + 2);
          if (inData) {
            if (line === '.') {
              inData = false;
              socket.write('250 queued\r\n');
            } else received.push(line);
          } else if (/^(EHLO|HELO)/i.test(line)) socket.write('250 fake.smtp\r\n');
          else if (/^DATA/i.test(line)) {
            inData = true;
            socket.write('354 go on\r\n');
          } else if (/^QUIT/i.test(line)) socket.end('221 bye\r\n');
          else socket.write('250 ok\r\n');
        }
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    const port = (server.address() as { port: number }).port;
    try {
      const mailer = createMailer({ smtpUrl: `smtp://127.0.0.1:${port}`, dataDir: '/nonexistent' });
      await mailer.send({ to: 'someone@example.com', subject: 'Verify', text: 'token: abc123', token: 'abc123' });
      await mailer.close();
      expect(received.join('\n')).toContain('Subject: Verify');
      expect(received.join('\n')).toContain('token: abc123');
    } finally {
      server.close();
    }
  });
});
