/**
 * `Content-Disposition` for a download whose name came from a user (RFC 6266 with RFC 8187
 * `filename*`). The name can hold anything `cleanFileName` let through — quotes, `%`, `;`,
 * non-ASCII — so it is never written raw: `filename*` carries it percent-encoded as UTF-8, and
 * the `filename` fallback for old clients is printable ASCII without `"`, `\` or `%` (some
 * clients percent-decode it). A header with CR/LF in it cannot be produced (U8).
 */
export function contentDisposition(name: string): string {
  const fallback = name.replace(/[^\x20-\x7e]|["\\%]/g, '_').trim() || 'download';
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
