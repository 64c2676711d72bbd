/**
 * G5 (reliability §8): a data-subject search over about 1 GiB of stored, encrypted CSV — the same
 * per-file path as POST /gdpr/subject-access (decrypting range reads, streaming reader, matcher),
 * without the HTTP and database layers. Prints seconds and peak RSS.
 *
 *   node --import tsx bench/dsar-search.ts            # 4 files × 256 MiB
 *   FILES=1 MB=64 node --import tsx bench/dsar-search.ts
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cellMatcher, needlesOf } from '../shared/gdpr/identifier';
import { subjectRows } from '../shared/gdpr/subject-rows';
import { encryptedObjects, openObjectStore } from '../shared/objects';
import { yieldingSource } from '../shared/scan/yielding-source';

const FILES = Number(process.env.FILES ?? 4);
const BYTES_PER_FILE = Number(process.env.MB ?? 256) * 1024 * 1024;
const dir = await mkdtemp(join(tmpdir(), 'veil-g5-'));
const store = await openObjectStore({ s3: null, dataDir: dir });
const objects = encryptedObjects(store);
const key = randomBytes(32);
const orgId = randomUUID();
const ids: string[] = [];
let peak = 0;
const sample = setInterval(() => { peak = Math.max(peak, process.memoryUsage().rss); }, 50);
const enc = new TextEncoder();
for (let f = 0; f < FILES; f++) {
  const id = randomUUID();
  ids.push(id);
  async function* gen() {
    yield enc.encode('Namn,E-post,Personnummer,Telefon,Anteckning\r\n');
    let written = 0, i = 0;
    while (written < BYTES_PER_FILE) {
      let chunk = '';
      for (let k = 0; k < 2000; k++, i++) {
        const email = i === 777_777 ? 'Ada.Lindqvist@Exempel.se' : `user${i}.f${f}@example.com`;
        chunk += `Person ${i},${email},19${String(500000 + (i % 400000)).padStart(6, '0')}-${String(i % 10000).padStart(4, '0')},070-${String(1000000 + (i % 8999999))},anteckning ${i % 97}\r\n`;
      }
      const b = enc.encode(chunk);
      written += b.length;
      yield b;
    }
  }
  await objects.putEncrypted(orgId, id, gen(), key);
}
const t0 = performance.now();
peak = 0;
const m = cellMatcher(needlesOf('ada.lindqvist@exempel.se'));
let found = 0;
for (const id of ids) {
  const src = yieldingSource(await objects.openDecrypted(orgId, id, key));
  for await (const row of subjectRows(src, m, { fileName: 'x.csv' })) found += row ? 1 : 0;
}
const secs = (performance.now() - t0) / 1000;
clearInterval(sample);
console.log(JSON.stringify({ files: FILES, mbTotal: (FILES * BYTES_PER_FILE) / 1048576, seconds: Number(secs.toFixed(1)), peakRssMb: Math.round(peak / 1048576), found }));
await rm(dir, { recursive: true, force: true });
