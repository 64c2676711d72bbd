/**
 * The 2FA QR code, drawn here as an inline SVG through DOM calls: no image request, no data: URL
 * and no markup string, so it needs nothing from the CSP beyond what the page already has. The
 * encoding is qrcode-generator's (MIT, no dependencies, bundled into main.js).
 */
import qrcode from 'qrcode-generator';

const SVG = 'http://www.w3.org/2000/svg';
/** The blank border scanners need around the code, in modules (the standard asks for 4). */
export const QUIET_ZONE = 4;
/** 'M' recovers from ~15 % damage: enough for a screen, and keeps an otpauth URL at a small version. */
export const QR_ERROR_CORRECTION = 'M';

/** The code's dark modules, row by row; the size (version) is the smallest that fits `text`. */
export function qrModules(text: string): boolean[][] {
  const qr = qrcode(0, QR_ERROR_CORRECTION);
  // Byte mode takes one byte per char code: hand it the UTF-8 bytes, so any label encodes right.
  qr.addData(String.fromCharCode(...new TextEncoder().encode(text)), 'Byte');
  qr.make();
  const n = qr.getModuleCount();
  return Array.from({ length: n }, (_, r) => Array.from({ length: n }, (_, c) => qr.isDark(r, c)));
}

/** An SVG of `text` as a QR code, one module per user unit (viewBox), scaled by CSS. */
export function qrSvg(text: string, label: string): SVGSVGElement {
  const modules = qrModules(text);
  const size = modules.length + 2 * QUIET_ZONE;
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', `0 0 ${size} ${size}`);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', label);
  svg.setAttribute('shape-rendering', 'crispEdges');
  const background = document.createElementNS(SVG, 'rect');
  background.setAttribute('width', String(size));
  background.setAttribute('height', String(size));
  background.setAttribute('fill', '#fff');
  // One path of unit squares rather than a node per module.
  let d = '';
  modules.forEach((row, r) => row.forEach((dark, c) => dark && (d += `M${c + QUIET_ZONE} ${r + QUIET_ZONE}h1v1h-1z`)));
  const path = document.createElementNS(SVG, 'path');
  path.setAttribute('d', d);
  path.setAttribute('fill', '#000');
  svg.append(background, path);
  return svg;
}
