import type { IncomingMessage, ServerResponse } from 'node:http';
import { MAX_IMPORT_CHARACTERS } from '../../shared/api/importExport';

/**
 * The most bytes one character of a string can take once JSON.stringify has escaped it and it is sent as UTF-8:
 * a control character becomes `\u001f` (6 bytes); anything else is at most 3 bytes (a BMP character) or 4 for a
 * surrogate pair, i.e. 2 per UTF-16 unit.
 */
export const MAX_JSON_BYTES_PER_CHARACTER = 6;

/**
 * The largest request body: the largest CSV the import accepts, escaped at the worst rate, plus room for its
 * file name and the envelope. Anything bigger is answered 413 naming this limit.
 */
export const MAX_BODY_BYTES = MAX_IMPORT_CHARACTERS * MAX_JSON_BYTES_PER_CHARACTER + 1024 * 1024;

export const describeBytes = (bytes: number): string => `${Math.round(bytes / (1024 * 1024))} MB`;

/**
 * The same policy as the Electron window's meta tag: only our own scripts; data: for MUI's inline images; no
 * framing by another page, no <base> and no form posting anywhere.
 */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Sent with every answer, the app's pages and the API's alike. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CSP,
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), usb=(), serial=(), payment=()',
  'Cache-Control': 'no-store',
};

export function send(
  res: ServerResponse,
  status: number,
  body: string | Buffer,
  type: string,
  extra: Record<string, string> = {},
): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, ...extra });
  res.end(body);
}

export const json = (res: ServerResponse, status: number, value: unknown, extra?: Record<string, string>) =>
  send(res, status, JSON.stringify(value), 'application/json; charset=utf-8', extra);

export class BodyTooLarge extends Error {
  constructor(readonly limit: number) {
    super(`The request is larger than the ${describeBytes(limit)} limit.`);
  }
}

/**
 * Reads the body as UTF-8 text. Over the limit, the rest of the body is read and dropped (so the client is not
 * reset mid-upload and can read the 413) and BodyTooLarge is thrown. A declared Content-Length over the limit is
 * refused before reading anything.
 */
export async function readBody(req: IncomingMessage, limit: number): Promise<string> {
  const declared = Number(req.headers['content-length'] ?? Number.NaN);
  if (declared > limit) {
    req.resume();
    throw new BodyTooLarge(limit);
  }
  // One buffer of the declared size when there is one, so a large import is not held twice while collected.
  const exact = Number.isSafeInteger(declared) && declared >= 0 ? Buffer.allocUnsafe(declared) : undefined;
  const chunks: Buffer[] = [];
  let size = 0;
  let over = false;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    if (over) continue;
    if (size + chunk.length > (exact?.length ?? limit)) {
      over = true;
      chunks.length = 0;
      continue;
    }
    if (exact) chunk.copy(exact, size);
    else chunks.push(chunk);
    size += chunk.length;
  }
  if (over) throw new BodyTooLarge(limit);
  return (exact ? exact.subarray(0, size) : Buffer.concat(chunks)).toString('utf8');
}

/** decodeURIComponent that answers undefined for a malformed escape (`%E0%A4%A`) instead of throwing. */
export function safeDecode(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}
