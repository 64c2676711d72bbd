/**
 * The page's wiring: which section shows when, and the one flow of a file — prescan in the
 * worker, refuse or preview, upload, follow the job live, show the results. Plain DOM and
 * TypeScript: the page is a handful of forms and tables, and a framework would add more code to
 * audit under the strict CSP than it saves (README, "The web page").
 */
import type { Report } from '../shared/detect';
import { formatHtml } from '../shared/report-html';
import { accessToken, api, ApiError, refresh, setTokens, type Tokens } from './auth';
import { $, fail, onSubmit, say, show, Superseded } from './dom';
import { LiveJobs, type JobEvent } from './live';
import type { PrescanMessage } from './prescan.worker';
import { renderHistory, renderPreview, renderResults, type FileItem, type JobItem, type ReportLike } from './render';
import { showSettings } from './settings';
import { uploadFile } from './upload';

// ---- account ---------------------------------------------------------------------------------

let mfaToken: string | null = null;
let lastReport: ReportLike | null = null;
let shownJob: string | null = null;

async function enterApp(t: Tokens): Promise<void> {
  setTokens(t);
  const me = await api<{ user: { email: string; twoFactorEnabled: boolean }; org: { name: string; role: string } }>('GET', '/me');
  $('who-email').textContent = me.user.email;
  $('who-org').textContent = `${me.org.name} (${me.org.role})`;
  await showSettings(me);
  show('auth', false);
  show('who');
  show('app');
  say(`Signed in as ${me.user.email}.`);
  $('file').focus();
  await loadHistory();
}

onSubmit('signup-form', async (d) => {
  await api('POST', '/auth/register', { email: d.email, password: d.password, orgName: d.orgName });
  $<HTMLInputElement>('login-email').value = d.email;
  say('Account created. Paste the token from the verification mail below.');
  $('verify-token').focus();
});

onSubmit('verify-form', async (d) => {
  await api('POST', '/auth/verify-email', { token: d.token.trim() });
  say('E-mail verified. You can log in now.');
  $('login-password').focus();
});

onSubmit('login-form', async (d) => {
  const out = await api<Tokens | { mfaRequired: true; mfaToken: string }>('POST', '/auth/login', { email: d.email, password: d.password });
  if ('mfaRequired' in out) {
    mfaToken = out.mfaToken;
    show('mfa-form');
    say('Enter the code from your authenticator app.');
    $('mfa-code').focus();
    return;
  }
  await enterApp(out);
});

onSubmit('mfa-form', async (d) => {
  const t = await api<Tokens>('POST', '/auth/2fa/complete', { mfaToken, code: d.code.trim() });
  mfaToken = null;
  show('mfa-form', false);
  await enterApp(t);
});

$('logout').addEventListener('click', async () => {
  await api('POST', '/auth/logout').catch(() => undefined);
  // Dropping the tokens and reloading clears every trace of the session from the page.
  setTokens(null);
  location.reload();
});

// ---- one file: prescan → refuse or upload → live job → results ---------------------------------

const live = new LiveJobs(async (stale) => (stale && !(await refresh()) ? null : accessToken()), onJobEvent);
let currentJob: string | null = null;

function resetFlow(): void {
  for (const id of ['prescan', 'refused', 'preview', 'upload', 'job', 'results']) show(id, false);
}

let cancelPrescan: (() => void) | null = null;

function prescan(file: File): Promise<Report> {
  // Only the newest file's check runs: an older one would race it to the page.
  cancelPrescan?.();
  return new Promise((resolve, reject) => {
    const worker = new Worker('prescan.worker.js', { type: 'module' });
    cancelPrescan = () => {
      worker.terminate();
      reject(new Superseded());
    };
    worker.onmessage = (ev: MessageEvent<PrescanMessage>) => {
      const m = ev.data;
      if (m.type === 'progress') {
        const f = m.totalBytes ? m.bytesRead / m.totalBytes : 1;
        $<HTMLProgressElement>('prescan-bar').value = Math.round(f * 100);
        $('prescan-text').textContent = `${Math.round(f * 100)} % · ${m.rows} rows`;
        return;
      }
      worker.terminate();
      cancelPrescan = null;
      if (m.type === 'done') resolve(m.report);
      else reject(new Error(`This file could not be read (${m.code}): ${m.message}`));
    };
    worker.onerror = (e) => {
      worker.terminate();
      cancelPrescan = null;
      reject(new Error(`The check on this computer failed: ${e.message}`));
    };
    worker.postMessage({ file });
  });
}

async function handleFile(file: File): Promise<void> {
  resetFlow();
  say(`Checking ${file.name} on this computer…`);
  show('prescan');
  const report = await prescan(file);
  if (report.rejected) {
    $('refused-list').replaceChildren(
      ...report.rejectReasons.map((r) => {
        const li = document.createElement('li');
        const where = r.sheet ? `sheet “${r.sheet}”, ` : '';
        li.textContent = `${where}column “${r.header || `#${r.column + 1}`}” holds ${r.category === 'secret' ? 'secrets' : 'raw passwords'}`;
        return li;
      }),
    );
    show('refused');
    say(`${file.name} was not uploaded.`);
    return;
  }
  renderPreview($('preview-table'), report);
  show('preview');
  await upload(file);
}

async function upload(file: File): Promise<void> {
  show('upload');
  say(`Uploading ${file.name}…`);
  const bar = $<HTMLProgressElement>('upload-bar');
  const token = accessToken() ?? '';
  let res = await uploadFile(file, token, (f) => {
    bar.value = Math.round(f * 100);
    $('upload-text').textContent = `${Math.round(f * 100)} %`;
  });
  if (res.status === 401 && (await refresh())) res = await uploadFile(file, accessToken() ?? '', () => undefined);
  if (res.status !== 202) {
    const e = res.body?.error;
    throw new ApiError(res.status, e?.code ?? 'upload_failed', e?.message ?? `The upload failed (${res.status}).`);
  }
  bar.value = 100;
  $('upload-text').textContent = 'done';
  currentJob = res.body.job.id as string;
  show('job');
  say('Uploaded. The server is analysing the file…');
  live.watch(currentJob);
  void loadHistory();
}

function onJobEvent(e: JobEvent): void {
  if (e.jobId !== currentJob) return;
  if (e.type === 'job.progress') {
    // The server reports progress in percent already (0..100).
    $<HTMLProgressElement>('job-bar').value = Math.round(e.progress);
    $('job-text').textContent = `${Math.round(e.progress)} % · ${e.rowsScanned} rows · ${e.stage}`;
    return;
  }
  live.unwatch(e.jobId);
  $<HTMLProgressElement>('job-bar').value = 100;
  $('job-text').textContent = e.type.slice(4);
  if (e.type === 'job.completed') void showJob(e.jobId).catch(fail);
  else if (e.type === 'job.rejected') fail('The server refused the file: it holds raw passwords or secrets. It has been deleted.');
  else fail('The analysis failed. Try again later.');
  void loadHistory();
}

async function showJob(jobId: string): Promise<void> {
  const job = await api<{ report?: ReportLike }>('GET', `/jobs/${encodeURIComponent(jobId)}`);
  if (!job.report) throw new Error('This job has no report yet.');
  lastReport = job.report;
  shownJob = jobId;
  show('certificate-link', false);
  renderResults($('results-table'), $('summary'), job.report);
  show('results');
  say(`Results for ${job.report.file} are ready.`);
  $('results-h').setAttribute('tabindex', '-1');
  $('results-h').focus();
}

/** Saves what the page already holds as a file: no second request, no token in a URL. */
function download(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

$('download-report').addEventListener('click', () => {
  if (lastReport) download(`${lastReport.file}.veil-report.json`, JSON.stringify(lastReport, null, 2), 'application/json');
});

$('download-html').addEventListener('click', () => {
  if (lastReport) download(`${lastReport.file}.veil-report.html`, formatHtml([lastReport]), 'text/html');
});

$('issue-certificate').addEventListener('click', async () => {
  if (!lastReport || !shownJob) return;
  try {
    const cert = await api('POST', `/jobs/${encodeURIComponent(shownJob)}/certificate`);
    // A link the user follows, not a scripted download: after the request's wait the click's user
    // activation may be gone, and Chromium then blocks a second automatic download silently.
    const link = $<HTMLAnchorElement>('certificate-link');
    if (link.href) URL.revokeObjectURL(link.href);
    link.href = URL.createObjectURL(new Blob([JSON.stringify(cert, null, 2)], { type: 'application/json' }));
    link.download = `${lastReport.file}.veil-certificate.json`;
    show('certificate-link');
    say('Certificate issued. `veil verify` checks it offline.');
    link.focus();
  } catch (err) {
    fail(err);
  }
});

const input = $<HTMLInputElement>('file');
input.addEventListener('change', () => {
  const file = input.files?.[0];
  // Cleared so that choosing the same file again (after fixing it) fires `change` again.
  input.value = '';
  if (file) void handleFile(file).catch(fail);
});
const drop = $('drop');
const carriesFiles = (e: DragEvent) => e.dataTransfer?.types.includes('Files') ?? false;
for (const type of ['dragenter', 'dragover'] as const) {
  drop.addEventListener(type, (e) => {
    if (!carriesFiles(e)) return;
    e.preventDefault();
    e.dataTransfer!.dropEffect = 'copy';
    drop.classList.add('over');
  });
}
drop.addEventListener('dragleave', (e) => {
  // Moving onto the label or the input inside the box is not leaving it.
  if (!drop.contains(e.relatedTarget as Node | null)) drop.classList.remove('over');
});
drop.addEventListener('drop', (e) => {
  e.preventDefault();
  drop.classList.remove('over');
  const files = e.dataTransfer?.files;
  if (!files?.length) return;
  if (files.length > 1) return fail('Drop one file at a time.');
  void handleFile(files[0]).catch(fail);
});
// A file dropped anywhere else would make the browser open it in place of the page, and the
// session (held in memory only) would be lost with it.
window.addEventListener('dragover', (e) => {
  if (e.defaultPrevented || !carriesFiles(e)) return;
  e.preventDefault();
  e.dataTransfer!.dropEffect = 'none';
});
window.addEventListener('drop', (e) => {
  if (e.defaultPrevented || !carriesFiles(e)) return;
  e.preventDefault();
  fail($('app').hidden ? 'Log in first, then drop the file on the dashed box.' : 'Drop the file on the dashed box under “Check a file”.');
});

// ---- history ----------------------------------------------------------------------------------

async function loadHistory(): Promise<void> {
  const [{ files }, { jobs }] = await Promise.all([
    api<{ files: FileItem[] }>('GET', '/files'),
    api<{ jobs: JobItem[] }>('GET', '/jobs'),
  ]);
  renderHistory($('history-table'), files, jobs, {
    show: (jobId) => void showJob(jobId).catch(fail),
    remove: (file) => void removeFile(file).catch(fail),
  });
}

async function removeFile(file: FileItem): Promise<void> {
  if (!confirm(`Delete ${file.name}? The stored file is erased; this cannot be undone.`)) return;
  await api('DELETE', `/files/${encodeURIComponent(file.id)}`);
  say(`${file.name} was deleted.`);
  await loadHistory();
}

$('history-refresh').addEventListener('click', () => void loadHistory().catch(fail));
