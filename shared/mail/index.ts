import { appendFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import nodemailer from 'nodemailer';

/**
 * One outgoing message. `token` is the secret the message carries (verification, invitation),
 * kept as its own field so the outbox can be read by a local user or a test without parsing text.
 */
export type MailMessage = { to: string; subject: string; text: string; token?: string };

/** The Mailer port (contract §3): SMTP when SMTP_URL is set, otherwise `$DATA_DIR/outbox.jsonl`. */
export interface Mailer {
  send(message: MailMessage): Promise<void>;
  close(): Promise<void>;
}

export const OUTBOX_FILE = 'outbox.jsonl';
const FROM = 'Veil <no-reply@veil.invalid>';

/** Picks the adapter from the configuration. */
export function createMailer(opts: { smtpUrl: string | null; dataDir: string; from?: string }): Mailer {
  return opts.smtpUrl ? createSmtpMailer(opts.smtpUrl, opts.from ?? FROM) : createOutboxMailer(opts.dataDir);
}

/** nodemailer over SMTP; the token travels only inside the text the caller wrote. */
export function createSmtpMailer(smtpUrl: string, from: string): Mailer {
  const transport = nodemailer.createTransport(smtpUrl);
  return {
    async send({ to, subject, text }) {
      await transport.sendMail({ from, to, subject, text });
    },
    async close() {
      transport.close();
    },
  };
}

/**
 * Appends one JSON line per message. Writes are chained so concurrent sends never interleave
 * within a line; the file is created 0600 because it holds live tokens.
 */
export function createOutboxMailer(dataDir: string): Mailer {
  const path = join(dataDir, OUTBOX_FILE);
  let tail: Promise<void> = Promise.resolve();
  return {
    send(message) {
      const line = JSON.stringify({ to: message.to, subject: message.subject, text: message.text, token: message.token }) + '\n';
      const write = tail.then(async () => {
        await mkdir(dataDir, { recursive: true, mode: 0o700 });
        await appendFile(path, line, { mode: 0o600 });
      });
      tail = write.catch(() => undefined);
      return write;
    },
    close: () => tail,
  };
}
