import { readFile } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { send, safeDecode } from './http';

// Serving the built renderer and the app's icons: shared by browser mode (server.ts) and team mode (team/server.ts).

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};

/** Browsers ask for these at the site's root whatever the page says; they come from resources/. */
const ROOT_ICONS: Readonly<Record<string, string>> = {
  '/favicon.ico': 'icon.ico',
  '/favicon.svg': 'icon.svg',
  '/apple-touch-icon.png': 'icons/180x180.png',
};

export const DEFAULT_RESOURCES = resolve(import.meta.dirname, '../../resources');

async function serveFile(res: ServerResponse, path: string): Promise<void> {
  try {
    const body = await readFile(path);
    return send(res, 200, body, TYPES[extname(path)] ?? 'application/octet-stream');
  } catch {
    return send(res, 404, 'Not found', 'text/plain; charset=utf-8');
  }
}

/** A GET for the renderer's files under `root` (index.html at /) or a root icon; nothing outside `root`. */
export async function serveStatic(res: ServerResponse, pathname: string, root: string, resources: string) {
  const decoded = safeDecode(pathname);
  if (decoded === undefined) return send(res, 400, 'Malformed %-escape in the address.', 'text/plain');
  const icon = ROOT_ICONS[pathname];
  if (icon) return serveFile(res, join(resources, icon));
  const path = normalize(join(root, pathname === '/' ? 'index.html' : pathname));
  if (!path.startsWith(root + sep)) return send(res, 404, 'Not found', 'text/plain; charset=utf-8');
  return serveFile(res, path);
}
