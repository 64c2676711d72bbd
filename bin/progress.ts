/** A one-line progress bar on stderr, redrawn at most ten times a second; only used on a terminal. */
export function progressBar(label: string): { update(read: number, total: number, rows: number): void; done(): void } {
  let last = 0;
  const width = 30;
  return {
    update(read, total, rows) {
      const now = Date.now();
      if (now - last < 100 && read < total) return;
      last = now;
      const share = total > 0 ? Math.min(1, read / total) : 0;
      const filled = Math.round(share * width);
      const bar = `${'#'.repeat(filled)}${'-'.repeat(width - filled)}`;
      process.stderr.write(`\r${label.slice(-30)} [${bar}] ${(share * 100).toFixed(0)}% ${rows} rows`);
    },
    done() {
      process.stderr.write('\r\x1b[K');
    },
  };
}
